package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FileNameParentTest {

    private static final Pattern PAGERDUTY_ID = Pattern.compile("[A-Z0-9]{7,14}");

    @Test
    void parentIsFoundWhenTheRunnerPassesAPathWithDirectories() {
        assertThat(FileNameParent.find("sample-data/pagerduty/notes/Q1VQSMPNF1VZPW.notes.json", List.of("notes"),
                PAGERDUTY_ID)).isEqualTo("Q1VQSMPNF1VZPW");
        assertThat(FileNameParent.find("C:\\exports\\PT4KHLK_notes.json", List.of("notes"), PAGERDUTY_ID))
                .isEqualTo("PT4KHLK");
    }

    @Test
    void aDirectoryNamedLikeAnIdNamesNoParent() {
        assertThat(FileNameParent.find("PT4KHLK.notes/export.json", List.of("notes"), PAGERDUTY_ID)).isNull();
    }
}
