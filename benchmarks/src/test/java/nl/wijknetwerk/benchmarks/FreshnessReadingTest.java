package nl.wijknetwerk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.wijknetwerk.launcher.Http;

/** How the harness reads freshness: a wrong reading would report a freshness the platform does not have. */
class FreshnessReadingTest {

    private static final String BEFORE = """
            # TYPE wijknetwerk_monitoring_freshness_seconds histogram
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.01"} 2
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.05"} 4
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.1"} 4
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="+Inf"} 4
            wijknetwerk_monitoring_freshness_seconds_count{type="nl.wijknetwerk.case.case-opened.v1"} 4
            """;

    private static final String AFTER = """
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.01"} 2
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.05"} 54
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="0.1"} 103
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.case-opened.v1",le="+Inf"} 104
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.plan-agreed.v1",le="0.01"} 0
            wijknetwerk_monitoring_freshness_seconds_bucket{type="nl.wijknetwerk.case.plan-agreed.v1",le="+Inf"} 0
            http_server_requests_seconds_bucket{uri="/kpis",le="0.05"} 9
            """;

    @Test
    void a_phase_counts_only_the_events_consumed_during_it_and_quantiles_are_bucket_ceilings() {
        Map<String, TreeMap<Double, Double>> phase = PipelineFreshness.parse(AFTER).since(PipelineFreshness.parse(BEFORE));

        // 100 case-opened events in the phase: none under 10 ms, 50 under 50 ms, 99 under 100 ms, one slower.
        assertThat(phase).containsOnlyKeys("nl.wijknetwerk.case.case-opened.v1");
        TreeMap<Double, Double> opened = phase.get("nl.wijknetwerk.case.case-opened.v1");
        assertThat(opened.lastEntry().getValue()).isEqualTo(100.0);
        assertThat(PipelineFreshness.quantileMillis(opened, 0.5)).isEqualTo(50.0);
        assertThat(PipelineFreshness.quantileMillis(opened, 0.99)).isEqualTo(100.0);
        assertThat(PipelineFreshness.quantileMillis(opened, 1.0)).isInfinite();
    }

    @Test
    void the_samenwerkwijze_count_is_recovered_from_the_share_and_its_basis() throws Exception {
        // 2 of 3 cases: 66.7 %; 7 of 9: 77.8 %; 333 of 999: 33.3 %.
        assertThat(FreshnessProbe.PLAN_AGREED.reading().applyAsLong(indicator("66.7", 3))).isEqualTo(2);
        assertThat(FreshnessProbe.PLAN_AGREED.reading().applyAsLong(indicator("77.8", 9))).isEqualTo(7);
        assertThat(FreshnessProbe.PLAN_AGREED.reading().applyAsLong(indicator("33.3", 999))).isEqualTo(333);
        // No case opened yet in the period: no value, nothing counted.
        assertThat(FreshnessProbe.PLAN_AGREED.reading().applyAsLong(Http.JSON.readTree("{\"code\":\"samenwerkwijze-share\"}")))
                .isZero();
    }

    @Test
    void wellbeing_counts_measurements_and_open_cases_its_value() throws Exception {
        assertThat(FreshnessProbe.WELLBEING_MEASURED.reading().applyAsLong(indicator("6.5", 12))).isEqualTo(12);
        assertThat(FreshnessProbe.CASE_OPENED.reading().applyAsLong(Http.JSON.readTree("{\"code\":\"open-cases\",\"value\":41}")))
                .isEqualTo(41);
    }

    private static JsonNode indicator(String value, long basis) throws Exception {
        return Http.JSON.readTree("{\"code\":\"x\",\"value\":" + value + ",\"basis\":" + basis + "}");
    }
}
