package kz.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The same writes and reports through the balancer against 1, 2 and 3 nodes (each count on a new
 * cluster and a new database), so what more nodes change on this machine is measured in one run.
 *
 * <pre>bench/scaling.sh                          # 1, 2 and 3 nodes, 16 clients, 2,000 of each: bench/SCALING.md
 * bench/scaling.sh nodes=1,2 requests=500</pre>
 */
public final class Scaling {

    private static final String PASSWORD = "scaling-users-password";
    private static final int YEAR = 2025;

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.contains("=")) {
                settings.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        int clients = Integer.parseInt(settings.getOrDefault("clients", "16"));
        int requests = Integer.parseInt(settings.getOrDefault("requests", "2000"));
        Path root = Path.of("").toAbsolutePath();
        StringBuilder report = new StringBuilder("# The registry on 1, 2 and 3 nodes\n\n");
        report.append(String.format(Locale.ROOT, "Run %s on %d processors: for each count of nodes a new cluster"
                        + " (`cluster/cluster.sh`) on a new PostgreSQL database, %d clients through HAProxy, %d requests"
                        + " of each kind after a warm-up of %d. Produced by `bench/scaling.sh`.%n%n",
                Instant.now().toString().substring(0, 16).replace('T', ' '), Runtime.getRuntime().availableProcessors(),
                clients, requests, requests / 10));
        report.append(Figures.header("nodes")).append('\n');
        List<String> rows = new ArrayList<>();
        for (String count : settings.getOrDefault("nodes", "1,2,3").split(",")) {
            int nodes = Integer.parseInt(count.strip());
            Cluster cluster = new Cluster(root, "target/scaling-cluster", "registry_scaling", 8290, 5921);
            cluster.recreateDatabase();
            cluster.run("start", Integer.toString(nodes));
            try {
                Api.createUsers(cluster.admin(), PASSWORD);
                Api finance = Api.basic(cluster.balancer(), "finance", PASSWORD).withToken();
                Api auditor = Api.basic(cluster.balancer(), "auditor", PASSWORD).withToken();
                finance.postJson("api/periods", "{\"year\": " + YEAR + "}").expect(201);
                UUID appropriation = UUID.fromString(finance.postJson("api/appropriations", "{\"year\": " + YEAR
                        + ", \"source\": \"republican-budget\", \"purpose\": \"investigation-assistance\", \"amount\":"
                        + " \"100000000000.00\", \"currency\": \"KZT\"}").expect(201).json().getString("id"));
                String allocation = "{\"appropriationId\": \"" + appropriation + "\", \"caseNumber\": \"S-%d\","
                        + " \"amount\": \"1.00\", \"currency\": \"KZT\", \"valueDate\": \"" + YEAR + "-06-01\"}";
                String spending = "api/reports/spending?year=" + YEAR + "&groupBy=purpose";
                Figures.measure("warm-up", requests / 10, clients, i -> finance.postJson("api/allocations",
                        String.format(Locale.ROOT, allocation, -i - 1)).status() == 201
                        && auditor.get(spending).status() == 200);
                List<Figures> measured = List.of(
                        Figures.measure("recording an allocation", requests, clients, i -> finance.postJson(
                                "api/allocations", String.format(Locale.ROOT, allocation, i)).status() == 201),
                        Figures.measure("the yearly spending report", requests, clients,
                                i -> auditor.get(spending).status() == 200),
                        Figures.measure("one page of the ledger", requests, clients,
                                i -> auditor.get("api/allocations?limit=50&offset=" + (i % 20) * 50).status() == 200));
                for (Figures figures : measured) {
                    String row = figures.row() + " " + nodes + " |";
                    rows.add(row);
                    System.out.println(row);
                }
            } finally {
                cluster.run("stop");
            }
        }
        rows.sort(java.util.Comparator.comparing(row -> row.substring(2, row.indexOf(" |"))));
        rows.forEach(row -> report.append(row).append('\n'));
        Path out = root.resolve(settings.getOrDefault("out", "bench/SCALING.md"));
        Files.writeString(out, report);
        System.out.println(report + "\nWritten to " + out);
    }
}
