package nl.wijknetwerk.web.page;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person as their access token describes them: what the navigation offers. The gateway and the
 * services decide what they may actually do.
 */
public record Viewer(String username, String name, Set<String> roles, List<String> wards, String organisation) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isProfessional() {
        return is("professional");
    }

    public boolean isResident() {
        return is("resident") && !is("professional") && !is("coordinator");
    }

    public boolean isCoordinator() {
        return is("coordinator");
    }

    /** A manager of an organisation in the ward (who, with the coordinator, keeps the leerplan). */
    public boolean isManager() {
        return is("manager");
    }

    public boolean isManagement() {
        return is("manager") || is("director");
    }

    /** The controller decides on spending and allocations; a financier only reads. */
    public boolean isController() {
        return is("controller");
    }

    /** The financier sets the ward's funding: multi-year agreements and a year's sources. */
    public boolean isFinancier() {
        return is("financier");
    }

    public boolean isFinance() {
        return is("controller") || is("financier");
    }

    public boolean allWards() {
        return wards.contains("*");
    }

    /** The ward shown first: the person's own, or the configured one for those with every ward. */
    public String homeWard(String fallback) {
        return wards.isEmpty() || allWards() ? fallback : wards.get(0);
    }

    /** The start page for this person's main role. */
    public String homePath(String fallbackWard) {
        String ward = homeWard(fallbackWard);
        if (isProfessional()) {
            return "/wards/" + ward + "/cases";
        }
        if (isResident()) {
            return "/me";
        }
        if (isCoordinator()) {
            return "/network";
        }
        if (isManagement()) {
            return "/wards/" + ward + "/dashboard";
        }
        if (isFinance()) {
            return "/wards/" + ward + "/budget";
        }
        return "/no-access";
    }
}
