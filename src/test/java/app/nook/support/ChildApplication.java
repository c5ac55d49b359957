package app.nook.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nook started as a separate operating-system process from the test classpath, so that a test can kill it
 * mid-flight (SIGKILL) or run two instances side by side on one database.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts an instance on the given database with the given extra settings, and waits until it is healthy. */
    public static ChildApplication start(String name, String jdbcUrl, Map<String, String> settings) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                "app.nook.NookApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + PostgresDatabases.user(),
                "--spring.datasource.password=" + PostgresDatabases.password(),
                "--nook.demo-data=false",
                "--nook.files.directory=./target/child-files"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target", "child-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."))
                .start();
        var child = new ChildApplication(process, port);
        child.awaitHealthy(Duration.ofSeconds(90), log);
        return child;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Ends the process at once, as a power cut would: no shutdown hooks, no transaction finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitHealthy(Duration timeout, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Nook stopped while starting; see " + log);
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens only once the application has started.
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Nook did not become healthy in " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
