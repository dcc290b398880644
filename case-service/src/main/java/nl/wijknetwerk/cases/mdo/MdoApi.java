package nl.wijknetwerk.cases.mdo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the MDO API. */
public final class MdoApi {

    private MdoApi() {
    }

    @Schema(name = "PlanMdo", examples = """
            {"plannedAt": "2026-12-03T10:00:00+01:00",
             "participants": [
               {"kind": "RESIDENT", "residentId": "3f1c3a52-8d4e-4a8e-9a57-0c3c7e1b2d11"},
               {"kind": "NETWORK_MEMBER", "networkMemberId": "a1d0c0de-0000-4000-8000-000000000001"},
               {"kind": "PROFESSIONAL", "professionalId": "bram", "organisation": "brabantwonen"},
               {"kind": "PROFESSIONAL", "professionalId": "chantal", "organisation": "pantein"}]}""",
            description = "At the resident's home unless a place is given, which then needs a reason.")
    public record PlanMdo(
            @NotNull OffsetDateTime plannedAt,
            @Size(max = 200) String place,
            @Size(max = 1000) String placeReason,
            @Size(max = 200) String supportedBy,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull Participant> participants) {
    }

    public record Participant(
            @NotNull MdoParticipant.Kind kind,
            UUID residentId,
            UUID networkMemberId,
            @Size(max = 200) String professionalId,
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,62}$", message = "{wijknetwerk.organisation-slug}") String organisation) {
    }

    @Schema(name = "RecordMdoHeld", examples = """
            {"heldOn": "2026-12-03", "residentPresent": true, "consentToShare": true}""",
            description = "Held only with the resident present and their consent to share the case with the organisations at the table.")
    public record RecordHeld(
            LocalDate heldOn,
            @NotNull Boolean residentPresent,
            @NotNull Boolean consentToShare,
            List<UUID> absentParticipants,
            @Size(max = 4000) String notes) {
    }

    public record ParticipantView(UUID id, MdoParticipant.Kind kind, UUID residentId, UUID networkMemberId,
            String professionalId, String organisation, Boolean present) {

        static ParticipantView of(MdoParticipant p) {
            return new ParticipantView(p.id, p.kind, p.residentId, p.networkMemberId, p.professionalId, p.organisation, p.present);
        }
    }

    public record MdoView(UUID id, UUID caseId, Instant plannedAt, boolean atHome, String place, String placeReason,
            String organiserId, String supportedBy, Mdo.Status status, LocalDate heldOn, Boolean residentPresent,
            Boolean consentToShare, List<ParticipantView> participants) {

        static MdoView of(Mdo m, List<MdoParticipant> participants) {
            return new MdoView(m.id, m.caseId, m.plannedAt, m.atHome, m.place, m.placeReason, m.organiserId,
                    m.supportedBy, m.status, m.heldOn, m.residentPresent, m.consentToShare,
                    participants.stream().map(ParticipantView::of).toList());
        }

        /**
         * What an organisation invited before the resident consented needs to come: when, where (at the resident's
         * home, or the place), who invites and which professionals sit at the table; nothing about the resident.
         */
        static MdoView invitation(Mdo m, List<MdoParticipant> participants) {
            return new MdoView(m.id, m.caseId, m.plannedAt, m.atHome, m.place, null, m.organiserId, m.supportedBy,
                    m.status, null, null, null, participants.stream().filter(MdoParticipant::isProfessional)
                            .map(ParticipantView::of).toList());
        }
    }

    public record MdoCancelled(UUID caseId, UUID mdoId, LocalDate cancelledOn) {
    }

    public record MdoPlanned(UUID caseId, UUID mdoId, Instant plannedAt, boolean atHome, String organiserId,
            List<String> organisations, String supportedBy) {
    }

    public record MdoHeld(UUID caseId, UUID mdoId, LocalDate heldOn, String organiserId, String supportedBy,
            List<String> organisations, List<String> professionals, Integer networkMembers, Integer daysSinceOpened) {
    }
}
