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

    @Message("Niet geïmporteerd: {#if count == 1}1 probleem in de CSV. Het staat onder de tekst; verbeter het{#else}{count} problemen in de CSV. Ze staan onder de tekst; verbeter ze{/if} daar en importeer opnieuw.")
    String dash_import_refused(Object count);

    @Message("Er is niets geïmporteerd:")
    String dash_import_nothing();

    @Message("Regel {line}, kolom {column}")
    String dash_import_at(Object line, Object column);

    @Message("Regel {line}")
    String dash_import_line(Object line);

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

    @Message("Wijkprofiel bijwerken voor {ward}")
    String dash_profile_title(Object ward);

    @Message("Het wijkprofiel is vervangen: {count} cijfers. Hieronder staat het zoals het nu is.")
    String dash_profile_replaced(Object count);

    @Message("Het wijkprofiel zet de kerncijfers van de wijk naast die van de gemeente, bijvoorbeeld uit de wijkmonitor. Een CSV met de kolommen figure,label,unit,ward,municipality,year vervangt het hele profiel: figure is een code (kleine letters, cijfers en streepjes), label de naam zoals het dashboard hem toont, unit een van COUNT, PERCENT, EUR, DAYS, SCORE, AVERAGE, PER_WEEK, ward het cijfer van de wijk, municipality dat van de gemeente (mag leeg) en year het jaar van de cijfers. Alles of niets: bij één fout blijft het huidige profiel staan.")
    String dash_profile_hint();

    @Message("CSV met het nieuwe profiel")
    String dash_profile_form();

    @Message("Eerste regel: figure,label,unit,ward,municipality,year (puntkomma's mogen ook, met decimale komma's).")
    String dash_profile_paste_hint();

    @Message("Het wijkprofiel nu")
    String dash_profile_now();

    @Message("Deze wijk heeft nog geen wijkprofiel.")
    String dash_profile_none();

    @Message("Kerncijfers van de wijk naast die van de gemeente")
    String dash_profile_caption();

    @Message("Verschil")
    String dash_profile_difference();

    @Message("Jaar")
    String dash_profile_year();

    @Message("Wijkprofiel bijwerken")
    String dash_profile_link();
}
