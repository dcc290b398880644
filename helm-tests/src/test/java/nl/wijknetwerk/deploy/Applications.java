package nl.wijknetwerk.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The applications of the repository and the configuration they read, from their own source files. */
final class Applications {

    static final List<String> NAMES = List.of("gateway", "case-service", "network-service", "budget-service", "monitoring-service",
            "web");

    /** The four services own a database and Kafka; the gateway and the web application have neither. */
    static boolean isService(String app) {
        return !app.equals("gateway") && !app.equals("web");
    }

    private static final Pattern ENV_EXPRESSION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private Applications() {
    }

    /** The effective configuration of an application outside tests: shared defaults overridden by its own file. */
    static Properties configuration(String app) {
        Properties properties = new Properties();
        if (isService(app)) {
            load(properties, Chart.REPOSITORY.resolve("shared/src/main/resources/META-INF/microprofile-config.properties"));
        }
        load(properties, Chart.REPOSITORY.resolve(app + "/src/main/resources/application.properties"));
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("%")).toList().forEach(properties::remove);
        return properties;
    }

    /** Environment variables an application's configuration reads through {@code ${NAME:default}} expressions. */
    static Set<String> environmentVariables(String app) {
        Set<String> names = new TreeSet<>();
        configuration(app).values().forEach(value -> {
            Matcher m = ENV_EXPRESSION.matcher(value.toString());
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        return names;
    }

    static Path module(String app) {
        return Chart.REPOSITORY.resolve(app);
    }

    private static void load(Properties properties, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
