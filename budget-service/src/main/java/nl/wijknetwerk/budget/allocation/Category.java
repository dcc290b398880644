package nl.wijknetwerk.budget.allocation;

/**
 * What the ward budget is divided over (verdeling), steering towards the lightest, most collective help.
 * VOORLIGGEND: general, preventive provisions anyone can walk into without a referral.
 * MAATWERK: tailored individual solutions for one resident.
 */
public enum Category {
    PROVIDER, COLLECTIVE_PROVISION, RESIDENT_INITIATIVE, VOORLIGGEND, MAATWERK, RESERVE
}
