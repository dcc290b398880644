package nl.wijknetwerk.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.oidc.AccessTokenCredential;

/** A download (the evaluation report) is asked for in the page's language, and keeps the file name the API gives it. */
class GatewayDownloadTest {

    private HttpServer api;
    private final AtomicReference<Headers> asked = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/api/wards/ruwaard/reports/evaluation", exchange -> {
            asked.set(exchange.getRequestHeaders());
            boolean english = exchange.getRequestHeaders().getFirst("Accept-Language").startsWith("en");
            byte[] body = (english ? "goal,goal_name\r\n" : "\uFEFFdoel;doelnaam\r\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/csv;charset=UTF-8");
            exchange.getResponseHeaders().add("Content-Disposition",
                    "attachment; filename=\"" + (english ? "evaluation" : "evaluatie") + "-ruwaard-2026.csv\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        api.start();
    }

    @AfterEach
    void stop() {
        api.stop(0);
    }

    @Test
    void theReportComesInThePagesLanguageUnderTheApisFileName() {
        Gateway gateway = new Gateway(config("http://127.0.0.1:" + api.getAddress().getPort()), new AccessTokenCredential("token"), new ObjectMapper(),
                Locale.forLanguageTag("nl"));

        Gateway.Download dutch = gateway.download("/api/wards/ruwaard/reports/evaluation?period=2026", "text/csv", Locale.forLanguageTag("nl"));
        assertThat(asked.get().get("Accept-Language")).containsExactly("nl");
        assertThat(asked.get().get("Accept")).as("only the format asked for, not JSON besides").containsExactly("text/csv");
        assertThat(new String(dutch.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFdoel;doelnaam");
        assertThat(dutch.disposition()).isEqualTo("attachment; filename=\"evaluatie-ruwaard-2026.csv\"");

        Gateway.Download english = gateway.download("/api/wards/ruwaard/reports/evaluation?period=2026", "text/csv", Locale.ENGLISH);
        assertThat(asked.get().get("Accept-Language")).isEqualTo(List.of("en"));
        assertThat(english.disposition()).contains("evaluation-ruwaard-2026.csv");
        assertThat(english.contentType()).startsWith("text/csv");

        // (this stand-in answers CSV to everything, which a JSON call cannot read: only what was asked matters here)
        org.assertj.core.api.Assertions.catchThrowable(() -> gateway.get("/api/wards/ruwaard/reports/evaluation?period=2026"));
        assertThat(asked.get().get("Accept-Language")).as("every other call in the page's language").containsExactly("nl");
    }

    private static WebConfig config(String url) {
        return new WebConfig() {
            @Override
            public String gatewayUrl() {
                return url;
            }

            @Override
            public String defaultWard() {
                return "ruwaard";
            }

            @Override
            public java.time.Duration loginCheckEvery() {
                return java.time.Duration.ofSeconds(5);
            }
        };
    }
}
