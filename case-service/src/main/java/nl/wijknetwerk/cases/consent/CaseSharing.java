package nl.wijknetwerk.cases.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.cases.casefile.CaseAccess;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseOrganisation;
import nl.wijknetwerk.cases.mdo.Mdo;
import nl.wijknetwerk.cases.mdo.MdoParticipant;
import nl.wijknetwerk.cases.mdo.MdoQueries;

/**
 * Keeps what each organisation may see of a case ({@link CaseOrganisation#scope}) in step with the facts: the
 * invitations to its tables, the resident's consent decisions and organisations leaving the ward. The rule itself
 * is {@link ConsentRule}. Called inside the transaction that changed a fact.
 */
@ApplicationScoped
public class CaseSharing {

    private final CaseAccess access;
    private final MdoQueries mdos;

    public CaseSharing(CaseAccess access, MdoQueries mdos) {
        this.access = access;
        this.mdos = mdos;
    }

    /** Organisations invited to a table of the case: linked to it, and from now on seeing what the rule allows. */
    public void invited(CaseFile c, Collection<String> organisations) {
        organisations.forEach(o -> access.admit(c, o, CaseOrganisation.Via.MDO));
        reassess(c.id);
    }

    /** Re-derives what every organisation linked to the case may see. */
    public void reassess(UUID caseId) {
        List<Consent> decisions = Consent.ofCase(caseId);
        Map<UUID, Mdo> tables = mdos.ofCase(caseId).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MdoParticipant> invited = mdos.professionalsAt(tables.keySet());
        access.rescope(caseId, o -> {
            List<ConsentRule.Table> invitations = invited.stream().filter(p -> o.organisation.equals(p.organisation))
                    .map(p -> ConsentRule.Table.valueOf(tables.get(p.mdoId).status.name())).toList();
            return ConsentRule.scope(new ConsentRule.Facts(o.via == CaseOrganisation.Via.OPENED, o.leftWardOn != null,
                    invitations, ConsentRule.latestFor(o.organisation, decisions)));
        });
    }

    /** An organisation stopped taking part in the current ward: it sees none of the ward's cases any more. */
    public int organisationLeft(String organisation, LocalDate until) {
        return access.leaveWard(organisation, until);
    }
}
