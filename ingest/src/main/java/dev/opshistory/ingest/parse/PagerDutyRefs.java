package dev.opshistory.ingest.parse;

import dev.opshistory.ingest.parse.json.RecordContext;
import dev.opshistory.ingest.parse.json.RecordProblem;
import dev.opshistory.ingest.parse.json.RecordView;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Source;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PagerDuty parsers of folded records share: reading references ({@code {id, type, summary}}), telling
 * people from services, and finding the incident a log entry, note or alert belongs to.
 */
final class PagerDutyRefs {

    /** A PagerDuty object id: upper-case letters and digits, with at least one letter ({@code PT4KHLK}, {@code Q3D3GFZ6QJSZ9O}). */
    static final Pattern ID = Pattern.compile("(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,32}");

    /** Channels through which only the system acts: never a person (FIELD_REFERENCE §3). */
    private static final Set<String> MACHINE_CHANNELS = Set.of("auto", "timeout", "api", "nagios");
    /** Channels through which only people act, when the agent's type does not say. */
    private static final Set<String> PERSON_CHANNELS = Set.of("website", "web", "web_trigger", "sms", "phone", "note",
            "mobile", "push", "slack", "teams", "chat");

    private static final Pattern INCIDENT_IN_URL = Pattern.compile("/incidents/(" + ID.pattern() + ")(?:[/?#]|$)");
    private static final Pattern INCIDENT_PARAM = Pattern.compile("[?&]incident_id=(" + ID.pattern() + ")(?:&|#|$)");

    private PagerDutyRefs() {
    }

    /** The display name of a reference or full object: {@code summary}, else {@code name}, {@code email}, {@code id}. */
    static String name(RecordView ref) throws RecordProblem {
        if (ref == null) {
            return null;
        }
        return first(ref.nonBlankText("summary"), ref.nonBlankText("name"), ref.nonBlankText("email"),
                ref.nonBlankText("id"));
    }

    /**
     * Whether an agent is a person: its {@code type} says user (true) or service, integration, bot… (false);
     * without a type, its {@code self} URL under {@code /users/} or {@code /services/} decides; else the channel:
     * {@code auto}, {@code timeout}, {@code api}, {@code nagios} are the system, {@code website}, {@code phone},
     * {@code sms}… a person. A user acting by {@code auto} or {@code timeout} is the system acting on their behalf.
     *
     * @return null when nothing tells
     */
    static Boolean isPerson(RecordView agent, String channelType) throws RecordProblem {
        String channel = channelType == null ? null : channelType.toLowerCase(Locale.ROOT);
        Boolean byAgent = agent == null ? null : agentIsPerson(agent);
        if (Boolean.TRUE.equals(byAgent) && ("auto".equals(channel) || "timeout".equals(channel))) {
            return false;
        }
        if (byAgent != null) {
            return byAgent;
        }
        if (channel == null) {
            return null;
        }
        if (MACHINE_CHANNELS.contains(channel)) {
            return false;
        }
        return PERSON_CHANNELS.contains(channel) ? true : null;
    }

    private static Boolean agentIsPerson(RecordView agent) throws RecordProblem {
        String type = agent.nonBlankText("type");
        if (type != null) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.equals("user") || t.equals("user_reference")) {
                return true;
            }
            return false; // service, integration, bot_user, event rule, escalation policy…
        }
        String self = agent.nonBlankText("self");
        if (self != null && self.contains("/users/")) {
            return true;
        }
        if (self != null && (self.contains("/services/") || self.contains("/integrations/"))) {
            return false;
        }
        return null;
    }

    /** The incident id in a PagerDuty URL: {@code …/incidents/PT4KHLK/…} or {@code …?incident_id=PT4KHLK}. */
    static String incidentInUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher param = INCIDENT_PARAM.matcher(url);
        if (param.find()) {
            return param.group(1);
        }
        Matcher path = INCIDENT_IN_URL.matcher(url);
        return path.find() ? path.group(1) : null;
    }

    /**
     * The incident named by the wrapping object ({@code incident_id}, as PagerDuty's own per-incident answers
     * such as {@code /analytics/raw/incidents/{id}/responses} write it, or {@code incident.id}), else by the file
     * name ({@link FileNameParent} with {@code words}).
     */
    static String incidentOfWrapperOrFile(RecordContext context, List<String> words) {
        String id = first(context.wrapperText("incident_id"), context.wrapperText("incident.id"));
        if (id != null) {
            return id;
        }
        return FileNameParent.find(context.sourceFile(), words, ID);
    }

    /** The event id of the incident, which is a PagerDuty ALERT (DESIGN.md §3). */
    static String parentEventId(String incidentId) {
        return CanonicalEvent.eventId(Source.PAGERDUTY, EventKind.ALERT, incidentId);
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
