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

    @Message("Uw eigen wijk; andere wijken ziet u alleen als uw account ze heeft.")
    String dash_comparison_own_only();
}
