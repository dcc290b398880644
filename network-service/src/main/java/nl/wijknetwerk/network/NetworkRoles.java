package nl.wijknetwerk.network;

/** Token roles (realm roles, claim {@code groups}) this service authorises on. */
public final class NetworkRoles {

    /** Network coordinator (netwerkcoördinator): administers wards, organisations and the network. */
    public static final String COORDINATOR = "coordinator";
    /** Manager of a partner organisation. */
    public static final String MANAGER = "manager";
    public static final String PROFESSIONAL = "professional";
    public static final String DIRECTOR = "director";

    private NetworkRoles() {
    }
}
