package nl.wijknetwerk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Databases on the local PostgreSQL server (no Docker, no embedded copy). Each is recreated empty the first time
 * a JVM asks for it, owned by an application role, so Flyway builds the schema from scratch like in production.
 * The admin connection is {@code WIJKNETWERK_PG_ADMIN_URL} / {@code _USER} / {@code _PASSWORD}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres} as {@code postgres}).
 */
public final class PostgresDatabase {

    public static final String HOST_URL = env("WIJKNETWERK_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String APP_USER = env("WIJKNETWERK_PG_USER", "wijknetwerk");
    public static final String APP_PASSWORD = env("WIJKNETWERK_PG_PASSWORD", "wijknetwerk");

    private static final Set<String> CREATED = new HashSet<>();

    private PostgresDatabase() {
    }

    /**
     * @return the JDBC URL of a fresh database with that name, plus {@code WIJKNETWERK_TEST_DB_SUFFIX} when set
     *         (so two checkouts can run their tests side by side on one server)
     */
    public static synchronized String fresh(String baseName) {
        String name = baseName + env("WIJKNETWERK_TEST_DB_SUFFIX", "");
        if (CREATED.add(name)) {
            try (Connection c = DriverManager.getConnection(env("WIJKNETWERK_PG_ADMIN_URL", HOST_URL + "postgres"),
                    env("WIJKNETWERK_PG_ADMIN_USER", "postgres"), env("WIJKNETWERK_PG_ADMIN_PASSWORD", ""));
                    Statement s = c.createStatement()) {
                var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'");
                if (!rs.next()) {
                    s.execute("create role " + APP_USER + " login password '" + APP_PASSWORD + "'");
                }
                s.execute("drop database if exists " + name + " with (force)");
                s.execute("create database " + name + " owner " + APP_USER);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare database " + name + " on the local PostgreSQL server "
                        + "(is it running? see README, 'Running the tests'): " + e.getMessage(), e);
            }
        }
        return HOST_URL + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
