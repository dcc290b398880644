package nl.wijknetwerk.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules that hold for the gateway, which has no {@code shared} (no database, no outbox, no features):
 * roles and problems as everywhere ({@link HouseRules}), and the token read in one place, {@value #TOKEN_CALLER},
 * through shared-api's claim parser. The gateway's architecture test runs them ({@code ArchTests.in(GatewayRules.class)}).
 */
public final class GatewayRules {

    static final String TOKEN_CALLER = "nl.wijknetwerk.gateway.security.TokenCaller";

    private GatewayRules() {
    }

    @ArchTest
    public static final ArchRule ROLES_ARE_NAMED_BY_THE_ROLES_CONSTANTS = HouseRules.ROLES_ARE_NAMED_BY_THE_ROLES_CONSTANTS;

    @ArchTest
    public static final ArchRule PROBLEMS_ARE_BUILT_ONLY_BY_SHARED = HouseRules.PROBLEMS_ARE_BUILT_ONLY_BY_SHARED;

    /** The gateway reads the token once, in TokenCaller, which hands its claims to shared-api's Caller. */
    @ArchTest
    public static final ArchRule TOKENS_ARE_READ_ONLY_BY_THE_TOKEN_CALLER = noClasses()
            .that().resideOutsideOfPackages("nl.wijknetwerk.shared..", "nl.wijknetwerk.api..")
            .and().doNotHaveFullyQualifiedName(TOKEN_CALLER)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.jwt.JsonWebToken")
            .as("Tokens are read only by the gateway's TokenCaller (through shared-api's Caller)")
            .because("a claim parsed twice drifts: the gateway once refused what the services accepted");
}
