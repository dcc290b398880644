package nl.wijknetwerk.cases.microanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CaseSampleTest {

    private static final List<UUID> POPULATION = IntStream.range(0, 200)
            .mapToObj(i -> UUID.nameUUIDFromBytes(("case-" + i).getBytes())).toList();

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderTheCasesComeIn() {
        List<UUID> shuffled = new ArrayList<>(POPULATION);
        Collections.reverse(shuffled);
        List<UUID> first = CaseSample.draw(POPULATION, 25, 2018);
        assertThat(CaseSample.draw(shuffled, 25, 2018)).isEqualTo(first);
        assertThat(first).hasSize(25).doesNotHaveDuplicates().isSubsetOf(POPULATION);
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        assertThat(CaseSample.draw(POPULATION, 25, 2019)).isNotEqualTo(CaseSample.draw(POPULATION, 25, 2018));
    }

    @Test
    void theSampleIsFixedForAGivenSeedAcrossRuns() {
        // java.util.Random's algorithm is specified, so this holds on any JVM: an evaluator can redraw it.
        List<UUID> ids = IntStream.range(0, 5).mapToObj(i -> new UUID(0, i)).toList();
        assertThat(CaseSample.draw(ids, 3, 42)).isEqualTo(CaseSample.draw(List.copyOf(ids), 3, 42));
        assertThat(CaseSample.draw(ids, 5, 42)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aSampleLargerThanThePopulationIsThePopulation() {
        assertThat(CaseSample.draw(POPULATION.subList(0, 10), 25, 1)).hasSize(10);
        assertThat(CaseSample.draw(List.of(), 25, 1)).isEmpty();
    }

    @Test
    void aSmallerSampleIsThePrefixOfALargerOneWithTheSameSeed() {
        assertThat(CaseSample.draw(POPULATION, 42, 7)).startsWith(CaseSample.draw(POPULATION, 25, 7).toArray(UUID[]::new));
    }
}
