package nl.wijknetwerk.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import nl.wijknetwerk.api.Caller;
import nl.wijknetwerk.web.gateway.ApiProblem;
import nl.wijknetwerk.web.gateway.Gateway;
import nl.wijknetwerk.web.gateway.WebConfig;
import nl.wijknetwerk.web.i18n.PageLanguage;

/**
 * What every page shares: the signed-in person, the chosen language (Dutch unless they chose English; a browser's
 * own language does not switch it, the users are Dutch) and the navigation.
 */
@RequestScoped
public class Pages {

    public static final String LANGUAGE_COOKIE = PageLanguage.COOKIE;
    public static final Locale DUTCH = PageLanguage.DUTCH;

    private final SecurityIdentity identity;
    private final AccessTokenCredential token;
    private final HttpServerRequest request;
    private final ObjectMapper json;
    private final WebConfig config;
    private final Gateway gateway;
    private Viewer viewer;
    private List<String> wards;

    public Pages(SecurityIdentity identity, AccessTokenCredential token, HttpServerRequest request, ObjectMapper json,
            WebConfig config, Gateway gateway) {
        this.identity = identity;
        this.token = token;
        this.request = request;
        this.json = json;
        this.config = config;
        this.gateway = gateway;
    }

    public Locale locale() {
        return PageLanguage.of(request);
    }

    /** A message bundle in the page's language, for a text a resource puts on the page itself. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale().getLanguage()));
    }

    public Viewer viewer() {
        if (viewer == null) {
            viewer = readViewer();
        }
        return viewer;
    }

    public String homeWard() {
        return viewer().homeWard(config.defaultWard());
    }

    /** The page with the shared data every template's layout needs. */
    public TemplateInstance page(Template template, String ward) {
        Viewer v = viewer();
        List<String> wards = new ArrayList<>(wards());
        if (ward != null && !wards.contains(ward)) {
            wards.add(ward);
        }
        TemplateInstance page = template.instance().data("viewer", v).data("ward", ward).data("wards", wards)
                .data("lang", locale().getLanguage())
                .data("currentPath", request.uri());
        page.setLocale(locale());
        return page;
    }

    /**
     * The wards this person may act in: those their token names, or, for a coordinator or director with every ward,
     * the wards onboarded in the network (a ward onboarded a minute ago included).
     */
    public List<String> wards() {
        if (wards == null) {
            Viewer v = viewer();
            if (!v.allWards()) {
                wards = v.wards();
            } else {
                List<String> slugs = new ArrayList<>();
                try {
                    gateway.getList("/api/wards").forEach(w -> slugs.add(String.valueOf(w.get("slug"))));
                } catch (ApiProblem unavailable) {
                    // The picker still offers the home ward; the page itself says what failed.
                }
                if (slugs.isEmpty()) {
                    slugs.add(config.defaultWard());
                }
                wards = slugs;
            }
        }
        return wards;
    }

    private Viewer readViewer() {
        JsonNode claims = claims(token.getToken());
        // The wards and the organisation are read as the gateway and the services read them (one claim parser).
        Caller caller = Caller.fromClaims(identity.getPrincipal().getName(), name -> claim(claims, name), identity.getRoles());
        String username = claims.path("preferred_username").asText(identity.getPrincipal().getName());
        String name = claims.path("given_name").asText(claims.path("name").asText(username));
        return new Viewer(username, name.isBlank() ? username : name, new LinkedHashSet<>(identity.getRoles()),
                new ArrayList<>(caller.wards()), caller.organisation());
    }

    /** A claim as {@link Caller} takes it: an array as a list of its texts, a string as its text, absent as null. */
    private static Object claim(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return items;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** The payload of a JWT. Only for the navigation: the gateway verifies the token on every call. */
    private JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
