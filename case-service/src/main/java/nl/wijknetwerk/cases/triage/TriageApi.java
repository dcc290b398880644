package nl.wijknetwerk.cases.triage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.casefile.CaseFile.TriageRoute;

/** Request and response bodies of the triage-route API. */
public final class TriageApi {

    private TriageApi() {
    }

    @Schema(name = "ChangeTriageRoute", examples = """
            {"route": "GUIDED_TO_COLLECTIVE", "reason": "Na de intake: de buurtkamer past, met een professional erbij."}""")
    public record ChangeTriageRoute(@NotNull TriageRoute route, @Size(max = 1000) String reason) {
    }

    public record RouteChangeView(TriageRoute from, TriageRoute to, String reason, String changedBy, LocalDate changedOn) {

        static RouteChangeView of(TriageRouteChange c) {
            return new RouteChangeView(c.from, c.to, c.reason, c.changedBy, c.changedOn);
        }
    }

    public record TriageView(UUID caseId,
            @Schema(description = "the route now; null when none was given yet") TriageRoute route,
            @Schema(description = "every change, oldest first; the first one's `from` is the route the case opened with")
            List<RouteChangeView> history) {
    }

    /** Payload of triage-route-changed. */
    public record TriageRouteChanged(UUID caseId, TriageRoute from, TriageRoute to, LocalDate changedOn) {
    }
}
