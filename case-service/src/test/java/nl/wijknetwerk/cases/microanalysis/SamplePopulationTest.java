package nl.wijknetwerk.cases.microanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.cases.microanalysis.SamplePopulation.Candidate;

class SamplePopulationTest {

    @Test
    void onlyCasesWithAnAgreedPlanAreHandledVolgensDeSamenwerkwijze() {
        UUID planned = UUID.randomUUID();
        UUID openWithoutMdo = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        assertThat(SamplePopulation.of(List.of(new Candidate(planned, false, true), new Candidate(openWithoutMdo, false, false),
                new Candidate(declined, true, false)))).containsExactly(planned);
    }
}
