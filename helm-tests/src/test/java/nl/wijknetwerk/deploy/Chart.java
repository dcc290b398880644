package nl.wijknetwerk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/** The Helm chart in {@code helm/wijknetwerk}, linted and rendered by Helm's own library (helm-java). */
final class Chart {

    static final Path REPOSITORY = findRepository();
    static final Path CHART = REPOSITORY.resolve("helm/wijknetwerk");
    static final Path EXAMPLES = REPOSITORY.resolve("helm/examples");
    static final String RELEASE = "wijknetwerk";
    static final String NAMESPACE = "wijknetwerk";
    /** The oldest Kubernetes the chart is tested for (Chart.yaml kubeVersion: >=1.30, as Strimzi 1.x needs). */
    static final String KUBE_VERSION = "v1.30.0";

    private static final YAMLMapper YAML = new YAMLMapper();

    private Chart() {
    }

    static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    /** Renders the chart like {@code helm template wijknetwerk <chart> -f <values>… --set <key>=<value>…}. */
    static Manifests render(Path chart, List<Path> valuesFiles, Map<String, Object> sets) {
        return Manifests.parse(renderYaml(chart, valuesFiles, sets));
    }

    static String renderYaml(Path chart, List<Path> valuesFiles, Map<String, Object> sets) {
        TemplateCommand template = new Helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        valuesFiles.forEach(template::withValuesFile);
        sets.forEach(template::set);
        return template.call();
    }

    static Manifests render(Path chart, Path... valuesFiles) {
        return render(chart, List.of(valuesFiles), Map.of());
    }

    static Path example(String name) {
        return EXAMPLES.resolve(name + ".yaml");
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the chart in {@code target} to break on purpose. */
    static Path copyTo(Path target) {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> parseAll(String yaml) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> result = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    result.add(document);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRepository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("helm/wijknetwerk/Chart.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("helm/wijknetwerk/Chart.yaml not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
