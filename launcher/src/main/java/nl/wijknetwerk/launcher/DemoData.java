package nl.wijknetwerk.launcher;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data for the local platform, loaded the way a network would fill it: through the gateway's public API
 * with the tokens of the demo users. Nothing is written to a database behind a service's back, so every event
 * flows and the KPIs reflect what was loaded. Loaded once: a run that finds ward Ruwaard already there skips it.
 */
public final class DemoData {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

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
        priceList(coordinator);
        buildNetworks(coordinator);
        openCases();
        setBudget();
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

    /**
     * The demo edition of the Maatschappelijke Prijslijst (invented, indicative prices) for a first micro-analysis:
     * demo data, so it comes in through the API here and no deployment ships it.
     */
    private void priceList(String coordinator) {
        String csv;
        try (var in = DemoData.class.getResourceAsStream("/demo/prijslijst-2024-demo.csv")) {
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String title = java.net.URLEncoder.encode("Maatschappelijke Prijslijst 2024 (demo-editie, indicatieve bedragen)",
                java.nio.charset.StandardCharsets.UTF_8);
        expectCreated(gateway.putCsv("/api/price-lists/2024-demo?year=2024&title=" + title, coordinator, csv),
                "demo price-list edition 2024-demo");
        Launcher.say("demo: price-list edition 2024-demo (Maatschappelijke Prijslijst, indicative amounts)");
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
        joinNetwork(coordinator, "ruwaard", "eva", "Eva", "jij-advies-en-coaching", "jongerencoach", List.of());
        joinNetwork(coordinator, "ruwaard", "femke", "Femke", "pantein", "wijkverpleegkundige", List.of());
        joinNetwork(coordinator, "ussen", "dirk", "Dirk", "ggz-oost-brabant", "sociaal psychiatrisch verpleegkundige", List.of("KWARTIERMAKER"));
        joinNetwork(coordinator, "ussen", "chantal", "Chantal", "pantein", "wijkverpleegkundige", List.of());
        Http.Response session = gateway.post("/api/wards/ruwaard/leersessies", coordinator, Map.of("kind", "PROFESSIONALS_BIWEEKLY",
                "heldOn", LocalDate.now(ZONE).minusDays(7).toString(), "theme", "schulden", "tables", List.of("PLENARY", "NEWCOMERS", "INDIVIDUAL_CASES")));
        expectCreated(session, "leersessie in ruwaard");
        expect(200, gateway.post("/api/wards/ruwaard/leersessies/" + session.text("id") + "/attendance", coordinator,
                Map.of("professionals", List.of("anna", "bram", "dirk"), "managers", 1, "directors", 0, "residents", 2)),
                "leersessie attendance");
        // One intervision round at the individual-cases table and a reflection card, as a coordinator records them after the session.
        String rounds = "/api/wards/ruwaard/leersessies/" + session.text("id");
        expectCreated(gateway.post(rounds + "/intervision-rounds", coordinator, Map.of("leaderId", "bram", "contributorId", "anna",
                "participants", List.of("dirk"), "question", "Hoe krijg ik de schuldeisers aan tafel bij een bewoner die niet opendoet?",
                "advice", List.of("Ga samen met de wijkagent langs", "Vraag de huisarts of hij de bewoner kent"),
                "helped", true, "tomorrow", "Ik bel de huisarts", "outOfTheBoxAdvice", List.of("Schrijf een kaartje in plaats van een brief"))),
                "intervision round");
        expectCreated(gateway.post(rounds + "/reflection-cards", coordinator, Map.of("learnt", "Eerst vragen wat iemand zelf al heeft geprobeerd",
                "struck", "Hoe snel de huisarts aansloot", "toShare", "De schuldhulp heeft een vast spreekuur in het wijkcentrum")),
                "reflection card");
        // MOOI WERK is shown only for at least five answers: Ruwaard's five professionals give this quarter's pulse and
        // the quarter is closed, so the dashboard has a value.
        int[][] scores = { { 8, 9 }, { 7, 9 }, { 8, 8 }, { 9, 10 }, { 7, 8 } };
        List<String> ruwaard = List.of("anna", "bram", "dirk", "eva", "femke");
        for (int i = 0; i < ruwaard.size(); i++) {
            expectCreated(gateway.post("/api/wards/ruwaard/pulses", token(ruwaard.get(i)),
                    Map.of("workSatisfaction", scores[i][0], "collaboration", scores[i][1])), "pulse of " + ruwaard.get(i));
        }
        LocalDate today = LocalDate.now(ZONE);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        expect(200, gateway.post("/api/wards/ruwaard/pulses/" + quarter + "/closure", coordinator, Map.of()), "pulse quarter closed");
        Launcher.say("demo: ward networks with 6 professionals, a leersessie and a closed pulse quarter (MOOI WERK) in Ruwaard");
    }

    private void joinNetwork(String coordinator, String ward, String account, String name, String organisation, String discipline,
            List<String> roles) {
        expectCreated(gateway.post("/api/wards/" + ward + "/professionals", coordinator, Map.of("accountId", account, "name", name,
                "organisationId", organisation, "discipline", discipline, "roles", roles)), "professional " + account + " in " + ward);
    }

    /**
     * The two households of the sources and a few more, in different stages of the Samenwerkwijze: one with a plan
     * in progress, one with an MDO planned at home, a collective question, one declined with a follow-up date,
     * and a fresh one in Ussen.
     */
    private void openCases() {
        String anna = token("anna");
        String bram = token("bram");
        String chantal = token("chantal");
        LocalDate today = LocalDate.now(ZONE);

        String bakker = registerResident(bram, "ruwaard", Map.of("name", "Yvonne Bakker", "street", "Kantsingel 14",
                "postalCode", "5341 KB", "city", "Oss", "dateOfBirth", "1979-06-11", "householdSize", 2,
                "household", "Couple; he has a mild intellectual disability"));
        String ruud = created(gateway.post("/api/wards/ruwaard/residents/" + bakker + "/network", bram,
                Map.of("name", "Ruud Bakker", "relation", "PARTNER")), "network member");
        String moving = openCase(bram, "ruwaard", bakker, "Wij worden gek van de burenruzie en willen verhuizen naar een rustigere buurt.",
                List.of("HOUSING", "MENTAL_HEALTH"), "INDIVIDUAL_AT_HOME");
        intake(bram, "ruwaard", moving, "Weer rustig kunnen slapen, weg uit deze flat.",
                "Zelf inpakken en de nieuwe woning inrichten; Ruud kan klussen.",
                "Een benedenwoning in een rustige straat en iemand die Ruud helpt wennen.");
        String mdo = planMdoAtHome(bram, "ruwaard", moving, today, List.of(
                Map.of("kind", "RESIDENT", "residentId", bakker), Map.of("kind", "NETWORK_MEMBER", "networkMemberId", ruud),
                Map.of("kind", "PROFESSIONAL", "professionalId", "bram", "organisation", "brabantwonen"),
                Map.of("kind", "PROFESSIONAL", "professionalId", "dirk", "organisation", "ggz-oost-brabant"),
                Map.of("kind", "AANJAGER", "professionalId", "anna", "organisation", "ons-welzijn")));
        expect(200, gateway.post(casePath("ruwaard", moving, "/mdos/" + mdo + "/held"), bram, Map.of("heldOn", today.toString(),
                "residentPresent", true, "consentToShare", true)), "MDO held");
        expect(200, gateway.put(casePath("ruwaard", moving, "/plan"), bram, Map.of(
                "goals", List.of("Rustig wonen in een andere buurt", "Ruud voelt zich thuis in de nieuwe buurt"),
                "solution", "Verhuizen naar een benedenwoning in een rustige straat, met begeleiding van Ruud bij het wennen.",
                "agreements", List.of(
                        Map.of("what", "Passende woning toewijzen met voorrang en de verhuizing regelen", "performer", "PROFESSIONAL",
                                "professionalId", "bram", "organisation", "brabantwonen", "dueOn", today.plusMonths(3).toString()),
                        Map.of("what", "Begeleiding van Ruud bij het wennen", "performer", "PROFESSIONAL", "professionalId", "dirk",
                                "organisation", "ggz-oost-brabant", "dueOn", today.plusMonths(6).toString(),
                                "provision", Map.of("category", "MAATWERK", "providerId", "ggz-oost-brabant",
                                        "kind", "ambulante begeleiding", "hoursPerYear", 52, "hourlyRateCents", 6450)),
                        Map.of("what", "Dozen inpakken en de oude woning leeg opleveren", "performer", "RESIDENT")))),
                "Samenwerkplan");
        expect(200, gateway.post(casePath("ruwaard", moving, "/start"), bram, Map.of()), "case started");
        // GOED LEVEN and FINANCIEEL GEZOND on the dashboard: the baseline at the kitchen table and a micro-analysis.
        expectCreated(gateway.post(casePath("ruwaard", moving, "/wellbeing"), bram, Map.of("moment", "T0", "score", 3,
                "measuredOn", today.toString())), "T0 wellbeing");
        expectCreated(gateway.post(casePath("ruwaard", moving, "/micro-analysis"), bram, Map.of("edition", "2024-demo",
                "caseType", "EXISTING", "scenarios", Map.of(
                        "current", List.of(Map.of("item", "WON-OVERLAST-UUR", "quantityPerYear", 40),
                                Map.of("item", "OV-WIJKAGENT-UUR", "quantityPerYear", 12), Map.of("item", "ZVW-HA-CONSULT", "quantityPerYear", 10)),
                        "doNothing", List.of(Map.of("item", "ZVW-GGZ-CRISIS", "quantityPerYear", 2), Map.of("item", "WLZ-VG-DAG", "quantityPerYear", 365)),
                        "chosen", List.of(Map.of("item", "WON-URGENTIE", "quantityPerYear", 1), Map.of("item", "WMO-BG-UUR", "quantityPerYear", 52))))),
                "micro-analysis");

        String heuvel = registerResident(anna, "ruwaard", Map.of("name", "Gerrit van den Heuvel", "street", "Ussenstraat 3",
                "postalCode", "5345 AA", "city", "Oss", "dateOfBirth", "1944-09-30", "householdSize", 2,
                "household", "Married couple, both over 80"));
        String household = openCase(anna, "ruwaard", heuvel, "Het huishouden lukt ons niet meer en de trap wordt te zwaar.",
                List.of("HOUSING", "HEALTH"), "INDIVIDUAL_AT_HOME");
        intake(anna, "ruwaard", household, "Samen in ons eigen huis blijven wonen en iets betekenen voor anderen.",
                "Ik was leraar: ik kan Nederlandse les geven. Truus kan nog koken.", "Hulp bij het schoonmaken en een traplift.");
        planMdoAtHome(anna, "ruwaard", household, today.plusDays(3), List.of(Map.of("kind", "RESIDENT", "residentId", heuvel),
                Map.of("kind", "PROFESSIONAL", "professionalId", "anna", "organisation", "ons-welzijn"),
                Map.of("kind", "PROFESSIONAL", "professionalId", "bram", "organisation", "brabantwonen")));
        expectCreated(gateway.post(casePath("ruwaard", household, "/wellbeing"), anna, Map.of("moment", "T0", "score", 4,
                "measuredOn", today.toString())), "T0 wellbeing");
        // GOED LEVEN is published only over at least five residents (no one's own score can be read from it):
        // two more households at their first talk, with the baseline taken.
        String yilmaz = registerResident(anna, "ruwaard", Map.of("name", "Fatma Yilmaz", "street", "Schadewijkstraat 21",
                "postalCode", "5341 NP", "city", "Oss", "dateOfBirth", "1971-03-08", "householdSize", 4));
        String letters = openCase(anna, "ruwaard", yilmaz, "Ik begrijp de brieven van de gemeente niet en de schulden groeien.",
                List.of("FINANCES"), "INDIVIDUAL_AT_HOME");
        expectCreated(gateway.post(casePath("ruwaard", letters, "/wellbeing"), anna, Map.of("moment", "T0", "score", 4,
                "measuredOn", today.toString())), "T0 wellbeing");
        String willems = registerResident(bram, "ruwaard", Map.of("name", "Henk Willems", "street", "Ruwaardsingel 5",
                "postalCode", "5341 RE", "city", "Oss", "dateOfBirth", "1950-11-23", "householdSize", 1));
        String outdoors = openCase(bram, "ruwaard", willems, "Sinds mijn herseninfarct kom ik bijna niet meer buiten.",
                List.of("HEALTH", "SOCIAL_NETWORK"), "INDIVIDUAL_AT_HOME");
        expectCreated(gateway.post(casePath("ruwaard", outdoors, "/wellbeing"), bram, Map.of("moment", "T0", "score", 6,
                "measuredOn", today.toString())), "T0 wellbeing");

        // FINANCIEEL GEZOND too is published only over whole groups of five cases (over one it is that resident's care
        // costs): the new households' micro-analyses, weighed against doing nothing.
        newCaseAnalysis(anna, household, List.of(item("WLZ-VV4-DAG", 90), item("ZVW-SEH", 2)),
                List.of(item("WMO-HH-UUR", 104), item("WMO-TRAPLIFT", 1)));
        newCaseAnalysis(anna, letters, List.of(item("WON-HUURACHTERSTAND", 1), item("OV-SCHULDHULP", 1), item("ZVW-GGZ-UUR", 20)),
                List.of(item("WZ-MW-UUR", 20), item("WZ-VRIJWILLIGER-UUR", 24)));
        newCaseAnalysis(bram, outdoors, List.of(item("ZVW-WV-UUR", 100), item("ZVW-OPNAME-DAG", 5)),
                List.of(item("WMO-DB-DAGDEEL", 50), item("WZ-HUISVANDEWIJK", 50)));
        String verhoeven = registerResident(anna, "ruwaard", Map.of("name", "Joke Verhoeven", "street", "Kruisstraat 40",
                "postalCode", "5341 JT", "city", "Oss", "dateOfBirth", "1986-05-02", "householdSize", 3));
        String rent = openCase(anna, "ruwaard", verhoeven, "Sinds de scheiding lukt het niet om de huur te betalen en de kinderen zien het.",
                List.of("FINANCES", "HOUSING"), "INDIVIDUAL_AT_HOME");
        newCaseAnalysis(anna, rent, List.of(item("WON-HUURACHTERSTAND", 1), item("OV-SCHULDHULP", 1), item("ZVW-GGZ-UUR", 30)),
                List.of(item("WZ-HUISVANDEWIJK", 50), item("WZ-VRIJWILLIGER-UUR", 12)));
        // Residents' figures count whole groups of five of one kind (new cases here): the fifth new household.
        String jansen = registerResident(bram, "ruwaard", Map.of("name", "Sanne Jansen", "street", "Oude Molenweg 12",
                "postalCode", "5342 BL", "city", "Oss", "dateOfBirth", "1998-07-14", "householdSize", 2));
        String alone = openCase(bram, "ruwaard", jansen, "Ik sta er alleen voor met mijn zoontje en red het niet met werk en opvang.",
                List.of("DAYTIME_ACTIVITY", "FINANCES"), "INDIVIDUAL_AT_HOME");
        newCaseAnalysis(bram, alone, List.of(item("ZVW-GGZ-UUR", 40), item("OV-SCHULDHULP", 1)),
                List.of(item("WZ-VRIJWILLIGER-UUR", 24), item("WZ-HUISVANDEWIJK", 40)));

        openCase(anna, "ruwaard", null, "Migrantenvrouwen vinden de weg naar de huisarts niet.",
                List.of("HEALTH", "DAYTIME_ACTIVITY"), "COLLECTIVE_DIRECT");
        String lonely = openCase(anna, "ruwaard", null, "Ik zit veel alleen thuis en wil misschien iets doen in de buurt.",
                List.of("SOCIAL_NETWORK", "DAYTIME_ACTIVITY"), "INDIVIDUAL_AT_HOME");
        // The route is often only clear after a first talk: it changes, and the case keeps where it started.
        expect(200, gateway.put(casePath("ruwaard", lonely, "/triage-route"), anna, Map.of("route", "GUIDED_TO_COLLECTIVE",
                "reason", "Na het eerste gesprek: de buurtkamer, met iemand die meegaat.")), "triage route changed");
        expect(200, gateway.post(casePath("ruwaard", lonely, "/decline"), anna,
                Map.of("followUpOn", today.plusWeeks(6).toString())), "declined case");
        // Niet zomaar los: the declined case is on Anna's follow-up list.
        Http.Response followUps = gateway.get("/api/wards/ruwaard/follow-ups?professional=anna", anna);
        if (!followUps.ok() || !followUps.raw().contains(lonely)) {
            throw new IllegalStateException("demo data: the declined case is not on the follow-up list: " + followUps.raw());
        }
        openCase(chantal, "ussen", null, "Mijn moeder kan niet meer alleen de trap op.", List.of("HOUSING", "HEALTH"),
                "INDIVIDUAL_AT_HOME");
        residentRia(anna, today);
        Launcher.say("demo: 8 cases — Ruwaard: Ria's own (she logs in as ria), a plan in progress, an MDO planned at home, two at their first talk, "
                + "a collective question, a declined one with a follow-up date; Ussen: one just opened");
    }

    /** The fixed Ruwaard budget of the sources (about € 2M a year, 2018–2022) and the community centre's share. */
    private void setBudget() {
        String frank = token("frank");
        String carla = token("carla");
        expectCreated(gateway.post("/api/wards/ruwaard/budgets/agreements", frank, Map.of("firstYear", 2018, "lastYear", 2022,
                "description", "Gebiedsgericht financieren Wmo en welzijn, vast voor vijf jaar", "sources", List.of(
                        Map.of("source", "WMO_AMBULATORY_SUPPORT", "amountCents", 65_000_000L),
                        Map.of("source", "WMO_DAY_ACTIVITIES", "amountCents", 42_000_000L),
                        Map.of("source", "WMO_HOUSEHOLD_HELP", "amountCents", 38_000_000L),
                        Map.of("source", "WELFARE", "amountCents", 55_000_000L)))), "Ruwaard budget agreement 2018-2022");
        expect(200, gateway.put("/api/wards/ruwaard/budgets/2018/allocations", carla,
                Map.of("category", "COLLECTIVE_PROVISION", "amountCents", 2_800_000L)), "allocation for Ons Huis van de Wijk");
        Launcher.say("demo: Ruwaard budget 2018-2022 (EUR 2M a year), EUR 28,000 allocated to Ons Huis van de Wijk in 2018");
        currentYearBudget(frank, carla);
    }

    /**
     * This year's Ruwaard budget as the controller works with it: sources, an allocation per category and to three
     * providers of the financial experiment with their lump-sum share, spending recorded so far, and one resident
     * initiative past its allocation that waits for the controller's approval.
     */
    private void currentYearBudget(String frank, String carla) {
        LocalDate today = LocalDate.now(ZONE);
        int year = today.getYear();
        String budget = "/api/wards/ruwaard/budgets/" + year;
        expect(200, gateway.put(budget + "/sources", frank, Map.of("sources", List.of(
                Map.of("source", "WMO_AMBULATORY_SUPPORT", "amountCents", 65_000_000L),
                Map.of("source", "WMO_DAY_ACTIVITIES", "amountCents", 42_000_000L),
                Map.of("source", "WMO_HOUSEHOLD_HELP", "amountCents", 38_000_000L),
                Map.of("source", "WELFARE", "amountCents", 55_000_000L),
                Map.of("source", "ZVW", "amountCents", 5_000_000L)),
                "reason", "Vervolg van de afspraak 2018-2022, met een bijdrage van de zorgverzekeraar")), "Ruwaard budget " + year);
        // The providers reach budget-service as network events; allocate to them once it knows them.
        awaitContains("/api/wards/ruwaard/providers", carla, "ons-welzijn");
        for (Map<String, Object> line : List.<Map<String, Object>>of(
                Map.of("category", "PROVIDER", "providerId", "pantein", "amountCents", 60_000_000L, "lumpSumPercent", 50),
                Map.of("category", "PROVIDER", "providerId", "ggz-oost-brabant", "amountCents", 40_000_000L, "lumpSumPercent", 50),
                Map.of("category", "PROVIDER", "providerId", "ons-welzijn", "amountCents", 50_000_000L, "lumpSumPercent", 60),
                Map.of("category", "COLLECTIVE_PROVISION", "amountCents", 30_000_000L),
                Map.of("category", "MAATWERK", "amountCents", 15_000_000L),
                Map.of("category", "RESIDENT_INITIATIVE", "amountCents", 5_000_000L))) {
            expect(200, gateway.put(budget + "/allocations", carla, line), "allocation " + line.get("category") + " " + year);
        }
        Object[][] spending = { { "PROVIDER", "pantein", 12_500_000L, 8, "PAN-" + year + "-Q1", "Wijkverpleging eerste kwartaal" },
                { "PROVIDER", "pantein", 12_500_000L, 5, "PAN-" + year + "-Q2", "Wijkverpleging tweede kwartaal" },
                { "PROVIDER", "ons-welzijn", 20_000_000L, 4, "OW-" + year + "-H1", "Wijkcoaches eerste halfjaar" },
                { "PROVIDER", "ggz-oost-brabant", 15_000_000L, 3, "GGZ-" + year + "-01", "Ambulante begeleiding" },
                { "COLLECTIVE_PROVISION", null, 11_000_000L, 6, "HVW-" + year + "-H1", "Ons Huis van de Wijk eerste halfjaar" },
                { "COLLECTIVE_PROVISION", null, 11_000_000L, 1, "HVW-" + year + "-H2", "Ons Huis van de Wijk tweede halfjaar" },
                { "MAATWERK", null, 9_000_000L, 2, "MW-" + year + "-01", "Maatwerk buiten de vaste voorzieningen" },
                { "RESIDENT_INITIATIVE", null, 3_200_000L, 2, "BI-" + year + "-01", "Breigroep en repaircafé" } };
        for (Object[] s : spending) {
            expectCreated(gateway.post(budget + "/spending", carla, spendingLine(s, today, false)), "spending " + s[4]);
        }
        expect(202, gateway.post(budget + "/spending", carla, spendingLine(new Object[] { "RESIDENT_INITIATIVE", null, 2_500_000L, 0,
                "BI-" + year + "-02", "Buurtfeest Ruwaard" }, today, true)), "spending waiting for approval");
        Launcher.say("demo: Ruwaard budget " + year + " (EUR 2.05M) divided over providers and categories, spending so far, "
                + "and a resident initiative waiting for the controller's approval");
    }

    /** {category, provider, cents, months ago, reference, description}: spent that many months ago, in this year. */
    private static Map<String, Object> spendingLine(Object[] s, LocalDate today, boolean requestApproval) {
        LocalDate spentOn = today.minusMonths((Integer) s[3]);
        Map<String, Object> line = new HashMap<>(Map.of("category", s[0], "amountCents", s[2],
                "spentOn", (spentOn.getYear() < today.getYear() ? today.withDayOfYear(1) : spentOn).toString(),
                "externalReference", s[4], "description", s[5], "requestApproval", requestApproval));
        if (s[1] != null) {
            line.put("providerId", s[1]);
        }
        return line;
    }

    /** The demo resident ria: her record carries her login, so she sees her own question, plan, wellbeing and access log. */
    private void residentRia(String anna, LocalDate today) {
        String ria = registerResident(anna, "ruwaard", Map.of("name", "Ria de Groot", "street", "Molenstraat 8",
                "postalCode", "5341 GE", "city", "Oss", "dateOfBirth", "1958-02-17", "householdSize", 1, "account", "ria"));
        String question = openCase(anna, "ruwaard", ria, "Sinds mijn man overleed kom ik de deur bijna niet meer uit en groeien de rekeningen me boven het hoofd.",
                List.of("DAYTIME_ACTIVITY", "FINANCES"), "INDIVIDUAL_AT_HOME");
        intake(anna, "ruwaard", question, "Weer mensen zien en grip op mijn geld.", "Koken, en ik brei graag.",
                "Iemand die met mij de post doorneemt en een plek om mensen te ontmoeten.");
        expectCreated(gateway.post(casePath("ruwaard", question, "/wellbeing"), anna, Map.of("moment", "T0", "score", 5,
                "measuredOn", today.toString(), "positiveHealth", Map.of("bodilyFunctions", 6, "mentalWellbeing", 4, "meaning", 4,
                        "qualityOfLife", 5, "participation", 3, "dailyFunctioning", 6))), "Ria's T0");
        String mdo = planMdoAtHome(anna, "ruwaard", question, today, List.of(Map.of("kind", "RESIDENT", "residentId", ria),
                Map.of("kind", "PROFESSIONAL", "professionalId", "anna", "organisation", "ons-welzijn")));
        expect(200, gateway.post(casePath("ruwaard", question, "/mdos/" + mdo + "/held"), anna, Map.of("heldOn", today.toString(),
                "residentPresent", true, "consentToShare", true)), "Ria's MDO held");
        expect(200, gateway.put(casePath("ruwaard", question, "/plan"), anna, Map.of(
                "goals", List.of("Elke week mensen ontmoeten", "Overzicht over mijn geld"),
                "solution", "Ria gaat naar de breigroep in Ons Huis van de Wijk; een vrijwilliger neemt elke maand de post met haar door.",
                "agreements", List.of(
                        Map.of("what", "Samen naar de eerste breiochtend", "performer", "PROFESSIONAL", "professionalId", "anna",
                                "organisation", "ons-welzijn", "dueOn", today.plusWeeks(2).toString()),
                        Map.of("what", "Post van de afgelopen maanden in één doos verzamelen", "performer", "RESIDENT",
                                "dueOn", today.plusWeeks(1).toString())))), "Ria's Samenwerkplan");
    }

    /** A micro-analysis of a Ruwaard case that had no help yet (nieuwe casus): doing nothing against the plan. */
    private void newCaseAnalysis(String token, String caseId, List<Map<String, Object>> doNothing, List<Map<String, Object>> chosen) {
        expectCreated(gateway.post(casePath("ruwaard", caseId, "/micro-analysis"), token, Map.of("edition", "2024-demo",
                "caseType", "NEW", "scenarios", Map.of("current", List.of(), "doNothing", doNothing, "chosen", chosen))),
                "micro-analysis");
    }

    private static Map<String, Object> item(String code, int quantityPerYear) {
        return Map.of("item", code, "quantityPerYear", quantityPerYear);
    }

    private String registerResident(String token, String ward, Map<String, Object> resident) {
        return created(gateway.post("/api/wards/" + ward + "/residents", token, resident), "resident");
    }

    private String openCase(String token, String ward, String residentId, String question, List<String> domains, String route) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", route.startsWith("COLLECTIVE") ? "COLLECTIVE" : "INDIVIDUAL",
                "question", question, "lifeDomains", domains, "startedBy", "PROFESSIONAL", "triageRoute", route));
        if (residentId != null) {
            body.put("residentId", residentId);
        }
        return created(gateway.post("/api/wards/" + ward + "/cases", token, body), "case in " + ward);
    }

    private void intake(String token, String ward, String caseId, String iWant, String iCan, String iNeed) {
        expect(200, gateway.put(casePath(ward, caseId, "/intake"), token, Map.of("iWant", iWant, "iCan", iCan, "iNeed", iNeed)),
                "intake");
    }

    private String planMdoAtHome(String token, String ward, String caseId, LocalDate on, List<Map<String, Object>> participants) {
        String at = on.atTime(10, 0).atZone(ZONE).toOffsetDateTime().toString();
        return created(gateway.post(casePath(ward, caseId, "/mdos"), token, Map.of("plannedAt", at, "participants", participants)),
                "MDO");
    }

    private static String casePath(String ward, String caseId, String rest) {
        return "/api/wards/" + ward + "/cases/" + caseId + rest;
    }

    private static String created(Http.Response r, String what) {
        expectCreated(r, what);
        return r.text("id");
    }

    private String token(String user) {
        return Http.passwordToken(ports, user, user + "-demo");
    }

    private void awaitOk(String path, String token) {
        awaitContains(gateway, path, token, "");
    }

    private void awaitContains(String path, String token, String text) {
        awaitContains(gateway, path, token, text);
    }

    /** Polls a GET through the gateway until it answers 2xx, e.g. until an event made a new ward known to a service. */
    static void awaitOk(Http gateway, String path, String token) {
        awaitContains(gateway, path, token, "");
    }

    /** Polls a GET through the gateway until it answers 2xx with that text in its body. */
    static void awaitContains(Http gateway, String path, String token, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response last;
        do {
            last = gateway.get(path, token);
            if (last.ok() && last.raw().contains(text)) {
                return;
            }
            ChildProcess.sleep(Duration.ofMillis(300));
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("GET " + path + " still answers " + last.status() + (text.isEmpty() ? "" : " without " + text) + ": " + last.raw());
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
