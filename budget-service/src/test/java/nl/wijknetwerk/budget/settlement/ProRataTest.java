package nl.wijknetwerk.budget.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProRataTest {

    @Test
    void dividesExactlyInProportionWhenItGoesUp() {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("a", 100L);
        weights.put("b", 300L);
        assertThat(ProRata.divide(1000, weights)).containsExactly(Map.entry("a", 250L), Map.entry("b", 750L));
    }

    @Test
    void leftoverCentsGoToTheLargestFractions() {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("a", 1L);
        weights.put("b", 1L);
        weights.put("c", 1L);
        // 100 / 3 = 33.33 each: one cent is left and goes to the first in order, the fractions being equal
        assertThat(ProRata.divide(100, weights)).containsExactly(Map.entry("a", 34L), Map.entry("b", 33L), Map.entry("c", 33L));

        Map<String, Long> uneven = new LinkedHashMap<>();
        uneven.put("small", 1L);
        uneven.put("large", 2L);
        // exact shares 3.33 and 6.67: the cent goes to the larger fraction
        assertThat(ProRata.divide(10, uneven)).containsExactly(Map.entry("small", 3L), Map.entry("large", 7L));
    }

    @Test
    void aZeroWeightGetsNothing() {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put("a", 0L);
        weights.put("b", 5L);
        assertThat(ProRata.divide(7, weights)).containsExactly(Map.entry("a", 0L), Map.entry("b", 7L));
    }

    @Test
    void refusesWhatCannotBeDivided() {
        assertThatThrownBy(() -> ProRata.divide(10, Map.of("a", 0L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProRata.divide(-1, Map.of("a", 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProRata.divide(10, Map.of("a", -1L))).isInstanceOf(IllegalArgumentException.class);
    }
}
