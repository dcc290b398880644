package nl.wijknetwerk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ObjectionTest {

    @Test
    void objectionsAreInTheFirstOfTheCallersLanguagesTheyAreWrittenIn() {
        assertThat(Objection.language(List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH))).isEqualTo(Objection.DUTCH);
        assertThat(Objection.language(List.of(Locale.GERMAN, Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("nl"))))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Objection.language(List.of(Locale.GERMAN))).as("none written in: the API's English").isEqualTo(Locale.ENGLISH);
        assertThat(Objection.language(null)).isEqualTo(Locale.ENGLISH);
    }
}
