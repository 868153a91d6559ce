package dev.opshistory.ingest.privacy;

import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Reject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What ingest does to every event, enrichment and reject before anything else sees it (Kafka, the rejects file,
 * the warehouse, the report, the terminal): secrets are redacted ({@link SecretRedactor}) always, and with
 * {@code --pseudonymize} people are replaced by pseudonyms ({@link Pseudonymizer}).
 *
 * <p>Fields and what happens to them:
 * <ul>
 *   <li>person fields — an event's {@code acknowledged_by} and {@code resolved_by}, an enrichment's {@code agent},
 *       an action item's {@code owner}: pseudonymised, unless the record says the actor is not a person
 *       ({@code human_acknowledged=false}, {@code auto_resolved=true}, {@code human=false}) or the name is a system
 *       actor ({@link SystemActorNames}), which stay readable for the classifier. Person fields are handled first,
 *       so a name is also replaced in the free text of its own record;</li>
 *   <li>free text — title, description, notes, tags, service, team, queue, dedup key, resolve reason, runbook and
 *       HTML links, every postmortem text and incident reference, action item texts, an enrichment's text, alert key
 *       and runbook link, a reject's reason and excerpt: secrets redacted; e-mail addresses and remembered names
 *       pseudonymised. A reject's excerpt is raw record text: the names in its person fields
 *       ({@link RawPersonFields}) are remembered before it is rewritten;</li>
 *   <li>left as they are: ids (event id, source id and number, parent event id), closed vocabularies (kind, source,
 *       status, priority, urgency, severities, channel, action item type and status), instants, counts, flags, and
 *       the input file's path, which the user gave.</li>
 * </ul>
 * No mapper copies a raw secret field (PagerDuty {@code channel.service_key}, Opsgenie {@code details} values
 * other than the service and runbook links) into a field of its own; should one ever do, the field passes through
 * the same redaction as every other text.
 *
 * <p>One instance per run; not thread-safe when pseudonymising.
 */
public final class PrivacyFilter {

    private final SecretRedactor redactor = new SecretRedactor();
    private final Pseudonymizer pseudonymizer;

    private PrivacyFilter(Pseudonymizer pseudonymizer) {
        this.pseudonymizer = pseudonymizer;
    }

    /** Redacts secrets, keeps people's names. */
    public static PrivacyFilter redactOnly() {
        return new PrivacyFilter(null);
    }

    /** Redacts secrets and pseudonymises people. */
    public static PrivacyFilter pseudonymizing(Pseudonymizer pseudonymizer) {
        return new PrivacyFilter(pseudonymizer);
    }

    /**
     * The filter of a command-line run: with {@code pseudonymize}, the key comes from the environment
     * ({@link PseudonymKey#fromEnvironment}) and one line on {@code notices} says where from, never what it is.
     *
     * @throws IllegalArgumentException when the environment names a key file that cannot be read or is empty
     */
    public static PrivacyFilter forRun(boolean pseudonymize, Map<String, String> environment, PrintStream notices) {
        if (!pseudonymize) {
            return redactOnly();
        }
        PseudonymKey key = PseudonymKey.fromEnvironment(environment);
        notices.println(key.describe());
        return pseudonymizing(new Pseudonymizer(key));
    }

    /** True when people are pseudonymised. */
    public boolean pseudonymizes() {
        return pseudonymizer != null;
    }

    /** The event with secrets redacted and, when pseudonymising, people replaced. */
    public CanonicalEvent event(CanonicalEvent e) {
        String acknowledgedBy = person(e.acknowledgedBy(), Boolean.FALSE.equals(e.humanAcknowledged()));
        String resolvedBy = person(e.resolvedBy(), Boolean.TRUE.equals(e.autoResolved()));
        PostmortemDetails postmortem = e.postmortem() == null ? null : postmortem(e.postmortem());
        String title = text(e.title());
        String description = e.description() != null && e.description().equals(e.title())
                ? twin(e.description(), e.title(), title)
                : text(e.description());
        String service = text(e.service());
        String team = text(e.team());
        String queue = text(e.queue());
        String dedupKey = text(e.dedupKey());
        String resolveReason = text(e.resolveReason());
        List<String> tags = texts(e.tags());
        List<String> notes = texts(e.notes());
        String runbookUrl = text(e.runbookUrl());
        String htmlUrl = text(e.htmlUrl());
        // Nearly every event holds nothing to redact: hand the same event on rather than build an equal copy.
        if (acknowledgedBy == e.acknowledgedBy() && resolvedBy == e.resolvedBy() && postmortem == e.postmortem()
                && title == e.title() && description == e.description() && service == e.service()
                && team == e.team() && queue == e.queue() && dedupKey == e.dedupKey()
                && resolveReason == e.resolveReason() && tags == e.tags() && notes == e.notes()
                && runbookUrl == e.runbookUrl() && htmlUrl == e.htmlUrl()) {
            return e;
        }
        return e.toBuilder()
                .acknowledgedBy(acknowledgedBy)
                .resolvedBy(resolvedBy)
                .postmortem(postmortem)
                .title(title)
                .description(description)
                .service(service)
                .team(team)
                .queue(queue)
                .dedupKey(dedupKey)
                .resolveReason(resolveReason)
                .tags(tags)
                .notes(notes)
                .runbookUrl(runbookUrl)
                .htmlUrl(htmlUrl)
                .build();
    }

    /** The enrichment with secrets redacted and, when pseudonymising, its agent and people in its text replaced. */
    public Enrichment enrichment(Enrichment e) {
        String agent = person(e.agent(), Boolean.FALSE.equals(e.human()));
        return new Enrichment(e.parentEventId(), e.type(), e.sourceId(), e.at(), agent, e.human(), e.channel(),
                text(e.text()), text(e.alertKey()), e.alertSeverity(), text(e.runbookUrl()), e.sourceFile());
    }

    /** The reject with secrets redacted from its reason and excerpt and, when pseudonymising, people replaced. */
    public Reject reject(Reject r) {
        String excerpt = redactor.redact(r.excerpt());
        if (pseudonymizer != null) {
            for (String person : RawPersonFields.in(excerpt)) {
                if (!SystemActorNames.isSystem(person)) {
                    pseudonymizer.remember(person);
                }
            }
            excerpt = pseudonymizer.text(excerpt);
        }
        return new Reject(r.file(), r.position(), r.field(), text(r.reason()), excerpt);
    }

    private PostmortemDetails postmortem(PostmortemDetails p) {
        List<ActionItem> items = new ArrayList<>(p.actionItems().size());
        List<String> owners = new ArrayList<>(p.actionItems().size());
        for (ActionItem item : p.actionItems()) {
            owners.add(person(item.owner(), false));
        }
        for (int i = 0; i < p.actionItems().size(); i++) {
            ActionItem item = p.actionItems().get(i);
            items.add(new ActionItem(text(item.text()), owners.get(i), item.type(), item.status()));
        }
        return new PostmortemDetails(p.date(), texts(p.incidentRefs()), text(p.summary()), text(p.impact()),
                text(p.duration()), text(p.rootCause()), text(p.trigger()), text(p.resolution()), text(p.detection()),
                items, text(p.lessons()), p.rootCauseInProse());
    }

    /** A person field: pseudonymised unless it names a system; a system's name is still cleaned as text. */
    private String person(String value, boolean notAPerson) {
        String v = redactor.redact(value);
        if (pseudonymizer == null || v == null) {
            return v;
        }
        return notAPerson || SystemActorNames.isSystem(v) ? pseudonymizer.text(v) : pseudonymizer.person(v);
    }

    private String text(String value) {
        String v = redactor.redact(value);
        return pseudonymizer == null ? v : pseudonymizer.text(v);
    }

    /**
     * A text equal to one cleaned just before ({@code original}, cleaned into {@code cleaned}): PagerDuty's
     * description is the title unless someone wrote one, so each event's text would be scanned for secrets twice.
     * Redaction is a function of the text alone, so its result is reused (the text itself when nothing changed).
     * When pseudonymising, the text is cleaned on its own, as before: the pseudonymiser remembers names as it goes.
     */
    private String twin(String value, String original, String cleaned) {
        if (pseudonymizer != null) {
            return text(value);
        }
        return cleaned == original ? value : cleaned;
    }

    /** The texts cleaned; the same list when no text changed. */
    private List<String> texts(List<String> values) {
        List<String> out = null;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String cleaned = text(value);
            if (out == null && cleaned != value) {
                out = new ArrayList<>(values.size());
                out.addAll(values.subList(0, i));
            }
            if (out != null) {
                out.add(cleaned);
            }
        }
        return out == null ? values : out;
    }
}
