package nl.wijknetwerk.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Partners build on the documented API: every monitoring path is in it, with its problem answers and
 * the parameters that choose the evaluation report's language. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theApiDocumentListsEveryMonitoringOperation() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/wards/{ward}/kpis"))
                .body("paths", hasKey("/api/kpis/compare"))
                .body("paths", hasKey("/api/kpis/catalogue"))
                .body("paths", hasKey("/api/wards/{ward}/kpis/imports"))
                .body("paths", hasKey("/api/wards/{ward}/profile"))
                .body("paths", hasKey("/api/wards/{ward}/reports/evaluation"))
                .body("paths", hasKey("/api/admin/kpis/rebuild"))
                .body("paths.'/api/wards/{ward}/kpis'.get.responses.'400'", notNullValue())
                .body("paths.'/api/wards/{ward}/kpis/imports'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                // The report's language: lang in the query, else Accept-Language.
                .body("paths.'/api/wards/{ward}/reports/evaluation'.get.parameters.name", hasItems("period", "lang", "Accept-Language"));
    }
}
