package nl.wijknetwerk.cases.barrier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardWork;

/** Every morning, each active ward's open barriers climb to managers and directors when past their threshold. */
@ApplicationScoped
public class BarrierEscalationJob {

    private static final Logger LOG = Logger.getLogger(BarrierEscalationJob.class);

    private final BarrierService barriers;
    private final WardWork wardWork;
    private final WardCalendar calendar;

    public BarrierEscalationJob(BarrierService barriers, WardWork wardWork, WardCalendar calendar) {
        this.barriers = barriers;
        this.wardWork = wardWork;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${wijknetwerk.barriers.escalation-cron}", identity = "barrier-escalation",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (Ward ward : wardWork.activeWards()) {
            // One ward at a time, each in its own tenant and transaction: one ward's trouble never blocks another's.
            try {
                int climbed = wardWork.inWard(ward.slug(), () -> barriers.escalate(calendar.today(ward)).size());
                if (climbed > 0) {
                    LOG.infof("Escalated %d barrier(s) in ward %s", climbed, ward.slug());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Barrier escalation failed in ward %s: %s", ward.slug(), e.getMessage());
            }
        }
    }
}
