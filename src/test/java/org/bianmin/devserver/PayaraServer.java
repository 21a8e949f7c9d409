package org.bianmin.devserver;

import java.io.IOException;
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
 * Payara Micro in a child process with the built WAR at the root context. A child process rather than the embedded
 * API keeps the server's class loading exactly as in production.
 */
public final class PayaraServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Payara Micro and waits until the portal answers on {@code /health}.
     *
     * @param log where the server's output goes; {@code null} to inherit this process's console
     */
    public static PayaraServer start(
            Path payaraJar, Path war, int port, Path rootDir, Map<String, String> env, Path log, Duration timeout) {
        require(payaraJar, "Payara Micro jar");
        require(war, "WAR");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.timezone=Asia/Shanghai");
        command.add("-jar");
        command.add(payaraJar.toString());
        command.add("--nocluster");
        command.add("--nohazelcast");
        command.add("--port");
        command.add(String.valueOf(port));
        command.add("--rootdir");
        command.add(rootDir.toString());
        command.add("--deploy");
        command.add(war.toString());
        command.add("--contextroot");
        command.add("/");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(log.toFile());
        }
        try {
            // a root directory left by an earlier run redeploys its old copy of the WAR beside the new one
            deleteRecursively(rootDir);
            Files.createDirectories(rootDir);
            Process process = builder.start();
            PayaraServer server = new PayaraServer(process, port);
            server.awaitReady(timeout, log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(what + " not found at " + file + " (run 'mvn package' first)");
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + tail(log));
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    // health answers before the WAR finished deploying on some starts; the home page tells.
                    HttpResponse<String> home = client.send(
                            HttpRequest.newBuilder(URI.create(baseUrl()))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (home.statusCode() == 200) {
                        return;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + timeout + tail(log));
    }

    private static String tail(Path log) {
        if (log == null) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(log);
            return "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
