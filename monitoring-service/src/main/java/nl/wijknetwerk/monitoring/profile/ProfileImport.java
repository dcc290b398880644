package nl.wijknetwerk.monitoring.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.facts.FactIds;
import nl.wijknetwerk.monitoring.imports.CsvObjection;
import nl.wijknetwerk.monitoring.imports.CsvTable;

/**
 * Reads a ward profile CSV ({@code figure,label,unit,ward,municipality,year}) and replaces the ward's profile with
 * it, all or nothing. {@code municipality} may be empty where the source gives only the ward's figure.
 */
@ApplicationScoped
public class ProfileImport {

    public static final List<String> COLUMNS = List.of("figure", "label", "unit", "ward", "municipality", "year");
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");
    private static final String UNITS = Arrays.stream(IndicatorDefinition.Unit.values()).map(Enum::name).collect(Collectors.joining(", "));

    /** @return the number of figures the ward's profile now has */
    @Transactional
    public int replace(String ward, String csv) {
        List<ProfileFigure> figures = read(ward, csv);
        ProfileFigure.delete("ward", ward);
        ProfileFigure.getEntityManager().flush();
        figures.forEach(f -> f.persist());
        return figures.size();
    }

    static List<ProfileFigure> read(String ward, String csv) {
        CsvTable table = CsvTable.parse(csv, COLUMNS);
        List<ProfileFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (CsvTable.Row row : table.rows()) {
            ProfileFigure f = new ProfileFigure();
            f.ward = ward;
            f.code = row.required("figure");
            if (f.code != null && !CODE.matcher(f.code).matches()) {
                row.error("figure", CsvObjection.NOT_A_CODE, f.code);
            } else if (f.code != null && !seen.add(f.code)) {
                row.error("figure", CsvObjection.TWICE, f.code);
            }
            f.label = row.required("label");
            f.unit = row.required("unit");
            if (f.unit != null) {
                try {
                    IndicatorDefinition.Unit.valueOf(f.unit);
                } catch (IllegalArgumentException e) {
                    row.error("unit", CsvObjection.NOT_A_UNIT, f.unit, UNITS);
                }
            }
            f.wardValue = row.number("ward", true);
            f.municipality = row.number("municipality", false);
            BigDecimal year = row.number("year", true);
            if (year != null && (year.stripTrailingZeros().scale() > 0 || year.intValue() < 1990 || year.intValue() > 2100)) {
                row.error("year", CsvObjection.NOT_A_YEAR, year);
            } else if (year != null) {
                f.year = year.intValue();
            }
            f.position = position++;
            f.id = f.code == null ? null : FactIds.of("profile", ward, f.code);
            figures.add(f);
        }
        table.check();
        return figures;
    }
}
