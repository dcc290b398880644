package nl.wijknetwerk.cases.initiative;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wijknetwerk.cases.initiative.Initiative.Initiator;
import nl.wijknetwerk.cases.initiative.Initiative.Kind;
import nl.wijknetwerk.cases.initiative.Initiative.Status;

/** Request and response bodies of the initiatives API. */
public final class InitiativeApi {

    private InitiativeApi() {
    }

    @Schema(name = "InitiativeRequest", examples = """
            {"kind": "RESIDENT_INITIATIVE", "name": "Taalcafé in Ons Huis van de Wijk",
             "goal": "Anderstalige buurtgenoten oefenen Nederlands met vrijwilligers uit de wijk",
             "initiator": "RESIDENTS_WITH_PROFESSIONALS", "status": "RUNNING",
             "participants": 18, "volunteers": 4, "visitorsPerWeek": 25,
             "needs": {"space": "een lokaal op dinsdag- en donderdagochtend", "moneyCents": 75000, "people": 2}}""")
    public record InitiativeRequest(
            @NotNull Kind kind,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 4000) String goal,
            @NotNull Initiator initiator,
            @NotNull Status status,
            @PositiveOrZero Integer participants,
            @PositiveOrZero Integer volunteers,
            @PositiveOrZero Integer visitorsPerWeek,
            @Valid Needs needs) {
    }

    /** What the initiative needs to start or keep going. */
    public record Needs(
            @Schema(description = "what space, and when") @Size(max = 500) String space,
            @Schema(description = "euro cents a year") @PositiveOrZero Long moneyCents,
            @Schema(description = "how many more volunteers or helpers") @PositiveOrZero Integer people) {
    }

    public record InitiativeView(UUID id, String ward, Kind kind, String name, String goal, Initiator initiator,
            Status status, Integer participants, Integer volunteers, Integer visitorsPerWeek, Needs needs,
            String createdBy, Instant createdAt, Instant updatedAt) {

        static InitiativeView of(Initiative i) {
            Needs needs = i.needsSpace == null && i.needsMoneyCents == null && i.needsPeople == null ? null
                    : new Needs(i.needsSpace, i.needsMoneyCents, i.needsPeople);
            return new InitiativeView(i.id, i.ward, i.kind, i.name, i.goal, i.initiator, i.status, i.participants,
                    i.volunteers, i.visitorsPerWeek, needs, i.createdBy, i.createdAt, i.updatedAt);
        }
    }

    /** Payload of initiative-changed: counts and status only, no names or descriptions. */
    public record InitiativeChanged(UUID initiativeId, Kind kind, Initiator initiator, Status status,
            Integer participants, Integer volunteers, Integer visitorsPerWeek) {

        static InitiativeChanged of(Initiative i) {
            return new InitiativeChanged(i.id, i.kind, i.initiator, i.status, i.participants, i.volunteers, i.visitorsPerWeek);
        }
    }
}
