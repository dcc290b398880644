package nl.wijknetwerk.web.coordinator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.qute.TemplateExtension;
import nl.wijknetwerk.web.page.Form;

/**
 * The coordinator's forms as the API's request bodies, field names kept as the API names them so a refusal lands
 * under its field. Empty optional fields are left out (the API then takes its default), never sent empty.
 */
final class NetworkForms {

    static final String DEFAULT_ZONE = "Europe/Amsterdam";
    /** network-service's participation kinds (Participation.Kind), in its order. */
    static final List<String> PARTICIPATIONS = List.of("WAY_OF_WORKING", "FINANCIAL_EXPERIMENT");
    /** The roles a coordinator assigns; AMBASSADOR is marked by a manager of the professional's own organisation. */
    static final List<String> ROLES = List.of("AANJAGER", "KWARTIERMAKER");

    private NetworkForms() {
    }

    /** POST /api/wards: a new ward (tenant). */
    static Map<String, Object> onboardWard(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", form.value("slug").strip());
        body.put("name", form.value("name").strip());
        body.put("municipality", form.value("municipality").strip());
        body.put("timeZone", form.optional("timeZone") == null ? DEFAULT_ZONE : form.optional("timeZone"));
        putIfPresent(body, "startDate", form.optional("startDate"));
        return body;
    }

    /** POST …/suspension and …/activation: the reason is optional. */
    static Map<String, Object> statusChange(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "reason", form.optional("reason"));
        return body;
    }

    /** PUT /api/wards/{ward}/organisations/{organisation}: how the organisation takes part, from when. */
    static Map<String, Object> takePart(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "participation", form.optional("participation"));
        putIfPresent(body, "since", form.optional("since"));
        return body;
    }

    /** POST /api/wards/{ward}/professionals: an account joins the ward network for its organisation. */
    static Map<String, Object> addProfessional(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountId", form.value("accountId").strip());
        body.put("name", form.value("name").strip());
        body.put("organisationId", form.value("organisationId"));
        putIfPresent(body, "discipline", form.optional("discipline"));
        body.put("roles", form.values("roles").stream().filter(ROLES::contains).toList());
        return body;
    }

    /**
     * PUT /api/wards/{ward}/professionals/{id}: the membership as it is, active or not. Ambassador is left out:
     * only a manager marks it, and the API keeps it.
     */
    static Map<String, Object> membership(Map<String, Object> now, boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", now.get("name"));
        body.put("organisationId", now.get("organisationId"));
        putIfPresent(body, "discipline", now.get("discipline"));
        body.put("roles", now.get("roles") instanceof List<?> roles ? roles.stream().filter(ROLES::contains).toList() : List.of());
        body.put("active", active);
        return body;
    }

    /** network-service's kinds of leersessie (Leersessie.Kind) and its tables (SessionTable), in their order. */
    static final List<String> SESSION_KINDS = List.of("PROFESSIONALS_BIWEEKLY", "WITH_MANAGERS", "MANAGERS", "DIRECTORS");
    static final List<String> SESSION_TABLES = List.of("PLENARY", "NEWCOMERS", "INDIVIDUAL_CASES", "COLLECTIVE_CASES", "THEMES", "NETWORKING_MDOS");

    /** POST /api/wards/{ward}/leersessies: plan (or register afterwards) a session with its tables. */
    static Map<String, Object> planLeersessie(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", form.optional("kind"));
        body.put("heldOn", form.optional("heldOn"));
        putIfPresent(body, "theme", form.optional("theme"));
        body.put("tables", form.values("tables").stream().filter(SESSION_TABLES::contains).toList());
        return body;
    }

    /** POST …/attendance: the professionals ticked, and how many managers, directors and residents came. */
    static Map<String, Object> attendance(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("professionals", form.values("professionals"));
        for (String group : List.of("managers", "directors", "residents")) {
            body.put(group, count(form.value(group)));
        }
        return body;
    }

    /** POST …/intervision-rounds: advice one per line; "helped" only when the contributor said yes or no. */
    static Map<String, Object> intervisionRound(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leaderId", form.value("leaderId"));
        body.put("contributorId", form.value("contributorId"));
        body.put("participants", form.values("participants"));
        body.put("question", form.value("question"));
        putIfPresent(body, "reformulatedQuestion", form.optional("reformulatedQuestion"));
        body.put("advice", lines(form.value("advice")));
        List<String> outOfTheBox = lines(form.value("outOfTheBoxAdvice"));
        if (!outOfTheBox.isEmpty()) {
            body.put("outOfTheBoxAdvice", outOfTheBox);
        }
        String helped = form.optional("helped");
        if ("yes".equals(helped) || "no".equals(helped)) {
            body.put("helped", "yes".equals(helped));
        }
        putIfPresent(body, "tomorrow", form.optional("tomorrow"));
        putIfPresent(body, "stillNeeded", form.optional("stillNeeded"));
        return body;
    }

    /** POST …/reflection-cards: kept without the writer's name, so the form asks none. */
    static Map<String, Object> reflectionCard(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("learnt", "struck", "suggestion", "toShare")) {
            putIfPresent(body, field, form.optional(field));
        }
        return body;
    }

    /** POST …/professionals/{id}/leerplan/steps: the step, the day it happened, a note if any. */
    static Map<String, Object> recordStep(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("step", form.optional("step"));
        body.put("on", form.optional("on"));
        putIfPresent(body, "note", form.optional("note"));
        return body;
    }

    /** The steps of a leerplan that are recorded by hand, as the API marks them (source RECORDED), in its order. */
    static List<String> recordable(List<Map<String, Object>> steps) {
        return steps.stream().filter(s -> "RECORDED".equals(s.get("source"))).map(s -> String.valueOf(s.get("step"))).toList();
    }

    /** {@code targets[ORGANISE_MDO]}: a step's target field, named as the API names its objection ({@code {lp:target(step)}}). */
    @TemplateExtension(namespace = "lp", matchName = "target")
    static String targetField(String step) {
        return "targets[" + step + "]";
    }

    private static final java.util.regex.Pattern TARGET_AS_PROPERTY = java.util.regex.Pattern.compile("^targets\\.([A-Z_]+)$");

    /** The API names a target it could not read {@code targets.STEP} and one out of range {@code targets[STEP]}: both land under the step's field. */
    static String targetFieldOf(String apiField) {
        java.util.regex.Matcher m = TARGET_AS_PROPERTY.matcher(apiField);
        return m.matches() ? targetField(m.group(1)) : apiField;
    }

    /** The targets form filled with the ward's current targets. */
    static Form targetsForm(Map<String, Object> targets) {
        Form form = Form.empty();
        targets.forEach((step, target) -> form.with(targetField(step), target));
        return form;
    }

    private static final java.util.regex.Pattern TARGET_FIELD = java.util.regex.Pattern.compile("^targets\\[([A-Z_]+)]$");

    /** PUT /api/wards/{ward}/leerplan/targets: each step's target as typed; an empty field is left out (it keeps its target). */
    static Map<String, Object> targets(Form form) {
        Map<String, Object> targets = new LinkedHashMap<>();
        for (String name : form.names()) {
            java.util.regex.Matcher m = TARGET_FIELD.matcher(name);
            String typed = form.optional(name);
            if (m.matches() && typed != null) {
                targets.put(m.group(1), count(typed));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("targets", targets);
        return body;
    }

    private static List<String> lines(String text) {
        return java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A count as typed; empty is none; not a number is sent as typed, so the API names the field. */
    private static Object count(String typed) {
        if (typed.isBlank()) {
            return 0;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    /**
     * The leerplan of every professional as one table: a row per professional, a cell per step with its count
     * against the ward's target, in the order of the targets the API gives.
     */
    @SuppressWarnings("unchecked")
    static List<LeerplanRow> leerplanRows(List<String> steps, List<Map<String, Object>> leerplans) {
        List<LeerplanRow> rows = new ArrayList<>();
        for (Map<String, Object> plan : leerplans) {
            Map<String, Map<String, Object>> byStep = new TreeMap<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) plan.getOrDefault("steps", List.of())) {
                byStep.put(String.valueOf(s.get("step")), s);
            }
            List<LeerplanCell> cells = new ArrayList<>();
            for (String step : steps) {
                Map<String, Object> s = byStep.get(step);
                cells.add(s == null ? new LeerplanCell(step, 0, 0, false)
                        : new LeerplanCell(step, number(s.get("count")), number(s.get("target")), Boolean.TRUE.equals(s.get("reached"))));
            }
            rows.add(new LeerplanRow(String.valueOf(plan.get("professionalId")), String.valueOf(plan.getOrDefault("name", plan.get("professionalId"))),
                    number(plan.get("stepsReached")), Boolean.TRUE.equals(plan.get("completed")), cells));
        }
        return rows;
    }

    public record LeerplanRow(String professionalId, String name, int stepsReached, boolean completed, List<LeerplanCell> cells) {
    }

    public record LeerplanCell(String step, int count, int target, boolean reached) {
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static void putIfPresent(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value);
        }
    }
}
