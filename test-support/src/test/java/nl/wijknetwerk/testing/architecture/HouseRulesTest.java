package nl.wijknetwerk.testing.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each house rule fails on a class that breaks it ({@code sample.alpha}) and passes one that keeps it ({@code sample.beta}). */
class HouseRulesTest {

    private static JavaClasses sample;

    @BeforeAll
    static void importSample() {
        sample = new ClassFileImporter().importPackages("nl.wijknetwerk.sample");
    }

    static List<ArchRule> rules() {
        return List.of(HouseRules.RESOURCES_LEAVE_PUBLISHING_TO_THEIR_SERVICE,
                HouseRules.FEATURES_REACH_OTHER_FEATURES_RECORDS_ONLY_THROUGH_THEIR_SERVICE,
                HouseRules.ROLES_ARE_NAMED_BY_THE_ROLES_CONSTANTS,
                HouseRules.PROBLEMS_ARE_BUILT_ONLY_BY_SHARED,
                HouseRules.TOKENS_ARE_READ_ONLY_BY_SHARED,
                GatewayRules.TOKENS_ARE_READ_ONLY_BY_THE_TOKEN_CALLER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void catchesTheBrokenSampleAndSparesTheGoodOne(ArchRule rule) {
        EvaluationResult result = rule.evaluate(sample);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        // every violation is the broken resource's; the service that keeps the rules is never named as the culprit
        assertThat(result.getFailureReport().getDetails()).isNotEmpty().allMatch(line -> line.contains("AlphaResource"))
                .noneMatch(line -> line.contains("BetaService.rename") || line.contains("<nl.wijknetwerk.sample.beta.BetaService>"));
    }
}
