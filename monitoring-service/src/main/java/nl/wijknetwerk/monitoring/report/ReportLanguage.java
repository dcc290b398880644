package nl.wijknetwerk.monitoring.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * The language an evaluation report is written in. Its readers (a municipal council, managers, directors) are Dutch,
 * so Dutch unless the caller asks for English: by {@code lang=en} in the query (a link can carry it), else by the
 * first language of {@code Accept-Language} the report is written in. A language the report is not written in
 * (German, or {@code *}) does not switch it.
 */
public enum ReportLanguage {
    NL(Locale.forLanguageTag("nl-NL")), EN(Locale.forLanguageTag("en-GB"));

    public final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The code as a page and {@code Content-Language} name it: {@code nl}, {@code en}. */
    public String code() {
        return locale.getLanguage();
    }

    /**
     * @param lang the query parameter, null or blank when left out; any other value than nl or en is a 400 naming it
     * @param acceptable the languages of {@code Accept-Language}, most preferred first
     */
    public static ReportLanguage choose(String lang, List<Locale> acceptable) {
        if (lang != null && !lang.isBlank()) {
            return of(lang.trim()).orElseThrow(() -> ProblemException.badRequest("lang", new Objection("is nl or en", "is nl of en")));
        }
        for (Locale locale : acceptable == null ? List.<Locale>of() : acceptable) {
            Optional<ReportLanguage> language = of(locale.toLanguageTag());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return NL;
    }

    private static Optional<ReportLanguage> of(String tag) {
        String language = Locale.forLanguageTag(tag).getLanguage();
        for (ReportLanguage l : values()) {
            if (l.code().equalsIgnoreCase(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
