package dev.opshistory.ingest.parse.csv;

import java.util.Arrays;
import java.util.List;

/**
 * A CSV cell that may name several users ({@code acknowledged_by_user_names}, {@code assigned_to_user_ids}…).
 * PagerDuty does not document the separator: a semicolon list is split on semicolons, otherwise a comma
 * list on commas. Callers keep the raw cell as the value shown to people, because a comma may also sit
 * inside one name ("Lauer, Josh"); the split only says whether anybody is named.
 */
final class UserCell {

    private UserCell() {
    }

    /** The users named in {@code cell}, trimmed, blanks dropped; empty for a null or blank cell. */
    static List<String> users(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String separator = cell.contains(";") ? ";" : ",";
        return Arrays.stream(cell.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
