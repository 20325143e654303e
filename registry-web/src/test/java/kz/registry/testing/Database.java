package kz.registry.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A connection straight to the registry's database, around the registry, as an intruder or a
 * careless operator would have it. Failsafe gives the tests the server's REGISTRY_DB_*.
 */
public final class Database {

    private Database() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(System.getenv("REGISTRY_DB_URL"), System.getenv("REGISTRY_DB_USER"),
                System.getenv("REGISTRY_DB_PASSWORD"));
    }

    public static boolean isPostgres() {
        return System.getenv("REGISTRY_DB_URL").startsWith("jdbc:postgresql:");
    }
}
