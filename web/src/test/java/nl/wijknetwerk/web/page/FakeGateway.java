package nl.wijknetwerk.web.page;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

/**
 * A plain HTTP server where the gateway would be: it answers what a test told it to, per method and path (with or
 * without the query), and keeps every request the web application sent, so a test sees the JSON or CSV a form became.
 * Anything not told is a 404 problem+json, as the API answers what it does not know.
 */
public class FakeGateway implements QuarkusTestResourceLifecycleManager {

    /** One request as the API would receive it; {@code language}: its Accept-Language. */
    public record Request(String method, String uri, String contentType, String authorization, String language, String body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    private HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return Map.of("web.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort());
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

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(FakeGateway.class));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String uri = exchange.getRequestURI().toString();
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(method, uri, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Accept-Language"), body));
        Answer answer = answers.get(method + " " + uri);
        if (answer == null) {
            answer = answers.get(method + " " + path);
        }
        if (answer == null) {
            answer = new Answer(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"" + uri + "\"}");
        }
        byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
        }
    }

    /** Forgets every answer and request: each test tells its own. */
    public void reset() {
        answers.clear();
        requests.clear();
    }

    /** {@code answer("GET /api/wards/ruwaard/leerplan/targets", 200, "{…}")}; a path without query matches any query. */
    public FakeGateway answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
        return this;
    }

    public FakeGateway answer(String methodAndPath, String json) {
        return answer(methodAndPath, 200, json);
    }

    /** The API's refusal of what was typed: problem+json naming each field with its message. */
    public FakeGateway refuse(String methodAndPath, int status, String... fieldsAndMessages) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            errors.append(errors.isEmpty() ? "" : ",").append("{\"field\":\"").append(fieldsAndMessages[i]).append("\",\"message\":\"")
                    .append(fieldsAndMessages[i + 1]).append("\"}");
        }
        return answer(methodAndPath, status, "{\"title\":\"Invalid request\",\"status\":" + status
                + ",\"detail\":\"refused\",\"errors\":[" + errors + "]}");
    }

    /** The requests with this method whose path (query left out) is the one given, in the order they came. */
    public List<Request> sent(String method, String path) {
        List<Request> out = new ArrayList<>();
        for (Request r : requests) {
            if (r.method().equals(method) && (r.uri().equals(path) || r.uri().startsWith(path + "?"))) {
                out.add(r);
            }
        }
        return out;
    }

    /** A signed access token as Keycloak gives one, with the roles and wards of the person. */
    public static String token(String username, Set<String> roles, List<String> wards) {
        return Jwt.preferredUserName(username).groups(roles).claim("wards", wards).claim("given_name", username)
                .issuer("https://server.example.com").audience("https://server.example.com").jws().keyId("1").sign("privateKey.jwk");
    }
}
