package nl.wijknetwerk.web.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * An indicator as a manager reads it on the dashboard: its name in the page's language (the KPI API gives the English
 * {@code name} and the {@code dutchName}), and its figure with its unit in that language's notation
 * ({@code € −2.332,90}, {@code 61,5%}, {@code 7 dagen}). Templates: {@code {ind:name(i, lang)}}, {@code {ind:value(i.value, i.unit, lang)}}.
 */
@TemplateExtension(namespace = "ind")
public final class IndicatorText {

    private IndicatorText() {
    }

    /** The name in the page's language; the English one when the API has no Dutch name (an older snapshot). */
    public static String name(Object item, String lang) {
        if (!(item instanceof Map<?, ?> map)) {
            return "";
        }
        Object dutch = map.get("dutchName");
        if (!"en".equals(lang) && dutch != null && !dutch.toString().isBlank()) {
            return dutch.toString();
        }
        return String.valueOf(map.get("name"));
    }

    /** A figure with its unit; a dash when there is none (no data, or a group too small to show). */
    public static String value(Object value, Object unit, String lang) {
        // The API leaves out what it has no figure for; the template then hands over Qute's "not found", not null.
        if (!(value instanceof Number)) {
            return "—";
        }
        BigDecimal v = new BigDecimal(value.toString());
        boolean english = "en".equals(lang);
        String u = String.valueOf(unit);
        return switch (u) {
            case "EUR" -> "€ " + format(english, "#,##0.00").format(v.setScale(2, RoundingMode.HALF_UP)).replace('-', '−');
            case "PERCENT" -> format(english, "0.#").format(v) + "%";
            case "DAYS" -> format(english, "#,##0.#").format(v) + (english ? " days" : " dagen");
            case "PER_WEEK" -> format(english, "#,##0.#").format(v) + (english ? " a week" : " per week");
            case "COUNT" -> format(english, "#,##0").format(v);
            default -> format(english, "#,##0.0").format(v);
        };
    }

    /**
     * Whether the KPI API held the figure back because fewer cases than the minimum group gave it (its detail
     * {@code withheldBelow}): the dashboard then says so instead of "geen gegevens". Template: {@code {ind:withheld(i)}}.
     */
    public static boolean withheld(Object item) {
        return item instanceof Map<?, ?> map && map.get("details") instanceof Map<?, ?> details && details.get("withheldBelow") != null;
    }

    /**
     * A difference between two figures (the ward against the municipality): signed, and for percentages in percentage
     * points, since 12,5% against 9,8% is 2,7 points more, not 2,7% more. Template: {@code {ind:difference(f.difference, f.unit, lang)}}.
     */
    public static String difference(Object value, Object unit, String lang) {
        if (!(value instanceof Number)) {
            return "—";
        }
        boolean english = "en".equals(lang);
        BigDecimal v = new BigDecimal(value.toString());
        String sign = v.signum() > 0 ? "+" : "";
        if ("PERCENT".equals(String.valueOf(unit))) {
            return sign + format(english, "0.#").format(v).replace('-', '−') + (english ? " percentage points" : " procentpunt");
        }
        return sign + value(value, unit, lang).replace('-', '−');
    }

    private static DecimalFormat format(boolean english, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(english ? Locale.UK : Locale.forLanguageTag("nl-NL")));
    }
}
