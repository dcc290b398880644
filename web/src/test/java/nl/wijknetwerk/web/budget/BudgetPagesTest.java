package nl.wijknetwerk.web.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BudgetPagesTest {

    private static final UtilisationChart.Labels DUTCH = new UtilisationChart.Labels("Uitnutting 2026", "besteed", "prognose jaareinde",
            "toegewezen (100%)", "prognose boven de toewijzing", "nl");

    @Test
    void eachBarSaysItsFiguresInWordsAndTellsSpentFromProjectedByPatternNotColour() {
        String svg = UtilisationChart.svg(List.of(new UtilisationChart.Bar("Hele budget", 200_000_000, 50_000_000, 60_000_000),
                new UtilisationChart.Bar("Maatwerk", 1_000_000, 900_000, 1_100_000)), DUTCH);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"");
        // The figures stand as text above each bar and in the title for screen readers.
        assertThat(svg).contains("25,0% besteed · 30,0% prognose jaareinde", "90,0% besteed · 110,0% prognose jaareinde · ⚠ prognose boven de toewijzing");
        assertThat(svg).contains("<title>Uitnutting 2026; Hele budget: 25,0% besteed");
        // Spent is solid, the projection hatched (a pattern), the allocation an outlined track; the legend names all three.
        assertThat(svg).contains("class=\"spent\"", "class=\"projected\"", "fill=\"url(#hatch)\"", "class=\"allocated\"", "<pattern id=\"hatch\"");
        assertThat(svg).contains(">besteed</text>", ">prognose jaareinde</text>", ">toegewezen (100%)</text>");
        // Past 100% the scale grows, so the projection beyond the allocation stays visible: 100% sits at 600 × 100/110.
        assertThat(svg).contains("width=\"545.5\" height=\"22\"");
    }

    @Test
    void moneyReadsAsEurosInTheChosenLanguageAndTypedEurosBecomeCents() {
        assertThat(Money.of(200_000_000L, "nl")).isEqualTo("€ 2.000.000,00");
        assertThat(Money.of(-123_45L, "en")).isEqualTo("€ -123.45");
        assertThat(Money.of(null, "nl")).isEqualTo("—");
        assertThat(Money.pct(new java.math.BigDecimal("12.5"), "nl")).isEqualTo("12,5%");
        assertThat(Money.pct(null, "en")).isEqualTo("—");

        assertThat(Money.cents("28.000")).isEqualTo(2_800_000L);
        assertThat(Money.cents("€ 28.000,50")).isEqualTo(2_800_050L);
        assertThat(Money.cents("28,000.5")).isEqualTo(2_800_050L);
        assertThat(Money.cents("1250")).isEqualTo(125_000L);
        // Not an amount: sent as typed, so the API names the field.
        assertThat(Money.cents("veel")).isNull();
        assertThat(Money.cents("12.3456")).isNull();
        assertThat(BudgetPages.euros("veel")).isEqualTo("veel");
        assertThat(BudgetPages.euros("10")).isEqualTo(1000L);
    }

    @Test
    void theYearShownFirstIsThisYearWhenItHasABudgetElseTheLatest() {
        List<Map<String, Object>> budgets = List.of(Map.of("year", 2018), Map.of("year", 2022), Map.of("year", 2026));
        assertThat(BudgetPages.defaultYear(budgets, 2026)).isEqualTo(2026);
        assertThat(BudgetPages.defaultYear(budgets.subList(0, 2), 2026)).isEqualTo(2022);
        assertThat(BudgetPages.defaultYear(List.of(), 2026)).isNull();
    }
}
