package nl.wijknetwerk.shared.ward;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/** Gives Hibernate's discriminator multitenancy the ward of the current request or event. */
@PersistenceUnitExtension
@RequestScoped
public class WardTenantResolver implements TenantResolver {

    private final WardContext context;

    public WardTenantResolver(WardContext context) {
        this.context = context;
    }

    @Override
    public String getDefaultTenantId() {
        return WardContext.NO_WARD;
    }

    @Override
    public String resolveTenantId() {
        return context.ward().orElse(WardContext.NO_WARD);
    }

    @Override
    public boolean isRoot(String tenantId) {
        return WardContext.ALL_WARDS.equals(tenantId);
    }
}
