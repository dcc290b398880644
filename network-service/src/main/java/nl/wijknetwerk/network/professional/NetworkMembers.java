package nl.wijknetwerk.network.professional;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import nl.wijknetwerk.api.Objection;
import nl.wijknetwerk.shared.problem.ProblemException;

/** Checks used wherever another feature names professionals of the current ward. */
@ApplicationScoped
public class NetworkMembers {

    /** A professional of the ward network, by account id; 404 naming the professional when not in it. */
    public Professional find(String accountId) {
        return Professional.byAccount(accountId).orElseThrow(() -> ProblemException.notFound("professional", accountId));
    }

    /** Whether the account is a professional working in the ward network now. */
    public boolean isActive(String accountId) {
        return Professional.byAccount(accountId).filter(p -> p.active).isPresent();
    }

    /** @throws ProblemException 422 naming {@code field} unless the account is an active professional of the ward */
    public Professional requireActive(String accountId, String field) {
        Professional professional = Professional.byAccount(accountId)
                .orElseThrow(() -> ProblemException.unprocessable(field, new Objection("'" + accountId + "' is not a professional of this ward",
                        "'" + accountId + "' is geen professional van deze wijk")));
        if (!professional.active) {
            throw ProblemException.unprocessable(field, new Objection("'" + accountId + "' has left this ward's network",
                    "'" + accountId + "' heeft het netwerk van deze wijk verlaten"));
        }
        return professional;
    }

    public void requireActive(List<String> accountIds, String field) {
        for (int i = 0; i < accountIds.size(); i++) {
            requireActive(accountIds.get(i), field + "[" + i + "]");
        }
    }
}
