package nl.wijknetwerk.cases.rights;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The resident's file as a plain page to read and print: every section, every record, every field. */
final class ResidentFilePage {

    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("resident", "Uw gegevens / Your record"),
            Map.entry("network", "Uw netwerk / Your network"),
            Map.entry("cases", "Uw casussen / Your cases"),
            Map.entry("case", "Casus / Case"),
            Map.entry("intake", "Ik wil, ik kan, ik heb nodig / Intake"),
            Map.entry("mdos", "MDO's (keukentafelgesprekken) / Meetings"),
            Map.entry("participants", "Aan tafel / At the table"),
            Map.entry("plans", "Samenwerkplan / Plan"),
            Map.entry("agreements", "Afspraken / Agreements"),
            Map.entry("barriers", "Belemmeringen / Barriers"),
            Map.entry("wellbeing", "Welbevinden / Wellbeing"),
            Map.entry("microAnalyses", "Micro-analyses / Micro-analyses"),
            Map.entry("consents", "Toestemming / Consent"),
            Map.entry("accessLog", "Wie keek of wijzigde / Who looked or changed (access log)"),
            Map.entry("retention", "Hoe lang wij gegevens bewaren / How long we keep records"));

    private ResidentFilePage() {
    }

    static String render(ObjectNode file) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><title>Mijn gegevens / My data</title>
                <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.4}
                dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}
                section{border-top:1px solid #ccc;margin-top:1rem}</style></head><body>
                <h1>Alles wat wij over u bewaren / Everything we hold about you</h1>
                """);
        html.append("<p>Opgesteld / Generated: ").append(escape(file.path("generatedAt").asText())).append("</p>\n");
        Iterator<Map.Entry<String, JsonNode>> fields = file.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("generatedAt")) {
                section(html, field.getKey(), field.getValue(), 2);
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder html, String key, JsonNode value, int level) {
        int h = Math.min(level, 6);
        html.append("<section><h").append(h).append('>').append(escape(SECTIONS.getOrDefault(key, key)))
                .append("</h").append(h).append(">\n");
        value(html, value, level);
        html.append("</section>\n");
    }

    private static void value(StringBuilder html, JsonNode value, int level) {
        if (value.isArray()) {
            if (value.isEmpty()) {
                html.append("<p>Geen / None</p>\n");
            }
            for (JsonNode item : value) {
                value(html, item, level);
            }
        } else if (value.isObject()) {
            html.append("<dl>\n");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isContainerNode() && SECTIONS.containsKey(field.getKey())) {
                    continue;
                }
                html.append("<dt>").append(escape(field.getKey())).append("</dt><dd>");
                if (field.getValue().isContainerNode()) {
                    value(html, field.getValue(), level + 1);
                } else {
                    html.append(escape(field.getValue().isNull() ? "—" : field.getValue().asText()));
                }
                html.append("</dd>\n");
            }
            html.append("</dl>\n");
            fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isContainerNode() && SECTIONS.containsKey(field.getKey())) {
                    section(html, field.getKey(), field.getValue(), level + 1);
                }
            }
        } else {
            html.append("<p>").append(escape(value.asText())).append("</p>\n");
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
