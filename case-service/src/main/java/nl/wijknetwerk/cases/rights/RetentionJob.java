package nl.wijknetwerk.cases.rights;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardJobs;

/** Every night, in each active ward, removes what is past its retention period ({@link Retention}). */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${wijknetwerk.retention.cron}", identity = "retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (Ward ward : WardJobs.activeWards()) {
            try {
                Retention.Removed removed = WardJobs.inWard(ward.slug(),
                        () -> retention.purge(ward.slug(), LocalDate.now(ward.zone()), ward.zone()));
                LOG.infof("Retention in ward %s removed %d access log line(s), %d closed case(s), %d resident record(s)",
                        ward.slug(), removed.accessLogLines(), removed.cases(), removed.residents());
            } catch (RuntimeException e) {
                LOG.warnf("Retention failed in ward %s: %s", ward.slug(), e.getMessage());
            }
        }
    }
}
