package nl.wijknetwerk.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The local PostgreSQL server: used when it runs, started (and the application role created) by
 * {@code scripts/prepare-postgres.sh} when it does not. Each service gets its own database.
 */
final class LocalPostgres {

    static final String USER = System.getenv().getOrDefault("WIJKNETWERK_DB_USER", "wijknetwerk");
    static final String PASSWORD = System.getenv().getOrDefault("WIJKNETWERK_DB_PASSWORD", "wijknetwerk");

    private final Path repo;
    private final int port;

    LocalPostgres(Path repo, int port) {
        this.repo = repo;
        this.port = port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Makes sure the server answers for the application role, preparing it once if it does not. */
    void ensureRunning() {
        if (canConnect()) {
            return;
        }
        Launcher.say("PostgreSQL is not answering on port " + port + " for role " + USER + ": preparing it");
        ChildProcess.run("prepare-postgres", List.of("bash", "scripts/prepare-postgres.sh"), repo,
                repo.resolve(".platform/logs/prepare-postgres.log"), Duration.ofMinutes(10));
        if (!canConnect()) {
            throw new IllegalStateException("PostgreSQL still refuses role " + USER + " on port " + port
                    + "; see .platform/logs/prepare-postgres.log");
        }
    }

    /** Creates the database if missing; with {@code fresh} it is dropped first, so the run starts empty. */
    void ensureDatabase(String database, boolean fresh) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("drop database if exists " + quote(database) + " with (force)");
            }
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + quote(database));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare database " + database + ": " + e.getMessage(), e);
        }
    }

    private boolean canConnect() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String quote(String identifier) {
        if (!identifier.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + identifier);
        }
        return '"' + identifier + '"';
    }
}
