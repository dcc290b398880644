package nl.wijknetwerk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;
import nl.wijknetwerk.web.coordinator.NetMsg;

/** Every text exists in Dutch and in English, and every key a template names exists. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Each message bundle: its namespace in templates (also the name of its English file) and its Dutch interface. */
    private static final Map<String, Class<?>> BUNDLES = Map.of("msg", Msg.class, "net", NetMsg.class, "bud", nl.wijknetwerk.web.budget.BudgetMsg.class,
            "dash", nl.wijknetwerk.web.dashboard.DashMsg.class, "prl", nl.wijknetwerk.web.cases.PriceListMsg.class);

    private static Set<String> dutchKeys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties english(String bundle) throws IOException {
        Properties en = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + bundle + "_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return en;
    }

    @Test
    void everyDutchTextHasAnEnglishOneAndNoEnglishTextIsOrphaned() throws IOException {
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            everyDutchTextHasAnEnglishOne(bundle.getKey(), bundle.getValue());
        }
    }

    private static void everyDutchTextHasAnEnglishOne(String name, Class<?> bundle) throws IOException {
        Properties en = english(name);
        assertThat(new TreeSet<>(en.stringPropertyNames())).as(name).isEqualTo(dutchKeys(bundle));
        for (Method m : bundle.getDeclaredMethods()) {
            assertThat(m.getAnnotation(Message.class).value()).as(m.getName() + " in Dutch").isNotBlank();
            assertThat(en.getProperty(m.getName())).as(m.getName() + " in English").isNotBlank();
            // A parameter used in one language is used in the other, so neither shows a raw {name}.
            assertThat(parameters(en.getProperty(m.getName()))).as(m.getName()).isEqualTo(parameters(m.getAnnotation(Message.class).value()));
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            everyKeyATemplateNamesExists(bundle.getKey(), dutchKeys(bundle.getValue()));
        }
    }

    private static void everyKeyATemplateNamesExists(String namespace, Set<String> keys) throws IOException {
        Pattern literal = Pattern.compile(namespace + ":([a-z][A-Za-z0-9_]*)");
        Pattern dynamic = Pattern.compile(namespace + ":message\\(k:of\\('([a-z_]+)',");
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equals("message")) {
                        assertThat(keys).as(file + " names " + namespace + ":" + m.group(1)).contains(m.group(1));
                    }
                }
                Matcher d = dynamic.matcher(text);
                while (d.find()) {
                    prefixes.add(d.group(1));
                }
            }
        }
        // Keys built from API values (status_OPEN, domain_HOUSING…) exist for at least one value of each prefix.
        for (String prefix : prefixes) {
            assertThat(keys).as("keys starting with " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    private static Set<String> parameters(String text) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
