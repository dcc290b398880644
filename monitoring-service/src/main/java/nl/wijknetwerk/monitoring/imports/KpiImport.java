package nl.wijknetwerk.monitoring.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.monitoring.catalogue.Catalogue;
import nl.wijknetwerk.monitoring.facts.FactVersions;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.facts.FactIds;
import nl.wijknetwerk.monitoring.indicator.Period;

/**
 * Imports figures for the catalogue's import-fed indicators from a CSV ({@code period,indicator,value}). All or
 * nothing; a figure imported again for the same period replaces the earlier one.
 */
@ApplicationScoped
public class KpiImport {

    public static final List<String> COLUMNS = List.of("period", "indicator", "value");

    private final Catalogue catalogue;
    private final FactVersions versions;

    public KpiImport(Catalogue catalogue, FactVersions versions) {
        this.catalogue = catalogue;
        this.versions = versions;
    }

    @Transactional
    public int importCsv(String ward, String csv) {
        List<ImportedValue> values = read(ward, csv);
        versions.changingByHand(ward);
        for (ImportedValue v : values) {
            ImportedValue existing = ImportedValue.findById(v.id);
            if (existing != null) {
                existing.value = v.value;
                existing.importedAt = v.importedAt;
            } else {
                v.persist();
            }
        }
        return values.size();
    }

    List<ImportedValue> read(String ward, String csv) {
        CsvTable table = CsvTable.parse(csv, COLUMNS);
        List<String> importable = catalogue.indicators().stream().filter(IndicatorDefinition::imported).map(IndicatorDefinition::code).toList();
        Instant now = Instant.now();
        Set<String> seen = new HashSet<>();
        List<ImportedValue> values = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            ImportedValue v = new ImportedValue();
            v.ward = ward;
            String periodText = row.required("period");
            if (periodText != null) {
                Period.tryParse(periodText).ifPresentOrElse(p -> v.period = p.label(),
                        () -> row.error("period", CsvObjection.NOT_A_PERIOD, periodText));
            }
            v.indicator = row.required("indicator");
            if (v.indicator != null && !importable.contains(v.indicator)) {
                row.error("indicator", CsvObjection.NOT_AN_IMPORTED_INDICATOR, v.indicator, String.join(", ", importable));
            }
            v.value = row.number("value", true);
            if (v.value != null && v.value.signum() < 0) {
                row.error("value", CsvObjection.NEGATIVE);
            }
            if (v.period != null && v.indicator != null && !seen.add(v.period + "/" + v.indicator)) {
                row.error("indicator", CsvObjection.TWICE_IN_PERIOD, v.indicator, v.period);
            }
            v.importedAt = now;
            v.id = v.period == null || v.indicator == null ? null : FactIds.of("import", ward, v.period, v.indicator);
            values.add(v);
        }
        table.check();
        return values;
    }

    /** The figures imported for the ward (not derived from events), for the indicators to read. */
    public List<ImportedValue> importedOf(String ward) {
        return ImportedValue.list("ward", ward);
    }
}
