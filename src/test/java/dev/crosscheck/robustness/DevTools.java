package dev.crosscheck.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal Chrome DevTools protocol client over the JDK's WebSocket: commands wait for their
 * reply, events are kept in arrival order. One page session; thread-safe.
 */
final class DevTools implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final WebSocket socket;

  private DevTools(URI webSocket) {
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(TIMEOUT)
        .buildAsync(webSocket, new Listener())
        .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
        .join();
  }

  /** Connects to a target's {@code webSocketDebuggerUrl}. */
  static DevTools connect(URI webSocket) {
    return new DevTools(webSocket);
  }

  /** Sends {@code method} with {@code params} and returns its {@code result}. */
  JsonNode send(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id).put("method", method).set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (answer.has("error")) {
        throw new AssertionError(method + " failed: " + answer.get("error"));
      }
      return answer.get("result");
    } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
      throw new AssertionError(method + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pending.remove(id);
    }
  }

  JsonNode send(String method) {
    return send(method, Map.of());
  }

  /** The value of a JavaScript expression evaluated in the page (not subject to its CSP). */
  JsonNode evaluate(String expression) {
    JsonNode result = send("Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("evaluation failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** The events received so far with this method name. */
  List<JsonNode> events(String method) {
    return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
  }

  /** All events received so far. */
  List<JsonNode> events() {
    return List.copyOf(events);
  }

  /** Forgets the events received so far. */
  void clearEvents() {
    events.clear();
  }

  /** Waits until an event {@code method} has arrived, or fails. */
  JsonNode awaitEvent(String method, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<JsonNode> found = events(method);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no " + method + " within " + timeout + "; events: " + events);
  }

  @Override
  public void close() {
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        receive(partial.toString());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void receive(String text) {
      try {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
          CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
          if (reply != null) {
            reply.complete(message);
          }
        } else {
          events.add(message);
        }
      } catch (JsonProcessingException e) {
        events.add(JSON.createObjectNode().put("method", "unparseable").put("text", text));
      }
    }
  }
}
