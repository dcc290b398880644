package nl.wijknetwerk.cases.barrier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
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
        wardWork.inEachActiveWard("Barrier escalation", ward -> {
            int climbed = barriers.escalate(calendar.today(ward)).size();
            if (climbed > 0) {
                LOG.infof("Escalated %d barrier(s) in ward %s", climbed, ward.slug());
            }
        });
    }
}
