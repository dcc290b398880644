package nl.wijknetwerk.monitoring.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

import nl.wijknetwerk.monitoring.catalogue.Direction;
import nl.wijknetwerk.monitoring.catalogue.IndicatorDefinition;
import nl.wijknetwerk.monitoring.indicator.KpiView;

/**
 * The words of the evaluation report in each of its languages, from {@code report/texts_nl.properties} and
 * {@code report/texts_en.properties} (UTF-8): headings, labels, sentences, units, and the notation of numbers and
 * dates ({@link Notation}). A text takes its values by name: {@code {ward}} in the text is replaced by the value
 * given for {@code ward}. The names of goals and indicators come from the KPI catalogue, Dutch or English.
 */
public final class ReportTexts {

    private static final Map<ReportLanguage, ReportTexts> TEXTS = new EnumMap<>(ReportLanguage.class);

    static {
        for (ReportLanguage language : ReportLanguage.values()) {
            TEXTS.put(language, new ReportTexts(language, load(language)));
        }
    }

    private final ReportLanguage language;
    private final Properties texts;
    private final Notation notation;

    private ReportTexts(ReportLanguage language, Properties texts) {
        this.language = language;
        this.texts = texts;
        this.notation = new Notation(language);
    }

    public static ReportTexts of(ReportLanguage language) {
        return TEXTS.get(language);
    }

    public ReportLanguage language() {
        return language;
    }

    public Notation notation() {
        return notation;
    }

    /** The text of a key; a key missing in this language is a bug, caught by the test that reads both files. */
    public String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No " + language.code() + " text for " + key);
        }
        return text;
    }

    /** The text of a key with its named values filled in: {@code text("title", "ward", "Ruwaard", "period", "2026")}. */
    public String text(String key, String... namesAndValues) {
        String text = text(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
        }
        return text;
    }

    public String unit(IndicatorDefinition.Unit unit) {
        return text("unit." + unit.name());
    }

    public String trend(Direction.Trend trend) {
        return text("trend." + trend.name());
    }

    public String yesNo(Boolean value) {
        return value == null ? "" : text(value ? "yes" : "no");
    }

    public String name(KpiView.Goal goal) {
        return language == ReportLanguage.NL && goal.dutchName() != null ? goal.dutchName() : goal.name();
    }

    public String name(KpiView.Indicator indicator) {
        return language == ReportLanguage.NL && indicator.dutchName() != null ? indicator.dutchName() : indicator.name();
    }

    static Properties load(ReportLanguage language) {
        Properties texts = new Properties();
        String path = "report/texts_" + language.code() + ".properties";
        try (InputStream in = ReportTexts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
