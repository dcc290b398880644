package nl.wijknetwerk.cases.casefile;

/**
 * The life domains a resident's question touches, a fixed vocabulary so that cases can be counted and compared
 * across wards: the domains the sources name (leefdomeinen), with their Dutch names.
 */
public enum LifeDomain {
    HOUSING("wonen"),
    FINANCES("financiën"),
    HEALTH("gezondheid"),
    MENTAL_HEALTH("psychische gezondheid"),
    DAYTIME_ACTIVITY("dagbesteding/werk"),
    SOCIAL_NETWORK("sociaal netwerk"),
    PARENTING("opvoeding"),
    SAFETY("veiligheid");

    private final String dutch;

    LifeDomain(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}
