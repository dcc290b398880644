package nl.wijknetwerk.web.budget;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Money and percentages as a person reads them: the API counts euro cents, a page shows {@code € 2.000.000,00} in
 * Dutch and {@code € 2,000,000.00} in English ({@code {eur:of(o.budgetCents, lang)}}); and what a person types in
 * euros back to cents.
 */
@TemplateExtension(namespace = "eur")
public final class Money {

    private Money() {
    }

    private static DecimalFormat format(String lang, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance("en".equals(lang) ? Locale.UK : Locale.forLanguageTag("nl-NL")));
    }

    /** Cents as euros with two decimals; a dash when the API gave no amount. */
    public static String of(Object cents, String lang) {
        if (!(cents instanceof Number n)) {
            return "—";
        }
        return "€ " + format(lang, "#,##0.00").format(BigDecimal.valueOf(n.longValue(), 2));
    }

    /** A percentage with one decimal (the API's utilisation), a dash for none (nothing allocated). */
    public static String pct(Object percent, String lang) {
        if (!(percent instanceof Number n)) {
            return "—";
        }
        return format(lang, "0.0").format(new BigDecimal(n.toString())) + "%";
    }

    /**
     * Euros as typed ({@code 28.000}, {@code 28000,50}, {@code 28,000.50}) to cents: a separator followed by one or two
     * digits at the end is the decimal one, separators before groups of three digits are grouping. Null when it is no
     * amount, so the caller sends what was typed and the API names the field.
     */
    public static Long cents(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.replace("€", "").replaceAll("[\\s\u00a0]", "");
        int last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
        String whole = t;
        String fraction = "";
        if (last >= 0 && t.length() - last - 1 <= 2) {
            whole = t.substring(0, last);
            fraction = t.substring(last + 1);
        }
        if (!whole.matches("-?\\d{1,3}([.,]\\d{3})*|-?\\d+") || !fraction.matches("\\d{0,2}")) {
            return null;
        }
        return new BigDecimal(whole.replaceAll("[.,]", "") + "." + (fraction + "00").substring(0, 2)).movePointRight(2).longValueExact();
    }
}
