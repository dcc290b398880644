package nl.wijknetwerk.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The launcher as {@code ./wijknetwerk smoke} runs it: the packaged applications, a real Kafka broker, the local
 * PostgreSQL and Keycloak with the realm of the repository; real tokens by the password grant. Ports and
 * databases are its own (see the surefire configuration), so a platform a developer runs is left alone.
 * The same platform serves the browser tests of the web application: real Keycloak logins in Debian's headless
 * Chromium, each page through the gateway with the person's own token.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformSmokeTest {

    private static LocalPlatform platform;
    private static Ports ports;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Path repo = Launcher.repository();
        ports = Ports.defaults();
        platform = LocalPlatform.start(repo, ports, LocalPlatform.Options.of(repo, true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void demoDataLoadsOnceAndEveryServiceAnswersThroughTheGatewayWithARealToken() {
        DemoWebhookReceiver receiver = DemoWebhookReceiver.start(ports, Http.passwordToken(ports, "coordinator", "coordinator-demo"));
        DemoData demo = new DemoData(ports);
        assertThat(demo.loadIfMissing()).as("first load").isTrue();
        assertThat(demo.loadIfMissing()).as("a second run finds the demo data").isFalse();

        // Includes a partner system through the gateway and the signed webhook of the demo's MDO invitation.
        List<SmokeCheck.Result> results = new SmokeCheck(ports, receiver).run();
        receiver.close();
        assertThat(results).hasSizeGreaterThanOrEqualTo(10).allSatisfy(r -> assertThat(r.passed()).as(r.check() + ": " + r.detail()).isTrue());

        Http.Response cases = new Http(ports.gatewayUrl()).get("/api/wards/ruwaard/cases",
                Http.passwordToken(ports, "anna", "anna-demo"));
        assertThat(cases.body().size()).as("demo cases plus the smoke check's own in Ruwaard").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theBannerNamesEveryDemoUserWithPasswordAndWards() {
        String banner = Launcher.banner(platform.repo, ports);
        assertThat(banner).contains(ports.gatewayUrl() + "/q/swagger-ui", "anna", "anna-demo", "wards=ruwaard",
                "coordinator", "carla", "controller");
        assertThat(platform.logs()).hasSize(Application.values().length)
                .allSatisfy((app, log) -> assertThat(log.toFile().length()).as(app + " logged its start").isPositive());
    }

    private static Browser browser() {
        if (browser == null) {
            browser = new Browser(ports.webUrl());
        }
        return browser;
    }

    @Test
    @Order(2)
    void aProfessionalTakesANewResidentFromQuestionToAnAgreedSamenwerkplanAndT0() {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Page page = browser().loginAs("anna", "/");
        assertThat(page.url()).endsWith("/wards/ruwaard/cases");
        assertThat(page.locator("h1").textContent()).isEqualTo("Casusbord ruwaard");
        Browser.screenshot(page, "01-case-board");

        page.click("text=Nieuwe casus");
        page.fill("[id='f-question']", "Ik wil graag weer zelf boodschappen kunnen doen.");
        page.check("input[name=lifeDomains][value=HEALTH]");
        page.fill("[id='f-resident.name']", "Fatima El Amrani");
        page.fill("[id='f-resident.postalCode']", "53410");
        page.click("button[type=submit]");
        // The API's objection sits right under the field it names, and what was typed is kept.
        assertThat(page.locator("[id='f-resident.postalCode-error']").textContent()).as("in the page's language").contains("postcode zijn zoals 5341 AB");
        assertThat(page.inputValue("[id='f-question']")).isEqualTo("Ik wil graag weer zelf boodschappen kunnen doen.");
        assertThat(page.locator(".errors-summary").textContent()).as("the summary points at the field, not at the API's name for it")
                .contains("Verbeter de gemarkeerde velden").doesNotContain("postalCode");
        Browser.screenshot(page, "02-validation-error");

        page.fill("[id='f-resident.postalCode']", "5341 AB");
        page.click("button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("De casus is geopend");

        page.fill("[id='f-iWant']", "Zelf naar de winkel.");
        page.fill("[id='f-iCan']", "Korte stukjes lopen.");
        page.fill("[id='f-iNeed']", "Iemand die de eerste keren meeloopt.");
        page.click("text=Intake opslaan");
        assertThat(page.locator(".flash").textContent()).contains("intake is opgeslagen");

        page.fill("[id='f-plannedAt']", today + "T09:00");
        page.click("#mdo button:has-text('MDO plannen')");
        assertThat(page.locator(".flash").textContent()).contains("MDO is gepland");

        page.check("input[name=residentPresent]");
        page.check("input[name=consentToShare]");
        page.click("#mdo button:has-text('MDO vastleggen als gehouden')");
        assertThat(page.locator(".flash").textContent()).contains("vastgelegd als gehouden");
        assertThat(page.locator("#mdo").textContent()).contains("toestemming om te delen");

        page.selectOption("[id='f-moment']", "T0");
        page.fill("[id='f-score']", "6");
        page.fill("[id='f-positiveHealth.bodilyFunctions']", "5");
        page.fill("[id='f-positiveHealth.mentalWellbeing']", "6");
        page.fill("[id='f-positiveHealth.meaning']", "7");
        page.fill("[id='f-positiveHealth.qualityOfLife']", "6");
        page.fill("[id='f-positiveHealth.participation']", "3");
        page.fill("[id='f-positiveHealth.dailyFunctioning']", "4");
        page.click("text=Meting opslaan");
        assertThat(page.locator(".flash").textContent()).contains("meting is opgeslagen");
        assertThat(page.locator("#wellbeing svg title").textContent()).contains("Zingeving 7");

        page.click("text=Samenwerkplan maken");
        page.fill("[id='f-goals']", "Zelf boodschappen doen");
        page.fill("[id='f-solution']", "Samen oefenen met lopen naar de supermarkt, daarna alleen.");
        page.fill("[id='f-agreements[0].what']", "Elke dag een stukje lopen");
        page.selectOption("[id='f-agreements[0].performer']", "RESIDENT");
        page.fill("[id='f-agreements[1].what']", "Twee keer meelopen naar de winkel");
        page.selectOption("[id='f-agreements[1].performer']", "PROFESSIONAL");
        page.selectOption("[id='f-agreements[1].professionalId']", "anna");
        page.fill("[id='f-agreements[1].dueOn']", LocalDate.parse(today).plusWeeks(3).toString());
        page.click("text=Samenwerkplan afspreken");
        assertThat(page.locator(".flash").textContent()).contains("Samenwerkplan is afgesproken");
        Browser.screenshot(page, "03-case");

        page.click("text=Keukentafel-weergave");
        assertThat(page.locator("h1").textContent()).isEqualTo("Ons plan");
        assertThat(page.content()).contains("Zelf boodschappen doen", "Dit doet u zelf", "anna doet dit");
        Browser.screenshot(page, "04-kitchen-table");
        page.context().close();
    }

    @Test
    @Order(3)
    void aProfessionalOfAnotherWardGetsAClearNoAccessPage() {
        Page page = browser().loginAs("chantal", "/");
        assertThat(page.url()).endsWith("/wards/ussen/cases");
        Response response = page.navigate(ports.webUrl() + "/wards/ruwaard/cases");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).isEqualTo("Geen toegang");
        assertThat(page.content()).doesNotContain("Exception", "at nl.wijknetwerk");
        Browser.screenshot(page, "05-no-access");
        page.context().close();
    }

    @Test
    @Order(4)
    void theResidentSeesHerPlanAndTheAccessLogEntryOfTheProfessionalsRead() {
        Page anna = browser().loginAs("anna", "/");
        anna.click("a:has-text('Sinds mijn man overleed')");
        assertThat(anna.locator("h1").textContent()).isEqualTo("Casus");
        // A barrier: the API's objection under the description, then reported; no micro-analysis for this case yet.
        assertThat(anna.locator("#micro-analysis").textContent()).contains("nog geen micro-analyse");
        anna.click("#barrier summary");
        anna.click("#barrier button[type=submit]");
        assertThat(anna.locator("[id='f-description-error']").textContent()).isNotBlank();
        anna.fill("[id='f-description']", "De schuldhulp heeft een wachtlijst van drie maanden.");
        anna.selectOption("[id='f-kind']", "WAITING_LIST");
        anna.click("#barrier button[type=submit]");
        assertThat(anna.locator(".flash").textContent()).contains("knelpunt is gemeld");
        assertThat(anna.locator("#barrier table").textContent()).contains("Wachtlijst", "drie maanden");
        // A month later the debt counselling has a place: anna records how the barrier was removed.
        anna.click("#resolve tr:has-text('drie maanden') summary");
        anna.click("#resolve tr:has-text('drie maanden') button[type=submit]");
        assertThat(anna.locator("#resolve tr:has-text('drie maanden') p.error").textContent()).as("a resolution needs its how").isNotBlank();
        anna.fill("#resolve tr:has-text('drie maanden') textarea", "Voorrang bij de schuldhulp via de wijkafspraak met de gemeente.");
        anna.click("#resolve tr:has-text('drie maanden') button[type=submit]");
        assertThat(anna.locator(".flash").textContent()).contains("als opgelost vastgelegd");
        assertThat(anna.locator("#resolve tr:has-text('drie maanden')").textContent()).contains("Voorrang bij de schuldhulp", "opgelost op");

        // The micro-analysis, priced from the price list: what her situation costs now, without help, and with the plan.
        anna.click("#micro-analysis summary");
        anna.selectOption("[id='f-scenarios.current[0].item']", "WMO-BG-UUR");
        anna.fill("[id='f-scenarios.current[0].quantityPerYear']", "104");
        anna.selectOption("[id='f-scenarios.doNothing[0].item']", "WLZ-VV4-DAG");
        anna.fill("[id='f-scenarios.doNothing[0].quantityPerYear']", "365");
        anna.selectOption("[id='f-scenarios.chosen[1].item']", "WMO-HH-UUR");
        anna.fill("[id='f-scenarios.chosen[1].quantityPerYear']", "-3");
        anna.click("text=Micro-analyse berekenen");
        // The objection sits under the row as she typed it (the second), though the first was left empty.
        assertThat(anna.locator("[id='f-scenarios.chosen[1].quantityPerYear-error']").textContent()).isNotBlank();
        anna.fill("[id='f-scenarios.chosen[1].quantityPerYear']", "130,5");
        anna.click("text=Micro-analyse berekenen");
        assertThat(anna.locator(".flash").textContent()).contains("micro-analyse is berekend");
        assertThat(anna.locator("#micro-analysis table.micro-analysis").first().textContent()).contains("Wmo", "Totaal");
        Browser.screenshot(anna, "16-micro-analysis");
        anna.context().close();

        Page ria = browser().loginAs("ria", "/");
        assertThat(ria.url()).endsWith("/me");
        assertThat(ria.content()).contains("Sinds mijn man overleed", "Elke week mensen ontmoeten", "Dit doet u zelf");
        assertThat(ria.locator("table:below(#log-h)").first().textContent()).contains("anna", "case.read");
        Browser.screenshot(ria, "06-resident");
        ria.context().close();
    }

    @Test
    @Order(5)
    void theManagersDashboardShowsTheFiveGoalsAndTheHeadlineTrends() {
        Page page = browser().loginAs("marieke", "/");
        assertThat(page.url()).endsWith("/wards/ruwaard/dashboard");
        assertThat(page.content()).contains("De vijf doelen", "GOED LEVEN");
        assertThat(page.locator("figure.chart svg").count()).isGreaterThanOrEqualTo(3);
        // A Dutch page in Dutch: indicator names, figures with their unit, trends in words, never the API's codes.
        String goals = page.locator("main").innerText();
        assertThat(goals).contains("Open casussen", "Hulp gestart volgens de Samenwerkwijze", "Lagere maatschappelijke kosten");
        assertThat(goals).doesNotContain("NO_DATA", "IMPROVING", "WORSENING", "STABLE", "CHANGED", "Open cases");
        // GOED LEVEN from five households' baselines: shown, as it is over at least five cases.
        assertThat(page.locator("tr:has(td:text-is('Welzijn vóór de oplossing (T0)')) td.num").first().textContent())
                .matches("\\s*\\d+,\\d\\s*");
        // FINANCIEEL GEZOND over the demo's six micro-analyses (one existing case, five new) and the one anna just made
        // for Ria: the total in euros over the whole group of five new cases; the existing ones wait for a group of
        // their own, for one to four of them would be the total minus the new ones.
        assertThat(page.locator("tr:has(td:text-is('Besparing maatschappelijke kosten')) td.num").first().textContent())
                .contains("€");
        assertThat(page.locator("tr:has(td:text-is('Besparing maatschappelijke kosten, bestaande casussen'))").first().innerText())
                .contains("niet getoond: minder dan 5 casussen").doesNotContain("€");
        // marieke manages Ruwaard only: no other ward's figures beside hers, but her own ward's are in the comparison.
        assertThat(page.locator("h2:has-text('Wijken naast elkaar') + p").textContent()).contains("eigen wijk");
        assertThat(page.locator("h2:has-text('Wijken naast elkaar') ~ table tr:has(td:text-is('Open casussen')) td.num").first()
                .textContent()).matches("\\s*\\d+\\s*");
        Browser.screenshot(page, "07-dashboard");

        // A case opened now reaches her dashboard through the events (case-opened → monitoring-service), no reload of data by hand.
        int before = openCases(page);
        Http.Response opened = new Http(ports.gatewayUrl()).post("/api/wards/ruwaard/cases", Http.passwordToken(ports, "anna", "anna-demo"),
                Map.of("kind", "INDIVIDUAL", "question", "Ik wil weer meedoen in de wijk.", "startedBy", "RESIDENT", "triageRoute", "GUIDED_TO_COLLECTIVE"));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        int now = before;
        while (now == before && System.nanoTime() < deadline) {
            page.reload();
            now = openCases(page);
        }
        assertThat(now).as("open cases on the dashboard after one more case was opened").isEqualTo(before + 1);

        // The evaluation report, as the council reads it: in Dutch, and as a PDF to file.
        page.click("a:has-text('Evaluatierapport bekijken')");
        assertThat(page.locator("h1").textContent()).startsWithIgnoringCase("Evaluatierapport ruwaard");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(page.locator("body").innerText()).contains("Open casussen").doesNotContain("Open cases", "no data");
        Browser.screenshot(page, "21-evaluation-report");
        page.goBack();
        // The PDF link, fetched in the person's own session (a headless browser saves downloads nowhere to look at).
        String pdfLink = page.locator("a:has-text('Evaluatierapport downloaden (PDF)')").getAttribute("href");
        com.microsoft.playwright.APIResponse pdf = page.context().request().get(ports.webUrl() + pdfLink);
        assertThat(pdf.status()).as(pdf.statusText()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(pdf.headers().get("content-disposition")).contains("attachment", "evaluatie-ruwaard");
        assertThat(new String(java.util.Arrays.copyOf(pdf.body(), 4), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        // Figures from outside (pgb, objections) imported from a CSV: nonsense refused per line and column, then a file.
        page.click("a:has-text('Cijfers importeren')");
        assertThat(page.locator("h1").textContent()).isEqualTo("Cijfers importeren voor ruwaard");
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        String quarter = year + "-Q" + ((java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getMonthValue() - 1) / 3 + 1);
        page.fill("[id='f-csv']", "period,indicator,value\n" + year + "-Q5,pgb-count,41\n" + year + "-Q1,objections-appeals,-1");
        page.click("#import button[type=submit]");
        assertThat(page.locator(".errors-summary").textContent()).contains("Niet geïmporteerd: 2 problemen in de CSV");
        assertThat(page.locator("[id='f-csv-error']").textContent()).contains("Regel 2, kolom period", "Regel 3, kolom value");
        page.setInputFiles("[id='f-file']", new com.microsoft.playwright.options.FilePayload("cijfers.csv", "text/csv",
                ("period,indicator,value\n" + quarter + ",pgb-count,41\n" + quarter + ",objections-appeals,3\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.click("#import button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("2 cijfers geïmporteerd.");
        assertThat(page.locator("#figures table tr:has-text('pgb-count')").textContent()).contains("41");
        Browser.screenshot(page, "20-kpi-import");
        page.context().close();
    }

    /** The count of a step (its name in Dutch) in a professional's leerplan table. */
    private static int leerplanCount(Page page, String step) {
        String cell = page.locator("tr:has(:text-is('" + step + "')) td").first().textContent().strip();
        return Integer.parseInt(cell.replaceAll("^(\\d+).*$", "$1"));
    }

    /** The figure in the row "Open casussen" of the goals' tables. */
    private static int openCases(Page page) {
        return Integer.parseInt(page.locator("tr:has(td:text-is('Open casussen')) td.num").first().textContent().strip().replace(".", ""));
    }

    @Test
    @Order(6)
    void theControllerApprovesPendingSpendingAndSeesTheUtilisationMove() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        // A provider's invoice past what is left of its line asks for the controller's approval.
        Http.Response pending = new Http(ports.gatewayUrl()).post("/api/wards/ruwaard/budgets/" + today.getYear() + "/spending",
                Http.passwordToken(ports, "carla", "carla-demo"), Map.of("category", "MAATWERK", "amountCents", 7_000_000L,
                        "spentOn", today.toString(), "externalReference", "SMOKE-MW-1", "description", "Maatwerk boven de toewijzing",
                        "requestApproval", true));
        assertThat(pending.status()).as(pending.raw()).isEqualTo(202);

        Page frank = browser().loginAs("frank", "/");
        assertThat(frank.url()).endsWith("/wards/ruwaard/budget");
        frank.click("nav.tabs >> text=Uitgaven");
        assertThat(frank.locator("#pending").textContent()).contains("SMOKE-MW-1", "wacht op goedkeuring").doesNotContain("Goedkeuren");
        // Ussen has no budget yet: frank agrees its five-year frame; a negative amount is named under its source first.
        frank.navigate(ports.webUrl() + "/wards/ussen/budget");
        frank.fill("[id='f-source.WMO_AMBULATORY_SUPPORT']", "250.000");
        frank.fill("[id='f-source.WELFARE']", "-10");
        frank.click("#agreement button[type=submit]");
        assertThat(frank.locator("[id='f-source.WELFARE-error']").textContent()).isNotBlank();
        assertThat(frank.inputValue("[id='f-source.WMO_AMBULATORY_SUPPORT']")).isEqualTo("250.000");
        frank.fill("[id='f-source.WELFARE']", "180.000");
        frank.click("#agreement button[type=submit]");
        assertThat(frank.locator(".flash").textContent()).contains("meerjarige budget is afgesproken");
        assertThat(frank.locator("#year-h").textContent()).contains(String.valueOf(today.getYear()));
        assertThat(frank.locator("dl.figures").textContent()).contains("€ 430.000,00");
        frank.context().close();

        Page page = browser().loginAs("carla", "/");
        assertThat(page.url()).endsWith("/wards/ruwaard/budget");
        double before = percent(page.locator("#utilisation").textContent());
        assertThat(page.locator("figure.budget-chart svg title").textContent()).contains("Maatwerk: 60,0% besteed");
        Browser.screenshot(page, "08-budget");

        page.click("nav.tabs >> text=Uitgaven");
        // By keyboard: the approve button of that spending, then Enter.
        page.locator("button[aria-label='Uitgave SMOKE-MW-1 goedkeuren']").focus();
        page.keyboard().press("Enter");
        page.waitForLoadState();
        assertThat(page.locator(".flash").textContent()).contains("goedgekeurd");
        assertThat(page.locator("#pending").textContent()).doesNotContain("SMOKE-MW-1");
        Browser.screenshot(page, "09-spending-approved");

        page.click("nav.tabs >> text=Overzicht");
        // € 70.000 of a € 2.050.000 budget: the utilisation moves by 3,4 points; Maatwerk passes its allocation.
        assertThat(percent(page.locator("#utilisation").textContent()) - before).isBetween(3.3, 3.5);
        assertThat(page.locator("figure.budget-chart svg title").textContent()).contains("Maatwerk: 106,7% besteed");
        // At tablet width nothing spills sideways: wide tables scroll within their own box.
        page.setViewportSize(800, 1100);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        Browser.screenshot(page, "10-budget-tablet");

        // A paper invoice of a resident initiative: past what is left of its line it is refused in Dutch under the amount.
        page.setViewportSize(1280, 900);
        page.click("nav.tabs >> text=Uitgaven");
        page.click("text=Uitgave vastleggen of importeren");
        page.fill("[id='f-externalReference']", "BI-SMOKE-1");
        page.selectOption("[id='f-category']", "RESIDENT_INITIATIVE");
        page.fill("[id='f-amountCents']", "25.000");
        page.fill("[id='f-description']", "Buurtmoestuin");
        page.click("#record button[type=submit]");
        assertThat(page.locator("[id='f-amountCents-error']").textContent()).contains("goedkeuring van de controller");
        assertThat(page.inputValue("[id='f-externalReference']")).isEqualTo("BI-SMOKE-1");
        page.fill("[id='f-amountCents']", "250");
        page.click("#record button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("De uitgave is vastgelegd en telt mee als besteed");
        assertThat(page.locator("section[aria-labelledby=decided-h]").textContent()).contains("BI-SMOKE-1", "€ 250,00");

        // A provider's export pasted: a bad row refuses the whole file and is named by line and column; corrected, both count.
        String export = "externalReference,spentOn,category,amountCents,description\n"
                + "HVW-SMOKE-1," + today + ",COLLECTIVE_PROVISION,10000,Koffie inloop\n"
                + "HVW-SMOKE-2," + today + ",COLLECTIVE_PROVISION,-20000,Zaalhuur\n";
        page.fill("[id='f-csv']", export);
        page.click("#import button[type=submit]");
        assertThat(page.locator("#f-csv-error").textContent()).contains("Regel 3, kolom amountCents");
        Browser.screenshot(page, "17-spending-import-refused");
        page.fill("[id='f-csv']", export.replace("-20000", "20000"));
        page.click("#import button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("Geïmporteerd: 2 vastgelegd, 0 wachten op goedkeuring, 0 waren al bekend");
        page.context().close();
    }

    private static double percent(String text) {
        return Double.parseDouble(text.strip().replace("%", "").replace(",", "."));
    }

    @Test
    @Order(7)
    void theCoordinatorOnboardsAWardAndAddsAProfessionalWhoThenFindsItInTheirWardPicker() {
        Page page = browser().loginAs("coordinator", "/");
        assertThat(page.url()).endsWith("/network/wards");
        page.fill("[id='f-name']", "Schadewijk");
        page.fill("[id='f-slug']", "Schadewijk");
        page.click("button:has-text('Wijk aansluiten')");
        // The API's objection to the slug sits under that field; the name typed is kept.
        assertThat(page.locator("[id='f-slug-error']").textContent()).as("in the page's language").contains("kleine letters");
        assertThat(page.inputValue("[id='f-name']")).isEqualTo("Schadewijk");
        page.fill("[id='f-slug']", "schadewijk");
        page.click("button:has-text('Wijk aansluiten')");
        page.waitForLoadState();
        assertThat(page.locator("h1").textContent()).as(page.url() + ": " + page.locator("main").innerText()).isEqualTo("Wijk Schadewijk");
        assertThat(page.locator(".flash").textContent()).contains("De wijk is aangesloten");

        page.selectOption("[id='f-take-organisationId']", "ggz-oost-brabant");
        page.click("button:has-text('Laten meedoen')");
        assertThat(page.locator(".flash").textContent()).contains("De organisatie doet mee");
        page.fill("[id='f-accountId']", "dirk");
        page.fill("[id='f-name']", "Dirk");
        page.selectOption("[id='f-organisationId']", "ggz-oost-brabant");
        page.fill("[id='f-discipline']", "sociaal psychiatrisch verpleegkundige");
        page.check("input[name=roles][value=KWARTIERMAKER]");
        page.click("button:has-text('Toevoegen aan deze wijk')");
        assertThat(page.locator(".flash").textContent()).contains("De professional is toegevoegd");
        assertThat(page.locator("#professionals + .scroll table").textContent()).contains("Dirk", "ggz-oost-brabant", "kwartiermaker");
        Browser.screenshot(page, "11-coordinator-ward");

        page.click("a:has-text('Dirk')");
        assertThat(page.locator("table").textContent()).contains("ruwaard", "ussen", "schadewijk");
        page.click("header nav a:has-text('Organisaties')");
        assertThat(page.locator("table").textContent()).contains("Ons Welzijn", "werkwijze");
        page.navigate(ports.webUrl() + "/network/wards/ruwaard/leersessies");
        page.click("table a >> nth=0");
        assertThat(page.locator("h1").textContent()).startsWith("Leersessie van");
        assertThat(page.content()).contains("Aanwezige professionals", "Inbreng van anna, geleid door bram",
                "Ga samen met de wijkagent langs", "Hoe snel de huisarts aansloot");
        Browser.screenshot(page, "12-leersessie");

        // Today's leersessie: planned from the list, attendance ticked, an intervision round and a reflection card recorded.
        page.navigate(ports.webUrl() + "/network/wards/ruwaard/leersessies");
        page.fill("[id='f-theme']", "Schulden en wonen");
        page.check("input[name=tables][value=PLENARY]");
        page.check("input[name=tables][value=INDIVIDUAL_CASES]");
        page.click("button:has-text('Leersessie plannen')");
        assertThat(page.locator(".flash").textContent()).contains("leersessie is gepland");
        page.check("#attendance input[name=professionals][value=anna]");
        page.check("#attendance input[name=professionals][value=bram]");
        page.fill("[id='f-managers']", "-2");
        page.click("button:has-text('Aanwezigheid vastleggen')");
        assertThat(page.locator("[id='f-managers-error']").textContent()).as("a count below zero").isNotBlank();
        page.fill("[id='f-managers']", "2");
        page.click("button:has-text('Aanwezigheid vastleggen')");
        assertThat(page.locator(".flash").textContent()).contains("aanwezigheid is vastgelegd");
        assertThat(page.locator("section[aria-labelledby=attendance-h]").textContent()).contains("anna", "bram");
        page.click("#round summary");
        page.selectOption("[id='f-leaderId']", "bram");
        page.selectOption("[id='f-contributorId']", "anna");
        page.fill("[id='f-question']", "Hoe krijg ik de verhuurder aan tafel bij een huurachterstand?");
        page.fill("[id='f-advice']", "Nodig hem uit bij de bewoner thuis\nVraag de woningcorporatie om een introductie");
        page.check("input[name=helped][value=yes]");
        page.click("#round button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("intervisieronde is vastgelegd");
        assertThat(page.content()).contains("Inbreng van anna, geleid door bram", "Vraag de woningcorporatie om een introductie");
        page.click("#card summary");
        page.fill("[id='f-learnt']", "Eerst vragen wat de bewoner zelf al geprobeerd heeft");
        page.click("#card button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("reflectiekaart is bewaard");
        assertThat(page.content()).contains("Eerst vragen wat de bewoner zelf al geprobeerd heeft");
        Browser.screenshot(page, "17-leersessie-recorded");
        page.navigate(ports.webUrl() + "/network/wards/ruwaard/leersessies");
        page.click("a:has-text('Leerplan')");
        assertThat(page.locator("table.leerplan tbody tr").count()).isGreaterThanOrEqualTo(3);
        Browser.screenshot(page, "13-leerplan");

        // The ward's leerplan targets (an impossible one refused under its field), and a step recorded by hand.
        page.fill("[id='f-targets[SHARE_EXPERIENCE]']", "101");
        page.click("#targets button[type=submit]");
        assertThat(page.locator("[id='f-targets[SHARE_EXPERIENCE]-error']").textContent()).isNotBlank();
        page.fill("[id='f-targets[SHARE_EXPERIENCE]']", "2");
        page.click("#targets button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("De doelen van de wijk zijn opgeslagen.");
        page.click("table.leerplan a:has-text('Anna')");
        assertThat(page.url()).endsWith("/network/wards/ruwaard/professionals/anna/leerplan");
        int conversations = leerplanCount(page, "Samenwerkplan-gesprek");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        page.selectOption("[id='f-step']", "SAMENWERKPLAN_CONVERSATION");
        page.fill("[id='f-on']", today.plusDays(1).toString());
        page.fill("[id='f-note']", "Gesprek over het plan van mevrouw B. met haar dochter");
        page.click("#record button[type=submit]");
        assertThat(page.locator("[id='f-on-error']").textContent()).contains("ligt in de toekomst");
        assertThat(page.inputValue("[id='f-note']")).isEqualTo("Gesprek over het plan van mevrouw B. met haar dochter");
        page.fill("[id='f-on']", today.toString());
        page.click("#record button[type=submit]");
        assertThat(page.locator(".flash").textContent()).contains("De stap is vastgelegd in het leerplan.");
        assertThat(leerplanCount(page, "Samenwerkplan-gesprek")).isEqualTo(conversations + 1);
        Browser.screenshot(page, "18-leerplan-step");

        // The Maatschappelijke Prijslijst: read the demo edition, a new edition typed row by row (a wrong amount under its cell).
        page.navigate(ports.webUrl() + "/network/wards");
        page.click("nav.subnav a:has-text('Prijslijst')");
        assertThat(page.locator("table").textContent()).contains("2024-demo");
        page.click("a:has-text('2024-demo')");
        assertThat(page.locator("main").textContent()).contains("€ ");
        page.navigate(ports.webUrl() + "/price-lists/new");
        page.fill("[id='f-edition']", "2023-oss");
        page.fill("[id='f-year']", "2023");
        page.fill("[id='f-title']", "Prijslijst Oss 2023");
        for (int row = 0; row < 2; row++) {
            page.fill("[id='f-rows[" + row + "].code']", row == 0 ? "WMO-HH-UUR" : "ZVW-HA-CONSULT");
            page.fill("[id='f-rows[" + row + "].description']", row == 0 ? "Huishoudelijke ondersteuning" : "Consult huisarts");
            page.fill("[id='f-rows[" + row + "].category']", "Thuis");
            page.fill("[id='f-rows[" + row + "].unit']", row == 0 ? "uur" : "consult");
            page.fill("[id='f-rows[" + row + "].unitPrice']", row == 0 ? "32,50" : "veel");
            page.selectOption("[id='f-rows[" + row + "].domain']", row == 0 ? "WMO" : "ZVW");
        }
        page.click("button:has-text('Prijslijst opslaan')");
        assertThat(page.locator("[id='f-rows[1].unitPrice-error']").textContent()).contains("is geen bedrag in euro's");
        page.fill("[id='f-rows[1].unitPrice']", "11,71");
        page.click("button:has-text('Prijslijst opslaan')");
        assertThat(page.url()).contains("/price-lists/2023-oss");
        assertThat(page.locator(".flash").textContent()).contains("De prijslijst is opgeslagen.");
        assertThat(page.locator("table").textContent()).contains("€ 11,71", "€ 32,50");
        Browser.screenshot(page, "19-price-list");

        page.click("header nav a:has-text('Netwerk')");
        page.fill("[id='reason-schadewijk']", "proef");
        page.click("form[action='/network/wards/schadewijk/suspension'] button");
        assertThat(page.locator(".flash").textContent()).contains("opgeschort");
        page.click("form[action='/network/wards/schadewijk/activation'] button");
        assertThat(page.locator(".flash").textContent()).contains("weer actief");
        Browser.screenshot(page, "14-wards");
        page.context().close();

        // Working in the ward's network is the coordinator's to say, and that is what dirk's token now opens:
        // network-service passed the membership on to his account at Keycloak (its wards attribute).
        LocalKeycloak keycloak = new LocalKeycloak(platform.repo, ports);
        awaitWards(keycloak, "dirk", wards -> wards.contains("schadewijk"));
        assertThat(keycloak.wardsOf("dirk")).as("his other wards stay").contains("ruwaard", "ussen");
        // case-service learns of the new ward from its ward.onboarded event
        DemoData.awaitOk(new Http(ports.gatewayUrl()), "/api/wards/schadewijk/cases", Http.passwordToken(ports, "dirk", "dirk-demo"));
        Page dirk = browser().loginAs("dirk", "/");
        assertThat(dirk.locator(".ward-picker").textContent()).contains("ruwaard", "ussen", "schadewijk");
        dirk.click(".ward-picker a:has-text('schadewijk')");
        assertThat(dirk.locator("h1").textContent()).isEqualTo("Casusbord schadewijk");
        Browser.screenshot(dirk, "15-new-ward-case-board");
        dirk.context().close();

        // When he stops working in the ward, the ward leaves his account too (and only that ward).
        Page coordinator = browser().loginAs("coordinator", "/network/wards/schadewijk");
        coordinator.click("button[aria-label='Dirk: Stopt in deze wijk']");
        assertThat(coordinator.locator(".flash").textContent()).contains("werkt niet meer in deze wijk");
        assertThat(coordinator.locator("#professionals + .scroll table").textContent()).contains("vertrokken");
        coordinator.context().close();
        awaitWards(keycloak, "dirk", wards -> !wards.contains("schadewijk"));
        assertThat(keycloak.wardsOf("dirk")).contains("ruwaard", "ussen");
        assertThat(new Http(ports.gatewayUrl()).get("/api/wards/schadewijk/cases", Http.passwordToken(ports, "dirk", "dirk-demo")).status())
                .as("a new token of dirk no longer opens schadewijk").isEqualTo(403);

        // The new ward has no wijkprofiel yet; the coordinator adds one from pasted lines (a wrong unit first, objected
        // to in Dutch under the text, which stays to correct).
        DemoData.awaitOk(new Http(ports.gatewayUrl()), "/api/wards/schadewijk/profile", Http.passwordToken(ports, "coordinator", "coordinator-demo"));
        Page profile = browser().loginAs("coordinator", "/wards/schadewijk/dashboard");
        assertThat(profile.locator("main").textContent()).contains("Deze wijk heeft nog geen wijkprofiel.");
        profile.click("a:has-text('Wijkprofiel bijwerken')");
        String header = "figure,label,unit,ward,municipality,year\n";
        profile.fill("[id='f-csv']", header + "inwoners,Inwoners,AANTAL,8120,,2024\n");
        profile.click("button:has-text('Importeren')");
        assertThat(profile.locator("#f-csv-error").textContent()).contains("Regel 2, kolom unit", "'AANTAL' is niet een van COUNT");
        assertThat(profile.inputValue("[id='f-csv']")).contains("AANTAL");
        profile.fill("[id='f-csv']", header + "inwoners,Inwoners,COUNT,8120,,2024\nlaag-inkomen,Huishoudens met een laag inkomen,PERCENT,12.5,9.8,2024\n");
        profile.click("button:has-text('Importeren')");
        assertThat(profile.locator(".flash").textContent()).contains("Het wijkprofiel is vervangen: 2 cijfers");
        assertThat(profile.locator("#figures table").textContent()).contains("Inwoners", "8.120", "12,5%", "9,8%", "+2,7 procentpunt");
        Browser.screenshot(profile, "20-wijkprofiel");
        profile.navigate(ports.webUrl() + "/wards/schadewijk/dashboard");
        assertThat(profile.locator("main").textContent()).contains("Huishoudens met een laag inkomen");
        profile.context().close();
    }

    /** Waits (30 s at most) until the account's wards at Keycloak satisfy the condition. */
    @Test
    @Order(Integer.MAX_VALUE) // last: Keycloak stays stopped
    void keycloakStoppedPeopleSignedInAndTokensIssuedGoOnAndANewSignInSaysWhyNot() {
        org.junit.jupiter.api.Assumptions.assumeTrue(platform.keycloak().startedHere(),
                "a Keycloak that ran before the test is someone else's and is not stopped");
        String anna = Http.passwordToken(ports, "anna", "anna-demo");
        Page marieke = browser().loginAs("marieke", "/wards/ruwaard/dashboard");

        platform.keycloak().stop();

        // The gateway and the services hold the realm's keys: a token issued before still works.
        assertThat(new Http(ports.gatewayUrl()).get("/api/wards/ruwaard/cases", anna).status()).isEqualTo(200);
        // Signed in before: her pages go on.
        assertThat(marieke.navigate(ports.webUrl() + "/wards/ruwaard/dashboard").status()).isEqualTo(200);
        marieke.context().close();
        // Someone signing in now reads why not, in Dutch, instead of being sent to a sign-in page that does not answer.
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ports.webUrl() + "/")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 503);
        Page someone = browser().open("/wards/ruwaard/cases");
        assertThat(someone.locator("h1").textContent()).contains("Inloggen kan even niet");
        Browser.screenshot(someone, "22-sign-in-unavailable");
        someone.context().close();
    }

    private static void awaitWards(LocalKeycloak keycloak, String user, java.util.function.Predicate<List<String>> condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        List<String> wards = keycloak.wardsOf(user);
        while (!condition.test(wards) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
            wards = keycloak.wardsOf(user);
        }
        assertThat(condition.test(wards)).as("wards of " + user + " at Keycloak: " + wards).isTrue();
    }
}
