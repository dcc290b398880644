package nl.wijknetwerk.monitoring.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.wijknetwerk.monitoring.Monitoring;
import nl.wijknetwerk.testing.Problems;

/** Fed the wellbeing measurements of the sources, the evaluation report shows 3.5 → 8.3 → 8.5: in Dutch (3,5), or in English on request. */
@QuarkusTest
class EvaluationReportTest {

    static final String WARD = "schadewijk";

    @Test
    void theReportRendersTheSeedWellbeingTrendAsHtmlAndCsv() throws Exception {
        Monitoring.wards(WARD);
        // Ten cases, as a figure about residents' scores counts whole groups of five: T0 3 and 4 alternately (3.5);
        // T1 ten scores summing to 83 (8.3); T2 8 and 9 alternately (8.5), five in November and five in December.
        UUID[] cases = java.util.stream.Stream.generate(UUID::randomUUID).limit(10).toArray(UUID[]::new);
        for (int i = 0; i < cases.length; i++) {
            Monitoring.wellbeing(WARD, cases[i], "T0", i % 2 == 0 ? 3 : 4, "2024-02-0" + (5 + i % 2));
        }
        int[] t1 = { 8, 8, 8, 9, 9, 8, 8, 8, 9, 8 };
        for (int i = 0; i < t1.length; i++) {
            Monitoring.wellbeing(WARD, cases[i % cases.length], "T1", t1[i], "2024-04-0" + (1 + i % 9));
        }
        for (int i = 0; i < cases.length; i++) {
            Monitoring.wellbeing(WARD, cases[i], "T2", i % 2 == 0 ? 8 : 9, i < 5 ? "2024-11-04" : "2024-12-02");
        }
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
                .contentType(startsWith("text/html")).header("Content-Language", "nl").extract().asString();
        String goedLeven = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(goedLeven).contains("GOED LEVEN: welzijn op T0, T1 en T2").contains(">3,5</text>", ">8,3</text>", ">8,5</text>");
        assertThat(html).contains("<html lang=\"nl\">", "Evaluatierapport", "MOOI WERK").contains(">7,8</text>", ">8,2</text>", ">1e kw. 2024</text>")
                .contains("FINANCIEEL GEZOND", "Indicatoren op streefwaarde, per doel", "Betere gezondheid en ervaren kwaliteit van leven",
                        "<td>Welzijn ongeveer 6 weken later (T1)</td><td class=\"num\">8,3</td>", "Periode 1 januari 2024 tot en met 31 december 2024")
                .doesNotContain("<script", "Evaluation", "no data");
        assertThat(html.split("<svg", -1)).hasSize(5);
        Path out = Path.of("target", "evaluation-report.html");
        Files.writeString(out, html);

        String english = given().auth().oauth2(financier).accept("text/html").header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
                .queryParam("period", "2024").get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200)
                .header("Content-Language", "en").header("Content-Disposition", containsString("evaluation-" + WARD + "-2024.html"))
                .extract().asString();
        assertThat(english).contains("<html lang=\"en\">", "Evaluation report", "GOED LEVEN: wellbeing at T0, T1 and T2", ">8.3</text>",
                "Indicators on target, per goal", "Better health and experienced quality of life", ">Q1 2024</text>").doesNotContain("Evaluatierapport");

        String csv = given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("evaluatie-" + WARD + "-2024.csv"))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFFdoel;doelnaam;indicator;");
        assertThat(csv.lines().filter(l -> l.contains(";wellbeing-t0;")).findFirst().orElseThrow()).contains(";3,5;");
        assertThat(csv.lines().filter(l -> l.contains(";wellbeing-t1;")).findFirst().orElseThrow()).contains(";8,3;7;true;2023;");
        assertThat(csv.lines().filter(l -> l.contains(";wellbeing-t2;")).findFirst().orElseThrow()).contains(";8,5;");

        // A month is not made of whole groups of five: the report of November holds the figure back and says why.
        String november = given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024-11")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200).extract().asString();
        assertThat(november).contains("<td>Welzijn 6 tot 12 maanden later (T2)</td><td class=\"num none\">niet getoond: cijfers van bewoners per kwartaal en per jaar</td>")
                .doesNotContain(">8,3</text>", ">8,5</text>");
        String novemberCsv = given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024-11")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200).extract().asString();
        String t2 = novemberCsv.lines().filter(l -> l.contains(";wellbeing-t2;")).findFirst().orElseThrow();
        assertThat(t2.split(";", -1)[6]).as("no value").isEmpty();
        assertThat(t2).endsWith(";\"withheldBelow=5; quartersAndYearsOnly=1\"");

        String englishCsv = given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024").queryParam("lang", "en")
                .get("/api/wards/" + WARD + "/reports/evaluation").then().statusCode(200).header("Content-Language", "en").extract().asString();
        assertThat(englishCsv).startsWith("goal,goal_name,indicator,");
        assertThat(englishCsv.lines().filter(l -> l.contains(",wellbeing-t1,")).findFirst().orElseThrow()).contains(",8.3,7,true,2023,");
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
        assertThat(html).as("a goal without figures to hold to a target says so on its bar").contains(">geen</text>", ">gegevens</text>")
                .contains("<td class=\"num none\">geen gegevens</td>").doesNotContain("no data");
        String english = given().auth().oauth2(financier).accept("text/html").header("Accept-Language", "en")
                .queryParam("period", "2024").get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200).extract().asString();
        assertThat(english.split("no data for this period", -1)).hasSize(4);
        assertThat(english).contains("<td class=\"num none\">no data</td>").doesNotContain("geen gegevens");
        String csv = given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertThat(csv.lines().filter(l -> l.contains(";wellbeing-t1;")).findFirst().orElseThrow().split(";", -1)[6])
                .as("a figure without measurements is an empty cell").isEmpty();

        byte[] pdf = given().auth().oauth2(financier).accept("application/pdf").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200)
                .contentType(startsWith("application/pdf")).header("Content-Disposition", containsString("evaluatie-" + ward + "-2024.pdf"))
                .extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Evaluatierapport", "GOED LEVEN", "geen gegevens", "Lagere maatschappelijke kosten", "opgesteld op")
                    .doesNotContain("Evaluation");
        }
        Files.write(Path.of("target", "evaluation-report-empty.pdf"), pdf);

        byte[] englishPdf = given().auth().oauth2(financier).accept("application/pdf").header("Accept-Language", "en")
                .queryParam("period", "2024").get("/api/wards/" + ward + "/reports/evaluation").then().statusCode(200).extract().asByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(englishPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Evaluation report", "no data", "Lower societal costs");
        }

        Problems.assertProblem(given().auth().oauth2(financier).accept("application/xml").queryParam("period", "2024")
                .get("/api/wards/" + ward + "/reports/evaluation").then(), 406);
    }

    @Test
    void anUnknownPeriodIsRefusedNamingPeriod() {
        Monitoring.wards(WARD);
        String financier = Monitoring.token("femke", "financier", WARD);
        Problems.assertFieldProblem(given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024-Q5")
                .get("/api/wards/" + WARD + "/reports/evaluation").then(), 400, "period");
        Problems.assertFieldProblem(given().auth().oauth2(financier).accept("text/html").queryParam("period", "2024").queryParam("lang", "de")
                .get("/api/wards/" + WARD + "/reports/evaluation").then(), 400, "lang");
        Problems.assertProblem(given().auth().oauth2(financier).accept("text/csv").queryParam("period", "2024")
                .get("/api/wards/ussen/reports/evaluation").then(), 403);
    }
}
