package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.json.TextLimit;
import dev.opshistory.model.ActionItem;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.PostmortemDetails;
import dev.opshistory.model.Source;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns one Markdown postmortem into a POSTMORTEM event. Front matter, when present, wins over the body for
 * the values it gives (title, date, id, severity, services, tags, url) and fills body sections that are
 * missing; incident references are gathered from both (see {@link IncidentRefs}).
 *
 * <p>Identity: {@code source_id} is the front matter's {@code id}, else the file name without its last
 * extension, so that an edited document replaces its earlier version (a content hash would not).
 * {@code created_at} is the postmortem's date (front matter, then a Date section or field, then a
 * {@code yyyy-mm-dd} in the file name), null when the document has none, as unfilled templates do.
 * {@code description} is the authors' account beyond the named fields (the text under the title, narrative
 * sections and sections of unknown names), null when there is none: the summary is a field of its own, and
 * the root-cause rules, which read both, would count it twice.
 */
final class MarkdownPostmortemMapper {

    /** Front matter keys naming incidents. */
    static final List<String> INCIDENT_KEYS = List.of("incident", "incidents", "incident_id", "incident_ids",
            "incident_number", "incident_numbers", "incident_key", "incident_keys", "incident_url", "incident_urls",
            "related_incidents", "alert", "alerts", "alert_id", "alert_ids", "pagerduty_incident", "opsgenie_alert");

    /** Front matter keys that only a postmortem would carry, for detection. */
    static final List<String> POSTMORTEM_KEYS = List.of("root_cause", "root_causes", "rootcause", "impact",
            "action_items", "trigger", "resolution", "detection", "lessons", "lessons_learned", "postmortem",
            "incident", "incidents", "incident_id", "incident_ids", "severity");

    /**
     * Front matter keys giving the title: blog generators name it "heading" or "headline" too ("heading: Incident
     * report for August 16, 2024 - Function execution outage").
     */
    static final String[] TITLE_KEYS = {"title", "name", "heading", "headline"};

    /** Front matter keys giving when the incident started. */
    private static final String[] START_KEYS = {"start_time", "started_at", "start", "start_date", "incident_start",
            "impact_start"};
    /** Front-matter keys that date the incident itself, not the write-up. */
    private static final String[] INCIDENT_DATE_KEYS = Stream.concat(Stream.of("incident_date"), Stream.of(START_KEYS))
            .toArray(String[]::new);
    /** A severity's level: "SEV-2", "Sev 1", "P1", "Critical", "High", "Level 3", with the dash or colon after it. */
    private static final Pattern SEVERITY_LEVEL = Pattern.compile("(?i)^(?:(?:sev(?:erity)?|level|p|priority)[ -]?\\d"
            + "|critical|high|major|medium|moderate|minor|low|severe)\\b[\\s:–—-]*");
    /** Two words or more, the first a letter's: a phrase, not another level or a number. */
    private static final Pattern WORDS_OF_IMPACT = Pattern.compile("\\p{L}[\\p{L}'-]*\\s+\\p{L}");
    /** "Yesterday" and "last night", in the languages the section names know (not German "hier": "here"). */
    private static final Pattern YESTERDAY = Pattern.compile("(?iu)\\b(?:yesterday|last night|gestern"
            + "|hier (?:soir|matin|après-midi)|ayer|anoche|ontem|ieri|igår|i går)\\b|昨日|昨夜|昨晚|昨天|어제");
    /** How long after an incident its write-up may be published and still name its day in the title. */
    private static final int WRITE_UP_DAYS = 90;
    /**
     * Front matter keys giving the postmortem's date, the first that has one wins: its own (or, as Astro and Hugo blogs
     * name it, when it was published), else the incident's start.
     */
    /** A title that names the write-up rather than the incident: its date may be the day it was written. */
    private static final Pattern REPORT_TITLE = Pattern.compile("(?i)\\b(?:report|post-?mortem|post mortem"
            + "|retrospective|rca|write-?up|incident review|post-incident review)\\b");
    private static final String[] DATE_KEYS = Stream.concat(Stream.of("date", "incident_date", "created_at", "created",
            "pubdate", "pub_date", "publishdate", "publish_date", "published", "published_at", "publishedat"),
            Stream.of(START_KEYS)).toArray(String[]::new);
    /** Front matter keys giving when the incident ended. */
    private static final String[] END_KEYS = {"end_time", "ended_at", "end", "end_date", "resolved_at", "incident_end",
            "impact_end",
            "resolvedwhen", "resolved_when", "resolved_on", "resolveddate", "resolved_date", "outagefinish", "outage_finish",
            "outage_end"};
    /**
     * Status pages' issues (cState's and the Hugo themes like it, Jekyll status sites', and Pelican's): {@code date} is
     * when the issue began, {@code resolvedWhen}, {@code resolved_on}, {@code resolvedDate} or {@code OutageFinish} when
     * it ended.
     */
    private static final String[] STATUS_PAGE_END_KEYS = {"resolvedwhen", "resolved_when", "resolved_on", "resolveddate",
            "outagefinish", "outage_finish", "outage_end"};

    /** A report's footnote after a value: a star before a capital that no star closes, to the end of the line. */
    private static final Pattern FOOTNOTE = Pattern.compile("(?m)\\s*(?<![*\\w])\\*(?=\\p{Lu})[^*\\n]*$");
    /** A time and nothing else: "5 minutes", "~2 min", "1h 20m", "371 minutes." */
    private static final Pattern ONLY_A_DURATION = Pattern.compile("(?i)(?:~|about |approx\\.? |approximately |<|>)?\\s*"
            + "(?:\\d+(?:[.,]\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\\s*)+\\.?");
    private static final Pattern TITLE_TAG = Pattern.compile("(?i)^\\s*[\\[(](?:public|internal|external|draft|wip"
            + "|confidential|restricted|final|resolved|closed|complete|completed|in review|review|redacted)[\\])]\\s*[-:–]?\\s*");
    /**
     * A sentence saying what the root cause is or was, up to its end ("the root cause is still unknown" says so too);
     * not one saying only that it is known ("The root cause for the incident is clear and we are taking steps").
     */
    private static final Pattern CAUSE_SENTENCE = Pattern.compile("(?i)(?<=^|[.!?]\\s|\\n)[^.!?\\n]*\\bthe (?:actual |real "
            + "|underlying |primary |main |ultimate )?root cause\\b(?:(?!\\b(?:is|was|were|are|turned out to be)\\b)[^.!?\\n,;])*"
            + "\\b(?:is|was|were|are|turned out to be)\\b"
            + "(?!\\s+(?:(?:now|fully|well|also) )*(?:clear|known|understood)\\b(?!\\s*:))"
            + "[^\\n]*?(?:[.!?](?=\\s|$)|$)", Pattern.MULTILINE);
    /** The paragraph after a sentence: up to the next blank line. */
    private static final Pattern NEXT_PARAGRAPH = Pattern.compile("\\s*(\\S.*?)(?:\\n\\s*\\n|$)", Pattern.DOTALL);
    private static final Pattern NAMED_ROOT_CAUSE = Pattern.compile("root ?causes?( analysis)?|rca");
    private static final Pattern RESPONSE = Pattern.compile("(our |the |incident )?response( and (mitigation|recovery"
            + "|remediation)( attempts| steps| efforts)?)?");

    /** Front-matter keys of a status site's list of updates ({@code incident_states}, {@code updates}). */
    private static final Pattern UPDATE_LISTS = Pattern.compile("(?:incident_|status_)?(?:states|updates)|history");
    /** The names of a section that tells the incident itself, not its background or its analysis. */
    private static final Pattern TELLS_WHAT_HAPPENED = Pattern.compile("what happened( and why)?|(outage |incident |issue "
            + "|problem )?description|(incident )?details|details of (the )?(incident|outage|issue|event)|narrative|"
            + SectionNames.WHAT_HAPPENED_ELSEWHERE);
    /**
     * A paragraph of three words at most and no sentence or field: a saved page's section or reading time ("News",
     * "2 Minuten Lesezeit"); not a flattened field ("Description Site Intermittently down").
     */
    private static final Pattern PAGE_CHROME = Pattern.compile("(?:[^:.!?\\s]+(?:\\s+[^:.!?\\s]+){0,2})?");

    /** A duration field's value that names no length. */
    private static final Pattern NO_LENGTH = Pattern.compile("(?i)none|n/?a|nil|tbd|unknown|[-–—]+|no (downtime|outage)");
    /** The fewest words of an opening paragraph that summarises a write-up. */
    private static final int SUMMARY_WORDS = 12;
    /** ... of a status site's issue, which says what is wrong in a line ("Severe disruption of service due to disk space."). */
    private static final int STATUS_SUMMARY_WORDS = 4;
    /**
     * A paragraph that is not prose: a list, a table, a quote, a timeline's entry ("09:31 Problem detected"), code, an
     * image, or a page's note about itself.
     */
    private static final Pattern NOT_PROSE = Pattern.compile("(?i)^(?:[-*+>|]|\\d{1,3}[.)]\\s|\\d{1,2}:\\d{2}\\b|```|~~~|!\\[|<|\\{"
            + "|(?:last )?(?:updated|modified|edited|published|posted)\\b|table of contents|note:|disclaimer"
            + "|.*\\btemplate\\b|this (?:is a |is the )?(?:page|post|document|doc|log|file|site)\\b"
            + "|here (?:we|i) (?:will |'ll )?(?:gather|collect|list|document|keep|track|log)\\b)");
    /** A line that is a field of a block ("Date: 2024-03-01", "**Status**: resolved"). */
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)?[\\p{L}][\\p{L} /()-]{0,30}(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s");

    /** A heading of two words of at least three letters names something; "2023-12-22" or "Incident 4" do not. */
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}{3,}\\P{L}+\\p{L}{3,}");

    /** File names that say nothing of the document, only that it is its folder's page. */
    private static final Set<String> FOLDER_NAMED = Set.of("readme", "index", "_index", "default", "main", "page",
            "content", "document", "untitled", "postmortem", "post-mortem", "postmortem-report", "incident-report",
            "report", "rca", "writeup", "write-up");

    private final OutlineReader outlines = new OutlineReader();
    private final PostmortemLog log = new PostmortemLog();

    /**
     * The events of one document: one, or one per entry of a file that keeps several postmortems
     * ({@link PostmortemLog}), each with its own id ({@code <file stem>#<entry heading>}). An entry titled only by
     * a date or a number ("## 2023-12-22") is titled with the document's title before it.
     */
    List<CanonicalEvent> mapAll(String document, String fileName) throws FrontMatter.Unreadable {
        FrontMatter front = FrontMatter.split(document);
        String body = SiteGeneratorMarkup.strip(bodyOf(front));
        List<PostmortemLog.Entry> entries = log.entries(body);
        if (entries.isEmpty()) {
            return List.of(map(front, body, fileName)); // the front matter split and the body converted once
        }
        String logTitle = firstNonBlank(front.text(TITLE_KEYS), outlines.read(body).title());
        List<CanonicalEvent> events = new ArrayList<>();
        for (PostmortemLog.Entry entry : entries) {
            CanonicalEvent event = map(entry.markdown(), fileName);
            String title = logTitle != null && !TWO_WORDS.matcher(entry.heading()).find()
                    ? logTitle + " — " + entry.heading() : event.title();
            events.add(event.toBuilder().eventId(null).sourceId(stem(fileName) + "#" + entry.slug()).title(title).build());
        }
        return events;
    }

    /** The event for one document. */
    CanonicalEvent map(String document, String fileName) throws FrontMatter.Unreadable {
        FrontMatter front = FrontMatter.split(document);
        return map(front, SiteGeneratorMarkup.strip(bodyOf(front)), fileName);
    }

    /** The event for one document, split into its front matter and its body as Markdown. */
    private CanonicalEvent map(FrontMatter front, String body, String fileName) {
        PostmortemOutline outline = outlines.read(body);
        StatusUpdates updates = StatusUpdates.read(body);
        TextCutter cutter = new TextCutter();

        String summary = section(outline, SectionKind.SUMMARY, front, "summary", "executive_summary", "overview");
        String title = withoutTag(firstNonBlank(front.text(TITLE_KEYS), outline.title(), stem(fileName)));
        String duration = statedLength(withoutFootnote(section(outline, SectionKind.DURATION, front, "duration")));
        String summaryHead = searched(summary);
        // "Date: 03/10/2021" is read in the order the document's other numeric dates show ("29-09-2021": days first)
        NumericDateOrder dateOrder = NumericDateOrder.of(body);
        PostmortemDate date = date(front, outline, fileName, title, summaryHead, searched(duration), dateOrder)
                .or(updates::firstDay).orElse(null);
        String writtenDate = date != null ? date.date() : SectionContent.text(outline.sectionsOf(SectionKind.DATE));

        String description = account(outline);
        String impact = section(outline, SectionKind.IMPACT, front, "impact");
        String impactHead = searched(impact);
        String introHead = searched(outline.intro());
        // a status page opens with its latest update, no summary
        String opening = updates.isEmpty() ? openingParagraph(introHead, isStatusPageIssue(front)) : null;
        String timeline = searched(SectionContent.text(outline.sectionsOf(SectionKind.TIMELINE)));
        String statedCause = firstNonBlank(rootCause(outline, front), causeSentence(summaryHead, searched(description)),
                updates.identified());
        // a status page's resolving update often says what it was ("Root cause seems to be a DDoS attack")
        // … and, when neither the summary nor the opening tells it, the sections that tell what happened
        String proseCause = statedCause == null ? ProseCause.find(summaryHead, updates.resolution(), introHead,
                searched(SectionContent.text(outline.sectionsOf(SectionKind.NARRATIVE)))) : null;
        String severity = firstNonBlank(front.text("severity", "sev"),
                SectionContent.text(outline.sectionsOf(SectionKind.SEVERITY)));
        PostmortemDetails details = new PostmortemDetails(
                cutter.cut(writtenDate),
                cutter.cut(incidentRefs(front, outline, title)),
                cutter.cut(firstNonBlank(summary, updates.firstSeen(), opening, accountOpening(outline))),
                cutter.cut(firstNonBlank(impact, ProseImpact.find(summaryHead, introHead), impactOfSeverity(severity))),
                cutter.cut(firstNonBlank(duration, span(front, body),
                        ProseDuration.bracketed(SectionContent.text(outline.sectionsOf(SectionKind.DATE))),
                        IncidentSpan.ofDateField(SectionContent.text(outline.sectionsOf(SectionKind.DATE)), date)
                                .orElse(null),
                        IncidentSpan.of(outline.sections(), date).orElse(null),
                        ProseDuration.find(summaryHead, impactHead, introHead),
                        IncidentSpan.inProse(date, summaryHead, impactHead, introHead).orElse(null),
                        updates.span(date).orElse(null),
                        TimelineSpan.of(dateOrder.resolve(timeline), date).orElse(null))),
                cutter.cut(firstNonBlank(statedCause, proseCause)),
                cutter.cut(section(outline, SectionKind.TRIGGER, front, "trigger")),
                cutter.cut(firstNonBlank(section(outline, SectionKind.RESOLUTION, front, "resolution", "mitigation"),
                        response(outline), updates.resolution(),
                        ProseResolution.find(summaryHead, introHead, searched(description)),
                        TimelineResolution.find(timeline))),
                cutter.cut(firstNonBlank(whoNoticed(section(outline, SectionKind.DETECTION, front, "detection")),
                        TimelineDetection.find(timeline),
                        TimelineDetection.inProse(summaryHead, introHead, searched(description)))),
                cutter.cutItems(actionItems(outline, front, summary, description)),
                cutter.cut(section(outline, SectionKind.LESSONS, front, "lessons", "lessons_learned")),
                statedCause == null && proseCause != null);

        return CanonicalEvent.builder()
                .kind(EventKind.POSTMORTEM)
                .source(Source.POSTMORTEM)
                .sourceId(cutter.cut(firstNonBlank(front.text("id", "postmortem_id", "slug"), stem(fileName))))
                .title(cutter.cut(title))
                .description(cutter.cut(description))
                .createdAt(date != null ? date.instant() : null)
                .status(cutter.cut(firstNonBlank(front.text("status"), SectionContent.text(outline.sectionsOf(SectionKind.STATUS)))))
                .priority(cutter.cut(firstNonBlank(front.text("severity", "sev", "priority"),
                        SectionContent.text(outline.sectionsOf(SectionKind.SEVERITY)))))
                .service(cutter.cut(first(front.list("service", "services", "component", "components", "product", "affected"))))
                .team(cutter.cut(first(front.list("team", "teams"))))
                .tags(cutter.cut(front.list("tags", "labels", "categories")))
                .htmlUrl(cutter.cut(front.text("url", "html_url", "link", "permalink")))
                .sourceFile(fileName)
                .postmortem(details)
                .truncated(cutter.truncated())
                .build();
    }

    /**
     * The authors' account beyond the named fields: the text under the title, the narrative sections
     * ({@code What happened}, {@code Leadup}, {@code Analysis}) and sections of names no template uses, in
     * document order. Causes are often told there rather than under a root-cause heading, so this is what
     * the root-cause rules read as the description.
     */
    private static String account(PostmortemOutline outline) {
        List<Section> told = outline.sections().stream()
                .filter(s -> !s.recognised() || s.kind() == SectionKind.NARRATIVE).toList();
        String sections = SectionContent.text(told);
        String intro = firstNonBlank(outline.intro());
        if (intro == null || sections == null) {
            return intro == null ? sections : intro;
        }
        return intro + "\n\n" + sections;
    }

    /**
     * The summary of a write-up without a summary section: its opening paragraph, as blog posts and issue texts open with
     * what happened ("On November 5th we had a global outage of our relay servers, caused by …"). Only prose: a
     * paragraph of at least {@value #SUMMARY_WORDS} words that is no list, table, quote, code or block of fields, and not
     * a page's note about itself ("Last updated …", "Sample template from …", "This is a page where I will discuss …",
     * "Here we will gather all the critical issues …").
     */
    private static String openingParagraph(String intro, boolean statusPageIssue) {
        if (intro == null) {
            return null;
        }
        // the outline gives each paragraph on a line of its own, its wrapped lines joined; a saved page's words above
        // its account ("News", "2 Minuten Lesezeit") are not its opening
        String[] paragraphs = intro.strip().split("\\n");
        int opening = 0;
        while (opening < paragraphs.length - 1 && PAGE_CHROME.matcher(paragraphs[opening].strip()).matches()) {
            opening++;
        }
        String first = paragraphs[opening].strip();
        int fewestWords = statusPageIssue ? STATUS_SUMMARY_WORDS : SUMMARY_WORDS;
        boolean prose = !NOT_PROSE.matcher(first).find() && first.split("\\s+").length >= fewestWords
                && !FIELD_LINE.matcher(first).lookingAt() && !(statusPageIssue && StatusUpdates.isUpdate(first));
        return prose ? first : null;
    }

    /**
     * The opening paragraph of the section that tells what happened ("What happened?", "Description", "Incident
     * details"), for a write-up with neither a summary nor an opening paragraph of its own: what a reader is told first
     * about the incident. Not of a section that tells what led up to it ("Background", "Context", "Lead-up") or
     * analyses it.
     */
    private static String accountOpening(PostmortemOutline outline) {
        return outline.sectionsOf(SectionKind.NARRATIVE).stream()
                .filter(s -> s.ownKind() == SectionKind.NARRATIVE && TELLS_WHAT_HAPPENED.matcher(
                        SectionNames.normalise(s.heading())).matches())
                .findFirst()
                .map(SectionContent::text)
                .map(text -> openingParagraph(text, false))
                .orElse(null);
    }

    /**
     * Whether the document is an issue of a status site (cState's, Statusfy's and the themes like them): its front
     * matter says when it was resolved, or that it was, beside the issue's severity or the systems it affected. Such an
     * issue opens with a line or two on what is wrong, however short.
     */
    private static boolean isStatusPageIssue(FrontMatter front) {
        return front.first(STATUS_PAGE_END_KEYS) != null || (front.first("resolved") != null
                && front.first("severity", "affected", "affectedsystems", "systems", "section") != null);
    }

    /** Whether a front-matter date holds a time of day ("2022-12-19 07:10 UTC"), not only a day. */
    private static boolean hasTimeOfDay(Object date) {
        if (date instanceof Date day) {
            return !day.toInstant().equals(day.toInstant().truncatedTo(ChronoUnit.DAYS));
        }
        return date != null && String.valueOf(date).contains(":");
    }

    /**
     * The part of a text searched for a duration, a date or a cause sentence: what its field keeps (a 10 MB section
     * is cut at {@link TextLimit#MAX_UTF8_BYTES}), so that a huge section is not scanned by every pattern in full.
     */
    private static String searched(String text) {
        return text == null || !TextLimit.exceeds(text) ? text : TextLimit.cut(text);
    }

    /**
     * The root-cause sections' text, a section named "Root cause" first: a template with a "Fault", a "Whys" and a
     * "Technical cause" as well (Atlassian's) states its conclusion there, and the start of the text is what a reader
     * is shown.
     */
    private static String rootCause(PostmortemOutline outline, FrontMatter front) {
        List<Section> causes = outline.sectionsOf(SectionKind.ROOT_CAUSE).stream()
                .sorted(Comparator.comparing(s -> !NAMED_ROOT_CAUSE.matcher(SectionNames.normalise(s.heading())).matches()))
                .toList();
        String body = SectionContent.text(causes);
        // a Jekyll status site's alert gives its cause as "reason: Power incident on UK national grid"
        return body != null ? body : front.text("root_cause", "root_causes", "rootcause", "cause", "reason");
    }

    /**
     * A detection section's text, unless it is only how long detection took ("Time to detection: 5 minutes", a
     * template's metric): that says when, not who or what noticed.
     */
    private static String whoNoticed(String detection) {
        return detection == null || ONLY_A_DURATION.matcher(detection.strip()).matches() ? null : detection;
    }

    private static String section(PostmortemOutline outline, SectionKind kind, FrontMatter front, String... keys) {
        String body = SectionContent.text(outline.sectionsOf(kind));
        return body != null ? body : front.text(keys);
    }

    /**
     * The sentence that names the root cause in a write-up without a root-cause section ("The root cause for this
     * incident is a bug in our NFS deployment process."), from its summary or account; null when none does. A sentence
     * that ends with a colon ("The initial report states the root cause was related to:") is followed by the cause, in
     * the next paragraph (often a quote of the provider's report).
     */
    private static String causeSentence(String... texts) {
        for (String text : texts) {
            Matcher sentence = text == null ? null : CAUSE_SENTENCE.matcher(text);
            if (sentence != null && sentence.find()) {
                String cause = sentence.group().strip();
                Matcher next = NEXT_PARAGRAPH.matcher(text).region(sentence.end(), text.length());
                return cause.endsWith(":") && next.lookingAt() ? cause + "\n" + next.group(1).strip() : cause;
            }
        }
        return null;
    }

    /**
     * A title without the tag a wiki or a tracker puts before it to say who may read it or how far it is ("[Public]
     * 4/26 Transaction delays", "[DRAFT] Cache outage"): it names nothing of the incident.
     */
    static String withoutTag(String title) {
        if (title == null) {
            return null;
        }
        String untagged = TITLE_TAG.matcher(title).replaceFirst("");
        return untagged.isBlank() ? title : untagged;
    }

    /**
     * A "Response" section (part of the timeline in the templates that have both, as Atlassian's) as the resolution of
     * a write-up that has no resolution section: there it tells what was done ("The webhook was removed, which fixed
     * the issue immediately").
     */
    private static String response(PostmortemOutline outline) {
        List<Section> responses = outline.sections().stream()
                .filter(s -> RESPONSE.matcher(SectionNames.normalise(s.heading())).matches()).toList();
        return responses.isEmpty() ? null : SectionContent.text(responses);
    }

    /**
     * The duration that front matter gives as a start and an end time ({@code start_time} and {@code end_time}; a
     * cState status page's {@code date} and {@code resolvedWhen}; a Statusfy page's {@code date} and its "Resolved"
     * update, {@link StatusfyUpdates}), when the document states none itself: "32 minutes (2022-11-18T15:40:00Z to
     * 2022-11-18T16:12:00Z)".
     */
    private static String span(FrontMatter front, String body) {
        Object startValue = front.first(START_KEYS);
        Optional<PostmortemDate> statusfyEnd = front.first(END_KEYS) == null ? StatusfyUpdates.resolvedAt(body)
                : Optional.empty();
        if (startValue == null && (front.first(STATUS_PAGE_END_KEYS) != null || statusfyEnd.isPresent())
                && hasTimeOfDay(front.first("date"))) {
            startValue = front.first("date"); // a day alone is no start: "date: 2024-03-01" is not its midnight
        }
        Optional<PostmortemDate> start = PostmortemDate.fromYaml(startValue);
        Optional<PostmortemDate> end = PostmortemDate.fromYaml(front.first(END_KEYS)).or(() -> statusfyEnd);
        if (start.isEmpty() || end.isEmpty() || end.get().instant().isBefore(start.get().instant())) {
            return null;
        }
        Duration length = Duration.between(start.get().instant(), end.get().instant());
        // a status page's issue posted after the fact is resolved the moment it is written: no length of the incident
        return length.toMinutes() < 1 ? null
                : spoken(length) + " (" + start.get().instant() + " to " + end.get().instant() + ")";
    }

    /** A duration as people write it: "32 minutes", "3 hours 5 minutes", "2 days 4 hours". */
    static String spoken(Duration length) {
        long minutes = length.toMinutes();
        if (minutes < 1) {
            return length.toSeconds() + " seconds";
        }
        if (minutes < 60) {
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = length.toHours();
        if (hours < 48) {
            long rest = minutes % 60;
            return hours + (hours == 1 ? " hour" : " hours") + (rest == 0 ? "" : " " + rest + (rest == 1 ? " minute" : " minutes"));
        }
        long days = length.toDays();
        long rest = hours % 24;
        return days + " days" + (rest == 0 ? "" : " " + rest + (rest == 1 ? " hour" : " hours"));
    }

    private static Optional<PostmortemDate> date(FrontMatter front, PostmortemOutline outline, String fileName,
            String namedTitle, String namedSummary, String namedDuration, NumericDateOrder order) {
        // a start of the incident beside a date ("date: 2026-10-02", "incident_start: 2026-10-01 09:45 UTC"): the date
        // is the write-up's
        Optional<PostmortemDate> fromFront = PostmortemDate.fromYaml(front.first(INCIDENT_DATE_KEYS))
                .or(() -> PostmortemDate.fromYaml(front.first(DATE_KEYS)));
        String intro = searched(outline.intro());
        String dateField = SectionContent.text(outline.sectionsOf(SectionKind.DATE));
        String timeline = SectionContent.text(outline.sectionsOf(SectionKind.TIMELINE));
        String title = order.resolve(namedTitle);
        // a title made of the file name says nothing of the incident's day the file name does not
        String documentTitle = Objects.equals(namedTitle, withoutTag(stem(fileName))) ? null : title;
        String summary = order.resolve(namedSummary);
        String duration = order.resolve(namedDuration);
        intro = order.resolve(intro);
        timeline = order.resolve(timeline);
        // the opening paragraph of "What happened?" too: a blog's account often starts there ("On November 5th we had …")
        String opening = Objects.toString(intro, "") + "\n" + Objects.toString(summary, "") + "\n"
                + Objects.toString(order.resolve(accountOpening(outline)), "");
        Optional<PostmortemDate> fromBody = PostmortemDate.find(order.resolve(dateField));
        if (fromFront.isPresent()) {
            if (front.first(INCIDENT_DATE_KEYS) != null) {
                return fromFront;
            }
            // a blog's front matter date is when the post was dated; the template's own "Date" field inside it is the
            // incident's ("date: 2021-04-12" over "# Date 2021-04-14", "On April 14, 2021, at about 9:40am")
            return incidentDayBefore(fromBody.orElse(fromFront.get()), title, documentTitle, opening, timeline);
        }
        if (fromBody.isPresent()) {
            // a template's "Date:" is at times the day it was written: an opening that starts with an earlier day
            // ("- On June 16, 2020, the locator failed", dated June 18) and never names the field's tells the incident's
            return PostmortemDate.mentions(opening, fromBody.get()) ? fromBody
                    : incidentDayBefore(fromBody.get(), null, documentTitle, opening, null);
        }
        Optional<PostmortemDate> fromName = PostmortemDate.find(fileName);
        if (fromName.isPresent()) {
            // the title corroborates the file name's date but does not move it (a page's name is kept more carefully),
            // unless the file is a site generator's post ("_posts/2015-08-13-outage.md" with a layout): its name is
            // dated by publication, as a blog's front matter date is
            return incidentDayBefore(fromName.get(), isSitePost(front) ? title : null, documentTitle, opening, timeline);
        }
        // A wiki page's or shared document's title often carries the day ("2025-09-03 Payment webhooks delayed").
        Optional<PostmortemDate> fromTitle = PostmortemDate.find(title);
        if (fromTitle.isPresent()) {
            // unless the title names the write-up, dated as it was written, and its opening starts with an earlier day
            // ("2024-03-21 Incident report: …", then "On Thursday March 14th 2024 (a week ago from the time of this
            // writing), an incident occurred")
            return REPORT_TITLE.matcher(title).find() ? incidentDayBefore(fromTitle.get(), null, null, opening, null)
                    : fromTitle;
        }
        // Templates without a date field still date their timeline: by its first busy day, not by backstory; but a
        // summary that opens with a later day of the timeline names the incident's, the days before it the leadup's
        // ("On 2023-07-20 between 12:17 and 12:30 UTC all downloads were broken", the timeline opening on the 19th)
        Optional<PostmortemDate> found = PostmortemDate.busiestDayStart(timeline);
        if (found.isPresent()) {
            PostmortemDate busiest = found.get();
            String entries = timeline;
            found = PostmortemDate.openingDays(summary, busiest).stream().findFirst()
                    .filter(day -> day.instant().isAfter(busiest.instant()) && PostmortemDate.mentions(entries, day))
                    .or(() -> Optional.of(busiest));
        }
        // Else the first date of the summary or the duration: "Between 03:10 and 04:25 UTC on 2025-10-02, CI jobs
        // queued …", "Duration: the outage occurred on June 10, 2024, from 14:00 to 16:00"; else the opening
        // paragraph's, as a blog-style write-up dates its incident ("On 2025-07-30 at 21:27 UTC, …")
        for (String told : Arrays.asList(summary, duration)) {
            if (found.isEmpty() && told != null) {
                found = PostmortemDate.find(told);
            }
        }
        if (found.isEmpty()) {
            found = PostmortemDate.findOfIncident(intro);
        }
        return found;
    }

    /** A duration field that says there was none ("None", "N/A", "-", "no downtime") gives no duration. */
    private static String statedLength(String duration) {
        return duration == null || NO_LENGTH.matcher(duration.strip()).matches() ? null : duration;
    }

    /**
     * A value without the footnote a report prints after it ("5h 23m *All times listed in this report are in Pacific
     * Time", PagerDuty's postmortem export): a star before a capital that no star closes.
     */
    private static String withoutFootnote(String value) {
        return value == null ? null : FOOTNOTE.matcher(value).replaceAll("").strip();
    }

    /**
     * The document's text: below its front matter (as Markdown when it is written in HTML, a blog's post exported with
     * its HTML), or, where nothing is below it, in a front matter field that holds the whole account (a status site edited through a CMS keeps it in {@code details:}, or as a list of its updates).
     */
    private static String bodyOf(FrontMatter front) {
        String body = front.body();
        if (body != null && !body.isBlank()) {
            return HtmlDocument.isHtmlBody(body) ? HtmlDocument.bodyAsMarkdown(body) : body;
        }
        String kept = front.text("details", "body", "content");
        String updates = kept != null ? null : updatesIn(front);
        return kept != null ? kept : updates != null ? updates : body;
    }

    /**
     * A status site's updates kept in its front matter as a list of statuses and texts ({@code incident_states:} of
     * {@code - status: investigating} / {@code content: '…'}), written out as a status page writes them
     * ("**Investigating** - …"), for {@link StatusUpdates} to read; null when there is no such list.
     */
    private static String updatesIn(FrontMatter front) {
        for (Map.Entry<String, Object> field : front.values().entrySet()) {
            if (!UPDATE_LISTS.matcher(field.getKey()).matches() || !(field.getValue() instanceof List<?> entries)) {
                continue;
            }
            StringBuilder updates = new StringBuilder();
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> update && update.get("status") instanceof String status) {
                    Object text = Stream.of("content", "message", "body", "text", "description").map(update::get)
                            .filter(t -> t instanceof String s && !s.isBlank()).findFirst().orElse(null);
                    if (text != null) {
                        updates.append("**").append(status.strip()).append("** - ").append(((String) text).strip())
                                .append("\n\n");
                    }
                }
            }
            if (!updates.isEmpty()) {
                return updates.toString();
            }
        }
        return null;
    }

    /** Whether the front matter is a site generator's post's: it names the page's layout or permalink. */
    private static boolean isSitePost(FrontMatter front) {
        return front.text("layout", "permalink") != null;
    }

    /**
     * A blog's {@code date}, or the date in its file name, is the day the write-up was published; a title that names an
     * earlier day close before it ("Postmortem for the Mainnet incident on 17th June 2019", published 2 July; only
     * {@code namingTitle}, given for front matter's date: a file name's date is kept over its page's title), or else
     * the first paragraph that opens with one ("On Wednesday, October 15 from 05:00 …", published 23 October), or else
     * the timeline's busy day ("March 16, 12:07 PM: the storage server reboots", published 18 March, when the incident
     * ended), or else an opening paragraph that tells of "yesterday" or "last night" (the day before), names the
     * incident's. Not when the document's own title or an opening paragraph names the date itself
     * ("# Oct 31 2021 Dust Storm"; "On Jan 29 a connection was set up … On February 15 the integration ran"): then it
     * is the incident's, and the earlier day is backstory.
     */
    private static Optional<PostmortemDate> incidentDayBefore(PostmortemDate published, String namingTitle,
            String documentTitle, String opening, String timeline) {
        List<PostmortemDate> opened = PostmortemDate.openingDays(opening, published);
        boolean corroborated = PostmortemDate.find(documentTitle).map(PostmortemDate::date).filter(published.date()::equals)
                .isPresent() || opened.stream().anyMatch(d -> d.date().equals(published.date()));
        Optional<PostmortemDate> inTitle = PostmortemDate.find(namingTitle)
                .or(() -> PostmortemDate.yearlessDay(namingTitle, published));
        // "Last night I migrated my sites …", "Gestern Abend um 23:45 gab es …": the day before it was published
        Optional<PostmortemDate> yesterday = opening != null && YESTERDAY.matcher(opening).find()
                ? Optional.of(published.dayBefore()) : Optional.empty();
        for (Optional<PostmortemDate> named : List.of(inTitle, opened.stream().findFirst(),
                PostmortemDate.busiestDayStart(timeline, published), yesterday)) {
            if (!corroborated && named.isPresent() && named.get().instant().isBefore(published.instant())
                    && Duration.between(named.get().instant(), published.instant()).toDays() <= WRITE_UP_DAYS) {
                return named;
            }
        }
        return Optional.of(published);
    }

    private static List<String> incidentRefs(FrontMatter front, PostmortemOutline outline, String title) {
        IncidentRefs refs = new IncidentRefs();
        for (String key : INCIDENT_KEYS) {
            Object value = front.values().get(key);
            if (value instanceof Collection<?> list) {
                list.forEach(v -> explicitValue(refs, v));
            } else {
                explicitValue(refs, value);
            }
        }
        for (Section section : outline.sectionsOf(SectionKind.INCIDENT)) {
            String text = SectionContent.text(section);
            int before = refs.list().size();
            refs.scan(text);
            if (text != null && refs.list().size() == before) {
                for (String token : text.split("[\\s,;]+")) {
                    if (token.matches("#?\\d{1,9}|[A-Z0-9][A-Za-z0-9_-]{3,}") && token.matches(".*\\d.*|[A-Z0-9]{5,}")) {
                        refs.explicit(token);
                    }
                }
            }
        }
        refs.scan(title);
        refs.scan(outline.title());
        refs.scan(front.body());
        return refs.list();
    }

    private static void explicitValue(IncidentRefs refs, Object value) {
        if (value instanceof Map<?, ?> map) {
            // {id: PT4KHLK, number: 465, url: …}: every scalar of it names the incident
            map.values().stream().filter(v -> !(v instanceof Map) && !(v instanceof Collection))
                    .forEach(v -> refs.explicit(String.valueOf(v)));
        } else if (value != null) {
            refs.explicit(String.valueOf(value));
        }
    }

    /**
     * What a severity written in words says the incident did, when no section tells its impact: "chain halt
     * (liveness), no loss of funds" and "High (blocked deployments)" say it, "SEV-2", "P1 - Critical" and "High" do
     * not. The level before it is dropped.
     */
    private static String impactOfSeverity(String severity) {
        if (severity == null) {
            return null;
        }
        String words = SEVERITY_LEVEL.matcher(severity.strip()).replaceFirst("");
        words = words.startsWith("(") && words.endsWith(")") ? words.substring(1, words.length() - 1).strip() : words;
        return WORDS_OF_IMPACT.matcher(words).lookingAt() ? words : null;
    }

    /**
     * The action items of the section for them; else a remediation written as a task list, the front matter's list,
     * or, when the write-up has no such section at all, the promises its summary and account make in prose.
     */
    private static List<ActionItem> actionItems(PostmortemOutline outline, FrontMatter front, String summary,
            String account) {
        List<ActionItem> items = statedActionItems(outline, front);
        return items.isEmpty() && outline.sectionsOf(SectionKind.ACTION_ITEMS).isEmpty()
                ? ProseActionItems.find(summary, account) : items;
    }

    private static List<ActionItem> statedActionItems(PostmortemOutline outline, FrontMatter front) {
        List<ActionItem> items = ActionItemReader.read(outline.sectionsOf(SectionKind.ACTION_ITEMS));
        if (items.isEmpty() && outline.sectionsOf(SectionKind.ACTION_ITEMS).isEmpty()) {
            // no action items section: a "Remediation" written as a task list is one
            items = ActionItemReader.readCheckLists(outline.sectionsOf(SectionKind.RESOLUTION));
        }
        if (!items.isEmpty() || !(front.first("action_items") instanceof Collection<?> listed)) {
            return items;
        }
        List<ActionItem> fromFront = new ArrayList<>();
        for (Object item : listed) {
            if (item instanceof Map<?, ?> map) {
                Object text = firstValue(map, "text", "action", "item", "task", "description", "title");
                if (text != null) {
                    fromFront.add(new ActionItem(String.valueOf(text), string(firstValue(map, "owner", "assignee", "who")),
                            string(firstValue(map, "type", "kind")), string(firstValue(map, "status", "state", "bug", "ticket"))));
                }
            } else if (item != null && !String.valueOf(item).isBlank()) {
                fromFront.add(new ActionItem(String.valueOf(item).strip(), null, null, null));
            }
        }
        return fromFront;
    }

    private static Object firstValue(Map<?, ?> map, String... keys) {
        for (String key : keys) {
            if (map.get(key) != null) {
                return map.get(key);
            }
        }
        return null;
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /**
     * The name a document goes by when it names itself nowhere (the fallback of its title and id): its file name
     * without directories and its last extension, or, for a file named as every folder's is ({@link #FOLDER_NAMED}),
     * its folder's name. Repositories and static sites keep one postmortem per folder
     * ("2025-03-01-orders-db-failover/README.md", a Hugo page bundle's "…/index.md"): by the file's own name, every
     * such postmortem would be "index", and all but one taken for copies of the first.
     */
    static String stem(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (slash > 0 && FOLDER_NAMED.contains(stem.toLowerCase(Locale.ROOT))) {
            String folders = fileName.substring(0, slash);
            String folder = folders.substring(Math.max(folders.lastIndexOf('/'), folders.lastIndexOf('\\')) + 1);
            if (!folder.isBlank() && !folder.endsWith("!") && !folder.endsWith(":")) { // not an archive's or drive's root
                return folder;
            }
        }
        return stem;
    }
}
