package nl.wijknetwerk.network.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A partner's webhook receiver on a real local port: records every request; answers 500 for the first few. */
final class Receiver implements AutoCloseable {

    record Request(String id, String timestamp, String signature, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final HttpServer server;

    /** @param failFirst how many requests to answer with 500 before answering 204 (-1: always fail) */
    Receiver(int failFirst) {
        this.failuresLeft = new AtomicInteger(failFirst);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            requests.add(new Request(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body));
            boolean fail = failuresLeft.get() < 0 || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            exchange.sendResponseHeaders(fail ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
