package nl.wijknetwerk.budget;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of cents as a Dutch reader writes it ({@code € 1.250,00}), for the objections a controller reads. */
public final class Euros {

    private Euros() {
    }

    public static String dutch(long cents) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + format.format(BigDecimal.valueOf(cents, 2)).replace('-', '−');
    }
}
