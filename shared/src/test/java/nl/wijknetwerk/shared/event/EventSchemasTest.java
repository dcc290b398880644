package nl.wijknetwerk.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The contract itself: every type has a schema, and schemas refuse what consumers could not process. */
class EventSchemasTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static ObjectNode envelope(String type, String data) throws Exception {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("type", type)
                .put("source", "/wijknetwerk/test").put("time", "2025-03-01T10:15:30Z").put("subject", "ruwaard")
                .put("wardid", "ruwaard").put("datacontenttype", "application/json");
        e.set("data", MAPPER.readTree(data));
        return e;
    }

    @ParameterizedTest
    @FieldSource("nl.wijknetwerk.shared.event.EventTypes#ALL")
    void everyTypeHasASchemaThatRefusesAnEmptyPayload(String type) throws Exception {
        assertTrue(EventSchemas.exists(type), type);
        assertFalse(EventSchemas.violations(envelope(type, "{}")).isEmpty(), type + " accepted an empty payload");
    }

    @Test
    void aValidWardOnboardedPasses() throws Exception {
        assertEquals(0, EventSchemas.violations(envelope(EventTypes.WARD_ONBOARDED, """
                {"slug": "ruwaard", "name": "Ruwaard", "municipality": "Oss", "timeZone": "Europe/Amsterdam", "startDate": "2017-01-01"}""")).size());
    }

    @Test
    void unknownTypesExtraFieldsAndBadEnvelopesAreRefused() throws Exception {
        assertFalse(EventSchemas.violations(envelope("nl.wijknetwerk.case.made-up.v1", "{}")).isEmpty());
        assertFalse(EventSchemas.violations(envelope(EventTypes.WARD_SUSPENDED, "{\"slug\": \"ruwaard\", \"name\": \"Jan Jansen\"}")).isEmpty(),
                "an extra field (such as a name) must not slip through");
        ObjectNode noWard = envelope(EventTypes.WARD_SUSPENDED, "{\"slug\": \"ruwaard\"}");
        noWard.remove("wardid");
        assertFalse(EventSchemas.violations(noWard).isEmpty());
    }

    @Test
    void wellbeingScoresOutsideOneToTenAreRefused() throws Exception {
        String id = UUID.randomUUID().toString();
        assertFalse(EventSchemas.violations(envelope(EventTypes.WELLBEING_MEASURED,
                "{\"caseId\": \"" + id + "\", \"moment\": \"T0\", \"score\": 11, \"measuredOn\": \"2025-01-01\"}")).isEmpty());
        assertTrue(EventSchemas.violations(envelope(EventTypes.WELLBEING_MEASURED,
                "{\"caseId\": \"" + id + "\", \"moment\": \"T0\", \"score\": 3, \"measuredOn\": \"2025-01-01\"}")).isEmpty());
    }
}
