package nl.wijknetwerk.network.pulse;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import nl.wijknetwerk.network.ward.WardEntity;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardContext;

/** Once a quarter has ended in a ward, closes it there so its aggregate leaves the service without anyone asking. */
@ApplicationScoped
public class PulseQuarterCloser {

    private static final Logger LOG = Logger.getLogger(PulseQuarterCloser.class);

    private final WardContext context;
    private final PulseService pulses;

    public PulseQuarterCloser(WardContext context, PulseService pulses) {
        this.context = context;
        this.pulses = pulses;
    }

    @Scheduled(cron = "${wijknetwerk.network.pulse.close-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeEndedQuarters() {
        List<WardEntity> wards = QuarkusTransaction.requiringNew().call(() -> WardEntity.<WardEntity> list("status", Ward.Status.ACTIVE));
        for (WardEntity ward : wards) {
            Quarter ended = Quarter.of(LocalDate.now(ward.toWard().zone())).previous();
            try {
                closeIfOpen(ward.slug, ended);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not close pulse quarter %s of ward %s; the next run tries again", ended, ward.slug);
            }
        }
    }

    /** @return whether the quarter was open and is now closed */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closeIfOpen(String ward, Quarter quarter) {
        // Before the first database access: the session of this transaction takes its tenant from the context.
        context.actAsSystem(ward);
        if (PulsePeriod.closed(quarter.toString()).isPresent()) {
            return false;
        }
        pulses.close(ward, quarter);
        return true;
    }
}
