package nl.wijknetwerk.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.shared.problem.ProblemException;

class ReportLanguageTest {

    @Test
    void dutchUnlessEnglishIsAskedFor() {
        assertThat(ReportLanguage.choose(null, List.of())).isEqualTo(ReportLanguage.NL);
        assertThat(ReportLanguage.choose(null, List.of(Locale.forLanguageTag("nl-NL")))).isEqualTo(ReportLanguage.NL);
        assertThat(ReportLanguage.choose(null, List.of(Locale.forLanguageTag("en")))).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.choose(null, List.of(Locale.forLanguageTag("en-GB")))).isEqualTo(ReportLanguage.EN);
    }

    @Test
    void theFirstLanguageTheReportIsWrittenInCounts() {
        assertThat(ReportLanguage.choose(null, List.of(Locale.GERMAN, Locale.ENGLISH, Locale.forLanguageTag("nl")))).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.choose(null, List.of(Locale.GERMAN, Locale.FRENCH))).isEqualTo(ReportLanguage.NL);
    }

    @Test
    void theQueryParameterComesBeforeTheHeaderAndNamesItselfWhenWrong() {
        assertThat(ReportLanguage.choose("nl", List.of(Locale.ENGLISH))).isEqualTo(ReportLanguage.NL);
        assertThat(ReportLanguage.choose("EN", List.of())).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.choose(" ", List.of(Locale.ENGLISH))).isEqualTo(ReportLanguage.EN);
        assertThatThrownBy(() -> ReportLanguage.choose("de", List.of())).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.status()).isEqualTo(400)).hasMessageContaining("lang");
    }
}
