package nl.wijknetwerk.web.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.wijknetwerk.web.page.Form;

/**
 * The financier's funding sources of a ward budget: one amount in euros per kind of source ({@code source.WELFARE}),
 * for a multi-year agreement or for amending one year. Kinds left empty are not part of the budget; the API's
 * objections to {@code sources[2].amountCents} land under the amount of the kind that was sent third.
 */
final class SourcesForm {

    /** budget-service's kinds of funding source (FundingSource.Kind), in its order. */
    static final List<String> KINDS = List.of("WMO_AMBULATORY_SUPPORT", "WMO_DAY_ACTIVITIES", "WMO_HOUSEHOLD_HELP", "WELFARE",
            "ZVW", "WLZ", "JEUGD", "GGD_INNOVATION");
    private static final Pattern SOURCE_FIELD = Pattern.compile("^sources\\[(\\d+)](?:\\.(amountCents|source))?$");

    private SourcesForm() {
    }

    /** The body to send, and which kind each sent source is, to map objections back. */
    record Body(Map<String, Object> json, List<String> kinds) {

        /** A field of the API's body as the form names it: {@code sources[1].amountCents} is the amount of the second kind sent. */
        String formField(String field) {
            Matcher m = SOURCE_FIELD.matcher(field);
            return m.matches() && Integer.parseInt(m.group(1)) < kinds.size() ? "source." + kinds.get(Integer.parseInt(m.group(1))) : field;
        }
    }

    /** PUT …/{year}/sources: the amounts and the reason (required by the API once the year has started). */
    static Body amendment(Form form) {
        Body body = sources(form);
        putIfPresent(body.json(), "reason", form.optional("reason"));
        return body;
    }

    /** POST …/agreements: the years, a description and the same sources for every year. */
    static Body agreement(Form form) {
        Body sources = sources(form);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("firstYear", BudgetPages.typedNumber(form.optional("firstYear")));
        json.put("lastYear", BudgetPages.typedNumber(form.optional("lastYear")));
        putIfPresent(json, "description", form.optional("description"));
        json.putAll(sources.json());
        return new Body(json, sources.kinds());
    }

    /** The form filled with a year's current sources, in euros as a person types them. */
    @SuppressWarnings("unchecked")
    static Form of(Map<String, Object> overview) {
        Form form = Form.empty();
        if (overview != null) {
            for (Map<String, Object> s : (List<Map<String, Object>>) overview.getOrDefault("sources", List.of())) {
                if (KINDS.contains(String.valueOf(s.get("source"))) && s.get("amountCents") instanceof Number cents) {
                    form.with("source." + s.get("source"), BigDecimal.valueOf(cents.longValue(), 2).stripTrailingZeros().toPlainString());
                }
            }
        }
        return form;
    }

    private static Body sources(Form form) {
        List<Map<String, Object>> sources = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            String typed = form.optional("source." + kind);
            if (typed != null) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("source", kind);
                source.put("amountCents", BudgetPages.euros(typed));
                sources.add(source);
                kinds.add(kind);
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sources", sources);
        return new Body(json, kinds);
    }

    /** Optional fields are left out, not sent as null. */
    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
