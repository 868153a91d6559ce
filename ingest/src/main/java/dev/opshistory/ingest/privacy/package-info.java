/**
 * What ingest keeps out of everything downstream (issue 7, "Security").
 *
 * <ul>
 *   <li><b>Secrets never leave ingest.</b> {@link dev.opshistory.ingest.IngestRunner} passes every event,
 *       enrichment and reject through a {@link dev.opshistory.ingest.privacy.PrivacyFilter} before any consumer
 *       (the Kafka producer, {@code rejects.ndjson}) sees it; the filter redacts with
 *       {@link dev.opshistory.ingest.privacy.SecretRedactor}, whose Javadoc lists the secrets it knows. Since Kafka
 *       is the only way into analytics, the warehouse, the report and its CSVs only ever hold redacted text.</li>
 *   <li><b>{@code --pseudonymize}.</b> The same filter then replaces people with
 *       {@link dev.opshistory.ingest.privacy.Pseudonymizer} under a
 *       {@link dev.opshistory.ingest.privacy.PseudonymKey} from {@code OPSHISTORY_PSEUDONYM_KEY} or
 *       {@code OPSHISTORY_PSEUDONYM_KEY_FILE} (else a random key, stable within the run only; stderr says so and
 *       never shows the key). Limits: a name is caught in free text once a person field of the same or an
 *       earlier record named it; a first name alone, or a name only ever written in free text, stays; a reject's
 *       excerpt yields the names in its own person fields, not those of a CSV row (no field names). Re-ingesting
 *       with a different key gives other pseudonyms.</li>
 *   <li><b>Output paths never come from data.</b> Audit of every file the pipeline writes under the output folder:
 *       {@code rejects.ndjson} and {@code ingest/reconciliation.json} (fixed names), {@code classify/run.json}
 *       (fixed), {@code warehouse/events/<yyyy-MM|undated>/part-*.parquet} (bucket from an {@code Instant}, never
 *       text) and {@code warehouse/postmortems/part-*.parquet}, {@code operational-history.md}/{@code .html},
 *       {@code summary.json}, {@code alerts.csv}, {@code csv/<table>.csv} and {@code charts/<chart>.svg} (table
 *       and chart names are constants of the reports module). No service, team, title or file content names a
 *       file; the app module's {@code PrivacyEndToEndTest} feeds a service named {@code ../../etc/evil} and titles
 *       with {@code /} through {@code run} and checks that every file written is below the output folder.</li>
 * </ul>
 * Tokens for later API pulls are to come from environment variables or files only, like the pseudonym key, and
 * are never printed.
 */
package dev.opshistory.ingest.privacy;
