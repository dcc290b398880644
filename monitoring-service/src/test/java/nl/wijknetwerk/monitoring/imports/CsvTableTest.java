package nl.wijknetwerk.monitoring.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    static final List<String> COLUMNS = List.of("period", "indicator", "value");

    @Test
    void readsQuotedFieldsAndCrLfLines() {
        CsvTable t = CsvTable.parse("period,indicator,value\r\n2026-Q1,\"pgb-count\",41\r\n\r\n", COLUMNS);
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).text("indicator")).isEqualTo("pgb-count");
        assertThat(t.rows().get(0).number("value", true)).isEqualByComparingTo("41");
        assertThat(t.rows().get(0).line()).isEqualTo(2);
    }

    @Test
    void aSemicolonHeaderMeansDecimalCommas() {
        CsvTable t = CsvTable.parse("figure;ward\nses-score;1,29\ninhabitants;13.238\n", List.of("figure", "ward"));
        assertThat(t.rows().get(0).number("ward", true)).isEqualTo(new BigDecimal("1.29"));
        assertThat(t.rows().get(1).number("ward", true)).isEqualByComparingTo("13238");
    }

    @Test
    void aMissingColumnIsNamedWithLineOne() {
        var e = catchThrowableOfType(CsvTable.CsvException.class, () -> CsvTable.parse("period,value\n2026,3\n", COLUMNS));
        assertThat(e.errors()).containsExactly(new CsvTable.CsvError(1, "indicator", CsvObjection.MISSING_COLUMN, "indicator"));
        assertThat(e.errors().get(0).message()).isEqualTo("the header lacks the required column 'indicator'");
    }

    @Test
    void everyBadCellIsReportedWithItsLineAndColumn() {
        CsvTable t = CsvTable.parse("period,indicator,value\n2026,crises,4\n2026,crises,four\n2026,,5\n", COLUMNS);
        t.rows().forEach(r -> {
            r.required("indicator");
            r.number("value", true);
        });
        var e = catchThrowableOfType(CsvTable.CsvException.class, t::check);
        assertThat(e.errors()).extracting(CsvTable.CsvError::where).containsExactly("line 3, column value", "line 4, column indicator");
        assertThat(e.errors().get(0).message()).isEqualTo("'four' is not a number");
        // Where a person reads it in Dutch; the field name a client reads stays the same.
        assertThat(e.errors().get(0).message(Locale.forLanguageTag("nl-NL"))).isEqualTo("'four' is geen getal");
        assertThat(e.errors().get(1).where(Locale.forLanguageTag("nl"))).isEqualTo("regel 4, kolom indicator");
        assertThat(e.errors().get(1).message(Locale.forLanguageTag("nl"))).isEqualTo("is leeg");
    }

    @Test
    void everyObjectionHasBothTextsWithTheSameValuesInThem() {
        for (CsvObjection o : CsvObjection.values()) {
            List<Object> values = List.of("x", "y");
            assertThat(o.in(Locale.forLanguageTag("nl"), values)).isNotBlank().isNotEqualTo(o.in(Locale.ENGLISH, values));
        }
    }

    @Test
    void anEmptyUploadOrOneWithoutDataIsRefused() {
        assertThat(catchThrowableOfType(CsvTable.CsvException.class, () -> CsvTable.parse("", COLUMNS)).errors()).hasSize(1);
        assertThat(catchThrowableOfType(CsvTable.CsvException.class, () -> CsvTable.parse("period,indicator,value\n", COLUMNS))
                .errors().get(0).line()).isEqualTo(2);
    }
}
