package nl.wijknetwerk.cases.pricelist;

/**
 * Who pays for an intervention: the law or budget it is financed from. Wmo = social support, Zvw = health
 * insurance, Wlz = long-term care, Jeugdwet = youth care, Participatiewet = work and income (benefits).
 */
public enum FinancingDomain {
    WMO, ZVW, WLZ, JEUGDWET, PARTICIPATIEWET, WELFARE, HOUSING, OTHER
}
