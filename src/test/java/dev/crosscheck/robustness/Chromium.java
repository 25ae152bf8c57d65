package dev.crosscheck.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Headless Chromium started for one test, with remote debugging on a free local port (read from
 * {@code DevToolsActivePort} in its own profile folder). {@link #close()} kills it and the
 * processes it started; always close it in a finally block or try-with-resources.
 */
final class Chromium implements AutoCloseable {
  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path BINARY = Path.of("/usr/bin/chromium");

  private static final Duration STARTUP = Duration.ofSeconds(60);
  private final Process process;
  private final Path profile;
  private final int port;

  private Chromium(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  /** Starts the browser with its profile in {@code profile} and its output in {@code log}. */
  static Chromium start(Path profile, Path log) throws IOException, InterruptedException {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    Chromium chromium = null;
    try {
      chromium = new Chromium(process, profile, awaitPort(process, profile.resolve("DevToolsActivePort"), log));
      return chromium;
    } finally {
      if (chromium == null) {
        kill(process);
      }
    }
  }

  /** Connects to the browser's first page. */
  DevTools page() throws IOException, InterruptedException {
    HttpResponse<String> list = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
            .timeout(STARTUP).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode target : new ObjectMapper().readTree(list.body())) {
      if ("page".equals(target.path("type").asText())) {
        return DevTools.connect(URI.create(target.get("webSocketDebuggerUrl").asText()));
      }
    }
    throw new AssertionError("no page target in " + list.body());
  }

  /**
   * Kills the browser, then removes the socket folder it made in /tmp (a killed browser cannot)
   * and the links to it in its profile.
   */
  @Override
  public void close() throws IOException {
    kill(process);
    Path socket = profile.resolve("SingletonSocket");
    if (Files.isSymbolicLink(socket)) {
      Path folder = Files.readSymbolicLink(socket).getParent();
      if (folder != null && folder.getFileName().toString().startsWith("org.chromium.Chromium.")) {
        for (String name : List.of("SingletonSocket", "SingletonCookie", "SingletonLock")) {
          Files.deleteIfExists(folder.resolve(name));
        }
        Files.deleteIfExists(folder);
      }
    }
    for (String link : List.of("SingletonSocket", "SingletonLock", "SingletonCookie")) {
      Files.deleteIfExists(profile.resolve(link));
    }
  }

  private static int awaitPort(Process process, Path file, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() >= 2) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError("chromium exited with " + process.exitValue() + ": "
            + Files.readString(log));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("chromium wrote no DevToolsActivePort in " + STARTUP);
  }

  /** Kills {@code process} and every process it started, by their ids, and waits for them. */
  private static void kill(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("chromium did not die", e);
    }
  }
}
