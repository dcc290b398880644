package nl.wijknetwerk.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.monitoring.catalogue.Direction;
import nl.wijknetwerk.monitoring.catalogue.Headline;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;

/** Every text of the report exists in Dutch and in English, with the same values to fill in. */
class ReportTextsTest {

    @Test
    void everyKeyHasADutchAndAnEnglishTextWithTheSameValuesToFillIn() {
        Properties nl = ReportTexts.load(ReportLanguage.NL);
        Properties en = ReportTexts.load(ReportLanguage.EN);
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("the English keys are the Dutch ones").isEqualTo(new TreeSet<>(nl.stringPropertyNames()));
        for (String key : nl.stringPropertyNames()) {
            assertThat(nl.getProperty(key)).as(key + " in Dutch").isNotBlank();
            assertThat(en.getProperty(key)).as(key + " in English").isNotBlank();
            assertThat(names(en.getProperty(key))).as(key).isEqualTo(names(nl.getProperty(key)));
        }
    }

    /** The keys the report builds from codes: every unit, trend, headline and chart line, and every CSV column. */
    @Test
    void everyKeyTheReportBuildsFromACodeExists() {
        for (ReportLanguage language : ReportLanguage.values()) {
            ReportTexts texts = ReportTexts.of(language);
            for (IndicatorDefinition.Unit unit : IndicatorDefinition.Unit.values()) {
                assertThat(texts.unit(unit)).isNotBlank();
            }
            for (Direction.Trend trend : Direction.Trend.values()) {
                assertThat(texts.trend(trend)).isNotBlank();
            }
            for (Headline headline : Headline.values()) {
                assertThat(texts.text("chart." + headline.name())).as("the seed term stays").startsWith(headline.label);
            }
            for (String line : new String[] { "wellbeing", "work-satisfaction", "collaboration-rating", "budget-utilisation" }) {
                assertThat(texts.text("line." + line)).isNotBlank();
            }
            for (String column : ReportRenderer.CSV_COLUMNS) {
                assertThat(texts.text("csv." + column)).as("a CSV column is one word").matches("[a-z_]+");
            }
        }
    }

    @Test
    void aTextTakesItsValuesByName() {
        assertThat(ReportTexts.of(ReportLanguage.NL).text("title", "ward", "Ruwaard", "period", "2026")).isEqualTo("Evaluatierapport Ruwaard, 2026");
        assertThat(ReportTexts.of(ReportLanguage.EN).text("title", "ward", "Ruwaard", "period", "2026")).isEqualTo("Evaluation report Ruwaard, 2026");
    }

    private static Set<String> names(String text) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
