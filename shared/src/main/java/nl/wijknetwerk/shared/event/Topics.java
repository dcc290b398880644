package nl.wijknetwerk.shared.event;

/** One topic per owning service; events are keyed by aggregate id. */
public final class Topics {
    public static final String NETWORK = "network.events";
    public static final String CASES = "cases.events";
    public static final String BUDGET = "budget.events";
    public static final String MONITORING = "monitoring.events";

    private Topics() {
    }
}
