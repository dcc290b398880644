package nl.wijknetwerk.network.pulse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import nl.wijknetwerk.network.NetworkConfig;
import nl.wijknetwerk.network.pulse.PulseApi.PulseAggregated;
import nl.wijknetwerk.shared.event.EventTypes;
import nl.wijknetwerk.shared.outbox.Outbox;

/** Closes a pulse quarter of the current ward: fixes its aggregate and publishes it if the group was large enough. */
@ApplicationScoped
public class PulseService {

    private final Outbox outbox;
    private final NetworkConfig config;

    public PulseService(Outbox outbox, NetworkConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PulsePeriod close(String ward, Quarter quarter) {
        String period = quarter.toString();
        List<PulseAggregate.Scores> scores = Pulse.<Pulse> list("period", period).stream()
                .map(p -> new PulseAggregate.Scores(p.workSatisfaction, p.collaboration)).toList();
        Optional<PulseAggregate> aggregate = PulseAggregate.of(scores, config.pulse().minimumGroupSize());
        PulsePeriod closed = new PulsePeriod();
        closed.id = UUID.randomUUID();
        closed.ward = ward;
        closed.period = period;
        closed.respondents = scores.size();
        closed.closedAt = Instant.now();
        aggregate.ifPresent(a -> {
            closed.workSatisfactionAverage = a.workSatisfactionAverage();
            closed.collaborationAverage = a.collaborationAverage();
            outbox.publish(EventTypes.PULSE_AGGREGATED, ward, ward + ":" + period,
                    new PulseAggregated(period, a.respondents(), a.workSatisfactionAverage(), a.collaborationAverage()));
        });
        closed.persist();
        return closed;
    }
}
