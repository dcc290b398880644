package nl.wijknetwerk.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner system's webhook receiver in miniature, for the demo: registered for BrabantWonen, it checks each
 * delivery's Standard Webhooks signature and prints what arrived, so inviting BrabantWonen to an MDO shows up here.
 * It is the receiving side a partner builds itself (see docs/partners.md), not part of the platform.
 */
public final class DemoWebhookReceiver implements AutoCloseable {

    static final String ORGANISATION = "brabantwonen";
    static final String PATH = "/demo-webhooks/" + ORGANISATION;
    /** A delivery older (or newer) than this is refused: a replayed capture cannot be passed off as new. */
    private static final long TOLERANCE_SECONDS = 5 * 60;

    private final HttpServer server;
    /** The bodies of the deliveries whose signature verified, in the order they came. */
    private final List<String> verified = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String secret;

    private DemoWebhookReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts on a free local port and registers it, as the coordinator, for every partner event of BrabantWonen. */
    public static DemoWebhookReceiver start(Ports ports, String coordinatorToken) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DemoWebhookReceiver receiver = new DemoWebhookReceiver(server);
        server.createContext(PATH, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            boolean valid = receiver.verifies(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), body, h.getFirst("webhook-signature"));
            if (valid) {
                receiver.verified.add(body);
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
            Launcher.say(valid ? "webhook for " + ORGANISATION + " (verified): " + summary(body)
                    : "webhook for " + ORGANISATION + " REFUSED: signature or timestamp does not verify");
        });
        server.start();
        receiver.register(ports, coordinatorToken);
        return receiver;
    }

    /** Disables the endpoints of earlier runs (their ports are gone), then registers this one. */
    private void register(Ports ports, String coordinator) {
        Http gateway = new Http(ports.gatewayUrl());
        String base = "/api/organisations/" + ORGANISATION + "/webhooks";
        Http.Response existing = gateway.get(base, coordinator);
        if (existing.ok()) {
            for (JsonNode e : existing.body()) {
                if (e.path("url").asText().contains(PATH) && "ACTIVE".equals(e.path("status").asText())) {
                    gateway.post(base + "/" + e.path("id").asText() + "/disable", coordinator, Map.of());
                }
            }
        }
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
        Http.Response created = gateway.post(base, coordinator, Map.of("url", url, "eventTypes", List.of("mdo.invited",
                "plan.agreed", "agreement.completed", "agreement.dropped", "spending.recorded", "spending.approved", "spending.rejected")));
        if (created.status() != 201) {
            throw new IllegalStateException("demo webhook not registered: " + created.status() + " " + created.raw());
        }
        secret = created.body().path("secret").asText();
        Launcher.say("demo: webhook receiver for " + ORGANISATION + " at " + url + " (invite " + ORGANISATION + " to an MDO to see a delivery)");
    }

    boolean verifies(String id, String timestamp, String body, String signatures) {
        if (id == null || timestamp == null || signatures == null || secret == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() / 1000 - ts) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String candidate : signatures.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, candidate.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a verified delivery arrived within the time given (the smoke check's question). */
    boolean awaitVerified(java.time.Duration timeout) {
        return awaitVerified(timeout, body -> true);
    }

    /** Whether a verified delivery whose body passes {@code wanted} arrived within the time given. */
    boolean awaitVerified(java.time.Duration timeout, java.util.function.Predicate<String> wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (verified.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return verified.stream().anyMatch(wanted);
    }

    private static String summary(String body) {
        try {
            JsonNode event = Http.JSON.readTree(body);
            return event.path("type").asText() + " " + event.path("data");
        } catch (IOException e) {
            return body;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
