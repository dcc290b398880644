package nl.wijknetwerk.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One packaged Quarkus application ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM, the way
 * it runs in production, with its configuration passed as system properties and its output in a log file.
 */
public final class AppProcess implements AutoCloseable {

    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

    private final String name;
    private static final Random PORTS = new Random();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private final int port;
    private final int managementPort;
    private final Path log;
    private List<String> command;
    private Process process;

    private AppProcess(String name, int port, int managementPort, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Starts {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar} on the given port (health and metrics on a free one). */
    public static AppProcess start(Path repo, String module, int port, Map<String, String> config, Path logDir,
            List<String> jvmOptions) {
        Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the applications first (./mvnw package -DskipTests)");
        }
        AppProcess app = new AppProcess(module, port, freePort(), logDir.resolve(module + ".log"));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + app.managementPort);
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
            Files.deleteIfExists(app.log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + app.log, e);
        }
        app.command = List.copyOf(command);
        app.launch();
        return app;
    }

    private void launch() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    /** Ends the JVM at once with SIGKILL, as a crash or an OOM kill would: no shutdown hooks, no graceful close. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the application again with the same port, configuration and log file (appended to). */
    public AppProcess restart() {
        return restart(Map.of());
    }

    /** Starts the application again, with some configuration changed from now on (e.g. a new consumer group). */
    public AppProcess restart(Map<String, String> changed) {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs");
        }
        if (!changed.isEmpty()) {
            List<String> updated = new ArrayList<>(command.subList(0, command.size() - 2));
            changed.forEach((k, v) -> updated.add("-D" + k + "=" + v));
            updated.addAll(command.subList(command.size() - 2, command.size()));
            command = List.copyOf(updated);
        }
        launch();
        return this;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The process id of the application's JVM (it is started directly, not through a shell). */
    public long pid() {
        return process.pid();
    }

    /**
     * Resident memory of the application's JVM as the kernel counts it ({@code VmRSS} in {@code /proc/<pid>/status}),
     * the figure a container memory limit is held against; -1 where there is no {@code /proc} or the process is gone.
     */
    public long rssKb() {
        try {
            Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid()), "status")));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Waits until {@code /q/health/ready} on the management port answers 200 (UP). */
    public AppProcess awaitReady(Duration timeout) {
        return await("/q/health/ready", "ready", timeout);
    }

    /**
     * Waits until {@code /q/health/live} answers 200: the application runs and serves requests, though it may not be
     * ready (e.g. when it could not reach the identity provider).
     */
    public AppProcess awaitStarted(Duration timeout) {
        return await("/q/health/live", "started", timeout);
    }

    private AppProcess await(String health, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (up(health)) {
                return this;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not " + what + " within " + timeout + "; see " + log);
    }

    public boolean ready() {
        return up("/q/health/ready");
    }

    private boolean up(String health) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(managementUrl() + health).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Health and metrics: the management interface, apart from the API. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A port nobody listens on, never one this JVM handed out before, and below Linux's ephemeral range (32768 and
     * up): a port the system picked there can be taken by any outgoing connection (a JDBC or Kafka client) between
     * the pick and the application's bind, or while the application restarts on it. Seen once: case-service could not
     * bind its port and the gateway's requests reached another process.
     */
    public static synchronized int freePort() {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = 20000 + PORTS.nextInt(12000);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port)) {
                HANDED_OUT.add(port);
                return s.getLocalPort();
            } catch (IOException taken) {
                // someone listens there: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
