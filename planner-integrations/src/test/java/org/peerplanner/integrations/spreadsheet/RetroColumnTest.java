package org.peerplanner.integrations.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetroColumnTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Title|TITLE", "  TOPIC |TITLE", "Item:|TITLE", "subject|TITLE", "Summary|TITLE",
            "Description|DESCRIPTION", "details|DESCRIPTION", "Notes|DESCRIPTION", "Comment(s)|DESCRIPTION",
            "Votes|VOTES", "+1|VOTES", "Vote count|VOTES", "# Dots|VOTES", "LIKES|VOTES",
            "Source|SOURCE", "category|SOURCE", "Type|SOURCE", "Origin|SOURCE",
            "Date|DATE", "Retro date|DATE", "retro_date|DATE", "Created|DATE", "When?|DATE",
            "Owner|OWNER", "Reporter|OWNER", "Author|OWNER", "Raised by:|OWNER", "Who|OWNER"})
    void recognisesHeaderSynonymsWhateverTheirCaseSpacesOrPunctuation(String header, RetroColumn column) {
        assertThat(RetroColumn.forHeader(header)).contains(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sprint", "Colour", "", "1", "Vote date"})
    void leavesOtherHeadersUnmatched(String header) {
        assertThat(RetroColumn.forHeader(header)).isEmpty();
    }
}
