package nl.wijknetwerk.shared.event;

/**
 * Every event type of the platform. A type is {@code nl.wijknetwerk.<owner>.<name>.v<major>}; its JSON Schema
 * lives at {@code /schemas/<type>.json} in this module, and {@link EventSchemas} refuses anything else.
 */
public final class EventTypes {

    // network-service (topic network.events)
    public static final String WARD_ONBOARDED = "nl.wijknetwerk.network.ward-onboarded.v1";
    public static final String WARD_SUSPENDED = "nl.wijknetwerk.network.ward-suspended.v1";
    public static final String WARD_ACTIVATED = "nl.wijknetwerk.network.ward-activated.v1";

    // case-service (topic cases.events)
    public static final String CASE_OPENED = "nl.wijknetwerk.case.case-opened.v1";

    private EventTypes() {
    }
}
