package dev.opshistory.ingest.parse;

import java.util.regex.Pattern;

/** Tells whether the {@code owner} of an Opsgenie/JSM alert log or note is a person. */
final class OpsgenieActors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private OpsgenieActors() {
    }

    /**
     * True for an e-mail address (Opsgenie user names are e-mail addresses); false for "System", another system
     * actor, an API or an integration (see {@link OpsgenieAlertMapper#isPerson}); null for any other name, which
     * may be a person or an integration.
     */
    static Boolean isPerson(String owner) {
        if (owner == null) {
            return null;
        }
        if (!OpsgenieAlertMapper.isPerson(owner, null, null)) {
            return false;
        }
        return EMAIL.matcher(owner.trim()).matches() ? true : null;
    }
}
