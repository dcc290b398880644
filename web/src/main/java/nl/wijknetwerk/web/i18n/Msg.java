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

    @Message("Inloggen kan even niet")
    String login_unavailable_title();

    @Message("Wijknetwerk kan de inlogdienst nu niet bereiken. Uw gegevens zijn veilig en er is niets veranderd. Probeer het over een minuut opnieuw.")
    String login_unavailable_text();

    @Message("Opnieuw proberen")
    String try_again();

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

    @Message("Evaluatierapport downloaden (PDF)")
    String dash_report_pdf();

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

    @Message("Het knelpunt is gemeld.")
    String done_barrier_reported();

    @Message("Het knelpunt is als opgelost vastgelegd.")
    String done_barrier_resolved();

    @Message("De micro-analyse is berekend.")
    String done_micro_analysis();
}
