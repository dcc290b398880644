package nl.wijknetwerk.shared.ward;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import nl.wijknetwerk.api.Claims;

/**
 * The ward (tenant) a request or an event acts in, and on whose behalf. Set by {@link WardAccessFilter} for
 * {@code /api/wards/{ward}/…} requests after the caller's token was checked, and by the event consumer for events.
 * Hibernate's {@code @TenantId} filter reads it through {@link WardTenantResolver}.
 */
@RequestScoped
public class WardContext {

    /** The tenant id of a session that belongs to no ward; matches no ward-owned row. */
    public static final String NO_WARD = "-";
    /** The tenant id of the platform itself: cross-ward reads such as ward comparisons. */
    public static final String ALL_WARDS = Claims.ALL_WARDS;

    private String ward;
    private String user;
    private String organisation;
    private Set<String> roles = Set.of();

    public void actAs(String ward, String user, String organisation, Set<String> roles) {
        this.ward = ward;
        this.user = user;
        this.organisation = organisation;
        this.roles = roles;
    }

    /** Events and background work act in a ward without a person behind them. */
    public void actAsSystem(String ward) {
        actAs(ward, "system", null, Set.of());
    }

    public Optional<String> ward() {
        return Optional.ofNullable(ward);
    }

    /** The ward of the current request; only call where the path has a {ward}. */
    public String requireWard() {
        if (ward == null) {
            throw new IllegalStateException("No ward in this context");
        }
        return ward;
    }

    public String user() {
        return user;
    }

    public String organisation() {
        return organisation;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
