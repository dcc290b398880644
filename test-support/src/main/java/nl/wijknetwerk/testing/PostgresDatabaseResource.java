package nl.wijknetwerk.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gives the application a fresh database on the local PostgreSQL server; init arg {@code database}. */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "wijknetwerk_test");
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresDatabase.fresh(database),
                "quarkus.datasource.username", PostgresDatabase.APP_USER,
                "quarkus.datasource.password", PostgresDatabase.APP_PASSWORD);
    }

    @Override
    public void stop() {
        // kept after the run so a failed test's data can be inspected
    }
}
