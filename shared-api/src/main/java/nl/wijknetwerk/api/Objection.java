package nl.wijknetwerk.api;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with a field, in English (the API's language) and in Dutch, for a caller that asks for Dutch
 * ({@code Accept-Language: nl}), as the web pages do: the person reading it under a field reads Dutch.
 */
public record Objection(String english, String dutch) {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** The objection in Dutch when {@code language} is Dutch, else in English. */
    public String in(Locale language) {
        return isDutch(language) ? dutch : english;
    }

    /**
     * The language to object in: the first of the caller's languages (Accept-Language, most preferred first) that
     * objections are written in; English when none is.
     */
    public static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable == null ? List.<Locale>of() : acceptable) {
            if (isDutch(locale)) {
                return DUTCH;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    public static boolean isDutch(Locale language) {
        return language != null && "nl".equals(language.getLanguage());
    }
}
