package nl.wijknetwerk.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpiderChartTest {

    private static final List<String> LABELS = List.of("Lichaamsfuncties", "Mentaal welbevinden", "Zingeving",
            "Kwaliteit van leven", "Meedoen", "Dagelijks functioneren");

    @Test
    void eachMeasurementIsAPolygonWithItsOwnLineStyleMarkerAndLegendSoItReadsWithoutColour() {
        String svg = SpiderChart.svg(List.of(new SpiderChart.Series("T0 · 2026-03-02", List.of(6, 4, 4, 5, 3, 6)),
                new SpiderChart.Series("T1 · 2026-04-20", Arrays.asList(7, 6, 5, 6, 5, null))), LABELS, "Positieve Gezondheid");

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"");
        LABELS.forEach(label -> assertThat(svg).contains(">" + label + "</text>"));
        assertThat(svg).contains(">T0 · 2026-03-02</text>", ">T1 · 2026-04-20</text>");
        // T0 solid with circles, T1 dashed with squares; the unscored dimension is named as such for screen readers.
        assertThat(svg).contains("stroke-dasharray=\"\"", "stroke-dasharray=\"8 5\"", "<circle", "<rect");
        assertThat(svg).contains("Dagelijks functioneren –");
        // A score of 10 reaches the outer ring: the top axis at 10 is R above the centre.
        String full = SpiderChart.svg(List.of(new SpiderChart.Series("T0", List.of(10, 10, 10, 10, 10, 10))), LABELS, "x");
        assertThat(full).contains("<circle cx=\"210.0\" cy=\"55.0\"");
    }

    @Test
    void theTrendChartLabelsEveryPointWithItsValueAndLeavesAGapForAMissingPeriod() {
        String svg = TrendChart.svg("GOED LEVEN", List.of("2026-Q1", "2026-Q2", "2026-Q3"),
                List.of(new TrendChart.Line("Welbevinden T1", Arrays.asList(6.5, null, 7.25))));
        assertThat(svg).contains(">6.5</text>", ">7.3</text>", ">2026-Q2</text>", ">Welbevinden T1</text>");
        // Two separate strokes ("M … M …"), no line drawn through the missing quarter.
        assertThat(svg).containsPattern("d=\"M[^L\"]+ M[^L\"]+\"");
    }
}
