package dev.opshistory.ingest.parse.postmortem;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an e-mail saved as text, as postmortems sent to a mailing list are kept ("From: ops@…", "To: …",
 * "Subject: [outage] Post-incident report: API errors", "Date: Tue, 5 Mar 2024 16:20:11 +0000", a blank line, then
 * the report): its subject titles the report, and the day it was sent dates a report whose text names no day (it
 * was sent after the incident, so only as a fallback). Read only as the text's first lines, all header fields, with
 * a subject and a sender or recipient: a report that opens with "Date:" and "Subject:" fields is no e-mail.
 */
record MailHeaders(String subject, String sentDay, String body) {

    /** A header field, or an mbox archive's separator line ("From ops@example.org Tue Mar  5 16:20:11 2024"). */
    private static final Pattern FIELD = Pattern.compile("(?i)^(from|to|cc|bcc|subject|date|sent|reply-to|message-id"
            + "|in-reply-to|references|organi[sz]ation|mime-version|content-type|content-transfer-encoding|newsgroups"
            + "|return-path|received|list-id|x-[a-z0-9-]+):\\s*(.*)$");
    private static final Pattern MBOX_SEPARATOR = Pattern.compile("^From \\S+ .*\\d{4}$");
    /** What a reply or forward puts before the subject: "Re:", "Fwd:", "AW:", "WG:", "TR:", "SV:", "Vs:". */
    private static final Pattern REPLY = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv)\\s*:\\s*)+");
    /** A list's tag before the subject ("[ops-announce]"); a tag that says what it is about ("[outage]") stays. */
    private static final Pattern LIST_TAG = Pattern.compile("^\\[[\\w.-]*(?:-announce|-list|-users|-devel|-discuss|-ops|-l)\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Fields that only an e-mail has: who sent it, to whom, and its id. */
    private static final Set<String> MAIL_ONLY = Set.of("from", "to", "cc", "bcc", "message-id",
            "newsgroups", "reply-to");

    /** The text's mail header and the body after it, or empty when the text does not open with one. */
    static Optional<MailHeaders> read(String text) {
        String[] lines = text.split("\\R", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && MBOX_SEPARATOR.matcher(lines[i]).matches()) {
            i++;
        }
        String subject = null;
        String date = null;
        boolean mail = i > 0 && MBOX_SEPARATOR.matcher(lines[i - 1]).matches();
        String last = null;
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i];
            if (last != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                // a folded field goes on on the next line
                if (last.equals("subject")) {
                    subject = subject + " " + line.strip();
                }
                continue;
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                return Optional.empty();
            }
            last = field.group(1).toLowerCase(Locale.ROOT);
            mail |= MAIL_ONLY.contains(last);
            if (last.equals("subject")) {
                subject = field.group(2).strip();
            } else if (last.equals("date") || last.equals("sent")) {
                date = date != null ? date : field.group(2).strip();
            }
        }
        if (!mail || subject == null || subject.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        for (; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        String day = date == null ? null : PostmortemDate.find(date).map(PostmortemDate::date).orElse(null);
        return Optional.of(new MailHeaders(titleOf(subject), day, body.toString()));
    }

    private static String titleOf(String subject) {
        String title = LIST_TAG.matcher(REPLY.matcher(subject).replaceFirst("")).replaceFirst("").strip();
        return title.isEmpty() ? subject : title;
    }
}
