package nl.wijknetwerk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver on a real local port: records every request with the status it answered; answers
 * 500 for the first few (or all, until {@link #answerFromNowOn()}), then 204.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Request(String id, String timestamp, String signature, String body, int answered) {

        public boolean delivered() {
            return answered >= 200 && answered < 300;
        }
    }

    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final HttpServer server;

    /** @param failFirst how many requests to answer with 500 before answering 204 (-1: fail until told otherwise) */
    public WebhookReceiver(int failFirst) {
        this.failuresLeft = new AtomicInteger(failFirst);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            boolean fail = failuresLeft.get() < 0 || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            int status = fail ? 500 : 204;
            requests.add(new Request(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body,
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The receiver is back: every request from now on is answered 204. */
    public void answerFromNowOn() {
        failuresLeft.set(0);
    }

    /** The requests answered 2xx. */
    public List<Request> delivered() {
        return requests.stream().filter(Request::delivered).toList();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
