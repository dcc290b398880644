package nl.wijknetwerk.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.api.Objection;

class ExpectedValueTest {

    enum Route { INDIVIDUAL, GUIDED, COLLECTIVE }

    record Agreement(String what) {
    }

    @Test
    void aValueThatCannotBeReadSaysWhatTheFieldTakesInTermsAPersonCanActOn() {
        assertThat(ExpectedValue.of(Long.class)).isEqualTo(new Objection("must be a whole number", "moet een geheel getal zijn"));
        assertThat(ExpectedValue.of(int.class).dutch()).isEqualTo("moet een geheel getal zijn");
        assertThat(ExpectedValue.of(BigDecimal.class).english()).isEqualTo("must be a number");
        assertThat(ExpectedValue.of(LocalDate.class).dutch()).isEqualTo("moet een datum zijn zoals 2026-03-14");
        assertThat(ExpectedValue.of(OffsetDateTime.class).english()).startsWith("must be a date and time like 2026-03-14T14:30");
        assertThat(ExpectedValue.of(Route.class)).isEqualTo(new Objection("must be one of INDIVIDUAL, GUIDED, COLLECTIVE",
                "moet een van deze zijn: INDIVIDUAL, GUIDED, COLLECTIVE"));
        assertThat(ExpectedValue.of(boolean.class).dutch()).isEqualTo("moet true of false zijn");
        assertThat(ExpectedValue.of(UUID.class).english()).isEqualTo("must be an id (a UUID)");
        assertThat(ExpectedValue.of(List.class).english()).isEqualTo("must be a list");
        assertThat(ExpectedValue.of(String.class).dutch()).isEqualTo("moet tekst zijn");
        assertThat(ExpectedValue.of(Agreement.class).english()).isEqualTo("must be an object");
    }
}
