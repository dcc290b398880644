package nl.wijknetwerk.api;

import java.util.Set;

/**
 * The role names a token carries (Keycloak realm roles, claim {@code groups} in tests), once for every service.
 * {@code @RolesAllowed} takes only compile-time constants, so it lists these constants; the named sets below serve
 * code that decides by role and the architecture tests, which refuse a role that is not in {@link #ALL}.
 */
public final class Roles {

    /** Works cases of residents for a member organisation (wijkverpleegkundige, woonconsulent, …). */
    public static final String PROFESSIONAL = "professional";
    /** Runs the Samenwerkwijze in a ward: MDOs, barriers, the network. */
    public static final String COORDINATOR = "coordinator";
    /** Leads a team of an organisation in the ward. */
    public static final String MANAGER = "manager";
    /** Director of a member organisation: steers on figures, network-wide. */
    public static final String DIRECTOR = "director";
    /** Keeps the ward budget: frames, settlements. */
    public static final String CONTROLLER = "controller";
    /** A funder (gemeente, zorgverzekeraar) reading what its money did. */
    public static final String FINANCIER = "financier";
    /** A resident reading and answering about their own case. */
    public static final String RESIDENT = "resident";
    /** A partner organisation's own system (client credentials), acting only for its organisation. */
    public static final String PARTNER_SYSTEM = "partner-system";

    /** Every role the platform knows. */
    public static final Set<String> ALL = Set.of(PROFESSIONAL, COORDINATOR, MANAGER, DIRECTOR, CONTROLLER, FINANCIER, RESIDENT);
    /** Who works cases: professionals and the coordinator. */
    public static final Set<String> CARE_TEAM = Set.of(PROFESSIONAL, COORDINATOR);
    /** Who sees figures across wards: directors and the coordinator. */
    public static final Set<String> NETWORK_WIDE = Set.of(DIRECTOR, COORDINATOR);

    private Roles() {
    }
}
