package nl.wijknetwerk.monitoring.imports;

import java.util.List;
import java.util.Locale;

import nl.wijknetwerk.api.Objection;

/**
 * What can be wrong in an uploaded CSV, in English and in Dutch: the people who upload them (a controller, a manager,
 * the network coordinator) read the objections on a Dutch page, a partner's system may want them in English. The
 * language is chosen as for every objection ({@link Objection#language}).
 */
public enum CsvObjection {
    EMPTY_UPLOAD("the upload is empty: a header line is required", "het bestand is leeg: er moet een kopregel in staan"),
    MISSING_COLUMN("the header lacks the required column '%s'", "de kopregel mist de verplichte kolom '%s'"),
    TOO_MANY_FIELDS("has %s fields, the header %s", "heeft %s velden, de kopregel %s"),
    NO_DATA("no data lines after the header", "er staan geen regels met gegevens onder de kopregel"),
    EMPTY("is empty", "is leeg"),
    NOT_A_NUMBER("'%s' is not a number", "'%s' is geen getal"),
    NEGATIVE("must not be negative", "mag niet negatief zijn"),
    NOT_A_PERIOD("'%s' is not a period like 2026, 2026-Q3 or 2026-07", "'%s' is geen periode zoals 2026, 2026-Q3 of 2026-07"),
    NOT_AN_IMPORTED_INDICATOR("'%s' is not an imported indicator; expected one of %s",
            "'%s' is geen indicator die uit een import komt; verwacht een van %s"),
    TWICE_IN_PERIOD("'%s' for %s appears twice", "'%s' voor %s staat er twee keer in"),
    NOT_A_CODE("'%s' is not a code of lower-case letters, digits and dashes", "'%s' is geen code van kleine letters, cijfers en streepjes"),
    TWICE("'%s' appears twice", "'%s' staat er twee keer in"),
    NOT_A_UNIT("'%s' is not one of %s", "'%s' is niet een van %s"),
    NOT_A_YEAR("'%s' is not a year between 1990 and 2100", "'%s' is geen jaar tussen 1990 en 2100");

    private final String english;
    private final String dutch;

    CsvObjection(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    /** The objection with its values filled in, in Dutch when {@code language} is Dutch, else in English. */
    public String in(Locale language, List<Object> values) {
        return String.format(Locale.ROOT, isDutch(language) ? dutch : english, values.toArray());
    }

    static boolean isDutch(Locale language) {
        return Objection.isDutch(language);
    }
}
