package dev.opshistory.ingest.parse.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What detection learns from the head of a JSON file: junk records skipped, records cut by the head's end. */
class JsonHeadTest {

    @Test
    void junkElementsBeforeTheFirstObjectWithKeysAreSkipped() {
        JsonHead head = JsonHead.of("{\"incidents\": [1, \"x\", null, [{\"deep\": 1}], true, {}, "
                + "{\"id\": \"P1\", \"type\": \"incident\", \"nested\": {\"inner\": 2}}, {\"other\": 3}], \"more\": false}");

        assertThat(head.recordKeys("incidents")).containsExactly("id", "type", "nested");
        assertThat(head.recordText("incidents", "type")).isEqualTo("incident");
        assertThat(head.isCut("incidents")).isFalse();
    }

    @Test
    void aRootArrayStartingWithJunkIsReadTheSameWay() {
        JsonHead head = JsonHead.of("[{}, 7, {\"id\": \"a\"}, {\"later\": 1}]");

        assertThat(head.recordKeys(JsonHead.ROOT_ARRAY)).containsExactly("id");
    }

    @Test
    void aRecordCutByTheEndOfTheHeadKeepsItsKeysUpToTheCut() {
        String head = ("{\"incidents\": [{\"id\": \"P1\", \"type\": \"incident\", \"incident_number\": 1, \"title\": \""
                + "é".repeat(100_000)).substring(0, 64 * 1024);

        JsonHead shape = JsonHead.of(head);

        assertThat(shape.recordKeys("incidents")).containsExactly("id", "type", "incident_number", "title");
        assertThat(shape.recordText("incidents", "type")).isEqualTo("incident");
        assertThat(shape.isCut("incidents")).isTrue();
        assertThat(shape.describe()).contains("cut by the end of the head");
    }

    @Test
    void aSingleRecordEnvelopeCutByTheHeadIsCutToo() {
        JsonHead shape = JsonHead.of("{\"incident\": {\"id\": \"P1\", \"title\": \"very lo");

        assertThat(shape.recordKeys("incident")).containsExactly("id", "title");
        assertThat(shape.isCut("incident")).isTrue();
        assertThat(shape.isCut(JsonHead.ROOT_OBJECT)).isTrue();
    }

    @Test
    void aSyntaxErrorBeforeTheEndOfTheHeadIsReportedWhereJacksonFoundIt() {
        JsonHead quoted = JsonHead.of("\"{\n   \"receiver\":\"webhook\",\n   \"status\":\"firing\"\n}\"");

        assertThat(quoted.syntaxError()).startsWith("line 1, column 3: Illegal unquoted character");
        assertThat(JsonHead.of("{\"a\": 1,\n 'b': 2}").syntaxError())
                .startsWith("line 2, column 2: Unexpected character");
    }

    @Test
    void aValueCutByTheEndOfTheHeadIsNoSyntaxError() {
        for (String cut : new String[] {"[1,", "{\"a\": tru", "{\"a\": 12.", "{\"a\": \"tex", "[1e", "{\"a\": 1}"}) {
            assertThat(JsonHead.of(cut).syntaxError()).as(cut).isNull();
        }
    }
}
