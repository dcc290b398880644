package nl.wijknetwerk.web.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The dashboard's words for what the KPI API answers in codes: Dutch here, English in
 * {@code messages/dash_en.properties}. A bundle of its own, like {@code bud} and {@code net}, keeps each generated
 * bundle class small.
 */
@MessageBundle(value = "dash", locale = "nl")
public interface DashMsg {

    @Message("↑ beter")
    String dash_trend_IMPROVING();

    @Message("↓ slechter")
    String dash_trend_WORSENING();

    @Message("→ gelijk")
    String dash_trend_STABLE();

    @Message("↕ veranderd")
    String dash_trend_CHANGED();

    @Message("geen vergelijking")
    String dash_trend_NO_DATA();

    @Message("niet getoond: minder dan 5 casussen")
    String dash_withheld();

    @Message("Let op: de cijfers worden op dit moment opnieuw berekend en zijn tot dat klaar is onvolledig.")
    String dash_incomplete_running();

    @Message("Let op: de laatste herberekening van de cijfers is mislukt; ze zijn onvolledig tot een nieuwe klaar is.")
    String dash_incomplete_failed();

    @Message("Uw eigen wijk; andere wijken ziet u alleen als uw account ze heeft.")
    String dash_comparison_own_only();

    @Message("Cijfers importeren voor {ward}")
    String dash_import_title(Object ward);

    @Message("{count} cijfers geïmporteerd. Hieronder staan ze per periode.")
    String dash_imported(Object count);

    @Message("Cijfers die geen dienst zelf bijhoudt (pgb's, bezwaar en beroep, huisartsbezoeken, crises) komen uit een CSV met de kolommen period,indicator,value. Een periode is een jaar (2026), kwartaal (2026-Q3) of maand (2026-07). Alles of niets: bij één fout wordt niets geïmporteerd; een periode opnieuw importeren vervangt haar cijfer.")
    String dash_import_hint();

    @Message("Terug naar het dashboard")
    String dash_import_back();

    @Message("CSV importeren")
    String dash_import_form();

    @Message("CSV-bestand")
    String dash_import_file();

    @Message("Een gekozen bestand gaat voor geplakte tekst.")
    String dash_import_file_hint();

    @Message("Of plak de regels hier")
    String dash_import_paste();

    @Message("Eerste regel: period,indicator,value (puntkomma's mogen ook, met decimale komma's).")
    String dash_import_paste_hint();

    @Message("Importeren")
    String dash_import_submit();

    @Message("Niet geïmporteerd: {count} problemen in de CSV. Ze staan onder de tekst; verbeter ze daar en importeer opnieuw.")
    String dash_import_refused(Object count);

    @Message("Er is niets geïmporteerd:")
    String dash_import_nothing();

    @Message("Regel {line}, kolom {column}")
    String dash_import_at(Object line, Object column);

    @Message("Geïmporteerde cijfers")
    String dash_import_figures();

    @Message("Per indicator die uit een import komt: het cijfer per periode")
    String dash_import_figures_caption();

    @Message("Code in de CSV")
    String dash_import_code();

    @Message("Geen indicatoren die uit een import komen.")
    String dash_import_no_indicators();

    @Message("Cijfers importeren")
    String dash_import_link();
}
