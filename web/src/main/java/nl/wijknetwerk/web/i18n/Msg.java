package nl.wijknetwerk.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages: Dutch here (the default), English in {@code messages/msg_en.properties}. Templates use
 * {@code {msg:key}}; {@code MessagesTest} checks that both languages have every key.
 */
@MessageBundle(locale = "nl")
public interface Msg {

    @Message("Naar de inhoud")
    String skip_to_content();

    @Message("Hoofdmenu")
    String nav_label();

    @Message("Casussen")
    String nav_cases();

    @Message("Mijn pagina")
    String nav_me();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Budget")
    String nav_budget();

    @Message("Netwerk")
    String nav_network();

    @Message("Ingelogd als {name}")
    String signed_in_as(Object name);

    @Message("Uitloggen")
    String logout();

    @Message("Wijknetwerk · één netwerk voor wonen, welzijn en zorg in de wijk")
    String footer();

    @Message("Geen toegang")
    String no_access_title();

    @Message("U heeft geen toegang tot deze pagina of dit dossier. Dat kan kloppen: u ziet alleen de wijken waarin u werkt en de casussen waarvoor de bewoner toestemming gaf. Denkt u dat dit niet klopt? Neem contact op met de netwerkcoördinator.")
    String no_access_text();

    @Message("Toelichting")
    String api_said();

    @Message("Naar de startpagina")
    String back_home();

    @Message("Niet gevonden")
    String not_found_title();

    @Message("Dit dossier of deze pagina bestaat niet, of is niet zichtbaar voor u.")
    String not_found_text();

    @Message("Dat lukte niet")
    String failed_title();

    @Message("Er ging iets mis bij het verwerken. Er is niets veranderd. Probeer het later nog eens.")
    String failed_text();

    @Message("Het formulier is niet opgeslagen. Verbeter de gemarkeerde velden.")
    String form_rejected();

    @Message("Annuleren")
    String cancel();

    @Message("Acties")
    String actions();

    @Message("Casusbord {ward}")
    String board_title(Object ward);

    @Message("Nieuwe casus")
    String case_new();

    @Message("Mijn casussen")
    String board_mine();

    @Message("Nieuw")
    String board_new();

    @Message("MDO gepland")
    String board_mdo_planned();

    @Message("Plan in uitvoering")
    String board_plan_in_progress();

    @Message("Afgewezen, met vervolgdatum")
    String board_declined();

    @Message("Meting T1/T2 nodig")
    String board_due();

    @Message("Geen casussen.")
    String board_empty();

    @Message("{n} casussen")
    String count_label(Object n);

    @Message("Geopend op {on} door {by}")
    String opened_on_by(Object on, Object by);

    @Message("Opnieuw contact op {on}")
    String follow_up_on(Object on);

    @Message("Van {from} tot {to}")
    String due_window(Object from, Object to);

    @Message("vanaf {on}")
    String due_from(Object on);

    @Message("nog niet aan de beurt")
    String due_NOT_YET_DUE();

    @Message("nu meten")
    String due_DUE();

    @Message("te laat")
    String due_OVERDUE();

    @Message("Wonen")
    String domain_HOUSING();

    @Message("Gezondheid")
    String domain_HEALTH();

    @Message("Psychische gezondheid")
    String domain_MENTAL_HEALTH();

    @Message("Financiën")
    String domain_FINANCES();

    @Message("Dagbesteding en werk")
    String domain_DAYTIME_ACTIVITY();

    @Message("Sociaal netwerk")
    String domain_SOCIAL_NETWORK();

    @Message("Opvoeding")
    String domain_PARENTING();

    @Message("Veiligheid")
    String domain_SAFETY();

    @Message("Individueel, aan de keukentafel")
    String route_INDIVIDUAL_AT_HOME();

    @Message("Begeleid naar een collectieve voorziening")
    String route_GUIDED_TO_COLLECTIVE();

    @Message("Direct collectief")
    String route_COLLECTIVE_DIRECT();

    @Message("De vraag, in de eigen woorden van de bewoner")
    String case_question();

    @Message("Schrijf op wat de bewoner zelf zegt.")
    String case_question_hint();

    @Message("Leefgebieden")
    String case_life_domains();

    @Message("Route")
    String case_route();

    @Message("Bewoner")
    String case_resident();

    @Message("Laat leeg voor een vraag zonder bewoner (bijvoorbeeld een collectieve vraag).")
    String case_resident_hint();

    @Message("De bewoner is al vastgelegd.")
    String case_resident_registered();

    @Message("Naam")
    String resident_name();

    @Message("Straat en huisnummer")
    String resident_street();

    @Message("Postcode")
    String resident_postal_code();

    @Message("Bijvoorbeeld 5341 AB")
    String resident_postal_code_hint();

    @Message("Plaats")
    String resident_city();

    @Message("Telefoon")
    String resident_phone();

    @Message("Bewoner")
    String resident_label();

    @Message("Casus openen")
    String case_open();

    @Message("Casus")
    String case_title();

    @Message("Terug naar het casusbord")
    String back_to_board();

    @Message("Terug naar de casus")
    String back_to_case();

    @Message("Status")
    String status_label();

    @Message("Nieuw")
    String status_OPEN();

    @Message("MDO gepland")
    String status_MDO_PLANNED();

    @Message("Plan afgesproken")
    String status_PLAN_AGREED();

    @Message("Plan in uitvoering")
    String status_IN_PROGRESS();

    @Message("Afgewezen")
    String status_DECLINED();

    @Message("Afgesloten")
    String status_CLOSED();

    @Message("De casus is geopend.")
    String done_opened();

    @Message("De intake is opgeslagen.")
    String done_intake();

    @Message("Het MDO is gepland.")
    String done_mdo_planned();

    @Message("Het MDO is vastgelegd als gehouden.")
    String done_mdo_held();

    @Message("Het Samenwerkplan is afgesproken.")
    String done_plan_agreed();

    @Message("Het plan is in uitvoering.")
    String done_started();

    @Message("De afspraak is gedaan.")
    String done_agreement_done();

    @Message("De afspraak is vervallen.")
    String done_agreement_dropped();

    @Message("De meting is opgeslagen.")
    String done_wellbeing();

    @Message("Keukentafel-weergave")
    String kitchen_open();

    @Message("Samenwerkplan aanpassen")
    String plan_edit();

    @Message("Samenwerkplan maken")
    String plan_make();

    @Message("Intake")
    String intake_title();

    @Message("Versie {version}, {on}, door {by}")
    String intake_version(Object version, Object on, Object by);

    @Message("Ik wil")
    String intake_i_want();

    @Message("Ik kan")
    String intake_i_can();

    @Message("Ik heb nodig")
    String intake_i_need();

    @Message("Intake opslaan")
    String intake_save();

    @Message("MDO (multidisciplinair overleg)")
    String mdo_title();

    @Message("Gepland: {at}")
    String mdo_planned_at(Object at);

    @Message("bij de bewoner thuis")
    String mdo_at_home();

    @Message("gepland")
    String mdo_status_PLANNED();

    @Message("gehouden")
    String mdo_status_HELD();

    @Message("Aan tafel")
    String mdo_participants();

    @Message("de bewoner")
    String participant_RESIDENT();

    @Message("iemand uit het netwerk")
    String participant_NETWORK_MEMBER();

    @Message("professional")
    String participant_PROFESSIONAL();

    @Message("aanjager")
    String participant_AANJAGER();

    @Message("Gehouden op {on}")
    String mdo_held_on(Object on);

    @Message("de bewoner gaf toestemming om te delen")
    String mdo_consent_given();

    @Message("geen toestemming om te delen")
    String mdo_no_consent();

    @Message("MDO vastleggen als gehouden")
    String mdo_record_held();

    @Message("Datum van het MDO")
    String mdo_held_date();

    @Message("Wie was er?")
    String mdo_who_was_there();

    @Message("Vink aan wie er níet bij was.")
    String mdo_absent_hint();

    @Message("Afwezig")
    String mdo_absent();

    @Message("De bewoner was erbij")
    String mdo_resident_present();

    @Message("De bewoner geeft toestemming om de casus te delen met de organisaties aan tafel")
    String mdo_consent();

    @Message("Aantekeningen")
    String mdo_notes();

    @Message("MDO plannen")
    String mdo_plan();

    @Message("Datum en tijd")
    String mdo_when();

    @Message("Plaats")
    String mdo_place();

    @Message("Laat leeg: het MDO is bij de bewoner thuis.")
    String mdo_place_hint();

    @Message("Waarom niet thuis?")
    String mdo_place_reason();

    @Message("Professionals aan tafel")
    String mdo_professionals();

    @Message("Samenwerkplan")
    String plan_title();

    @Message("Versie {version}, afgesproken op {on} door {by}")
    String plan_version(Object version, Object on, Object by);

    @Message("Doelen")
    String plan_goals();

    @Message("Eén doel per regel, in de woorden van de bewoner.")
    String plan_goals_hint();

    @Message("Oplossing")
    String plan_solution();

    @Message("Wat gaan we samen doen?")
    String plan_solution_hint();

    @Message("Afspraken")
    String plan_agreements();

    @Message("Wie doet wat, en wanneer is het klaar? Lege regels tellen niet mee.")
    String plan_agreements_hint();

    @Message("Afspraak {n}")
    String plan_agreement_n(Object n);

    @Message("Wat")
    String plan_what();

    @Message("Wie")
    String plan_who();

    @Message("Welke professional")
    String plan_professional();

    @Message("Klaar op")
    String plan_due();

    @Message("Samenwerkplan afspreken")
    String plan_agree();

    @Message("Start de uitvoering")
    String plan_start();

    @Message("Er is nog geen Samenwerkplan.")
    String plan_none();

    @Message("De bewoner")
    String performer_RESIDENT();

    @Message("Iemand uit het netwerk")
    String performer_NETWORK_MEMBER();

    @Message("Een professional")
    String performer_PROFESSIONAL();

    @Message("open")
    String agreement_OPEN();

    @Message("gedaan")
    String agreement_DONE();

    @Message("vervallen")
    String agreement_DROPPED();

    @Message("vervangen")
    String agreement_SUPERSEDED();

    @Message("Gedaan")
    String agreement_mark_done();

    @Message("Laten vervallen")
    String agreement_drop();

    @Message("Waarom vervalt deze afspraak?")
    String agreement_drop_reason();

    @Message("Welbevinden")
    String wellbeing_title();

    @Message("Moment")
    String wellbeing_moment();

    @Message("T0 (bij de start)")
    String moment_T0();

    @Message("T1 (na ongeveer 6 weken)")
    String moment_T1();

    @Message("T2 (herhaalmeting)")
    String moment_T2();

    @Message("Rapportcijfer (1–10)")
    String wellbeing_score();

    @Message("Hoe gaat het met u, als cijfer van 1 tot 10?")
    String wellbeing_score_hint();

    @Message("Datum")
    String wellbeing_measured_on();

    @Message("Positieve Gezondheid (0–10, mag leeg)")
    String wellbeing_positive_health();

    @Message("De zes dimensies van het spinnenweb.")
    String wellbeing_positive_health_hint();

    @Message("Meting opslaan")
    String wellbeing_save();

    @Message("Rapportcijfers")
    String wellbeing_scores();

    @Message("Nog geen metingen.")
    String wellbeing_none();

    @Message("Positieve Gezondheid")
    String spider_title();

    @Message("Spinnenweb van Positieve Gezondheid: elke meting heeft een eigen lijn en vorm.")
    String spider_caption();

    @Message("Lichaamsfuncties")
    String dim_bodilyFunctions();

    @Message("Mentaal welbevinden")
    String dim_mentalWellbeing();

    @Message("Zingeving")
    String dim_meaning();

    @Message("Kwaliteit van leven")
    String dim_qualityOfLife();

    @Message("Meedoen")
    String dim_participation();

    @Message("Dagelijks functioneren")
    String dim_dailyFunctioning();

    @Message("Ons plan")
    String kitchen_title();

    @Message("Uw vraag")
    String kitchen_your_question();

    @Message("Wat u ons vertelde")
    String kitchen_what_you_told();

    @Message("Wat u wilt bereiken")
    String kitchen_goals();

    @Message("Hoe we dat doen")
    String kitchen_how();

    @Message("Wie doet wat")
    String kitchen_agreements();

    @Message("{who} doet dit")
    String kitchen_who_professional(Object who);

    @Message("Dit doet u zelf")
    String kitchen_who_RESIDENT();

    @Message("Iemand uit uw omgeving doet dit")
    String kitchen_who_NETWORK_MEMBER();

    @Message("Een professional doet dit")
    String kitchen_who_PROFESSIONAL();

    @Message("klaar op {on}")
    String kitchen_by(Object on);

    @Message("We maken het plan samen, aan tafel.")
    String kitchen_no_plan();

    @Message("Hoe het met u gaat")
    String kitchen_wellbeing();

    @Message("Mijn pagina")
    String me_title();

    @Message("Mijn vraag")
    String me_question();

    @Message("Mijn Samenwerkplan")
    String me_plan();

    @Message("Hoe het met mij gaat")
    String me_wellbeing();

    @Message("Er is nog geen vraag van u vastgelegd.")
    String me_no_case();

    @Message("We gaan met uw vraag aan de slag.")
    String me_status_OPEN();

    @Message("Er is een gesprek aan de keukentafel gepland.")
    String me_status_MDO_PLANNED();

    @Message("Het plan is afgesproken.")
    String me_status_PLAN_AGREED();

    @Message("We voeren het plan uit.")
    String me_status_IN_PROGRESS();

    @Message("We nemen later weer contact met u op.")
    String me_status_DECLINED();

    @Message("Afgesloten.")
    String me_status_CLOSED();

    @Message("Wie heeft mijn dossier bekeken?")
    String me_access_log();

    @Message("Hier ziet u wie uw gegevens heeft bekeken of veranderd, en wanneer. Ook als iemand het probeerde maar geen toegang kreeg.")
    String me_access_log_intro();

    @Message("Nog niemand.")
    String me_access_log_empty();

    @Message("Wanneer")
    String me_log_when();

    @Message("Wie")
    String me_log_who();

    @Message("Wat")
    String me_log_what();

    @Message("Resultaat")
    String me_log_outcome();

    @Message("bekeken of veranderd")
    String me_log_granted();

    @Message("geweigerd")
    String me_log_denied();

    @Message("Dashboard {ward}")
    String dash_title(Object ward);

    @Message("Periode")
    String dash_period();

    @Message("Tonen")
    String dash_show();

    @Message("Evaluatierapport bekijken")
    String dash_report_view();

    @Message("Evaluatierapport downloaden (CSV)")
    String dash_report_csv();

    @Message("GOED LEVEN · MOOI WERK · FINANCIEEL GEZOND")
    String dash_headlines();

    @Message("Per kwartaal; elke indicator heeft een eigen lijn, vorm en waarde bij elk punt.")
    String dash_trend_caption();

    @Message("De vijf doelen")
    String dash_goals();

    @Message("{percent}% op koers")
    String dash_on_target_percent(Object percent);

    @Message("Indicator")
    String dash_indicator();

    @Message("Waarde")
    String dash_value();

    @Message("Doel")
    String dash_target();

    @Message("Status")
    String dash_status();

    @Message("Vorige periode")
    String dash_previous();

    @Message("Trend")
    String dash_trend();

    @Message("op koers")
    String dash_on_target();

    @Message("niet op koers")
    String dash_off_target();

    @Message("geen gegevens")
    String dash_no_data();

    @Message("Wijken naast elkaar")
    String dash_comparison();

    @Message("Wijkprofiel naast de gemeente")
    String dash_profile();

    @Message("Kengetal")
    String dash_figure();

    @Message("Gemeente")
    String dash_municipality();

    @Message("Knelpunten")
    String dash_barriers();

    @Message("Geen open knelpunten.")
    String dash_no_barriers();

    @Message("Knelpunt")
    String dash_barrier();

    @Message("Gemeld op")
    String dash_reported_on();

    // budget
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

    @Message("Het knelpunt is gemeld.")
    String done_barrier_reported();

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
}
