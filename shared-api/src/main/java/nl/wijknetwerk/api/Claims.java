package nl.wijknetwerk.api;

/** The claims of a Wijknetwerk bearer token that the platform reads beside the standard ones. */
public final class Claims {

    /** The wards the bearer may act in: a JSON array, or one string separated by commas or spaces. */
    public static final String WARDS = "wards";
    /** The bearer's member organisation, if any. */
    public static final String ORGANISATION = "organisation";
    /** A {@link #WARDS} entry meaning every ward (the platform itself, its operators). */
    public static final String ALL_WARDS = "*";

    private Claims() {
    }
}
