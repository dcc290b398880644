package nl.wijknetwerk.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The container builds in docker/, checked without a Docker daemon: pinned maintained base images, a non-root
 * user the chart's security context agrees with, exec-form entry points, a health check, and COPY lines that
 * match the fast-jar layout Quarkus really produces.
 */
class DockerfileTest {

    private static final Path DOCKER = Chart.REPOSITORY.resolve("docker");

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native"})
    void runsAPinnedMaintainedBaseAsANonRootUser(String file) {
        List<Instruction> dockerfile = Instruction.parse(DOCKER.resolve(file));

        List<String> from = arguments(dockerfile, "FROM");
        assertThat(from).hasSize(1);
        String base = from.get(0);
        assertThat(base).matches("(eclipse-temurin:17\\.[0-9.]+_[0-9]+-jre.*|registry\\.access\\.redhat\\.com/ubi9/.+:[0-9.]+)");
        assertThat(DeploymentRules.pinned(file, base)).isEmpty();

        List<String> users = arguments(dockerfile, "USER");
        assertThat(users).as("the image ends as uid 185, the chart's runAsUser").last().isEqualTo("185");
        int lastUser = indexOfLast(dockerfile, "USER");
        assertThat(dockerfile.subList(lastUser, dockerfile.size())).noneMatch(i -> i.keyword().equals("RUN"));

        assertThat(arguments(dockerfile, "ENTRYPOINT")).singleElement().asString().startsWith("[\"");
        assertThat(arguments(dockerfile, "EXPOSE")).containsExactly("8080 9000");
        // Health is on the management port, as in the chart.
        assertThat(arguments(dockerfile, "HEALTHCHECK")).singleElement().asString().contains("http://localhost:9000/q/health/ready");
    }

    @Test
    void chartRunsContainersAsTheImagesUser() {
        Manifests release = Chart.render(Chart.CHART);
        assertThat(release.workloads()).allSatisfy(w -> {
            assertThat(w.podSpec().at("/securityContext/runAsUser").asInt()).isEqualTo(185);
            assertThat(w.allContainers()).allSatisfy(c -> assertThat(c.at("/securityContext/runAsUser").asInt()).isEqualTo(185));
        });
    }

    @Test
    void jvmImageCopiesTheFastJarLayoutAndRunsIt() {
        List<Instruction> dockerfile = Instruction.parse(DOCKER.resolve("Dockerfile.jvm"));

        assertThat(arguments(dockerfile, "COPY")).containsExactly(
                "target/quarkus-app/lib/ /deployments/lib/",
                "target/quarkus-app/*.jar /deployments/",
                "target/quarkus-app/app/ /deployments/app/",
                "target/quarkus-app/quarkus/ /deployments/quarkus/");
        assertThat(arguments(dockerfile, "ENTRYPOINT")).containsExactly("[\"java\", \"-jar\", \"/deployments/quarkus-run.jar\"]");
        assertThat(arguments(dockerfile, "ENV")).anyMatch(env -> env.contains("JAVA_TOOL_OPTIONS=\"-XX:MaxRAMPercentage=75"));
    }

    /**
     * Against the real output of `./mvnw package` of every application built in this checkout (the full build
     * packages them all before this module): each COPY source exists and together they take everything the
     * runner jar needs.
     */
    @Test
    void jvmCopyLinesMatchTheLayoutOfABuiltApplication() {
        List<Path> built = Applications.NAMES.stream()
                .map(app -> Applications.module(app).resolve("target/quarkus-app"))
                .filter(Files::isDirectory)
                .toList();
        assumeFalse(built.isEmpty(), "no application packaged yet; `./mvnw package` of any application makes this check run");

        List<String> sources = arguments(Instruction.parse(DOCKER.resolve("Dockerfile.jvm")), "COPY").stream()
                .map(args -> args.split("\\s+")[0])
                .toList();
        for (Path quarkusApp : built) {
            Path module = quarkusApp.getParent().getParent();
            List<Path> entries = list(quarkusApp).stream()
                    .filter(p -> !p.getFileName().toString().endsWith(".txt"))
                    .toList();
            assertThat(entries).extracting(p -> p.getFileName().toString()).contains("quarkus-run.jar", "lib", "app", "quarkus");
            for (String source : sources) {
                assertThat(matches(module, source)).as("%s matches something in %s", source, module).isNotEmpty();
            }
            for (Path entry : entries) {
                assertThat(sources).as("%s is copied into the image", entry)
                        .anyMatch(source -> matches(module, source).contains(module.relativize(entry)));
            }
        }
    }

    @Test
    void buildContextTakesOnlyThePackagedApplication() throws IOException {
        assertThat(Files.readAllLines(DOCKER.resolve("Dockerfile.jvm.dockerignore"))).contains("*", "!target/quarkus-app/");
        assertThat(Files.readAllLines(DOCKER.resolve("Dockerfile.native.dockerignore"))).contains("*", "!target/*-runner");
        assertThat(arguments(Instruction.parse(DOCKER.resolve("Dockerfile.native")), "COPY"))
                .containsExactly("--chmod=0755 target/*-runner /deployments/application");
    }

    private static List<Path> matches(Path module, String source) {
        String glob = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return list(module.resolve("target/quarkus-app")).stream()
                .map(module::relativize)
                .filter(matcher::matches)
                .toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> arguments(List<Instruction> dockerfile, String keyword) {
        return dockerfile.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    private static int indexOfLast(List<Instruction> dockerfile, String keyword) {
        for (int i = dockerfile.size() - 1; i >= 0; i--) {
            if (dockerfile.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** One Dockerfile instruction, continuation lines joined, comments dropped. */
    record Instruction(String keyword, String arguments) {

        static List<Instruction> parse(Path dockerfile) {
            List<Instruction> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            try {
                for (String line : Files.readAllLines(dockerfile)) {
                    String trimmed = line.strip();
                    if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                        continue;
                    }
                    if (trimmed.endsWith("\\")) {
                        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                        continue;
                    }
                    current.append(trimmed);
                    String[] parts = current.toString().strip().split("\\s+", 2);
                    instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1].replaceAll("\\s+", " ") : ""));
                    current.setLength(0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return instructions;
        }
    }
}
