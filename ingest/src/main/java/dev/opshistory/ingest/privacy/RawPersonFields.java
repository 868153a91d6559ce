package dev.opshistory.ingest.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in the raw JSON text of a rejected record (its excerpt), so that they are pseudonymised
 * even when no accepted record named them first: the values of Opsgenie/JSM person fields
 * ({@code acknowledgedBy}, {@code closedBy}, {@code owner}, {@code user}, {@code createdBy}, {@code updatedBy},
 * {@code assignee}, {@code reporter}) and the {@code summary}, {@code name} or {@code email} beside a PagerDuty
 * {@code "type": "user"} or {@code "user_reference"} (the fields of that object outside its nested objects). Only what the excerpt itself holds is
 * seen: an object cut by the excerpt's end may be missed, and CSV rows carry no field names to go by.
 */
final class RawPersonFields {

    private static final Pattern PERSON_FIELD = Pattern.compile(
            "\"(?:acknowledgedBy|closedBy|owner|user|createdBy|updatedBy|assignee|reporter)\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");
    private static final Pattern USER_OBJECT = Pattern.compile(
            "[^{}]*\"type\"\\s*:\\s*\"user(?:_reference)?\"[^{}]*");
    private static final Pattern USER_NAME = Pattern.compile(
            "\"(?:summary|name|email)\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    private RawPersonFields() {
    }

    /** The person names and addresses the raw text names in person fields, in order; may repeat. */
    static List<String> in(String raw) {
        List<String> people = new ArrayList<>();
        if (raw == null || raw.indexOf('"') < 0) {
            return people;
        }
        Matcher field = PERSON_FIELD.matcher(raw);
        while (field.find()) {
            people.add(field.group(1));
        }
        Matcher user = USER_OBJECT.matcher(raw);
        while (user.find()) {
            Matcher name = USER_NAME.matcher(user.group());
            while (name.find()) {
                people.add(name.group(1));
            }
        }
        return people;
    }
}
