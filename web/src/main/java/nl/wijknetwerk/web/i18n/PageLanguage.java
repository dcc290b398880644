package nl.wijknetwerk.web.i18n;

import java.util.Locale;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language a person reads the pages in: Dutch unless they chose English (a cookie the language switch sets); a
 * browser's own language does not switch it, the users are Dutch. The API is asked for its answers, objections
 * included, in the same language.
 */
public final class PageLanguage {

    public static final String COOKIE = "wijknetwerk-lang";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private PageLanguage() {
    }

    public static Locale of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : DUTCH;
    }
}
