package nl.wijknetwerk.cases.rights;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardWork;

/** Every night, in each active ward, removes what is past its retention period ({@link Retention}). */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;
    private final WardWork wardWork;
    private final WardCalendar calendar;

    public RetentionJob(Retention retention, WardWork wardWork, WardCalendar calendar) {
        this.retention = retention;
        this.wardWork = wardWork;
        this.calendar = calendar;
    }

    @Scheduled(cron = "${wijknetwerk.retention.cron}", identity = "retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        wardWork.inEachActiveWard("Retention", ward -> {
            Retention.Removed removed = retention.purge(ward.slug(), calendar.today(ward), ward.zone());
            LOG.infof("Retention in ward %s removed %d access log line(s), %d closed case(s), %d resident record(s)",
                    ward.slug(), removed.accessLogLines(), removed.cases(), removed.residents());
        });
    }
}
