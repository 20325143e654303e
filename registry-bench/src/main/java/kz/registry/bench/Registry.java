package kz.registry.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The registry under test: the WAR the build made, on the Payara Micro jar the build copied,
 * started as its own process on PostgreSQL, with the same java that runs the benchmark.
 */
final class Registry implements AutoCloseable {

    private final Process process;
    final String base;
    final double startSeconds;

    private Registry(Process process, String base, double startSeconds) {
        this.process = process;
        this.base = base;
        this.startSeconds = startSeconds;
    }

    /**
     * Starts the registry with the run configuration's JVM options ({@code config/server.jvm}) and
     * waits until it is ready.
     *
     * @param heap  the server's maximum heap (-Xmx) instead of the run configuration's, blank to keep it
     * @param jvm   further JVM options (an AOT cache)
     * @param micro further Payara Micro options (a root directory)
     */
    static Registry start(Path root, int port, Map<String, String> environment, String heap, List<String> jvm,
                          List<String> micro) throws IOException, InterruptedException {
        Path work = root.resolve("registry-bench/target/registry-run");
        Files.createDirectories(work);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "@" + root.resolve("config/server.jvm")));
        if (!heap.isBlank()) {
            command.add("-Xmx" + heap);
        }
        command.addAll(jvm);
        command.addAll(List.of("-jar", root.resolve("registry-web/target/payara-micro.jar").toString(),
                "--deploy", root.resolve("registry-web/target/registry.war").toString(),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster",
                "--prebootcommandfile", root.resolve("config/pre-boot-commands.asadmin").toString()));
        command.addAll(micro);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile());
        builder.environment().putAll(environment);
        long began = System.nanoTime();
        Process process = builder.start();
        String base = "http://localhost:" + port + "/";
        // HTTP/1.1: the default HTTP/2 upgrade of a plain-HTTP request could hang here while Micro started
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the registry stopped while starting; see " + work.resolve("server.log"));
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(base + "health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if ((System.nanoTime() - began) / 1e9 > 300) {
                process.destroy();
                throw new IllegalStateException("the registry was not ready within 300 s");
            }
            Thread.sleep(200);
        }
        return new Registry(process, base, (System.nanoTime() - began) / 1e9);
    }

    /** The server's resident memory now, from /proc (Linux), in MiB. */
    long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(30));
    }

    /** Asks the registry to stop (it writes what it writes at exit, such as an AOT cache), then makes it. */
    void stop(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
