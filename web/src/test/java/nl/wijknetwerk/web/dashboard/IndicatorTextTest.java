package nl.wijknetwerk.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IndicatorTextTest {

    @Test
    void aDutchPageShowsTheDutchNameAndAnEnglishPageTheEnglishOne() {
        Map<String, Object> indicator = Map.of("code", "open-cases", "name", "Open cases", "dutchName", "Open casussen");
        assertThat(IndicatorText.name(indicator, "nl")).isEqualTo("Open casussen");
        assertThat(IndicatorText.name(indicator, "en")).isEqualTo("Open cases");
        Map<String, Object> older = new HashMap<>(Map.of("name", "Open cases"));
        assertThat(IndicatorText.name(older, "nl")).as("a snapshot from before Dutch names").isEqualTo("Open cases");
    }

    @Test
    void figuresCarryTheirUnitInTheLanguagesNotation() {
        assertThat(IndicatorText.value(new BigDecimal("-2332.9"), "EUR", "nl")).isEqualTo("€ −2.332,90");
        assertThat(IndicatorText.value(new BigDecimal("132394"), "EUR", "en")).isEqualTo("€ 132,394.00");
        assertThat(IndicatorText.value(new BigDecimal("61.54"), "PERCENT", "nl")).isEqualTo("61,5%");
        assertThat(IndicatorText.value(7, "DAYS", "nl")).isEqualTo("7 dagen");
        assertThat(IndicatorText.value(7, "DAYS", "en")).isEqualTo("7 days");
        assertThat(IndicatorText.value(new BigDecimal("7.8"), "SCORE", "nl")).isEqualTo("7,8");
        assertThat(IndicatorText.value(1234, "COUNT", "nl")).isEqualTo("1.234");
        assertThat(IndicatorText.value(null, "SCORE", "nl")).as("no data, or a group too small to show").isEqualTo("—");
        assertThat(IndicatorText.value(io.quarkus.qute.Results.NotFound.EMPTY, "PERCENT", "nl")).as("a figure the API left out").isEqualTo("—");
    }

    @Test
    void aDifferenceIsSignedAndBetweenPercentagesInPercentagePoints() {
        assertThat(IndicatorText.difference(new BigDecimal("2.7"), "PERCENT", "nl")).isEqualTo("+2,7 procentpunt");
        assertThat(IndicatorText.difference(new BigDecimal("-0.4"), "PERCENT", "en")).isEqualTo("−0.4 percentage points");
        assertThat(IndicatorText.difference(-310, "COUNT", "nl")).isEqualTo("−310");
        assertThat(IndicatorText.difference(null, "COUNT", "nl")).as("no municipality figure to compare with").isEqualTo("—");
    }

    @Test
    void aFigureHeldBackForTooFewCasesIsToldApartFromNoData() {
        assertThat(IndicatorText.withheld(Map.of("code", "wellbeing-t1", "details", Map.of("withheldBelow", 5)))).isTrue();
        assertThat(IndicatorText.withheld(Map.of("code", "wellbeing-t1"))).as("no data: the API leaves the details out").isFalse();
        assertThat(IndicatorText.withheld(Map.of("code", "budget-utilisation", "details", Map.of("spent", 10)))).isFalse();
    }

    @Test
    void aManagerOfOneWardComparesOnlyThatWardAndADirectorEveryWard() {
        assertThat(DashboardPages.comparedWards("ruwaard", List.of("ruwaard"))).containsExactly("ruwaard");
        assertThat(DashboardPages.comparedWards("ussen", List.of("ruwaard", "ussen", "schadewijk"))).containsExactly("ussen", "ruwaard", "schadewijk");
    }
}
