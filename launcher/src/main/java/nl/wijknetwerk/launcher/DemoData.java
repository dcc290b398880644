package nl.wijknetwerk.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Demo data for the local platform, loaded the way a network would fill it: through the gateway's public API
 * with the tokens of the demo users. Nothing is written to a database behind a service's back, so every event
 * flows and the KPIs reflect what was loaded. Loaded once: a run that finds ward Ruwaard already there skips it.
 */
public final class DemoData {

    private final Http gateway;
    private final Ports ports;

    public DemoData(Ports ports) {
        this.ports = ports;
        this.gateway = new Http(ports.gatewayUrl());
    }

    /** Loads the demo data unless ward Ruwaard exists; tells whether it loaded. */
    public boolean loadIfMissing() {
        String coordinator = token("coordinator");
        if (gateway.get("/api/wards/ruwaard", coordinator).ok()) {
            return false;
        }
        onboardWards(coordinator);
        buildNetworks(coordinator);
        openCases();
        return true;
    }

    private void onboardWards(String coordinator) {
        expectCreated(gateway.post("/api/wards", coordinator, Map.of("slug", "ruwaard", "name", "Ruwaard",
                "municipality", "Oss", "timeZone", "Europe/Amsterdam", "startDate", "2018-01-01")), "ward ruwaard");
        expectCreated(gateway.post("/api/wards", coordinator, Map.of("slug", "ussen", "name", "Ussen",
                "municipality", "Oss", "timeZone", "Europe/Amsterdam", "startDate", "2026-01-01")), "ward ussen");
        // ward.onboarded travels over Kafka to the other services; wait until each one serves both wards.
        String dirk = token("dirk");
        for (String ward : List.of("ruwaard", "ussen")) {
            for (String path : List.of("/cases", "/budgets", "/kpis")) {
                awaitOk("/api/wards/" + ward + path, dirk);
            }
        }
        Launcher.say("demo: wards Ruwaard and Ussen onboarded and known to every service");
    }

    /** Ruwaard's organisations come with network-service; Ussen's are joined here, then the demo professionals. */
    private void buildNetworks(String coordinator) {
        for (Map.Entry<String, String> org : Map.of("pantein", "FINANCIAL_EXPERIMENT", "ggz-oost-brabant", "FINANCIAL_EXPERIMENT",
                "brabantwonen", "WAY_OF_WORKING", "gemeente-oss", "WAY_OF_WORKING").entrySet()) {
            expect(200, gateway.put("/api/wards/ussen/organisations/" + org.getKey(), coordinator,
                    Map.of("participation", org.getValue(), "since", "2026-01-01")), org.getKey() + " in ussen");
        }
        joinNetwork(coordinator, "ruwaard", "anna", "Anna", "ons-welzijn", "wijkcoach", List.of("AANJAGER"));
        joinNetwork(coordinator, "ruwaard", "bram", "Bram", "brabantwonen", "wijkconsulent", List.of());
        joinNetwork(coordinator, "ruwaard", "dirk", "Dirk", "ggz-oost-brabant", "sociaal psychiatrisch verpleegkundige", List.of());
        joinNetwork(coordinator, "ussen", "dirk", "Dirk", "ggz-oost-brabant", "sociaal psychiatrisch verpleegkundige", List.of("KWARTIERMAKER"));
        joinNetwork(coordinator, "ussen", "chantal", "Chantal", "pantein", "wijkverpleegkundige", List.of());
        Http.Response session = gateway.post("/api/wards/ruwaard/leersessies", coordinator, Map.of("kind", "PROFESSIONALS_BIWEEKLY",
                "heldOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(7).toString(), "theme", "schulden", "tables", List.of("PLENARY", "NEWCOMERS", "INDIVIDUAL_CASES")));
        expectCreated(session, "leersessie in ruwaard");
        expect(200, gateway.post("/api/wards/ruwaard/leersessies/" + session.text("id") + "/attendance", coordinator,
                Map.of("professionals", List.of("anna", "bram", "dirk"), "managers", 1, "directors", 0, "residents", 2)),
                "leersessie attendance");
        Launcher.say("demo: ward networks with 4 professionals and a leersessie in Ruwaard");
    }

    private void joinNetwork(String coordinator, String ward, String account, String name, String organisation, String discipline,
            List<String> roles) {
        expectCreated(gateway.post("/api/wards/" + ward + "/professionals", coordinator, Map.of("accountId", account, "name", name,
                "organisationId", organisation, "discipline", discipline, "roles", roles)), "professional " + account + " in " + ward);
    }

    private void openCases() {
        String anna = token("anna");
        String bram = token("bram");
        String chantal = token("chantal");
        open(bram, "ruwaard", "INDIVIDUAL", "Wij hebben al jaren ruzie met de buren en willen verhuizen naar een rustigere plek.",
                List.of("HOUSING", "HEALTH"), "INDIVIDUAL_AT_HOME");
        open(anna, "ruwaard", "INDIVIDUAL", "Sinds mijn man ziek is krijgen we het huishouden niet meer rond.",
                List.of("HOUSEHOLD", "HEALTH"), "INDIVIDUAL_AT_HOME");
        open(anna, "ruwaard", "COLLECTIVE", "Migrantenvrouwen vinden de weg naar de huisarts niet.",
                List.of("HEALTH", "PARTICIPATION"), "COLLECTIVE_DIRECT");
        open(anna, "ruwaard", "INDIVIDUAL", "Ik zit veel alleen thuis en wil graag iets doen in de buurt.",
                List.of("PARTICIPATION"), "GUIDED_TO_COLLECTIVE");
        open(chantal, "ussen", "INDIVIDUAL", "Mijn moeder kan niet meer alleen de trap op.",
                List.of("HOUSING", "HEALTH"), "INDIVIDUAL_AT_HOME");
        Launcher.say("demo: 5 cases opened (4 in Ruwaard, 1 in Ussen)");
    }

    private String open(String token, String ward, String kind, String question, List<String> domains, String route) {
        Http.Response r = gateway.post("/api/wards/" + ward + "/cases", token, Map.of("kind", kind, "question", question,
                "lifeDomains", domains, "startedBy", "PROFESSIONAL", "triageRoute", route));
        expectCreated(r, "case in " + ward);
        return r.text("id");
    }

    private String token(String user) {
        return Http.passwordToken(ports, user, user + "-demo");
    }

    private void awaitOk(String path, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response last;
        do {
            last = gateway.get(path, token);
            if (last.ok()) {
                return;
            }
            ChildProcess.sleep(Duration.ofMillis(300));
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("GET " + path + " still answers " + last.status() + ": " + last.raw());
    }

    private static void expectCreated(Http.Response r, String what) {
        expect(201, r, what);
    }

    private static void expect(int status, Http.Response r, String what) {
        if (r.status() != status) {
            throw new IllegalStateException("demo data: could not create " + what + ": " + r.status() + " " + r.raw());
        }
    }
}
