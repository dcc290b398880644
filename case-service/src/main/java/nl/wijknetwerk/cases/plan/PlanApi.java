package nl.wijknetwerk.cases.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.casefile.CaseAccess;

/** Request and response bodies of the Samenwerkplan API. */
public final class PlanApi {

    private PlanApi() {
    }

    static final String SLUG = "^[a-z0-9][a-z0-9-]{0,62}$";

    @Schema(name = "AgreePlan", examples = """
            {"goals": ["Rustig wonen in een andere buurt"],
             "solution": "Verhuizen naar een benedenwoning in een rustige straat, met hulp bij de verhuizing.",
             "agreements": [
               {"what": "Urgentie en passende woning regelen", "performer": "PROFESSIONAL", "professionalId": "bram",
                "organisation": "brabantwonen", "dueOn": "2027-02-01"},
               {"what": "Begeleiding bij wennen in de nieuwe buurt", "performer": "PROFESSIONAL", "professionalId": "chantal",
                "organisation": "pantein", "dueOn": "2027-04-01",
                "provision": {"category": "MAATWERK", "providerId": "pantein", "kind": "ambulante begeleiding",
                              "hoursPerYear": 52, "hourlyRateCents": 6450}}]}""")
    public record AgreePlan(
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> goals,
            @NotBlank @Size(max = 8000) String solution,
            LocalDate agreedOn,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull AgreementRequest> agreements) {
    }

    public record AgreementRequest(
            @NotBlank @Size(max = 2000) String what,
            @NotNull Agreement.Performer performer,
            UUID networkMemberId,
            @Size(max = 200) String professionalId,
            @Pattern(regexp = SLUG, message = "{wijknetwerk.organisation-slug}") String organisation,
            LocalDate dueOn,
            @Valid ProvisionRequest provision) {
    }

    public record ProvisionRequest(
            @NotNull FundedProvision.Category category,
            @Pattern(regexp = SLUG, message = "{wijknetwerk.organisation-slug}") String providerId,
            @Size(max = 200) String kind,
            @PositiveOrZero Long amountCentsPerYear,
            @DecimalMin("0") @DecimalMax("8784") @Digits(integer = 4, fraction = 2) BigDecimal hoursPerYear,
            @PositiveOrZero Long hourlyRateCents) {
    }

    @Schema(name = "CompleteAgreement", examples = """
            {"completedOn": "2027-01-20"}""")
    public record CompleteAgreement(LocalDate completedOn) {
    }

    @Schema(name = "DropAgreement", examples = """
            {"reason": "De bewoner heeft zelf een oplossing gevonden"}""")
    public record DropAgreement(@NotBlank @Size(max = 1000) String reason, LocalDate droppedOn) {
    }

    public record ProvisionView(FundedProvision.Category category, String providerId, String kind,
            Long amountCentsPerYear, BigDecimal hoursPerYear, Long hourlyRateCents, Long yearlyCents) {

        static ProvisionView of(FundedProvision p) {
            return p == null || p.category == null ? null : new ProvisionView(p.category, p.providerId, p.kind,
                    p.amountCentsPerYear, p.hoursPerYear, p.hourlyRateCents, p.yearlyCents());
        }
    }

    public record AgreementView(UUID id, String what, Agreement.Performer performer, UUID networkMemberId,
            String professionalId, String organisation, LocalDate dueOn, Agreement.Status status, LocalDate completedOn,
            LocalDate droppedOn, String droppedReason, ProvisionView provision) {

        static AgreementView of(Agreement a) {
            return new AgreementView(a.id, a.what, a.performer, a.networkMemberId, a.professionalId, a.organisation,
                    a.dueOn, a.status, a.completedOn, a.droppedOn, a.droppedReason, ProvisionView.of(a.provision));
        }
    }

    public record PlanView(UUID caseId, int version, UUID mdoId, List<String> goals, String solution, LocalDate agreedOn,
            String agreedBy, long fundedCentsPerYear, List<AgreementView> agreements) {

        static PlanView of(PlanVersion p, List<Agreement> agreements) {
            long funded = agreements.stream().filter(a -> a.status != Agreement.Status.DROPPED)
                    .map(a -> a.provision == null ? null : a.provision.yearlyCents())
                    .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
            return new PlanView(p.caseId, p.version, p.mdoId, List.copyOf(p.goals), p.solution, p.agreedOn, p.agreedBy,
                    funded, agreements.stream().map(AgreementView::of).toList());
        }

        /**
         * What a manager needs of a plan: who performs what by when and what it costs, to steer capacity and
         * remove barriers; not the resident's goals, the solution or the wording of an agreement.
         */
        static PlanView forManager(PlanVersion p, List<Agreement> agreements) {
            PlanView full = of(p, agreements);
            return new PlanView(full.caseId(), full.version(), full.mdoId(), List.of(), null, full.agreedOn(), full.agreedBy(),
                    full.fundedCentsPerYear(), full.agreements().stream().map(a -> new AgreementView(a.id(), null, a.performer(),
                            a.networkMemberId(), a.professionalId(), a.organisation(), a.dueOn(), a.status(), a.completedOn(),
                            a.droppedOn(), null, a.provision())).toList());
        }

        static PlanView forCaller(PlanVersion p, List<Agreement> agreements, CaseAccess access) {
            return access.isManagerOnly() ? forManager(p, agreements) : of(p, agreements);
        }
    }

    /** Payload of plan-agreed: who performs (pseudonymous ids), due dates and funded provisions, no text. */
    public record PlanAgreed(UUID caseId, int planVersion, LocalDate agreedOn, List<AgreedItem> agreements) {
    }

    public record AgreedItem(UUID agreementId, Agreement.Performer performer, String organisationId,
            String professionalId, LocalDate dueOn, AgreedProvision provision) {
    }

    public record AgreedProvision(String providerId, FundedProvision.Category category, String kind,
            Long amountCentsPerYear, BigDecimal hoursPerYear, Long hourlyRateCents) {
    }

    /** @param organisationId the performing organisation, so its own systems can be told (absent for others) */
    public record AgreementCompleted(UUID caseId, UUID agreementId, LocalDate completedOn, boolean onTime, String organisationId) {
    }

    public record AgreementDropped(UUID caseId, UUID agreementId, LocalDate droppedOn, String organisationId) {
    }
}
