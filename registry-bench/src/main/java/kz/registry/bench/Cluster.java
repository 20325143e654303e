package kz.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A registry cluster on this machine, driven through {@code cluster/cluster.sh} on a PostgreSQL
 * database of its own (made anew), its balancer and nodes on ports of its own.
 */
final class Cluster {

    private final Path root;
    final Path dir;
    final String jdbc;
    private final String database;
    final int balancerPort;
    final int nodePort;
    private final int gridPort;

    Cluster(Path root, String folder, String database, int balancerPort, int gridPort) {
        this.root = root;
        this.dir = root.resolve(folder);
        this.database = database;
        this.jdbc = "jdbc:postgresql://127.0.0.1:5432/" + database;
        this.balancerPort = balancerPort;
        this.nodePort = balancerPort + 1;
        this.gridPort = gridPort;
    }

    /** Drops the cluster's database if it is there, and makes it empty. */
    void recreateDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                "postgres"); Statement statement = db.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
    }

    void run(String... arguments) throws IOException, InterruptedException {
        runWith(Map.of(), arguments);
    }

    /** Runs {@code cluster/cluster.sh} with these arguments (and further environment); it must succeed. */
    void runWith(Map<String, String> extra, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("cluster/cluster.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(Map.of("CLUSTER_DIR", dir.toString(), "REGISTRY_DB_URL", jdbc,
                "REGISTRY_DB_USER", "postgres", "REGISTRY_DB_PASSWORD", "postgres",
                "CLUSTER_PORT", Integer.toString(balancerPort), "CLUSTER_NODE_PORT", Integer.toString(nodePort),
                "CLUSTER_DATA_GRID_PORT", Integer.toString(gridPort)));
        builder.environment().putAll(extra);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("cluster/cluster.sh " + String.join(" ", arguments) + " failed (" + exit + ")");
        }
    }

    String balancer() {
        return "http://127.0.0.1:" + balancerPort + "/";
    }

    String node(int k) {
        return "http://127.0.0.1:" + (nodePort + k - 1) + "/";
    }

    /** The first administrator, signed in at the balancer with the password the cluster made. */
    Api admin() throws IOException {
        return Api.basic(balancer(), "admin", Files.readString(dir.resolve("admin-password")).strip());
    }

    /** The node (1..n) whose process a node's name (host/process id/random part) names; -1 when none. */
    int nodeOf(String nodeName, int nodes) throws IOException {
        if (nodeName == null) {
            return -1;
        }
        String pid = nodeName.split("/")[1];
        for (int k = 1; k <= nodes; k++) {
            Path file = dir.resolve("node-" + k + "/pid");
            if (Files.exists(file) && Files.readString(file).strip().equals(pid)) {
                return k;
            }
        }
        return -1;
    }
}
