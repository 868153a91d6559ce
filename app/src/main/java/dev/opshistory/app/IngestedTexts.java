package dev.opshistory.app;

import dev.opshistory.analytics.evaluate.Evaluation;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.Enrichment;
import dev.opshistory.model.EventKind;
import dev.opshistory.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluation texts read the way {@code ingest} reads a user's file: the parser is chosen by detection among all
 * of them, and the file's POSTMORTEM event is what the root-cause rules see. A text no parser takes, or one read
 * as something else or with a reject, has no event: the product would give its incident no cause.
 */
final class IngestedTexts implements Evaluation.TextReader {

    /** What {@code ingest} reads of a file to choose its parser. */
    private static final int HEAD_CHARS = 64 * 1024;

    private final ParserRegistry parsers = ParserRegistry.defaults();

    @Override
    public Optional<CanonicalEvent> read(String fileName, String text) throws IOException {
        ParserChoice choice = parsers.detect(fileName, text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text);
        if (!choice.found()) {
            return Optional.empty();
        }
        List<CanonicalEvent> events = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        choice.parser().parse(new ByteArrayInputStream(bytes), fileName, new ParseSink() {
            @Override
            public void accept(CanonicalEvent event) {
                events.add(event);
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }

            @Override
            public void fold(Enrichment enrichment) {
                // a postmortem folds nothing
            }
        });
        return rejects.isEmpty() && events.size() == 1 && events.get(0).kind() == EventKind.POSTMORTEM
                ? Optional.of(events.get(0)) : Optional.empty();
    }
}
