package nl.wijknetwerk.cases.rights;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import nl.wijknetwerk.cases.accesslog.AccessLog;
import nl.wijknetwerk.cases.barrier.BarrierService;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.casefile.CaseQueries;
import nl.wijknetwerk.cases.consent.ConsentService;
import nl.wijknetwerk.cases.intake.IntakeService;
import nl.wijknetwerk.cases.mdo.Mdo;
import nl.wijknetwerk.cases.mdo.MdoQueries;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysisService;
import nl.wijknetwerk.cases.plan.PlanQueries;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.resident.ResidentQueries;
import nl.wijknetwerk.cases.wellbeing.WellbeingService;

/**
 * Everything case-service holds about one resident (AVG art. 15): her record and network, each of her cases with
 * its intake versions, MDOs, plan versions and agreements, barriers, wellbeing measurements, micro-analyses and
 * consent decisions, the access log of her data, and how long each kind of record is kept. The records as stored,
 * field by field, so nothing held is left out.
 */
@ApplicationScoped
public class ResidentFile {

    /** A Panache entity's own state, without the session bookkeeping. */
    @JsonIgnoreProperties({ "persistent" })
    abstract static class EntityState {
    }

    private final ObjectMapper mapper;
    private final AccessLog log;
    private final Retention retention;
    private final ResidentQueries residents;
    private final CaseQueries cases;
    private final IntakeService intakes;
    private final MdoQueries mdos;
    private final PlanQueries plans;
    private final BarrierService barriers;
    private final WellbeingService wellbeing;
    private final MicroAnalysisService microAnalyses;
    private final ConsentService consents;

    /** Each kind of record is asked of the feature that keeps it. */
    public ResidentFile(ObjectMapper mapper, AccessLog log, Retention retention, ResidentQueries residents, CaseQueries cases,
            IntakeService intakes, MdoQueries mdos, PlanQueries plans, BarrierService barriers, WellbeingService wellbeing,
            MicroAnalysisService microAnalyses, ConsentService consents) {
        this.mapper = mapper.copy().addMixIn(PanacheEntityBase.class, EntityState.class);
        this.log = log;
        this.retention = retention;
        this.residents = residents;
        this.cases = cases;
        this.intakes = intakes;
        this.mdos = mdos;
        this.plans = plans;
        this.barriers = barriers;
        this.wellbeing = wellbeing;
        this.microAnalyses = microAnalyses;
        this.consents = consents;
    }

    public ObjectNode of(Resident r) {
        ObjectNode file = mapper.createObjectNode();
        file.put("generatedAt", Instant.now().toString());
        file.set("resident", tree(r));
        file.set("network", tree(residents.network(r.id)));
        ArrayNode caseNodes = file.putArray("cases");
        List<CaseFile> own = cases.ofResident(r.id);
        for (CaseFile c : own) {
            ObjectNode one = caseNodes.addObject();
            one.set("case", tree(c));
            one.set("intake", tree(intakes.versions(c.id)));
            ArrayNode mdoNodes = one.putArray("mdos");
            for (Mdo m : mdos.ofCase(c.id)) {
                ObjectNode mdo = (ObjectNode) tree(m);
                mdo.set("participants", tree(mdos.participants(m.id)));
                mdoNodes.add(mdo);
            }
            one.set("plans", tree(plans.versions(c.id)));
            one.set("agreements", tree(plans.agreements(c.id)));
            one.set("barriers", tree(barriers.ofCase(c.id)));
            one.set("wellbeing", tree(wellbeing.measurementsOf(c.id)));
            one.set("microAnalyses", tree(microAnalyses.ofCase(c.id)));
            one.set("consents", tree(consents.decisionsOf(c.id)));
        }
        file.set("accessLog", tree(log.ofResident(r.id, own.stream().map(c -> c.id).toList())));
        file.set("retention", tree(retention.periods()));
        return file;
    }

    private JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
