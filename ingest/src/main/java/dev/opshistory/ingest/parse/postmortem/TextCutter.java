package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.json.TextLimit;
import dev.opshistory.model.ActionItem;
import java.util.List;

/** Cuts each text of one event at {@link TextLimit#MAX_UTF8_BYTES} and remembers whether it cut any. */
final class TextCutter {

    private boolean truncated;

    String cut(String text) {
        if (text != null && TextLimit.exceeds(text)) {
            truncated = true;
            return TextLimit.cut(text);
        }
        return text;
    }

    List<String> cut(List<String> texts) {
        return texts.stream().map(this::cut).toList();
    }

    List<ActionItem> cutItems(List<ActionItem> items) {
        return items.stream().map(i -> new ActionItem(cut(i.text()), cut(i.owner()), cut(i.type()), cut(i.status()))).toList();
    }

    boolean truncated() {
        return truncated;
    }
}
