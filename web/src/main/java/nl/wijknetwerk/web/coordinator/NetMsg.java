package nl.wijknetwerk.web.coordinator;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the coordinator's pages: Dutch here (the default), English in {@code messages/net_en.properties}.
 * Templates use {@code {net:key}}; {@code MessagesTest} checks both languages as it does for {@code Msg}. A bundle
 * of their own keeps each generated bundle class small.
 */
@MessageBundle(value = "net", locale = "nl")
public interface NetMsg {

    @Message("Onderdelen van het netwerk")
    String net_subnav_label();

    @Message("Leren")
    String net_nav_learning();

    @Message("Mijn wijken")
    String net_ward_picker();

    @Message("Wijken")
    String net_wards();

    @Message("Alle wijken van het netwerk, met hun status")
    String net_wards_caption();

    @Message("Organisaties")
    String net_organisations();

    @Message("Welke partnerorganisatie in welke wijk meedoet, en hoe: in de werkwijze, of ook in het financiële experiment (het gedeelde wijkbudget).")
    String net_organisations_hint();

    @Message("Deelname per wijk")
    String net_organisations_caption();

    @Message("doet niet mee")
    String net_not_taking_part();

    @Message("Pagina's van wijk {slug}")
    String net_ward_pages(Object slug);

    @Message("Netwerk")
    String net_ward_network();

    @Message("Leersessies")
    String net_leersessies();

    @Message("Leerplan")
    String net_leerplan();

    @Message("Wijk")
    String net_ward();

    @Message("Naam van de wijk")
    String net_ward_name();

    @Message("Korte naam (in adressen)")
    String net_ward_slug();

    @Message("Kleine letters, cijfers en streepjes, bijvoorbeeld ussen of oss-west. Later niet te wijzigen.")
    String net_ward_slug_hint();

    @Message("Gemeente")
    String net_ward_municipality();

    @Message("Tijdzone")
    String net_ward_zone();

    @Message("Startdatum")
    String net_ward_start();

    @Message("Status")
    String net_ward_status();

    @Message("actief")
    String net_ward_status_ACTIVE();

    @Message("opgeschort")
    String net_ward_status_SUSPENDED();

    @Message("Reden (niet verplicht)")
    String net_reason();

    @Message("Opschorten")
    String net_suspend();

    @Message("Weer activeren")
    String net_activate();

    @Message("Nieuwe wijk aansluiten")
    String net_onboard();

    @Message("Een wijk aansluiten is een gegeven, geen nieuwe installatie: alle diensten kennen de wijk zodra ze is aangesloten. Daarna laat u organisaties meedoen en voegt u professionals toe.")
    String net_onboard_hint();

    @Message("Wijk aansluiten")
    String net_onboard_submit();

    @Message("Wijk {name}")
    String net_ward_title(Object name);

    @Message("Organisaties in deze wijk")
    String net_ward_organisations();

    @Message("Nog geen organisatie doet mee in deze wijk.")
    String net_no_organisations();

    @Message("Organisatie")
    String net_organisation();

    @Message("De organisatie moet in deze wijk meedoen.")
    String net_organisation_hint();

    @Message("Sector")
    String net_sector();

    @Message("Deelname")
    String net_participation();

    @Message("werkwijze")
    String net_participation_WAY_OF_WORKING();

    @Message("werkwijze en financieel experiment")
    String net_participation_FINANCIAL_EXPERIMENT();

    @Message("Sinds")
    String net_since();

    @Message("Organisatie laten meedoen")
    String net_take_part();

    @Message("Laten meedoen")
    String net_take_part_submit();

    @Message("Professionals in deze wijk")
    String net_ward_professionals();

    @Message("Nog geen professionals in het netwerk van deze wijk.")
    String net_no_professionals();

    @Message("Professional")
    String net_professional();

    @Message("Naam")
    String net_professional_name();

    @Message("Discipline")
    String net_discipline();

    @Message("Rollen in het netwerk")
    String net_roles();

    @Message("aanjager")
    String net_role_AANJAGER();

    @Message("ambassadeur")
    String net_role_AMBASSADOR();

    @Message("kwartiermaker")
    String net_role_KWARTIERMAKER();

    @Message("werkt mee")
    String net_active();

    @Message("vertrokken")
    String net_left();

    @Message("werkt mee sinds {date}")
    String net_active_since(Object date);

    @Message("vertrokken op {date}")
    String net_left_on(Object date);

    @Message("Professional toevoegen")
    String net_add_professional();

    @Message("Een professional die al in een andere wijk werkt, houdt hetzelfde account: kies het uit de lijst.")
    String net_add_professional_hint();

    @Message("Account")
    String net_account();

    @Message("De inlognaam, bijvoorbeeld dirk")
    String net_account_hint();

    @Message("Toevoegen aan deze wijk")
    String net_add_professional_submit();

    @Message("Wijken van {id}")
    String net_professional_wards(Object id);

    @Message("Deze professional werkt in geen van de wijken die u ziet.")
    String net_no_memberships();

    @Message("Leersessies in {ward}")
    String net_leersessies_title(Object ward);

    @Message("Nog geen leersessies in deze wijk.")
    String net_no_leersessies();

    @Message("Datum")
    String net_held_on();

    @Message("Soort")
    String net_kind();

    @Message("tweewekelijks, professionals")
    String net_kind_PROFESSIONALS_BIWEEKLY();

    @Message("met managers")
    String net_kind_WITH_MANAGERS();

    @Message("managers")
    String net_kind_MANAGERS();

    @Message("bestuurders")
    String net_kind_DIRECTORS();

    @Message("Thema")
    String net_theme();

    @Message("Tafels")
    String net_tables();

    @Message("Geen tafels vastgelegd.")
    String net_no_tables();

    @Message("plenair")
    String net_table_PLENARY();

    @Message("nieuwkomers")
    String net_table_NEWCOMERS();

    @Message("individuele casussen")
    String net_table_INDIVIDUAL_CASES();

    @Message("collectieve casussen")
    String net_table_COLLECTIVE_CASES();

    @Message("thema's")
    String net_table_THEMES();

    @Message("netwerk-MDO's")
    String net_table_NETWORKING_MDOS();

    @Message("Aanwezig")
    String net_attendance();

    @Message("{professionals} professionals, {managers} managers, {directors} bestuurders, {residents} bewoners")
    String net_attendance_counts(Object professionals, Object managers, Object directors, Object residents);

    @Message("Aanwezige professionals")
    String net_attending_professionals();

    @Message("gepland")
    String net_planned();

    @Message("Deze leersessie is nog niet gehouden.")
    String net_not_held_yet();

    @Message("Leersessie van {date}")
    String net_leersessie_title(Object date);

    @Message("Terug naar de leersessies")
    String net_back_to_leersessies();

    @Message("Intervisierondes")
    String net_rounds();

    @Message("Geen intervisierondes vastgelegd.")
    String net_no_rounds();

    @Message("Inbreng van {contributor}, geleid door {leader}")
    String net_round_of(Object contributor, Object leader);

    @Message("Vraag")
    String net_round_question();

    @Message("Herformuleerde vraag")
    String net_round_reformulated();

    @Message("Adviezen")
    String net_round_advice();

    @Message("Adviezen buiten de kaders")
    String net_round_out_of_the_box();

    @Message("Geholpen")
    String net_round_helped();

    @Message("Wat de inbrenger morgen doet")
    String net_round_tomorrow();

    @Message("Wat nog nodig is")
    String net_round_still_needed();

    @Message("Deelnemers")
    String net_round_participants();

    @Message("ja")
    String net_yes();

    @Message("nee")
    String net_no();

    @Message("Reflectiekaarten")
    String net_cards();

    @Message("Zonder naam van de schrijver.")
    String net_cards_hint();

    @Message("Geen reflectiekaarten ingeleverd.")
    String net_no_cards();

    @Message("Geleerd")
    String net_card_learnt();

    @Message("Opgevallen")
    String net_card_struck();

    @Message("Suggestie")
    String net_card_suggestion();

    @Message("Om te delen")
    String net_card_to_share();

    @Message("Leerplan in {ward}")
    String net_leerplan_title(Object ward);

    @Message("Per professional het aantal keer per stap tegen het doel van de wijk; ✓ is gehaald. Geteld uit leersessies, intervisie en casussen; twee stappen legt een manager of coördinator vast.")
    String net_leerplan_hint();

    @Message("Voortgang per professional (aantal/doel)")
    String net_leerplan_caption();

    @Message("Stappen gehaald")
    String net_steps_reached();

    @Message("afgerond")
    String net_completed();

    @Message("Leersessies bijwonen")
    String net_step_ATTEND_LEERSESSIES();

    @Message("Samenwerkplan-gesprek")
    String net_step_SAMENWERKPLAN_CONVERSATION();

    @Message("Casus inbrengen")
    String net_step_BRING_IN_CASE();

    @Message("MDO organiseren")
    String net_step_ORGANISE_MDO();

    @Message("Intervisie leiden")
    String net_step_LEAD_INTERVISION();

    @Message("Micro-analyse maken")
    String net_step_COMPUTE_MICRO_ANALYSIS();

    @Message("Ervaring delen")
    String net_step_SHARE_EXPERIENCE();

    @Message("Positieve feedback")
    String net_step_POSITIVE_FEEDBACK();

    @Message("Ambassadeur")
    String net_step_AMBASSADOR();

    @Message("De wijk is aangesloten. Laat nu organisaties meedoen en voeg professionals toe.")
    String net_done_ward_onboarded();

    @Message("De wijk is opgeschort: alles blijft leesbaar, maar er kan niets meer veranderen.")
    String net_done_ward_suspended();

    @Message("De wijk is weer actief.")
    String net_done_ward_activated();

    @Message("De organisatie doet mee in deze wijk.")
    String net_done_organisation_takes_part();

    @Message("De professional is toegevoegd aan het netwerk van deze wijk; vanaf de volgende aanmelding opent de wijk voor haar of hem.")
    String net_done_professional_joined();

    @Message("De professional werkt niet meer in deze wijk; bij de volgende aanmelding is de wijk niet meer toegankelijk.")
    String net_done_professional_left();

    @Message("De professional werkt weer in deze wijk; vanaf de volgende aanmelding opent de wijk weer.")
    String net_done_professional_returned();

    @Message("Stopt in deze wijk")
    String net_professional_leave();

    @Message("Weer aan het werk in deze wijk")
    String net_professional_return();

    @Message("wonen")
    String net_sector_HOUSING();

    @Message("welzijn")
    String net_sector_WELFARE();

    @Message("zorg")
    String net_sector_CARE();

    @Message("ggz")
    String net_sector_MENTAL_HEALTH();

    @Message("publieke gezondheid")
    String net_sector_PUBLIC_HEALTH();

    @Message("sport")
    String net_sector_SPORT();

    @Message("kunst en cultuur")
    String net_sector_ART();

    @Message("werk")
    String net_sector_WORK();

    @Message("gemeente")
    String net_sector_MUNICIPALITY();

    @Message("huisarts")
    String net_sector_GP();

    @Message("politie")
    String net_sector_POLICE();

    @Message("bewonersorganisatie")
    String net_sector_RESIDENT_BODY();

    @Message("Leersessie plannen")
    String net_plan_leersessie();

    @Message("Aantal managers")
    String net_count_managers();

    @Message("Aantal bestuurders")
    String net_count_directors();

    @Message("Aantal bewoners")
    String net_count_residents();

    @Message("Aanwezigheid vastleggen")
    String net_record_attendance();

    @Message("Intervisieronde vastleggen")
    String net_record_round();

    @Message("Gespreksleider")
    String net_round_leader();

    @Message("Inbrenger")
    String net_round_contributor();

    @Message("Eén per regel.")
    String net_one_per_line();

    @Message("Reflectiekaart invullen")
    String net_write_card();

    @Message("De leersessie is gepland.")
    String net_done_leersessie_planned();

    @Message("De aanwezigheid is vastgelegd; de leersessie is gehouden.")
    String net_done_attendance_recorded();

    @Message("De intervisieronde is vastgelegd.")
    String net_done_round_recorded();

    @Message("De reflectiekaart is bewaard, zonder naam.")
    String net_done_card_collected();

    @Message("Leerplan van {name}")
    String net_leerplan_of(Object name);

    @Message("Terug naar het leerplan van {ward}")
    String net_leerplan_back(Object ward);

    @Message("Elke stap: aantal keer gedaan tegen het doel van de wijk")
    String net_leerplan_steps_caption();

    @Message("Stap")
    String net_leerplan_step();

    @Message("Gedaan / doel")
    String net_leerplan_count();

    @Message("Hoe het geteld wordt")
    String net_leerplan_source();

    @Message("uit leersessies en intervisie")
    String net_source_THIS_SERVICE();

    @Message("uit het casuswerk")
    String net_source_CASE_SERVICE();

    @Message("vastgelegd door een coördinator of manager")
    String net_source_RECORDED();

    @Message("gemarkeerd door een manager")
    String net_source_MANAGER();

    @Message("Stap vastleggen")
    String net_record_step();

    @Message("Voor een stap die het systeem niet zelf ziet: een Samenwerkplan-gesprek gevoerd of een ervaring gedeeld.")
    String net_record_step_hint();

    @Message("Datum")
    String net_record_on();

    @Message("Toelichting (niet verplicht)")
    String net_record_note();

    @Message("Stap vastleggen")
    String net_record_submit();

    @Message("De stap is vastgelegd in het leerplan.")
    String net_done_step_recorded();

    @Message("Doelen van de wijk")
    String net_targets();

    @Message("Hoe vaak een professional elke stap doet om die te halen (0 tot 100). Een leeg veld houdt zijn doel.")
    String net_targets_hint();

    @Message("Doelen opslaan")
    String net_targets_submit();

    @Message("De doelen van de wijk zijn opgeslagen.")
    String net_done_targets_set();
}
