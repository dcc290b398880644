package nl.wijknetwerk.shared.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PartnerCapabilityTest {

    @Test
    void aTokenWithoutCapabilityScopesMayUseEveryCapabilityOfTheRole() {
        for (PartnerCapability c : PartnerCapability.values()) {
            assertThat(c.allowedBy(Set.of("email", "profile"))).as(c.name()).isTrue();
        }
    }

    @Test
    void aTokenAskedForWithSomeCapabilitiesMayUseOnlyThose() {
        Set<String> readOnly = Set.of("profile", "partner-cases", "partner-budget");
        assertThat(PartnerCapability.CASES.allowedBy(readOnly)).isTrue();
        assertThat(PartnerCapability.BUDGET.allowedBy(readOnly)).isTrue();
        assertThat(PartnerCapability.AGREEMENTS.allowedBy(readOnly)).isFalse();
        assertThat(PartnerCapability.DECLARATIONS.allowedBy(readOnly)).isFalse();
    }
}
