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
            admin(s -> {
                s.execute("drop database if exists " + name + " with (force)");
                s.execute("create database " + name + " owner " + APP_USER);
            });
        }
        return HOST_URL + name;
    }

    /** Creates the database if it does not exist yet (for running the platform locally); keeps its data. */
    public static synchronized String ensure(String name) {
        admin(s -> {
            if (!s.executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
                s.execute("create database " + name + " owner " + APP_USER);
            }
        });
        return HOST_URL + name;
    }

    private interface AdminWork {
        void run(Statement statement) throws SQLException;
    }

    /**
     * Runs as the application role when it may create databases (works with trust and password authentication),
     * otherwise as the server's superuser, creating the application role on the way.
     */
    private static void admin(AdminWork work) {
        String url = env("WIJKNETWERK_PG_ADMIN_URL", HOST_URL + "postgres");
        SQLException first = null;
        for (String[] login : new String[][] {
                { env("WIJKNETWERK_PG_ADMIN_USER", APP_USER), env("WIJKNETWERK_PG_ADMIN_PASSWORD", APP_PASSWORD) },
                { "postgres", env("PGPASSWORD", "") } }) {
            try (Connection c = DriverManager.getConnection(url, login[0], login[1]); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select rolcreatedb or rolsuper from pg_roles where rolname = current_user");
                if (!rs.next() || !rs.getBoolean(1)) {
                    continue;
                }
                if (!s.executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'").next()) {
                    s.execute("create role " + APP_USER + " login createdb password '" + APP_PASSWORD + "'");
                }
                work.run(s);
                return;
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw new IllegalStateException("Cannot prepare databases on the local PostgreSQL server (is it running, and may role '"
                + APP_USER + "' create databases? .ci/run sets that up): " + (first == null ? "no role may create databases" : first.getMessage()), first);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
