package nl.wijknetwerk.launcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a person checks first on a running platform: a real token from Keycloak opens doors through the gateway
 * to every service, and closes the doors it should. Used by {@code ./wijknetwerk smoke} and its test.
 */
final class SmokeCheck {

    record Result(String check, boolean passed, String detail) {
    }

    private final Ports ports;
    private final Http gateway;
    private final DemoWebhookReceiver receiver;
    private final List<Result> results = new ArrayList<>();

    SmokeCheck(Ports ports) {
        this(ports, null);
    }

    /** @param receiver the demo's webhook receiver, registered before the demo data was loaded, or null */
    SmokeCheck(Ports ports, DemoWebhookReceiver receiver) {
        this.ports = ports;
        this.gateway = new Http(ports.gatewayUrl());
        this.receiver = receiver;
    }

    List<Result> run() {
        String anna = Http.passwordToken(ports, "anna", "anna-demo");
        String carla = Http.passwordToken(ports, "carla", "carla-demo");
        String marieke = Http.passwordToken(ports, "marieke", "marieke-demo");
        results.add(new Result("token for anna from Keycloak (password grant)", !anna.isBlank(), "issuer " + ports.issuer()));

        expect("network-service: GET /api/wards/ruwaard", gateway.get("/api/wards/ruwaard", anna), 200);
        Http.Response opened = gateway.post("/api/wards/ruwaard/cases", anna, Map.of("kind", "INDIVIDUAL",
                "question", "Ik wil weer meedoen in de wijk.", "startedBy", "RESIDENT", "triageRoute", "GUIDED_TO_COLLECTIVE"));
        expect("case-service: POST /api/wards/ruwaard/cases", opened, 201);
        expect("case-service: GET the opened case", gateway.get("/api/wards/ruwaard/cases/" + opened.text("id"), anna), 200);
        expect("budget-service: GET /api/wards/ruwaard/budgets", gateway.get("/api/wards/ruwaard/budgets", carla), 200);
        expect("monitoring-service: GET /api/wards/ruwaard/kpis", gateway.get("/api/wards/ruwaard/kpis", marieke), 200);
        expect("gateway: a Ruwaard token for Ussen", gateway.get("/api/wards/ussen/cases", anna), 403);
        Http caseService = new Http("http://localhost:" + Application.CASES.port(ports));
        expect("case-service itself: a Ruwaard token for Ussen", caseService.get("/api/wards/ussen/cases", anna), 403);
        expect("gateway: no token", gateway.get("/api/wards/ruwaard/cases", null), 401);
        expect("gateway: a forged token", gateway.get("/api/wards/ruwaard/cases", anna.substring(0, anna.lastIndexOf('.') + 1) + "AAAA"),
                r -> r.status() == 401 && r.contentType().startsWith("application/problem+json"), "HTTP 401 problem+json");
        privacy(anna, marieke);
        partnerSystem();
        return List.copyOf(results);
    }

    /**
     * The privacy rules with Keycloak's own tokens, through the gateway: an organisation invited to a resident's MDO
     * sees only the meeting until she consents and nothing after she withdraws it; a manager sees how a case runs,
     * not what is said in it; the resident reads who looked at her file; a forged "on behalf of" is only a claim; and
     * no metrics answer on the API ports.
     */
    private void privacy(String anna, String marieke) {
        String bram = Http.passwordToken(ports, "bram", "bram-demo");
        String ward = "/api/wards/ruwaard";
        String residentId = gateway.post(ward + "/residents", anna, Map.of("name", "Truus Smoke", "street", "Kastanjelaan 4"))
                .text("id");
        String question = "Ik durf de post niet meer open te maken.";
        Http.Response opened = gateway.post(ward + "/cases", anna, Map.of("kind", "INDIVIDUAL", "residentId", residentId,
                "question", question, "lifeDomains", List.of("FINANCES"), "startedBy", "PROFESSIONAL", "triageRoute", "INDIVIDUAL_AT_HOME"));
        String caseFile = ward + "/cases/" + opened.text("id");
        gateway.put(caseFile + "/intake", anna, Map.of("iWant", "Rust in mijn hoofd.", "iCan", "Goed plannen.", "iNeed", "Iemand naast me."));
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Amsterdam");
        String today = java.time.LocalDate.now(zone).toString();
        String tenOClock = java.time.LocalDate.now(zone).atTime(10, 0).atZone(zone).toOffsetDateTime().toString();
        String mdo = gateway.post(caseFile + "/mdos", anna, Map.of("plannedAt", tenOClock, "participants", List.of(
                Map.of("kind", "RESIDENT", "residentId", residentId),
                Map.of("kind", "PROFESSIONAL", "professionalId", "bram", "organisation", "brabantwonen")))).text("id");
        expect("case-service: invited before consent, bram (BrabantWonen) does not see the case", gateway.get(caseFile, bram), 404);
        expect("case-service: invited before consent, bram sees the meeting and nothing of the resident", gateway.get(caseFile + "/mdos", bram),
                r -> r.status() == 200 && r.body().size() == 1 && !r.raw().contains(residentId) && !r.raw().contains("post"),
                "HTTP 200, the meeting without the resident");
        gateway.post(caseFile + "/mdos/" + mdo + "/held", anna, Map.of("heldOn", today, "residentPresent", true, "consentToShare", true));
        expect("case-service: after her consent at the table bram reads the intake", gateway.get(caseFile + "/intake", bram),
                r -> r.status() == 200 && "Rust in mijn hoofd.".equals(r.text("iWant")), "HTTP 200 with her words");
        expect("case-service: a manager (marieke) sees the case's course, not her question", gateway.get(caseFile, marieke),
                r -> r.status() == 200 && !r.raw().contains(question) && !r.raw().contains(residentId), "HTTP 200 without question or resident");
        gateway.post(caseFile + "/consents", anna, Map.of("decision", "WITHDRAWN", "organisations", List.of("brabantwonen")));
        expect("case-service: after she withdraws consent for BrabantWonen bram sees nothing", gateway.get(caseFile + "/intake", bram), 404);

        // ria, the demo resident, reads who looked at her file: anna's read just now, and a forged X-On-Behalf-Of only as a claim.
        String ria = Http.passwordToken(ports, "ria", "ria-demo");
        Http.Response own = gateway.get(ward + "/cases", ria);
        String riaCase = own.status() == 200 && own.body().size() > 0 ? own.body().get(0).path("id").asText() : "none";
        String riaId = own.status() == 200 && own.body().size() > 0 ? own.body().get(0).path("residentId").asText() : "none";
        gateway.get(ward + "/cases/" + riaCase, anna, "X-On-Behalf-Of", "dirk");
        expect("case-service: ria reads anna's read of her file in her access log, the forged on-behalf-of only as a claim",
                gateway.get(ward + "/residents/" + riaId + "/access-log", ria), r -> r.status() == 200
                        && java.util.stream.StreamSupport.stream(r.body().spliterator(), false).anyMatch(e -> "anna".equals(e.path("actor").asText())
                                && "dirk".equals(e.path("claimedOnBehalfOf").asText()) && (e.path("onBehalfOf").isNull() || e.path("onBehalfOf").isMissingNode())),
                "HTTP 200 with anna's read, claimedOnBehalfOf dirk, onBehalfOf empty");
        expect("case-service: anna may not download ria's file (only ria herself)", gateway.get(ward + "/residents/" + riaId + "/export", anna), 403);

        expect("gateway: no metrics on the API port", gateway.get("/q/metrics", null), 404);
        expect("case-service: no metrics on its API port",
                new Http("http://localhost:" + Application.CASES.port(ports)).get("/q/metrics", null), 404);
    }

    /** A partner organisation's system with nothing but its client id and secret, through the gateway. */
    private void partnerSystem() {
        String brabantwonen = Http.clientToken(ports, "partner-brabantwonen", "partner-brabantwonen-demo-secret");
        expect("case-service: a partner system lists its organisation's cases", gateway.get("/api/wards/ruwaard/partner-cases",
                brabantwonen), r -> r.status() == 200 && r.body().size() > 0 && !r.raw().contains("Bakker"),
                "HTTP 200 with BrabantWonen's agreements, no names");
        expect("case-service: a partner system is not given the professionals' case list",
                gateway.get("/api/wards/ruwaard/cases", brabantwonen), 403);
        expect("budget-service: a partner system reads its budget line (2018 of the demo budget)",
                gateway.get("/api/wards/ruwaard/partner-budget/2018", brabantwonen), 200);
        // The contract with real client-credentials tokens: its own case shows only what the agreement needs; another
        // organisation's case, another ward and operations not given are refused.
        Http.Response cases = gateway.get("/api/wards/ruwaard/partner-cases", brabantwonen);
        String caseId = cases.status() == 200 && cases.body().size() > 0 ? cases.body().get(0).path("caseId").asText() : "none";
        expect("case-service: a partner system's case holds only id, status, plan version and its own agreements",
                gateway.get("/api/wards/ruwaard/partner-cases/" + caseId, brabantwonen), r -> r.status() == 200
                        && Set.of("caseId", "caseStatus", "planVersion", "agreements").equals(fieldsOf(r.body()))
                        && !r.raw().contains("ggz-oost-brabant") && !r.raw().contains("Ruud"),
                "HTTP 200 with caseId, caseStatus, planVersion and BrabantWonen's agreements only");
        String pantein = Http.clientToken(ports, "partner-pantein", "partner-pantein-demo-secret");
        expect("case-service: another organisation's case is not there for a partner system",
                gateway.get("/api/wards/ruwaard/partner-cases/" + caseId, pantein), 404);
        String brabantzorg = Http.clientToken(ports, "partner-brabantzorg", "partner-brabantzorg-demo-secret");
        expect("gateway: a partner system of Ruwaard for Ussen", gateway.get("/api/wards/ussen/partner-cases", brabantzorg), 403);
        expect("budget-service: a partner system is not given the ward's budget", gateway.get("/api/wards/ruwaard/budgets", brabantwonen),
                403);
        expect("gateway: a partner token with a forged signature",
                gateway.get("/api/wards/ruwaard/partner-cases", brabantwonen.substring(0, brabantwonen.lastIndexOf('.') + 1) + "AAAA"), 401);
        networkServiceForAPartner(brabantwonen);
        if (receiver != null) {
            boolean arrived = receiver.awaitVerified(java.time.Duration.ofSeconds(60));
            results.add(new Result("network-service: a signed webhook reached BrabantWonen's demo receiver", arrived,
                    arrived ? "verified delivery" : "no verified delivery within 60 s"));
        }
        partnerDoesItsPart(brabantwonen, cases);
    }

    /** Least privilege in network-service: its own people and organisation, nothing of the others or of the network's learning. */
    private void networkServiceForAPartner(String brabantwonen) {
        expect("network-service: a partner system sees only its own organisation's professionals",
                gateway.get("/api/wards/ruwaard/professionals", brabantwonen), r -> r.status() == 200 && r.body().size() > 0
                        && java.util.stream.StreamSupport.stream(r.body().spliterator(), false).allMatch(p -> "bram".equals(p.path("id").asText())),
                "HTTP 200 with bram only");
        expect("network-service: a partner system is not given the register of organisations",
                gateway.get("/api/organisations", brabantwonen), 403);
        expect("network-service: a partner system reads no pulse of the network",
                gateway.get("/api/wards/ruwaard/pulses/2026-Q1/aggregate", brabantwonen), 403);
    }

    /**
     * The partner's own part of a Samenwerkplan, through the gateway: its open agreement done (and the signed
     * agreement.completed webhook about it), a declaration sent twice under one reference (recorded once).
     */
    private void partnerDoesItsPart(String brabantwonen, Http.Response cases) {
        String caseId = "none";
        String agreementId = "none";
        for (JsonNode c : cases.status() == 200 ? cases.body() : Http.JSON.createArrayNode()) {
            for (JsonNode a : c.path("agreements")) {
                if ("OPEN".equals(a.path("status").asText())) {
                    caseId = c.path("caseId").asText();
                    agreementId = a.path("agreementId").asText();
                }
            }
        }
        String done = "/api/wards/ruwaard/partner-cases/" + caseId + "/agreements/" + agreementId + "/done";
        expect("case-service: a partner system marks its organisation's agreement done", gateway.post(done, brabantwonen, Map.of()),
                r -> r.status() == 200 && "DONE".equals(r.body().path("status").asText()), "HTTP 200, status DONE");
        if (receiver != null) {
            String agreement = agreementId;
            boolean told = receiver.awaitVerified(java.time.Duration.ofSeconds(60),
                    body -> body.contains("\"agreement.completed\"") && body.contains(agreement));
            results.add(new Result("network-service: the signed agreement.completed webhook reached BrabantWonen", told,
                    told ? "verified delivery for agreement " + agreement : "none within 60 s"));
        }
        String reference = "SMOKE-" + java.util.UUID.randomUUID();
        Map<String, Object> declaration = Map.of("reference", reference, "amountCents", 12500, "spentOn", "2018-03-14",
                "description", "Verhuisbegeleiding", "requestApproval", true);
        String declarations = "/api/wards/ruwaard/partner-budget/2018/declarations";
        Http.Response first = gateway.post(declarations, brabantwonen, declaration);
        expect("budget-service: a partner system's declaration past its allocation waits for the controller", first,
                r -> r.status() == 202 && "PENDING_APPROVAL".equals(r.body().path("status").asText()), "HTTP 202, PENDING_APPROVAL");
        expect("budget-service: the same reference again is the same declaration", gateway.post(declarations, brabantwonen, declaration),
                r -> r.status() == 200 && r.body().path("id").asText().equals(first.body().path("id").asText()), "HTTP 200, the same id");
    }

    private void expect(String check, Http.Response response, int status) {
        expect(check, response, r -> r.status() == status, "HTTP " + status);
    }

    private void expect(String check, Http.Response response, Predicate<Http.Response> passes, String expected) {
        boolean ok = passes.test(response);
        results.add(new Result(check, ok, ok ? expected : "expected " + expected + ", got " + response.status() + " "
                + abbreviate(response.raw())));
    }

    private static Set<String> fieldsOf(JsonNode node) {
        Set<String> fields = new HashSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
