package nl.wijknetwerk.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layout rules of the house (docs/development.md), one named policy each. Every service's architecture test runs
 * them all ({@code ArchTests.in(HouseRules.class)}); a known exception waiting to be moved is listed, with its reason,
 * in that service's {@code archunit_ignore_patterns.txt}. A feature is the package right below the service's own
 * ({@code nl.wijknetwerk.cases.barrier}).
 */
public final class HouseRules {

    private static final String SHARED = "nl.wijknetwerk.shared..";
    private static final String SHARED_API = "nl.wijknetwerk.api..";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
    private static final Pattern ROLE_LITERAL = Pattern.compile("@RolesAllowed\\s*\\([^)]*\"");

    private HouseRules() {
    }

    /** A resource is HTTP in, HTTP out: its service changes state and publishes the event in one transaction. */
    @ArchTest
    public static final ArchRule RESOURCES_LEAVE_PUBLISHING_TO_THEIR_SERVICE = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveFullyQualifiedName("nl.wijknetwerk.shared.outbox.Outbox")
            .as("Resources leave publishing events to their service")
            .because("the service owns the rule and the outbox.publish, in the same transaction as the change");

    /** Another feature's records are reached through that feature's service, never by querying or writing them. */
    @ArchTest
    public static final ArchRule FEATURES_REACH_OTHER_FEATURES_RECORDS_ONLY_THROUGH_THEIR_SERVICE = classes()
            .should(new ArchCondition<JavaClass>("query or change only their own feature's entities") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                        JavaClass target = access.getTargetOwner();
                        boolean read = access instanceof JavaFieldAccess field && field.getAccessType() == JavaFieldAccess.AccessType.GET;
                        if (!read && target.isAnnotatedWith(ENTITY) && sameService(origin, target) && !sameFeature(origin, target)) {
                            events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                        }
                    }
                }
            })
            .as("Features reach other features' records only through their service")
            .because("a feature's entities and the rules on them change together, in one place");

    /** Role names come from {@code nl.wijknetwerk.api.Roles}, so a renamed role cannot be missed in one service. */
    @ArchTest
    public static final ArchRule ROLES_ARE_NAMED_BY_THE_ROLES_CONSTANTS = classes()
            .should(new ArchCondition<JavaClass>("name roles in @RolesAllowed by the Roles constants") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean guarded = type.isAnnotatedWith(ROLES_ALLOWED)
                            || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(ROLES_ALLOWED));
                    if (!guarded || type.isNestedClass()) {
                        return;
                    }
                    // Constants are inlined into the class file, so only the source shows a literal.
                    Optional<String> source = source(type);
                    if (source.isPresent() && ROLE_LITERAL.matcher(source.get()).find()) {
                        events.add(SimpleConditionEvent.violated(type,
                                type.getName() + " names a role with a string literal in @RolesAllowed; use Roles.*"));
                    }
                }
            })
            .as("Roles are named by the Roles constants")
            .because("a role string typed in one service drifts from the others unnoticed");

    /** Problem details are built by shared's ProblemException and written by shared-api's Problem. */
    @ArchTest
    public static final ArchRule PROBLEMS_ARE_BUILT_ONLY_BY_SHARED = noClasses()
            .that().resideOutsideOfPackages(SHARED, SHARED_API)
            .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.base.DescribedPredicate.describe("Problem constructor",
                            t -> t.getOwner().getName().equals("nl.wijknetwerk.api.Problem"))))
            .as("Problems are built only by shared (ProblemException)")
            .because("every refusal must read the same, from the gateway to each service");

    /** The token is read once, by shared's Callers and shared-api's Caller. */
    @ArchTest
    public static final ArchRule TOKENS_ARE_READ_ONLY_BY_SHARED = noClasses()
            .that().resideOutsideOfPackages(SHARED, SHARED_API)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.jwt.JsonWebToken")
            .as("Tokens are read only by shared (Callers, Caller)")
            .because("a claim parsed twice drifts: the gateway once refused what the services accepted");

    static boolean sameFeature(JavaClass a, JavaClass b) {
        return prefix(a.getPackageName(), 4).equals(prefix(b.getPackageName(), 4));
    }

    /** Shared's own entities (the known wards, the outbox) are shared's business, not another feature's. */
    static boolean sameService(JavaClass a, JavaClass b) {
        return prefix(a.getPackageName(), 3).equals(prefix(b.getPackageName(), 3));
    }

    /** {@code nl.wijknetwerk.cases.barrier.x} → {@code nl.wijknetwerk.cases.barrier} (4) or {@code nl.wijknetwerk.cases} (3). */
    static String prefix(String packageName, int segments) {
        String[] parts = packageName.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(parts.length, segments)));
    }

    /** The source file beside the class file: target/classes → src/main/java, target/test-classes → src/test/java. */
    static Optional<String> source(JavaClass type) {
        return type.getSource().flatMap(s -> s.getFileName().map(name -> {
            URI uri = s.getUri();
            if (!"file".equals(uri.getScheme())) {
                return null;
            }
            String classFile = Path.of(uri).toString();
            String packagePath = type.getPackageName().replace('.', java.io.File.separatorChar);
            String root = classFile.substring(0, classFile.lastIndexOf(packagePath));
            String sources = root.replace("target" + java.io.File.separator + "test-classes", "src/test/java")
                    .replace("target" + java.io.File.separator + "classes", "src/main/java");
            Path file = Path.of(sources, packagePath, name);
            try {
                return Files.exists(file) ? Files.readString(file) : null;
            } catch (IOException e) {
                return null;
            }
        }));
    }
}
