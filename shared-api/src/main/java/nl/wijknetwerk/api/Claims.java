package nl.wijknetwerk.api;

/** The claims of a Wijknetwerk bearer token that the platform reads beside the standard ones. */
public final class Claims {

    /** The wards the bearer may act in: a JSON array, or one string separated by commas or spaces. */
    public static final String WARDS = "wards";
    /** The bearer's member organisation, if any. */
    public static final String ORGANISATION = "organisation";
    /** The client a partner system's token was issued to (client credentials); a person's token has none. */
    public static final String CLIENT_ID = "client_id";
    /** For whom a partner system acts, as its identity provider states; read only beside {@link #CLIENT_ID}. */
    public static final String ON_BEHALF_OF = "on_behalf_of";
    /** The scopes a token was given, separated by spaces (OAuth 2.0). */
    public static final String SCOPE = "scope";
    /** A {@link #WARDS} entry meaning every ward (the platform itself, its operators). */
    public static final String ALL_WARDS = "*";

    private Claims() {
    }
}
