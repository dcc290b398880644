package nl.wijknetwerk.budget;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the ward budget. */
@ConfigMapping(prefix = "budget")
public interface BudgetConfig {

    /** Utilisation percentages of a category at which the controller is alerted, once per year and category. */
    @WithDefault("90")
    List<Integer> alertThresholds();

    /** Largest number of rows one spending import takes. */
    @WithDefault("5000")
    int importMaxRows();
}
