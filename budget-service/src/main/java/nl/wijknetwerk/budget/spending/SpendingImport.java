package nl.wijknetwerk.budget.spending;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.wijknetwerk.budget.BudgetConfig;
import nl.wijknetwerk.budget.allocation.Category;
import nl.wijknetwerk.budget.spending.SpendingApi.ImportResult;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingRequest;
import nl.wijknetwerk.budget.spending.SpendingApi.SpendingView;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ExpectedValue;
import nl.wijknetwerk.shared.problem.ProblemException;

/**
 * Imports a providers' spending export in one transaction: a row that is wrong refuses the whole file (the problem
 * names {@code rows[line].field}) and nothing is written. Rows already known by their external reference are
 * skipped, so importing the same file twice records it once. A row past what is left of its allocation waits for
 * the controller's approval.
 */
@ApplicationScoped
public class SpendingImport {

    private final SpendingService spending;
    private final Validator validator;
    private final BudgetConfig config;

    public SpendingImport(SpendingService spending, Validator validator, BudgetConfig config) {
        this.spending = spending;
        this.validator = validator;
        this.config = config;
    }

    @Transactional
    public ImportResult importCsv(String ward, int year, String csv) {
        List<SpendingCsv.Row> rows = SpendingCsv.parse(csv, config.importMaxRows());
        int recorded = 0;
        int pending = 0;
        int known = 0;
        List<SpendingView> views = new ArrayList<>();
        for (SpendingCsv.Row row : rows) {
            SpendingRequest request = request(row);
            SpendingService.Outcome outcome;
            try {
                outcome = spending.record(ward, year, request);
            } catch (ProblemException e) {
                throw inRow(row.line(), e);
            }
            if (!outcome.created()) {
                known++;
            } else if (outcome.spending().status == Spending.Status.PENDING_APPROVAL) {
                pending++;
            } else {
                recorded++;
            }
            views.add(SpendingView.of(outcome.spending()));
        }
        return new ImportResult(rows.size(), recorded, pending, known, views);
    }

    private SpendingRequest request(SpendingCsv.Row row) {
        Map<String, String> v = row.values();
        Category category;
        try {
            category = Category.valueOf(v.getOrDefault("category", ""));
        } catch (IllegalArgumentException e) {
            throw field(row.line(), "category", ExpectedValue.of(Category.class));
        }
        Long amount;
        try {
            amount = v.containsKey("amountCents") ? Long.valueOf(v.get("amountCents")) : null;
        } catch (NumberFormatException e) {
            throw field(row.line(), "amountCents", new Objection("must be whole euro cents, e.g. 125000 for € 1,250.00",
                    "moet een bedrag in hele centen zijn, bijvoorbeeld 125000 voor € 1.250,00"));
        }
        LocalDate spentOn;
        try {
            spentOn = v.containsKey("spentOn") ? LocalDate.parse(v.get("spentOn")) : null;
        } catch (DateTimeParseException e) {
            throw field(row.line(), "spentOn", ExpectedValue.of(LocalDate.class));
        }
        SpendingRequest request = new SpendingRequest(category, v.get("providerId"), amount, spentOn,
                v.get("externalReference"), v.get("description"), true);
        Set<ConstraintViolation<SpendingRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<SpendingRequest> first = violations.iterator().next();
            // The validator's message is in the request's language already (Accept-Language).
            throw ProblemException.badRequest("rows[" + row.line() + "]." + first.getPropertyPath(), first.getMessage());
        }
        return request;
    }

    private static ProblemException field(int line, String field, Objection objection) {
        return ProblemException.badRequest("rows[" + line + "]." + field, objection);
    }

    /** A refusal of one row's spending, placed in that row. */
    private static ProblemException inRow(int line, ProblemException e) {
        return e.placedIn("rows[" + line + "]", new Objection("row " + line, "regel " + line));
    }
}
