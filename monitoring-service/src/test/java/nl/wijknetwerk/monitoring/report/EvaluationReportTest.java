package nl.wijknetwerk.monitoring.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.testing.Problems;

/** Fed the wellbeing measurements of the sources, the evaluation report shows 3.5 → 8.3 → 8.5. */
@QuarkusTest
class EvaluationReportTest {

    static final String WARD = "schadewijk";

    @Test
    void theReportRendersTheSeedWellbeingTrendAsHtmlAndCsv() throws Exception {
        Monitoring.wards(WARD);
        UUID[] cases = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
        // T0 3 and 4 (3.5); T1 ten scores summing to 83 (8.3); T2 8 and 9 (8.5).
        Monitoring.wellbeing(WARD, cases[0], "T0", 3, "2024-02-05");
        Monitoring.wellbeing(WARD, cases[1], "T0", 4, "2024-02-12");
        int[] t1 = { 8, 8, 8, 9, 9, 8, 8, 8, 9, 8 };
        for (int i = 0; i < t1.length; i++) {
            Monitoring.wellbeing(WARD, cases[i % cases.length], "T1", t1[i], "2024-04-0" + (1 + i % 9));
        }
        Monitoring.wellbeing(WARD, cases[0], "T2", 8, "2024-11-04");
        Monitoring.wellbeing(WARD, cases[1], "T2", 9, "2024-11-11");
        Monitoring.pulse(WARD, "2024-Q1", 30, "7.8", "9.0");
        Monitoring.pulse(WARD, "2024-Q3", 35, "8.2", "9.2");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Monitoring.value(WARD, "2024", "wellbeing-t2")).isEqualByComparingTo("8.5");
            assertThat(Monitoring.value(WARD, "2024", "wellbeing-t1")).isEqualByComparingTo("8.3");
            assertThat(Monitoring.value(WARD, "2024", "work-satisfaction")).isNotNull();
        });
        String financier = Monitoring.token("femke", "financier", WARD);

        String html = given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        String goedLeven = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(goedLeven).contains("GOED LEVEN").contains(">3.5</text>", ">8.3</text>", ">8.5</text>");
        assertThat(html).contains("MOOI WERK").contains(">7.8</text>", ">8.2</text>").contains("FINANCIEEL GEZOND")
                .contains("Indicators on target per goal").doesNotContain("<script");
        assertThat(html.split("<svg", -1)).hasSize(5);
        Path out = Path.of("target", "evaluation-report.html");
        Files.writeString(out, html);

        String csv = given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("goal,goal_name,indicator,");
        assertThat(csv.lines().filter(l -> l.contains(",wellbeing-t0,")).findFirst().orElseThrow()).contains(",3.5,");
        assertThat(csv.lines().filter(l -> l.contains(",wellbeing-t1,")).findFirst().orElseThrow()).contains(",8.3,7,true,2023,");
        assertThat(csv.lines().filter(l -> l.contains(",wellbeing-t2,")).findFirst().orElseThrow()).contains(",8.5,");
    }

    /** A ward just onboarded has no measurements: every figure of its report says so, in each format offered. */
    @Test
    void aFreshWardGetsAReportSayingNoDataAsHtmlCsvAndPdf() throws Exception {
        String ward = "vers-onboard";
        Monitoring.wards(ward);
        String financier = Monitoring.token("femke", "financier", ward);

        String html = given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        assertThat(html.split("geen gegevens voor deze periode", -1)).as("each trend chart says it has no data").hasSize(4);
        assertThat(html).contains(">geen gegevens</text>", "<td class=\"num\">geen gegevens / no data</td>");
        given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200).contentType(startsWith("text/csv"));

        byte[] pdf = given().auth().oauth2(financier).accept("application/pdf").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Evaluation", "GOED LEVEN", "geen gegevens");
        }
        Files.write(Path.of("target", "evaluation-report-empty.pdf"), pdf);

        Problems.assertProblem(given().auth().oauth2(financier).accept("application/xml").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then(), 406);
    }

    @Test
    void anUnknownPeriodIsRefusedNamingPeriod() {
        Monitoring.wards(WARD);
        String financier = Monitoring.token("femke", "financier", WARD);
        Problems.assertFieldProblem(given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024-Q5")
                .get("/api/wards/" + WARD + "/reports/evaluation").then(), 400, "period");
        Problems.assertProblem(given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/ussen/reports/evaluation").then(), 403);
    }
}
