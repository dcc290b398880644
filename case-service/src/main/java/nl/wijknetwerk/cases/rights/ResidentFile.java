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
import nl.wijknetwerk.cases.barrier.Barrier;
import nl.wijknetwerk.cases.casefile.CaseFile;
import nl.wijknetwerk.cases.consent.Consent;
import nl.wijknetwerk.cases.intake.IntakeVersion;
import nl.wijknetwerk.cases.mdo.Mdo;
import nl.wijknetwerk.cases.mdo.MdoParticipant;
import nl.wijknetwerk.cases.microanalysis.MicroAnalysis;
import nl.wijknetwerk.cases.plan.Agreement;
import nl.wijknetwerk.cases.plan.PlanVersion;
import nl.wijknetwerk.cases.resident.NetworkMember;
import nl.wijknetwerk.cases.resident.Resident;
import nl.wijknetwerk.cases.wellbeing.WellbeingMeasurement;

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

    public ResidentFile(ObjectMapper mapper, AccessLog log, Retention retention) {
        this.mapper = mapper.copy().addMixIn(PanacheEntityBase.class, EntityState.class);
        this.log = log;
        this.retention = retention;
    }

    public ObjectNode of(Resident r) {
        ObjectNode file = mapper.createObjectNode();
        file.put("generatedAt", Instant.now().toString());
        file.set("resident", tree(r));
        file.set("network", tree(NetworkMember.list("residentId = ?1 order by createdAt", r.id)));
        ArrayNode cases = file.putArray("cases");
        List<CaseFile> own = CaseFile.list("residentId = ?1 order by createdAt", r.id);
        for (CaseFile c : own) {
            ObjectNode one = cases.addObject();
            one.set("case", tree(c));
            one.set("intake", tree(IntakeVersion.list("caseId = ?1 order by version", c.id)));
            ArrayNode mdos = one.putArray("mdos");
            for (Mdo m : Mdo.<Mdo> list("caseId = ?1 order by plannedAt", c.id)) {
                ObjectNode mdo = (ObjectNode) tree(m);
                mdo.set("participants", tree(MdoParticipant.list("mdoId = ?1 order by position", m.id)));
                mdos.add(mdo);
            }
            one.set("plans", tree(PlanVersion.list("caseId = ?1 order by version", c.id)));
            one.set("agreements", tree(Agreement.list("caseId", c.id)));
            one.set("barriers", tree(Barrier.list("caseId = ?1 order by createdAt", c.id)));
            one.set("wellbeing", tree(WellbeingMeasurement.list("caseId = ?1 order by measuredOn, createdAt", c.id)));
            one.set("microAnalyses", tree(MicroAnalysis.list("caseId = ?1 order by createdAt", c.id)));
            one.set("consents", tree(Consent.ofCase(c.id)));
        }
        file.set("accessLog", tree(log.ofResident(r.id, own.stream().map(c -> c.id).toList())));
        file.set("retention", tree(retention.periods()));
        return file;
    }

    private JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }
}
