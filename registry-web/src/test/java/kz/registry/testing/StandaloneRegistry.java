package kz.registry.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The registry started as an operator starts it, outside Arquillian: the WAR the build made on
 * Payara Micro with the project's listener settings, in its own process, with the environment and
 * options a test gives (outside demo mode, with TLS). Its log is kept in its folder under target.
 */
public final class StandaloneRegistry implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(150);
    private final Process process;
    private final int httpPort;
    private final int httpsPort;
    private final Path log;

    private StandaloneRegistry(Process process, int httpPort, int httpsPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.log = log;
    }

    /**
     * Starts the registry in {@code folder} (its working directory), listening on free ports over
     * HTTP and HTTPS, and waits until it is ready.
     */
    public static StandaloneRegistry start(Path folder, Map<String, String> environment, List<String> javaOptions,
                                           List<String> microOptions) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int http = freePort();
        int https = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("registry.war"), "--contextroot", "/",
                "--port", Integer.toString(http), "--sslport", Integer.toString(https), "--nocluster",
                "--prebootcommandfile", System.getProperty("it.preboot.file")));
        command.addAll(microOptions);
        Path log = folder.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("REGISTRY_"));
        builder.environment().putAll(environment);
        StandaloneRegistry registry = new StandaloneRegistry(builder.start(), http, https, log);
        registry.awaitReady();
        return registry;
    }

    /** The registry's process id (it names the upload files the registry keeps while it reads them). */
    public long pid() {
        return process.pid();
    }

    public URI http() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    public URI https() {
        return URI.create("https://localhost:" + httpsPort + "/");
    }

    private void awaitReady() throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The registry stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(http().resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The registry was not ready within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kills the registry at once, as a crash does: no shutdown, no transaction finished. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
