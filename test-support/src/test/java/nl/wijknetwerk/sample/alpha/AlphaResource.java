package nl.wijknetwerk.sample.alpha;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.jwt.JsonWebToken;

import nl.wijknetwerk.api.Problem;
import nl.wijknetwerk.sample.beta.BetaRecord;
import nl.wijknetwerk.sample.beta.BetaService;
import nl.wijknetwerk.shared.outbox.Outbox;

/** Breaks every house rule on purpose, for HouseRulesTest only. */
public class AlphaResource {

    private final Outbox outbox;
    private final BetaService betas;

    public AlphaResource(Outbox outbox, BetaService betas) {
        this.outbox = outbox;
        this.betas = betas;
    }

    @RolesAllowed({ "coordinator" })
    public Object act(JsonWebToken token) {
        BetaRecord record = BetaRecord.named(String.valueOf(token.getClaim("wards")));
        record.name = "changed behind beta's back";
        outbox.publish("sample-acted", "ruwaard", record.id, record.name);
        return new Problem(URI.create("https://example.org/by-hand"), "By hand", 400, null, null, List.of());
    }

    /** Reading what beta's service hands out is fine. */
    public String nameOf(String name) {
        return betas.rename(name).name;
    }
}
