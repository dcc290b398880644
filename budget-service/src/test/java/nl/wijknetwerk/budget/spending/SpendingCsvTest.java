package nl.wijknetwerk.budget.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

class SpendingCsvTest {

    @Test
    void readsColumnsByHeaderWithQuotesAndEmptyCells() {
        String csv = "amountCents,category,externalReference,spentOn,providerId,description\r\n"
                + "125000,PROVIDER,PAN-1,2018-03-14,pantein,\"Begeleiding, maart \"\"extra\"\"\"\r\n"
                + "233300,COLLECTIVE_PROVISION,HVW-3,2018-03-31,,\r\n";
        List<SpendingCsv.Row> rows = SpendingCsv.parse(csv, 10);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).values()).containsEntry("description", "Begeleiding, maart \"extra\"")
                .containsEntry("providerId", "pantein").containsEntry("amountCents", "125000");
        assertThat(rows.get(1).values()).doesNotContainKey("providerId").doesNotContainKey("description");
    }

    @Test
    void readsWhatASpreadsheetWithDutchSettingsSaves() {
        String csv = "\uFEFFexternalReference;spentOn;category;amountCents;description\r\n"
                + "HVW-1;2018-03-31;COLLECTIVE_PROVISION;233300;\"Huur; zaal\"\r\n";
        List<SpendingCsv.Row> rows = SpendingCsv.parse(csv, 10);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.values()).containsEntry("externalReference", "HVW-1")
                .containsEntry("amountCents", "233300").containsEntry("description", "Huur; zaal"));
        // A comma anywhere in the header keeps commas as the separator.
        assertThat(SpendingCsv.separator("externalReference,spentOn,category,amountCents\nA;1")).isEqualTo(',');
    }

    @Test
    void refusesUnknownOrMissingColumnsAndRaggedRows() {
        assertThatThrownBy(() -> SpendingCsv.parse("externalReference,spentOn,category,amount\n", 10))
                .isInstanceOf(ProblemException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> SpendingCsv.parse("externalReference,spentOn,category\n", 10))
                .isInstanceOf(ProblemException.class).hasMessageContaining("amountCents");
        assertThatThrownBy(() -> SpendingCsv.parse("externalReference,spentOn,category,amountCents\nA,2018-01-01,RESERVE\n", 10))
                .isInstanceOf(ProblemException.class).hasMessageContaining("rows[2]");
        assertThatThrownBy(() -> SpendingCsv.parse("", 10)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SpendingCsv.parse("externalReference,spentOn,category,amountCents\nA,2018-01-01,RESERVE,1\nB,2018-01-01,RESERVE,1\n", 1))
                .isInstanceOf(ProblemException.class).hasMessageContaining("at most 1");
    }

    @Test
    void objectsInDutchUnderTheSameFieldForACallerThatAsksForDutch() {
        ProblemException ragged = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> SpendingCsv.parse("externalReference,spentOn,category,amountCents\nA,2018-01-01,RESERVE\n", 10));
        assertThat(ragged.toProblem(null, Objection.DUTCH).errors())
                .containsExactly(new nl.wijknetwerk.api.Problem.FieldError("rows[2]", "heeft 3 cellen, de kopregel 4"));
        ProblemException open = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> SpendingCsv.parse("externalReference,spentOn,category,amountCents\n\"A,2018-01-01,RESERVE,1\n", 10));
        assertThat(open.toProblem(null, Objection.DUTCH).errors().get(0).message()).isEqualTo("een cel tussen aanhalingstekens is niet afgesloten");
        assertThat(open.toProblem(null, java.util.Locale.ENGLISH).errors().get(0).message()).isEqualTo("a quoted cell is not closed");
    }
}
