package nl.wijknetwerk.network.professional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.account.AccountWardChanges;
import nl.wijknetwerk.network.leerplan.LeerplanService;
import nl.wijknetwerk.network.leerplan.LeerplanStep;
import nl.wijknetwerk.network.organisation.Organisations;
import nl.wijknetwerk.network.professional.Professional.Role;
import nl.wijknetwerk.network.professional.ProfessionalApi.ChangeProfessional;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalJoined;
import nl.wijknetwerk.network.professional.ProfessionalApi.ProfessionalLeft;
import nl.wijknetwerk.network.professional.ProfessionalApi.RegisterProfessional;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;
import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;

/**
 * Professionals joining, changing and leaving the ward network, and the events that say so; their organisation must
 * take part in the ward. Other features find a professional through {@link NetworkMembers}.
 */
@ApplicationScoped
public class ProfessionalService {

    private final Outbox outbox;
    private final WardContext context;
    private final WardCalendar calendar;
    private final LeerplanService leerplan;
    private final Organisations organisations;
    private final NetworkMembers members;
    private final AccountWardChanges accounts;

    public ProfessionalService(Outbox outbox, WardContext context, WardCalendar calendar, LeerplanService leerplan,
            Organisations organisations, NetworkMembers members, AccountWardChanges accounts) {
        this.outbox = outbox;
        this.context = context;
        this.calendar = calendar;
        this.leerplan = leerplan;
        this.organisations = organisations;
        this.members = members;
        this.accounts = accounts;
    }

    @Transactional
    public Professional register(String ward, RegisterProfessional request) {
        if (Professional.byAccount(request.accountId()).isPresent()) {
            throw ProblemException.conflict("duplicate", "Already exists",
                    new Objection("'" + request.accountId() + "' is already in the network of ward '" + ward + "'",
                            "'" + request.accountId() + "' hoort al bij het netwerk van wijk '" + ward + "'"),
                    "accountId", new Objection("already in this ward's network", "hoort al bij het netwerk van deze wijk"));
        }
        requireTakesPart(ward, request.organisationId());
        Professional professional = new Professional();
        professional.id = UUID.randomUUID();
        professional.ward = context.requireWard();
        professional.accountId = request.accountId();
        professional.name = request.name();
        professional.organisationId = request.organisationId();
        professional.discipline = request.discipline();
        professional.roles = assignableRoles(request.roles());
        professional.active = true;
        professional.joinedOn = calendar.today(ward);
        professional.persist();
        announceJoined(professional);
        return professional;
    }

    @Transactional
    public Professional change(String ward, String id, ChangeProfessional request) {
        Professional professional = find(id);
        boolean wasActive = professional.active;
        String formerOrganisation = professional.organisationId;
        boolean moves = !formerOrganisation.equals(request.organisationId());
        if (request.active() && (moves || !wasActive)) {
            requireTakesPart(ward, request.organisationId());
        }
        List<String> roles = assignableRoles(request.roles());
        if (professional.has(Role.AMBASSADOR)) {
            roles.add(Role.AMBASSADOR.name()); // only a manager marks or unmarks an ambassador
        }
        professional.name = request.name();
        professional.organisationId = request.organisationId();
        professional.discipline = request.discipline();
        professional.roles = roles;
        professional.active = request.active();
        if (wasActive && (!request.active() || moves)) {
            professional.leftOn = request.active() ? null : calendar.today(ward);
            outbox.publish(EventTypes.PROFESSIONAL_LEFT, ward, professional.accountId, new ProfessionalLeft(professional.accountId, formerOrganisation));
            accounts.left(ward, professional.accountId);
        }
        if (request.active() && (!wasActive || moves)) {
            professional.leftOn = null;
            announceJoined(professional);
        }
        return professional;
    }

    @Transactional
    public Professional markAmbassador(String ward, String id) {
        Professional professional = find(id);
        if (!professional.organisationId.equals(context.organisation())) {
            throw ProblemException.forbidden("Only a manager of " + professional.organisationId + " marks its ambassadors");
        }
        if (!professional.active) {
            throw ProblemException.conflict(new Objection("'" + id + "' has left the network of ward '" + ward + "'",
                    "'" + id + "' heeft het netwerk van wijk '" + ward + "' verlaten"));
        }
        if (!professional.has(Role.AMBASSADOR)) {
            professional.roles = new ArrayList<>(professional.roles);
            professional.roles.add(Role.AMBASSADOR.name());
            leerplan.credit(ward, professional.accountId, LeerplanStep.AMBASSADOR, "ambassador", calendar.today(ward));
        }
        return professional;
    }

    private void announceJoined(Professional p) {
        accounts.joined(p.ward, p.accountId);
        outbox.publish(EventTypes.PROFESSIONAL_JOINED, p.ward, p.accountId,
                new ProfessionalJoined(p.accountId, p.organisationId, p.discipline, p.roles.isEmpty() ? null : p.roles.stream().sorted().toList()));
    }

    private void requireTakesPart(String ward, String organisationId) {
        if (!organisations.takesPart(organisationId)) {
            throw ProblemException.unprocessable("organisationId",
                    new Objection("organisation '" + organisationId + "' does not take part in ward '" + ward + "'",
                    "organisatie '" + organisationId + "' doet niet mee in wijk '" + ward + "'"));
        }
    }

    private static List<String> assignableRoles(Set<Role> roles) {
        if (roles == null) {
            return new ArrayList<>();
        }
        if (roles.contains(Role.AMBASSADOR)) {
            throw ProblemException.unprocessable("roles", new Objection("AMBASSADOR is marked by a manager through …/ambassador",
                    "een manager wijst ambassadeurs aan; die rol wordt hier niet gekozen"));
        }
        return new ArrayList<>(roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** A professional of the ward network, by account id; 404 when not in it. */
    public Professional find(String accountId) {
        return members.find(accountId);
    }
}
