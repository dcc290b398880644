package nl.wijknetwerk.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.wijknetwerk.testing.AppProcess;

/**
 * A plain HTTP server standing where a service would be, answering with what it received, so tests can see
 * exactly what the gateway forwards. {@code /api/wards/{ward}/kpis/slow} answers after 5 s; the budget upstream
 * points at a port where nothing listens.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    /** What a service's /q/openapi says, in miniature. */
    static final String OPENAPI = """
            {"openapi": "3.1.0", "info": {"title": "echo", "version": "1"},
             "paths": {"/api/wards/{ward}/cases": {"get": {"responses": {"200": {"description": "the cases",
               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseView"}}}}}}}},
             "components": {"schemas": {"CaseView": {"type": "object", "properties": {"id": {"type": "string"}}}}}}
            """;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/q/openapi", exchange -> {
                byte[] out = OPENAPI.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            });
            server.createContext("/", exchange -> {
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    sleep(5000);
                }
                byte[] body = exchange.getRequestBody().readAllBytes();
                String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                        + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                        + "\",\"traceparent\":\"" + exchange.getRequestHeaders().getFirst("traceparent")
                        + "\",\"transferEncoding\":\"" + exchange.getRequestHeaders().getFirst("Transfer-Encoding")
                        + "\",\"forwardedHost\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-Host")
                        + "\",\"forwardedProto\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-Proto")
                        + "\",\"forwardedFor\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-For")
                        + "\",\"forwardedPort\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-Port")
                        + "\",\"forwardedPrefix\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-Prefix")
                        + "\",\"forwarded\":\"" + exchange.getRequestHeaders().getFirst("Forwarded")
                        + "\",\"bodyLength\":" + body.length + "}";
                byte[] out = json.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, out.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(out);
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            String echo = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of(
                    "gateway.upstream.cases", echo,
                    "gateway.upstream.network", echo,
                    "gateway.upstream.monitoring", echo,
                    "gateway.upstream.budget", "http://127.0.0.1:" + AppProcess.freePort(),
                    "gateway.timeout", "2s");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
