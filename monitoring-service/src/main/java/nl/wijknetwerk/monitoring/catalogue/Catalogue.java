package nl.wijknetwerk.monitoring.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The KPI catalogue: the five strategic goals and their indicators, kept as data in {@code catalogue/kpis.json} so
 * a definition or target changes without touching the code that computes it.
 */
public final class Catalogue {

    public static final String RESOURCE = "/catalogue/kpis.json";

    private record Document(List<Goal> goals, List<IndicatorDefinition> indicators) {
    }

    private final List<Goal> goals;
    private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();

    Catalogue(List<Goal> goals, List<IndicatorDefinition> indicators) {
        this.goals = List.copyOf(goals);
        Set<Integer> goalNumbers = new HashSet<>();
        goals.forEach(g -> goalNumbers.add(g.number()));
        for (IndicatorDefinition indicator : indicators) {
            if (!goalNumbers.contains(indicator.goal())) {
                throw new IllegalStateException("Indicator " + indicator.code() + " hangs under unknown goal " + indicator.goal());
            }
            if (indicator.dutch() == null || indicator.dutch().isBlank()) {
                throw new IllegalStateException("Indicator " + indicator.code() + " has no Dutch name");
            }
            if (indicator.imported() == (indicator.aggregation() == null)) {
                throw new IllegalStateException("Indicator " + indicator.code() + ": an aggregation is required for imported indicators only");
            }
            if (this.indicators.put(indicator.code(), indicator) != null) {
                throw new IllegalStateException("Indicator code " + indicator.code() + " appears twice");
            }
        }
    }

    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Document doc = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, Document.class);
            return new Catalogue(doc.goals(), doc.indicators());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the KPI catalogue", e);
        }
    }

    public List<Goal> goals() {
        return goals;
    }

    public List<IndicatorDefinition> indicators() {
        return List.copyOf(indicators.values());
    }

    public List<IndicatorDefinition> indicatorsOf(int goal) {
        return indicators.values().stream().filter(i -> i.goal() == goal).toList();
    }

    public List<IndicatorDefinition> headline(Headline headline) {
        return indicators.values().stream().filter(i -> i.headline() == headline).toList();
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(indicators.get(code));
    }
}
