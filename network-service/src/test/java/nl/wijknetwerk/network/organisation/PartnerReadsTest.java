package nl.wijknetwerk.network.organisation;

import static nl.wijknetwerk.network.NetworkFixtures.as;
import static nl.wijknetwerk.network.NetworkFixtures.join;
import static nl.wijknetwerk.network.NetworkFixtures.takePart;
import static nl.wijknetwerk.network.NetworkFixtures.wardWithProfessionals;
import static nl.wijknetwerk.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.shared.partner.PartnerAccessEntry;
import nl.wijknetwerk.testing.Tokens;

/**
 * What a partner organisation's system reads from network-service: its wards, its own organisation and its own
 * professionals, nothing of other organisations or of the network's learning; every read and every refusal is a
 * line of the partner access log.
 */
@QuarkusTest
class PartnerReadsTest {

    @Test
    void aPartnerSystemReadsItsWardsItsOrganisationAndItsOwnProfessionalsOnly() {
        wardWithProfessionals("pr-own", "ons-welzijn", "pr-anna");
        takePart("pr-own", "unik", "WAY_OF_WORKING");
        join("pr-own", "pr-ulla", "unik");
        String unik = Tokens.partnerSystem("unik", null, "pr-own");

        as(unik).get("/api/wards").then().statusCode(200).body("slug", contains("pr-own"));
        as(unik).get("/api/wards/pr-own").then().statusCode(200).body("slug", equalTo("pr-own"));
        as(unik).get("/api/organisations/unik").then().statusCode(200).body("name", equalTo("UniK"));
        as(unik).get("/api/wards/pr-own/professionals").then().statusCode(200).body("id", contains("pr-ulla"));
        as(unik).get("/api/wards/pr-own/professionals/pr-ulla").then().statusCode(200).body("name", equalTo("pr-ulla"));

        // Another organisation's details and people are not its business: as if they did not exist.
        assertProblem(as(unik).get("/api/organisations/ons-welzijn").then(), 404);
        assertProblem(as(unik).get("/api/wards/pr-own/professionals/pr-anna").then(), 404);
        // A person still sees the whole network.
        as(Tokens.professional("pr-anna", "ons-welzijn", "pr-own")).get("/api/wards/pr-own/professionals").then().statusCode(200)
                .body("id", contains("pr-anna", "pr-ulla"));

        List<String> log = QuarkusTransaction.requiringNew().call(() -> PartnerAccessEntry.<PartnerAccessEntry> list(
                "organisation = ?1 order by at, id", "unik").stream().map(e -> e.action + " " + e.subject + " " + e.outcome).toList());
        assertThat(log).containsExactly("partner.wards.list null GRANTED", "partner.ward.read pr-own GRANTED",
                "partner.organisation.read unik GRANTED", "partner.professionals.list pr-own GRANTED",
                "partner.professional.read pr-ulla GRANTED", "partner.organisation.read ons-welzijn DENIED",
                "partner.professional.read pr-anna DENIED");
    }

    @Test
    void everythingElseInNetworkServiceRefusesAPartnerSystemBeforeItRunsAndTheAttemptIsLogged() {
        wardWithProfessionals("pr-wall", "ggd", "pr-ivo");
        wardWithProfessionals("pr-other", "ggd");
        String ggd = Tokens.partnerSystem("ggd", null, "pr-wall");

        for (String path : List.of("/api/organisations", "/api/wards/pr-wall/organisations", "/api/professionals/pr-ivo/wards",
                "/api/wards/pr-wall/pulses/2026-Q1/aggregate", "/api/wards/pr-wall/leersessies",
                "/api/wards/pr-wall/leerplan/targets", "/api/wards/pr-wall/professionals/pr-ivo/leerplan")) {
            assertProblem(as(ggd).get(path).then(), 403);
        }
        assertProblem(as(ggd).body("{\"participation\": \"WAY_OF_WORKING\", \"since\": \"2024-01-01\"}")
                .put("/api/wards/pr-wall/organisations/ggd").then(), 403);
        // A ward not in the token: refused by the ward wall, and logged with the ward it asked for.
        assertProblem(as(ggd).get("/api/wards/pr-other/professionals").then(), 403);

        List<PartnerAccessEntry> log = QuarkusTransaction.requiringNew().call(() -> PartnerAccessEntry.<PartnerAccessEntry> list(
                "organisation = ?1 and outcome = ?2 order by at, id", "ggd", PartnerAccessEntry.Outcome.DENIED));
        assertThat(log).extracting(e -> e.action + " " + e.subject).containsExactly(
                "partner.operation.refused GET /api/organisations",
                "partner.operation.refused GET /api/wards/pr-wall/organisations",
                "partner.operation.refused GET /api/professionals/pr-ivo/wards",
                "partner.operation.refused GET /api/wards/pr-wall/pulses/2026-Q1/aggregate",
                "partner.operation.refused GET /api/wards/pr-wall/leersessies",
                "partner.operation.refused GET /api/wards/pr-wall/leerplan/targets",
                "partner.operation.refused GET /api/wards/pr-wall/professionals/pr-ivo/leerplan",
                "partner.operation.refused PUT /api/wards/pr-wall/organisations/ggd",
                "partner.ward.refused GET /api/wards/pr-other/professionals");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.clientId).isEqualTo("partner-ggd");
            assertThat(e.actorRole).isEqualTo("partner-system");
        });
        assertThat(log.get(log.size() - 1).ward).isEqualTo("pr-other");
        assertThat(log.get(1).ward).isEqualTo("pr-wall");
    }
}
