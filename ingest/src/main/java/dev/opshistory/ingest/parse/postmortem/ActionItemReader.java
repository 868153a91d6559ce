package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.model.ActionItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;

/**
 * Reads action items from the action-item sections: tables of 3 to 6 (or more) columns in any order,
 * matched by header name, and bullet or numbered lists; prose paragraphs count as one item each only when
 * the section has neither.
 *
 * <p>Columns: text ← action / item / task / description; owner ← owner / assignee / who; type ← type /
 * kind / category; status ← status / state, else bug / ticket / issue. A status cell keeps only its status
 * word when it has one ({@code Bug 5554823 **TODO**} → {@code TODO}, {@code n/a **DONE**} → {@code DONE}),
 * else the cell as written (a ticket key such as {@code PAY-902}). List items and paragraphs read {@code [ ]}/{@code [x]}
 * (and check marks: ☐ / ✅ ✔ ☑) as open/done, an owner from {@code (owner: name)}, {@code Owner: name} or {@code @name}, and a type from
 * a leading {@code [prevent]}-style tag.
 */
final class ActionItemReader {

    private enum Role { TEXT, OWNER, TYPE, STATUS, TICKET }

    /** The words people write as an action item's status. */
    private static final String STATUSES = "done|todo|to do|in progress|in-progress|open|closed"
            + "|fixed|completed?|resolved|won'?t ?fix|blocked|planned|not started|started|pending|cancell?ed|ongoing|wip";
    /** What a column header says besides its name: a note in parentheses, Markdown marks, a colon. */
    private static final Pattern HEADER_DECORATION = Pattern.compile("\\([^)]*\\)|[#:*_]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The role of a column by its header's name, the first that matches in this order. */
    private static final Map<Role, Pattern> ROLE_HEADERS = new LinkedHashMap<>();

    static {
        ROLE_HEADERS.put(Role.STATUS, Pattern.compile("(.* )?(status|state|progress|done)"));
        ROLE_HEADERS.put(Role.OWNER, Pattern.compile("(.* )?(owners?|assignees?|assigned to|who|responsible|dri|person"
                + "|people|team)"));
        ROLE_HEADERS.put(Role.TYPE, Pattern.compile("(types?|kinds?|category|categories|class)"));
        ROLE_HEADERS.put(Role.TICKET, Pattern.compile("(bugs?|tickets?|issues?|jira|links?|tracking|pr|bug id|ticket id"
                + "|bug number|issue key|ticket key|bug link)"));
        ROLE_HEADERS.put(Role.TEXT, Pattern.compile("(.* )?(actions?|items?|tasks?|descriptions?|what|ais?"
                + "|follow ?-?ups?|remediations?|titles?|summary|to ?dos?|steps?)"));
    }

    private static final Pattern STATUS_WORD = Pattern.compile("(?i)\\b(" + STATUSES + ")\\b");
    private static final Pattern BOLD = Pattern.compile(MarkdownText.BOLD_START + "([^" + MarkdownText.BOLD_END + "]*)"
            + MarkdownText.BOLD_END);
    /** A task-list box, or a check mark written as a character: "[x] ", "✅ ", "☑ ", "☒ " (done; Word's check box), "[ ] ", "☐ " (open). */
    private static final Pattern CHECKBOX = Pattern.compile("^(?:\\[([ xX])]\\s+|([\u2705\u2714\u2611\u2612\u2610\u2B1C])\uFE0F?\\s*)");
    private static final String OPEN_MARKS = "\u2610\u2B1C";
    /** An item's separators between its parts: "… -- owner: ops -- status: done", "… | owner: ops". */
    private static final String PART_END = "(?=\\s*(?:$|[,;()|]|\\s[-–—]{1,2}\\s))";
    private static final Pattern OWNER = Pattern.compile("(?i)\\(\\s*owner\\s*:\\s*([^)]+)\\)|\\bowner\\s*:\\s*([^,;()|]+?)"
            + PART_END + "|(?<![\\w.])@([\\w][\\w.-]*)");
    /**
     * An owner named in parentheses at the item's end, as people write a person: "Automate renewal (Sam Lee)",
     * "(Ana Ruiz, Bo Chen)". Two or three capitalised words each, so "(API)", "(P1)" or "(Kubernetes)" are not owners.
     */
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}";
    private static final Pattern NAMED_OWNER = Pattern.compile("\\s*\\(\\s*(" + NAME + "(?:\\s*(?:,|&|and)\\s*" + NAME
            + ")*)\\s*\\)\\s*$");
    /** A status written as a part of the item: "… -- status: done". */
    private static final Pattern STATUS_PART = Pattern.compile("(?i)[\\s,;|–—-]*\\bstatus\\s*:\\s*(" + STATUSES + ")" + PART_END);
    /** A status written after the item, set off by a dash or bar: "Alert on error rate — done", "… | in progress". */
    private static final Pattern TRAILING_STATUS = Pattern.compile("(?i)\\s*(?:[—–|]|\\s-)\\s*\\(?(" + STATUSES
            + ")\\)?\\s*\\.?$");
    /** An owner set off by dashes at the item's end: "Automatic failover — @alex". */
    private static final Pattern DASHED_MENTION = Pattern.compile("\\s+[—–-]\\s*@([\\w][\\w.-]*)\\s*$");
    /** A status in parentheses at the item's end, which says more than its box: "- [ ] Resize the proxies (in progress)". */
    private static final Pattern PARENTHESISED_STATUS = Pattern.compile("(?i)\\s*\\((" + STATUSES + ")\\)\\s*\\.?$");
    /** A template's prompt in an action-item list ("What will we do differently?"), not an item. */
    private static final Pattern PROMPT = Pattern.compile("(?i)^(?:what|how|why|who|when|where|which)\\b.*\\?$");
    private static final Pattern TYPE_TAG = Pattern.compile("(?i)^\\[(prevent|mitigate|process|detect|repair|investigate|other)]\\s*");
    private static final Pattern CATEGORY = Pattern.compile("(prevent|prevention|preventive|preventative|detect|detection"
            + "|mitigate|mitigation|mitigations|repair|repairs|fix|fixes|process|process changes|investigate|investigation)"
            + "( items| actions| action items)?");
    /** A paragraph that announces the items after it: "here are the steps we are taking", "the following:". */
    private static final Pattern INTRODUCTION = Pattern.compile("(?i)\\b(?:here (?:are|is)|the following|as follows"
            + "|listed below|below are|are below)\\b|:\\s*$");
    private static final Pattern NONE = Pattern.compile("(?i)n/?a|-+|—|none|tbd|\\?");
    /**
     * A heading that is an item itself, marked with its priority or number ("P0 — Block kubectl set image in
     * production", "AI-3: Alert on the 5xx ratio", "Action 2 - Add a migration check"): what follows it is its detail
     * (options, files to change, a plan), not more items.
     */
    private static final Pattern ITEM_HEADING = Pattern.compile("(?i)^(?:p[0-4]|ai[- ]?\\d{1,3}|action(?: item)? #?\\d{1,3}"
            + "|item #?\\d{1,3})\\s*(?:[—–:.)-]|\\s)\\s*(\\S.{3,})$");

    private ActionItemReader() {
    }

    /** The action items of these sections, in document order. */
    static List<ActionItem> read(List<Section> sections) {
        List<ActionItem> items = new ArrayList<>();
        List<String> prose = new ArrayList<>();
        // the depth of the headings that are items themselves, once one is seen: a section at that depth or below
        // that is no item ("### Rollout strategy" after "### P0 — …") is the items' detail too
        int itemDepth = Integer.MAX_VALUE;
        for (Section section : sections) {
            Matcher item = section.ownKind() == null ? ITEM_HEADING.matcher(MarkdownText.unmark(section.heading()).strip())
                    : null;
            if (item != null && item.matches()) {
                ActionItem headed = fromItem(MarkdownText.unmark(section.heading()).strip());
                if (headed != null) {
                    items.add(headed);
                }
                itemDepth = Math.min(itemDepth, section.depth());
                continue;
            }
            if (section.depth() >= itemDepth) {
                continue;
            }
            String category = categoryOf(section.heading());
            for (Section.Part part : section.parts()) {
                if (part instanceof Section.BlockPart block && block.block() instanceof TableBlock table) {
                    items.addAll(typed(fromTable(table), category));
                } else if (part instanceof Section.BlockPart block && block.block() instanceof ListBlock list) {
                    items.addAll(typed(fromList(list), category));
                } else if (part instanceof Section.TextPart text && !SectionContent.isPlaceholder(MarkdownText.unmark(text.marked()))) {
                    prose.add(MarkdownText.unmark(text.marked()).strip());
                }
            }
        }
        if (items.isEmpty()) {
            // a paragraph is an item too ("**Action item:** Start incidents earlier. Owner: @lucas"), except one that
            // only introduces those after it ("Here are some of the lessons we have taken.")
            if (prose.size() > 1 && INTRODUCTION.matcher(prose.get(0)).find()) {
                prose.remove(0);
            }
            prose.stream().map(ActionItemReader::fromItem).filter(java.util.Objects::nonNull).forEach(items::add);
        }
        return items;
    }

    /**
     * The items of the check-box lists of these sections ("- [x] Fix the claims module", "- [ ] Check testnet"): a
     * remediation section written as a task list is the write-up's action items, done and open.
     */
    static List<ActionItem> readCheckLists(List<Section> sections) {
        List<ActionItem> items = new ArrayList<>();
        for (Section section : sections) {
            for (Section.Part part : section.parts()) {
                if (part instanceof Section.BlockPart block && block.block() instanceof ListBlock list
                        && hasCheckBoxes(list)) {
                    items.addAll(fromList(list));
                }
            }
        }
        return items;
    }

    /**
     * The kind of item a group of items is headed with ("### Prevention", "**Detection**", "Repair items"), as the SRE
     * book's template types its items (prevent, mitigate, detect, repair, process); null for any other heading.
     */
    static String categoryOf(String heading) {
        Matcher category = CATEGORY.matcher(SectionNames.normalise(heading));
        if (!category.matches()) {
            return null;
        }
        String word = category.group(1);
        return word.startsWith("prevent") ? "prevent" : word.startsWith("detect") ? "detect"
                : word.startsWith("mitigat") ? "mitigate" : word.startsWith("repair") || word.startsWith("fix") ? "repair"
                : word.startsWith("investigat") ? "investigate" : "process";
    }

    /** The items, each without a type of its own given the group's. */
    private static List<ActionItem> typed(List<ActionItem> items, String category) {
        if (category == null) {
            return items;
        }
        return items.stream().map(i -> i.type() != null ? i : new ActionItem(i.text(), i.owner(), category, i.status())).toList();
    }

    static List<ActionItem> fromTable(TableBlock table) {
        List<List<String>> rows = MarkdownText.markedRows(table);
        if (rows.isEmpty()) {
            return List.of();
        }
        Role[] roles = roles(rows.get(0).stream().map(MarkdownText::unmark).toList());
        List<ActionItem> items = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            String text = null;
            String owner = null;
            String type = null;
            String status = null;
            String ticket = null;
            for (int i = 0; i < row.size() && i < roles.length; i++) {
                if (roles[i] == null) {
                    continue;
                }
                String cell = row.get(i);
                String plain = value(MarkdownText.unmark(cell));
                switch (roles[i]) {
                    case TEXT -> text = plain;
                    case OWNER -> owner = plain;
                    case TYPE -> type = plain;
                    case STATUS -> status = status(cell);
                    case TICKET -> ticket = status(cell);
                }
            }
            if (text != null && !SectionContent.isPlaceholder(text)) {
                items.add(new ActionItem(text, owner, type, status != null ? status : ticket));
            }
        }
        return items;
    }

    /** The role of each column, by its header; the first column holds the text when no header names it. */
    private static Role[] roles(List<String> header) {
        Role[] roles = new Role[header.size()];
        for (int i = 0; i < header.size(); i++) {
            Role role = role(header.get(i));
            boolean taken = false;
            for (int j = 0; j < i; j++) {
                taken |= roles[j] == role;
            }
            roles[i] = taken ? null : role;
        }
        boolean hasText = false;
        for (Role role : roles) {
            hasText |= role == Role.TEXT;
        }
        if (!hasText) {
            for (int i = 0; i < roles.length; i++) {
                if (roles[i] == null) {
                    roles[i] = Role.TEXT;
                    break;
                }
            }
        }
        return roles;
    }

    private static Role role(String header) {
        String name = WHITESPACE.matcher(HEADER_DECORATION.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" "))
                .replaceAll(" ").strip();
        for (Map.Entry<Role, Pattern> role : ROLE_HEADERS.entrySet()) {
            if (role.getValue().matcher(name).matches()) {
                return role.getKey();
            }
        }
        return null;
    }

    /** A status cell: its bold text or status word when it has one, else the cell as written. */
    private static String status(String markedCell) {
        Matcher bold = BOLD.matcher(markedCell);
        while (bold.find()) {
            if (STATUS_WORD.matcher(bold.group(1)).find()) {
                return bold.group(1).strip();
            }
        }
        String plain = MarkdownText.unmark(markedCell).strip();
        Matcher word = STATUS_WORD.matcher(plain);
        return word.find() ? word.group(1) : value(plain);
    }

    private static String value(String text) {
        String stripped = text == null ? null : text.strip();
        return stripped == null || stripped.isEmpty() || NONE.matcher(stripped).matches() ? null : stripped;
    }

    static List<ActionItem> fromList(ListBlock list) {
        List<ActionItem> items = new ArrayList<>();
        fromList(list, "", items);
        return items;
    }

    /**
     * The items of a list, nested ones included. A nested list of check boxes holds items of their own ("- [ ] Add
     * alerts" over "- [ ] for the deposit queue"), and so does any list under an item that introduces it ("Alert
     * on:" over "- the deposit queue" gives "Alert on: the deposit queue"); other nested lines (links, notes) stay
     * part of their item's text.
     */
    private static void fromList(ListBlock list, String lead, List<ActionItem> items) {
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof ListItem item)) {
                continue;
            }
            StringBuilder own = new StringBuilder();
            List<ListBlock> nested = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock sublist) {
                    nested.add(sublist);
                } else {
                    own.append(own.isEmpty() ? "" : "\n").append(MarkdownText.block(child).strip());
                }
            }
            String text = own.toString().strip();
            boolean introduces = text.endsWith(":") && !nested.isEmpty();
            List<ListBlock> separate = nested.stream().filter(sub -> introduces || hasCheckBoxes(sub)).toList();
            for (ListBlock sub : nested) {
                if (!separate.contains(sub)) {
                    text = text + "\n" + MarkdownText.block(sub).strip();
                }
            }
            ActionItem parsed = fromItem(lead, text);
            if (parsed != null) {
                items.add(parsed);
            }
            String childLead = introduces ? lead + withoutBox(text) + " " : lead;
            separate.forEach(sub -> fromList(sub, childLead, items));
        }
    }

    /** Whether a list's items are check boxes: items of their own. */
    private static boolean hasCheckBoxes(ListBlock list) {
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ListItem item && CHECKBOX.matcher(MarkdownText.block(item).strip()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String withoutBox(String itemText) {
        return CHECKBOX.matcher(itemText).replaceFirst("").strip();
    }

    private static ActionItem fromItem(String itemText) {
        return fromItem("", itemText);
    }

    /** An item; {@code lead} is the text of the item that introduces it ("Alert on: "), or "". */
    private static ActionItem fromItem(String lead, String itemText) {
        String text = itemText;
        String status = null;
        Matcher box = CHECKBOX.matcher(text);
        boolean boxed = box.find();
        if (boxed) {
            boolean open = box.group(1) != null ? box.group(1).isBlank() : OPEN_MARKS.contains(box.group(2));
            status = open ? "open" : "done";
            text = text.substring(box.end());
        }
        text = lead + text;
        Matcher parenthesised = PARENTHESISED_STATUS.matcher(text);
        if (parenthesised.find() && parenthesised.start() > 0) {
            status = parenthesised.group(1);
            text = text.substring(0, parenthesised.start());
        }
        Matcher statusPart = STATUS_PART.matcher(text);
        if (status == null && statusPart.find() && statusPart.start() > 0) {
            status = statusPart.group(1).strip();
            text = (text.substring(0, statusPart.start()) + text.substring(statusPart.end())).strip();
        }
        Matcher trailing = TRAILING_STATUS.matcher(text);
        if (status == null && trailing.find() && trailing.start() > 0) {
            status = trailing.group(1);
            text = text.substring(0, trailing.start());
        }
        String type = null;
        Matcher tag = TYPE_TAG.matcher(text);
        if (tag.find()) {
            type = tag.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(tag.end());
        }
        String owner = null;
        Matcher dashed = DASHED_MENTION.matcher(text);
        Matcher who = OWNER.matcher(text);
        Matcher named = NAMED_OWNER.matcher(text);
        boolean marked = who.find(); // "owner: …" or an @mention, anywhere in the item
        if (dashed.find()) {
            owner = dashed.group(1);
            text = text.substring(0, dashed.start()).strip();
        } else if (!marked && named.find() && named.start() > 0) {
            owner = named.group(1);
            text = text.substring(0, named.start()).strip();
        } else if (marked) {
            owner = (who.group(1) != null ? who.group(1) : who.group(2) != null ? who.group(2) : who.group(3)).strip()
                    .replaceFirst("^@", "");
            if (who.group(3) == null) {
                text = (text.substring(0, who.start()) + text.substring(who.end())).replaceAll("\\s{2,}", " ")
                        .replaceAll("[\\s,;|–—-]+$", "").strip();
            }
        }
        // a question is a template's prompt, unless it is ticked off or proposes something ("Cull old nodes?")
        boolean prompt = PROMPT.matcher(text).matches() && !boxed && status == null;
        if (SectionContent.isPlaceholder(text) || prompt || text.endsWith(":")) {
            return null;
        }
        return new ActionItem(text, owner, type, status);
    }
}
