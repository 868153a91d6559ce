package dev.opshistory.app;

import dev.opshistory.analytics.evaluate.Evaluation;
import dev.opshistory.ingest.FormatChooser;
import dev.opshistory.ingest.IngestRunner;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.ingest.parse.ParserChoice;
import dev.opshistory.ingest.parse.ParserRegistry;
import dev.opshistory.ingest.privacy.PrivacyFilter;
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
 * Evaluation texts read the way {@code ingest} reads a user's file: the parser is chosen by detection on the
 * file's first bytes (or forced, as {@code --format} does), and the file's POSTMORTEM event, with secrets redacted as ingest does, is what the
 * root-cause rules see. A text no parser takes, or one read
 * as something else or with a reject, has no event: the product would give its incident no cause.
 */
final class IngestedTexts implements Evaluation.TextReader {

    private final ParserRegistry parsers = ParserRegistry.defaults();
    private final PrivacyFilter privacy = PrivacyFilter.redactOnly();

    @Override
    public Optional<CanonicalEvent> read(String fileName, String text, String format) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ParserChoice choice = format != null
                ? FormatChooser.forced(parsers, format).choose(fileName, null)
                : parsers.detect(fileName,
                        new String(bytes, 0, Math.min(bytes.length, IngestRunner.HEAD_BYTES), StandardCharsets.UTF_8));
        if (!choice.found()) {
            return Optional.empty();
        }
        List<CanonicalEvent> events = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
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
                ? Optional.of(privacy.event(events.get(0))) : Optional.empty();
    }
}
