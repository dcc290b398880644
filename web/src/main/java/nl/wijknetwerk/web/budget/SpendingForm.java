package nl.wijknetwerk.web.budget;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.wijknetwerk.web.page.Form;

/**
 * The controller's form for one spending (an invoice a provider sent on paper or by mail) as the API's spending
 * request: euros as typed become cents, empty optional fields are left out, and spending past what is left of its
 * allocation asks for approval only when the person ticked that.
 */
final class SpendingForm {

    private SpendingForm() {
    }

    static Map<String, Object> body(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", form.optional("category"));
        if ("PROVIDER".equals(form.value("category"))) {
            body.put("providerId", form.optional("providerId"));
        }
        body.put("amountCents", BudgetPages.euros(form.optional("amountCents")));
        body.put("spentOn", form.optional("spentOn"));
        body.put("externalReference", form.optional("externalReference"));
        String description = form.optional("description");
        if (description != null) {
            body.put("description", description);
        }
        body.put("requestApproval", form.checked("requestApproval", "true"));
        return body;
    }

    /** Where the browser goes once the API took it: the spending tab, saying whether it counts or waits for approval. */
    static String done(Map<String, Object> recorded) {
        return "PENDING_APPROVAL".equals(recorded.get("status")) ? "spending_pending" : "spending_recorded";
    }
}
