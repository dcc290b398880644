package nl.wijknetwerk.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import nl.wijknetwerk.testing.architecture.GatewayRules;

/** The house rules of docs/development.md that apply to the gateway; read them, one named policy each, in GatewayRules. */
@AnalyzeClasses(packages = "nl.wijknetwerk.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTest {

    @ArchTest
    static final ArchTests gatewayRules = ArchTests.in(GatewayRules.class);
}
