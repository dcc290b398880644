package nl.wijknetwerk.budget;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import nl.wijknetwerk.testing.architecture.HouseRules;

/** The house rules of docs/development.md hold for budget-service; read them, one named policy each, in HouseRules. */
@AnalyzeClasses(packages = "nl.wijknetwerk.budget", importOptions = ImportOption.DoNotIncludeTests.class)
class BudgetArchitectureTest {

    @ArchTest
    static final ArchTests houseRules = ArchTests.in(HouseRules.class);
}
