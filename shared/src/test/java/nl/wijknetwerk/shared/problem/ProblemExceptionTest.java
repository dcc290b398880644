package nl.wijknetwerk.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.api.Objection;

class ProblemExceptionTest {

    @Test
    void aRefusalBuiltFromAnObjectionIsSentInTheCallersLanguageUnderTheSameField() {
        ProblemException refused = ProblemException.badRequest("rows[2].unitPrice", new Objection("'veel' is not an amount in euros",
                "'veel' is geen bedrag in euro's"));

        var dutch = refused.toProblem("/api/price-lists/2026", Objection.DUTCH);
        var english = refused.toProblem("/api/price-lists/2026", Locale.ENGLISH);

        assertThat(dutch.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("rows[2].unitPrice");
            assertThat(e.message()).isEqualTo("'veel' is geen bedrag in euro's");
        });
        assertThat(dutch.detail()).isEqualTo("rows[2].unitPrice: 'veel' is geen bedrag in euro's");
        assertThat(english.errors().get(0).message()).isEqualTo("'veel' is not an amount in euros");
        assertThat(english.instance()).isEqualTo(dutch.instance()).isEqualTo("/api/price-lists/2026");
        assertThat(english.status()).isEqualTo(dutch.status()).isEqualTo(400);
        // Written in English only: the same for every caller.
        assertThat(ProblemException.badRequest("code", "is unknown").toProblem("/x", Objection.DUTCH).errors().get(0).message())
                .isEqualTo("is unknown");
    }

    @Test
    void aConflictOfItsOwnTypeNamesItsFieldInTheCallersLanguage() {
        ProblemException taken = ProblemException.conflict("duplicate", "Already exists", new Objection("A ward 'ussen' already exists",
                "Er is al een wijk 'ussen'"), "slug", new Objection("already taken", "is al in gebruik"));

        var dutch = taken.toProblem("/api/wards", Objection.DUTCH);
        assertThat(dutch.status()).isEqualTo(409);
        assertThat(dutch.type().toString()).endsWith("/duplicate");
        assertThat(dutch.detail()).isEqualTo("Er is al een wijk 'ussen'");
        assertThat(dutch.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("slug");
            assertThat(e.message()).isEqualTo("is al in gebruik");
        });
        assertThat(taken.toProblem("/api/wards", Locale.ENGLISH).errors().get(0).message()).isEqualTo("already taken");
    }
}
