package dev.opshistory.ingest.parse.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PythonLiteralTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'id': 'P6OZOP6', 'summary': 'User Database'} | {\"id\":\"P6OZOP6\",\"summary\":\"User Database\"}",
            "[{'at': '2021-05-23T23:24:15Z', 'assignee': {'id': 'P8'}}] | [{\"at\":\"2021-05-23T23:24:15Z\",\"assignee\":{\"id\":\"P8\"}}]",
            "{'all': 0, 'ratio': 0.5, 'big': 12345678901234567890} | {\"all\":0,\"ratio\":0.5,\"big\":12345678901234567890}",
            "{'ok': True, 'no': False, 'none': None} | {\"ok\":true,\"no\":false,\"none\":null}",
            "[] | []", "(1, 2,) | [1,2]", "{'a': [],} | {\"a\":[]}",
            "{\"json\": [true, null]} | {\"json\":[true,null]}"})
    void readsWhatPandasAndJsonDumpsWrite(String cell, String json) {
        assertThat(PythonLiteral.parse(cell)).hasValueSatisfying(v -> assertThat(v.toString()).isEqualTo(json));
    }

    @Test
    void readsPythonStringEscapes() {
        assertThat(PythonLiteral.parse("[\"it's\", 'say \"hi\"', 'a\\'b', 'tab\\there', '\\x41\\u00e9\\U0001F600']"))
                .hasValueSatisfying(v -> {
                    assertThat(v.get(0).asText()).isEqualTo("it's");
                    assertThat(v.get(1).asText()).isEqualTo("say \"hi\"");
                    assertThat(v.get(2).asText()).isEqualTo("a'b");
                    assertThat(v.get(3).asText()).isEqualTo("tab\there");
                    assertThat(v.get(4).asText()).isEqualTo("Aé😀");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'summary': 'Orders'", "[1, 2", "{'a' 1}", "datetime.datetime(2021, 5, 23)", "{'a': 1} tail",
            "[nan]", "'open", "{'a': [1,, 2]}", "{'it' 's': 1}"})
    void anythingElseIsNoLiteral(String cell) {
        assertThat(PythonLiteral.parse(cell)).isEmpty();
    }

    @Test
    void nestingDeeperThanARecordsIsNoLiteral() {
        assertThat(PythonLiteral.parse("[".repeat(10_000) + "]".repeat(10_000))).isEmpty();
        assertThat(PythonLiteral.parse("[".repeat(40) + "]".repeat(40))).isPresent();
    }
}
