package dev.opshistory.reports.figures;

import java.time.Instant;

/**
 * A significant incident of the period (significant, SEV1/SEV2, or named by a postmortem). Text is untrusted.
 *
 * @param minutesToResolve     null when unresolved or unknown
 * @param rootCauseHuman       the postmortem's own words about the cause (or the category when a human named it
 *                             on the event), null when no human did
 * @param rootCauseInferred    the category the job inferred, null when a human named it
 * @param url                  the vendor's link back to the incident
 * @param postmortemId         the earliest postmortem naming it, or null
 */
public record SignificantIncident(String eventId, Instant createdAt, Double minutesToResolve, String severity,
                                  String title, String service, String impact, String rootCauseHuman,
                                  String rootCauseInferred, String url, String postmortemId,
                                  String postmortemTitle) {
}
