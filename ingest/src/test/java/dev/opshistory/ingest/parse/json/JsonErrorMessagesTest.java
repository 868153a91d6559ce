package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonErrorMessagesTest {

    @Test
    void anUnclosedObjectIsToldByWhereItOpenedWithoutTheParsersWording() {
        // a real log entries paste cut off inside its first entry
        JsonProcessingException cut = catchThrowableOfType(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{\"log_entries\": [\n  {\"id\": \"R1\",\n   \"type\": \"trigger_log_entry\""));

        assertThat(JsonRecordReader.plain(cut)).doesNotContain("Source:").doesNotContain("StreamReadFeature")
                .contains("the file is cut short?");
    }

    @Test
    void otherMalformedJsonKeepsItsMessageWithoutTheSource() {
        JsonProcessingException bad = catchThrowableOfType(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{\"a\": tru}"));

        assertThat(JsonRecordReader.plain(bad)).contains("Unrecognized token").doesNotContain("Source:")
                .doesNotContain("cut short");
    }
}
