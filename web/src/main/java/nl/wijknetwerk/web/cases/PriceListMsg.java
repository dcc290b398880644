package nl.wijknetwerk.web.cases;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the price-list pages: Dutch here (the default), English in {@code messages/prl_en.properties}.
 * Templates use {@code {prl:key}}; a bundle of its own, like {@code bud}, {@code net} and {@code dash}, keeps each
 * generated bundle class small.
 */
@MessageBundle(value = "prl", locale = "nl")
public interface PriceListMsg {

    @Message("Maatschappelijke Prijslijst")
    String prl_title();

    @Message("De edities van de prijslijst waarmee micro-analyses rekenen: per interventie wat ze kost en uit welk financieringsdomein. Een editie die een micro-analyse gebruikte, verandert niet meer.")
    String prl_hint();

    @Message("Prijslijst")
    String prl_nav();

    @Message("Nieuwe editie van de prijslijst")
    String prl_new();

    @Message("Nieuwe editie op basis van deze")
    String prl_new_from();

    @Message("Er is nog geen prijslijst.")
    String prl_none();

    @Message("Edities, nieuwste jaar eerst")
    String prl_editions_caption();

    @Message("Editie")
    String prl_edition();

    @Message("Een korte naam met kleine letters, cijfers en streepjes, bijvoorbeeld 2027-oss. Een bestaande editie die nog geen micro-analyse gebruikte, wordt vervangen.")
    String prl_edition_hint();

    @Message("Titel")
    String prl_title_field();

    @Message("Jaar")
    String prl_year();

    @Message("Interventies")
    String prl_items();

    @Message("Status")
    String prl_status();

    @Message("in gebruik door een micro-analyse: verandert niet meer")
    String prl_locked();

    @Message("nog niet gebruikt")
    String prl_unlocked();

    @Message("Ingevoerd door")
    String prl_imported_by();

    @Message("Alle edities van de prijslijst")
    String prl_back();

    @Message("Interventies van editie {edition}")
    String prl_items_caption(Object edition);

    @Message("Code")
    String prl_code();

    @Message("Omschrijving")
    String prl_description();

    @Message("Categorie")
    String prl_category();

    @Message("Eenheid")
    String prl_unit();

    @Message("Prijs per eenheid")
    String prl_unit_price();

    @Message("Prijs per eenheid (€)")
    String prl_unit_price_euros();

    @Message("Financieringsdomein")
    String prl_domain();

    @Message("Code")
    String prl_col_code();

    @Message("Omschrijving")
    String prl_col_description();

    @Message("Categorie")
    String prl_col_category();

    @Message("Eenheid")
    String prl_col_unit();

    @Message("Prijs per eenheid (€)")
    String prl_col_unitPrice();

    @Message("Financieringsdomein")
    String prl_col_domain();

    @Message("Regel {number}")
    String prl_row(Object number);

    @Message("Interventies")
    String prl_rows();

    @Message("Eén interventie per regel; lege regels tellen niet mee. Een prijs in euro's, zoals 32,50.")
    String prl_rows_hint();

    @Message("Beginnen met")
    String prl_start_from();

    @Message("een lege lijst")
    String prl_start_empty();

    @Message("Overnemen")
    String prl_start();

    @Message("Prijslijst opslaan")
    String prl_save();

    @Message("De prijslijst is opgeslagen. Nieuwe micro-analyses rekenen met de nieuwste editie.")
    String prl_done_saved();

    @Message("De prijslijst bekijken")
    String prl_view();

    @Message("Typ de interventies van de nieuwe editie, of neem een bestaande editie over en pas die aan. Alleen de coördinator voegt een editie toe.")
    String prl_new_hint();

    @Message("'new' gebruikt deze pagina zelf voor een nieuwe editie; kies een andere naam, bijvoorbeeld 2027-oss")
    String prl_edition_reserved();
}
