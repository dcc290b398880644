package nl.wijknetwerk.web.budget;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the budget pages and of the case page's barriers and micro-analyses: Dutch here (the default), English
 * in {@code messages/bud_en.properties}. Templates use {@code {bud:key}}; {@code MessagesTest} checks both languages.
 * A bundle of their own keeps each generated bundle class small enough for the JVM's verifier.
 */
@MessageBundle(value = "bud", locale = "nl")
public interface BudgetMsg {

    @Message("Wijkbudget {ward}")
    String budget_title(Object ward);

    @Message("Jaar")
    String budget_year();

    @Message("Tonen")
    String budget_show();

    @Message("afgerekend")
    String budget_settled();

    @Message("open")
    String budget_open();

    @Message("Onderdelen van het budget {year}")
    String budget_tabs(Object year);

    @Message("Overzicht")
    String budget_tab_overview();

    @Message("Verdeling")
    String budget_tab_allocations();

    @Message("Verplichtingen")
    String budget_tab_commitments();

    @Message("Uitgaven")
    String budget_tab_spending();

    @Message("Afrekening")
    String budget_tab_settlement();

    @Message("De verdeling is aangepast.")
    String budget_done_allocated();

    @Message("De uitgave is goedgekeurd en telt nu mee als besteed.")
    String budget_done_approved();

    @Message("De uitgave is afgewezen en telt niet mee.")
    String budget_done_rejected();

    @Message("Het jaar is afgerekend. Dit is definitief.")
    String budget_done_settled();

    @Message("Deze wijk heeft nog geen budget. De financier stelt het vast.")
    String budget_none();

    @Message("Budget {year}")
    String budget_year_title(Object year);

    @Message("Budget")
    String budget_total();

    @Message("Toegewezen")
    String budget_allocated();

    @Message("Verplicht")
    String budget_committed();

    @Message("Besteed")
    String budget_spent();

    @Message("Wacht op goedkeuring")
    String budget_pending();

    @Message("Resterend")
    String budget_remaining();

    @Message("Uitnutting")
    String budget_utilisation();

    @Message("Prognose jaareinde (tempo tot {asOf})")
    String budget_projected(Object asOf);

    @Message("Prognose jaareinde")
    String budget_projected_short();

    @Message("Verwacht overschot")
    String budget_projected_surplus();

    @Message("Financieringsbronnen (versie {revision}, {amendments} wijziging(en) na de start van het jaar)")
    String budget_sources(Object revision, Object amendments);

    @Message("Bron")
    String budget_source();

    @Message("Bedrag")
    String budget_amount();

    @Message("Wmo ambulante ondersteuning")
    String budget_source_WMO_AMBULATORY_SUPPORT();

    @Message("Wmo dagbesteding")
    String budget_source_WMO_DAY_ACTIVITIES();

    @Message("Wmo hulp bij het huishouden")
    String budget_source_WMO_HOUSEHOLD_HELP();

    @Message("Welzijn")
    String budget_source_WELFARE();

    @Message("Zorgverzekeringswet (Zvw)")
    String budget_source_ZVW();

    @Message("Wet langdurige zorg (Wlz)")
    String budget_source_WLZ();

    @Message("Jeugdwet")
    String budget_source_JEUGD();

    @Message("GGD innovatiebudget")
    String budget_source_GGD_INNOVATION();

    @Message("Overschot vorig jaar voor bewonersinitiatieven")
    String budget_source_SURPLUS_CARRY_OVER();

    @Message("Eerdere versies van de bronnen")
    String budget_revisions();

    @Message("Versie")
    String budget_revision();

    @Message("wijziging")
    String budget_amendment();

    @Message("Door")
    String budget_changed_by();

    @Message("Reden")
    String budget_reason();

    @Message("Uitnutting en prognose tot jaareinde")
    String budget_utilisation_title();

    @Message("Per regel: het omlijnde vak is de toewijzing (100%), het volle deel is besteed, het gearceerde deel de prognose tot jaareinde in het tempo tot {asOf}. De cijfers staan boven elke balk.")
    String budget_chart_caption(Object asOf);

    @Message("Uitnutting {year}")
    String budget_chart_title(Object year);

    @Message("Hele budget")
    String budget_chart_whole();

    @Message("Aanbieder {name}")
    String budget_chart_provider(Object name);

    @Message("besteed")
    String budget_chart_spent();

    @Message("prognose jaareinde")
    String budget_chart_projected();

    @Message("toegewezen (100%)")
    String budget_chart_allocated();

    @Message("prognose boven de toewijzing")
    String budget_chart_over();

    @Message("Per categorie")
    String budget_per_category();

    @Message("Per aanbieder (financieel experiment)")
    String budget_per_provider();

    @Message("Categorie")
    String budget_category();

    @Message("Aanbieders")
    String budget_category_PROVIDER();

    @Message("Collectieve voorzieningen")
    String budget_category_COLLECTIVE_PROVISION();

    @Message("Bewonersinitiatieven")
    String budget_category_RESIDENT_INITIATIVE();

    @Message("Voorliggende voorzieningen")
    String budget_category_VOORLIGGEND();

    @Message("Maatwerk")
    String budget_category_MAATWERK();

    @Message("Reserve")
    String budget_category_RESERVE();

    @Message("Aanbieder")
    String budget_provider();

    @Message("Lumpsum")
    String budget_lump_sum();

    @Message("P×Q")
    String budget_pxq();

    @Message("Meerjarig kader")
    String budget_frame();

    @Message("Afspraak {firstYear}–{lastYear}")
    String budget_frame_span(Object firstYear, Object lastYear);

    @Message("Verdeling {year}")
    String budget_allocations_title(Object year);

    @Message("Budget {budget}, toegewezen {allocated}, nog niet verdeeld {unallocated}.")
    String budget_allocations_totals(String budget, String allocated, String unallocated);

    @Message("Nog niets verdeeld.")
    String budget_no_allocations();

    @Message("Regel van de verdeling vastleggen")
    String budget_allocate();

    @Message("Een bestaande regel (dezelfde categorie en aanbieder) krijgt het nieuwe bedrag.")
    String budget_allocate_hint();

    @Message("Alleen bij de categorie Aanbieders: een organisatie in het financieel experiment.")
    String budget_provider_hint();

    @Message("Bedrag in euro")
    String budget_amount_euro();

    @Message("Bijvoorbeeld 28.000 of 28.000,50")
    String budget_amount_hint();

    @Message("Lumpsum-deel (%)")
    String budget_lump_sum_percent();

    @Message("Alleen bij aanbieders: het deel dat als vast bedrag wordt betaald, de rest via P×Q.")
    String budget_lump_sum_hint();

    @Message("Verdeling opslaan")
    String budget_allocate_save();

    @Message("Verplichtingen {year}")
    String budget_commitments_title(Object year);

    @Message("Actief verplicht uit afgesproken Samenwerkplannen: {amount}.")
    String budget_commitments_total(String amount);

    @Message("Een verplichting ontstaat als een Samenwerkplan met een bekostigde voorziening wordt afgesproken, en vervalt als de afspraak klaar is of vervalt.")
    String budget_commitments_hint();

    @Message("Voorziening")
    String budget_commitment_kind();

    @Message("Uren × tarief")
    String budget_hours();

    @Message("Plan")
    String budget_case();

    @Message("actief")
    String budget_commitment_ACTIVE();

    @Message("vrijgevallen")
    String budget_commitment_RELEASED();

    @Message("Samenwerkplan versie {version}")
    String budget_plan_version(Object version);

    @Message("Geen verplichtingen in dit jaar.")
    String budget_no_commitments();

    @Message("Besteed {spent} ({percent} van het budget); wacht op goedkeuring {pending}.")
    String budget_spending_totals(String spent, String percent, String pending);

    @Message("Wacht op goedkeuring")
    String budget_pending_title();

    @Message("Er wacht niets op goedkeuring.")
    String budget_no_pending();

    @Message("Uitgaven {year}")
    String budget_spending_title(Object year);

    @Message("Nog geen uitgaven.")
    String budget_no_spending();

    @Message("Datum")
    String budget_spent_on();

    @Message("Kenmerk")
    String budget_reference();

    @Message("Geboekt door")
    String budget_recorded_by();

    @Message("Goedkeuren")
    String budget_approve();

    @Message("Afwijzen")
    String budget_reject();

    @Message("Uitgave {reference} goedkeuren")
    String budget_approve_label(Object reference);

    @Message("Uitgave {reference} afwijzen")
    String budget_reject_label(Object reference);

    @Message("besloten door {who}")
    String budget_decided_by(Object who);

    @Message("wacht op goedkeuring")
    String budget_status_PENDING_APPROVAL();

    @Message("geboekt")
    String budget_status_RECORDED();

    @Message("afgewezen")
    String budget_status_REJECTED();

    @Message("Afrekening {year}")
    String budget_settlement_title(Object year);

    @Message("Een overschot gaat in drie delen: naar bewonersinitiatieven (volgend jaar), naar de gemeente en naar de aanbieders naar rato van hun lumpsum. Een tekort dragen de aanbieders.")
    String budget_settlement_rule();

    @Message("definitief afgerekend door {by} op {at}")
    String budget_settlement_confirmed(Object by, Object at);

    @Message("voorbeeld: er is nog niets vastgelegd")
    String budget_settlement_preview();

    @Message("Dit jaar is nog niet afgerekend.")
    String budget_not_settled();

    @Message("Overschot")
    String budget_surplus();

    @Message("Tekort")
    String budget_shortfall();

    @Message("Verdeling van het overschot")
    String budget_split();

    @Message("Naar")
    String budget_split_to();

    @Message("Bewonersinitiatieven (volgend jaar)")
    String budget_split_residents();

    @Message("Gemeente")
    String budget_split_municipality();

    @Message("Aanbieders samen")
    String budget_split_providers();

    @Message("Per aanbieder, naar rato van de lumpsum")
    String budget_split_per_provider();

    @Message("Deel")
    String budget_share();

    @Message("Afrekening voorbereiden (voorbeeld)")
    String budget_settlement_preview_button();

    @Message("Definitief afrekenen")
    String budget_settlement_confirm_button();

    @Message("Definitief afrekenen kan pas na afloop van het jaar en als er niets meer op goedkeuring wacht; daarna verandert er niets meer aan dit jaar.")
    String budget_settlement_confirm_hint();


    @Message("Knelpunten")
    String barrier_title();

    @Message("Er zijn geen knelpunten gemeld bij deze casus.")
    String barrier_none();

    @Message("Soort knelpunt")
    String barrier_kind();

    @Message("Protocol")
    String barrier_kind_PROTOCOL();

    @Message("Systeem")
    String barrier_kind_SYSTEM();

    @Message("Financieringsregel")
    String barrier_kind_FUNDING_RULE();

    @Message("Wachtlijst")
    String barrier_kind_WAITING_LIST();

    @Message("Wet- en regelgeving")
    String barrier_kind_LEGISLATION();

    @Message("Anders")
    String barrier_kind_OTHER();

    @Message("Wat houdt de oplossing tegen?")
    String barrier_description();

    @Message("Beschrijf de regel, het protocol of het systeem, zo concreet mogelijk.")
    String barrier_description_hint();

    @Message("Organisatie die het knelpunt kan wegnemen")
    String barrier_owner();

    @Message("De korte naam, bijvoorbeeld gemeente-oss of brabantwonen.")
    String barrier_owner_hint();

    @Message("Bij afspraak")
    String barrier_agreement();

    @Message("Gemeld op")
    String barrier_reported_on();

    @Message("Leeg laten voor vandaag; een eerdere datum als het knelpunt al langer speelt.")
    String barrier_reported_on_hint();

    @Message("Knelpunt melden")
    String barrier_report();

    @Message("Opgelost: {resolution}")
    String barrier_resolution(Object resolution);

    @Message("opgelost op {date}")
    String barrier_resolved_on(Object date);

    @Message("{days} dagen open")
    String barrier_open_days(Object days);

    @Message("bij het team")
    String barrier_level_TEAM();

    @Message("opgeschaald naar de managers")
    String barrier_level_MANAGER();

    @Message("opgeschaald naar de bestuurders")
    String barrier_level_DIRECTOR();

    @Message("Micro-analyse: maatschappelijke kosten per jaar")
    String ma_title();

    @Message("Voor deze casus is nog geen micro-analyse gemaakt.")
    String ma_none();

    @Message("Micro-analyse van {date} door {by}")
    String ma_first(Object date, Object by);

    @Message("Herhaling van {date} door {by}")
    String ma_repeat(Object date, Object by);

    @Message("prijslijst {edition}")
    String ma_edition(Object edition);

    @Message("bestaande casus")
    String ma_case_type_EXISTING();

    @Message("nieuwe casus")
    String ma_case_type_NEW();

    @Message("Financieringsdomein")
    String ma_domain();

    @Message("Huidige situatie")
    String ma_current();

    @Message("Niets doen")
    String ma_do_nothing();

    @Message("Gekozen oplossing")
    String ma_chosen();

    @Message("Totaal per jaar")
    String ma_total();

    @Message("Wmo")
    String ma_domain_WMO();

    @Message("Zorgverzekeringswet")
    String ma_domain_ZVW();

    @Message("Wet langdurige zorg")
    String ma_domain_WLZ();

    @Message("Jeugdwet")
    String ma_domain_JEUGDWET();

    @Message("Participatiewet")
    String ma_domain_PARTICIPATIEWET();

    @Message("Welzijn")
    String ma_domain_WELFARE();

    @Message("Wonen")
    String ma_domain_HOUSING();

    @Message("Overig")
    String ma_domain_OTHER();

    @Message("Besparing ten opzichte van de huidige situatie: {current}; ten opzichte van niets doen: {doNothing}.")
    String ma_savings(String current, String doNothing);

    @Message("Deze casus wordt beoordeeld op {saving}.")
    String ma_judged_by(String saving);

    @Message("Opgelost")
    String barrier_resolve();

    @Message("Knelpunt \"{description}\" oplossen")
    String barrier_resolve_label(Object description);

    @Message("Hoe is het knelpunt opgelost?")
    String barrier_resolution_label();

    @Message("Micro-analyse maken")
    String ma_make();

    @Message("Geprijsd met {title}.")
    String ma_priced_from(Object title);

    @Message("Soort casus")
    String ma_case_type();

    @Message("Huidige situatie")
    String ma_scenario_current();

    @Message("Niets doen")
    String ma_scenario_doNothing();

    @Message("Gekozen oplossing")
    String ma_scenario_chosen();

    @Message("Onderdeel van de prijslijst")
    String ma_item();

    @Message("Aantal per jaar")
    String ma_quantity();

    @Message("Toelichting")
    String ma_note();

    @Message("Micro-analyse berekenen")
    String ma_save();

    @Message("Financiering van de wijk")
    String budget_funding_title();

    @Message("Bronnen van {year} wijzigen")
    String budget_amend_sources(Object year);

    @Message("Verplicht zodra het jaar begonnen is; blijft bij de eerdere versies bewaard.")
    String budget_reason_hint();

    @Message("Meerjarig budget afspreken")
    String budget_agree_frame();

    @Message("Eerste jaar")
    String budget_first_year();

    @Message("Laatste jaar")
    String budget_last_year();

    @Message("Omschrijving")
    String budget_frame_description();

    @Message("Bedragen in euro per jaar, voor elk jaar van de afspraak gelijk; laat een bron leeg die niet meedoet.")
    String budget_frame_hint();

    @Message("Het meerjarige budget is afgesproken.")
    String budget_done_agreement_made();

    @Message("De bronnen zijn gewijzigd; de eerdere versie blijft bewaard.")
    String budget_done_sources_amended();

    @Message("De uitgave is vastgelegd en telt mee als besteed.")
    String budget_done_spending_recorded();

    @Message("De uitgave is vastgelegd. Ze gaat boven wat er op haar regel over is en wacht op goedkeuring.")
    String budget_done_spending_pending();

    @Message("Geïmporteerd: {recorded} vastgelegd, {pending} wachten op goedkeuring, {known} waren al bekend.")
    String budget_imported(Object recorded, Object pending, Object known);

    @Message("Uitgave vastleggen")
    String budget_record_title();

    @Message("Een factuur of declaratie die niet via het systeem van de aanbieder binnenkomt. Hetzelfde kenmerk van dezelfde aanbieder telt één keer.")
    String budget_record_hint();

    @Message("Uitgave vastleggen of importeren")
    String budget_record_link();

    @Message("Bijvoorbeeld het factuurnummer")
    String budget_reference_hint();

    @Message("Omschrijving (niet verplicht)")
    String budget_description();

    @Message("Gaat het boven wat er op de regel over is? Dan ter goedkeuring voorleggen in plaats van weigeren.")
    String budget_request_approval();

    @Message("Uitgave vastleggen")
    String budget_record_save();

    @Message("Uitgaven importeren (CSV)")
    String budget_import_title();

    @Message("Een kopregel met de kolommen externalReference, spentOn, category en amountCents, en zo nodig providerId en description; datums als 2026-03-14, bedragen in hele centen (125000 is € 1.250,00), categorieën als PROVIDER of MAATWERK. Gescheiden door komma's, of door puntkomma's zoals een spreadsheet ze opslaat. Alle regels of geen; regels die al bekend zijn tellen één keer.")
    String budget_import_hint();

    @Message("Vul een bedrag in euro in, bijvoorbeeld 28.000 of 28.000,50")
    String budget_amount_unreadable();
}
