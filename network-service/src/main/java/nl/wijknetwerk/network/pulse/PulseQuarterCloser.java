package nl.wijknetwerk.network.pulse;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import nl.wijknetwerk.network.ward.NetworkWardDirectory;
import nl.wijknetwerk.shared.ward.Ward;
import nl.wijknetwerk.shared.ward.WardCalendar;
import nl.wijknetwerk.shared.ward.WardContext;
import nl.wijknetwerk.shared.ward.WardWork;

/** Once a quarter has ended in a ward, closes it there so its aggregate leaves the service without anyone asking. */
@ApplicationScoped
public class PulseQuarterCloser {

    private static final Logger LOG = Logger.getLogger(PulseQuarterCloser.class);

    private final WardWork wardWork;
    private final NetworkWardDirectory directory;
    private final WardCalendar calendar;
    private final PulseService pulses;

    public PulseQuarterCloser(WardWork wardWork, NetworkWardDirectory directory, WardCalendar calendar, PulseService pulses) {
        this.wardWork = wardWork;
        this.directory = directory;
        this.calendar = calendar;
        this.pulses = pulses;
    }

    @Scheduled(cron = "${wijknetwerk.network.pulse.close-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeEndedQuarters() {
        List<Ward> wards = wardWork.inWard(WardContext.ALL_WARDS, directory::active);
        for (Ward ward : wards) {
            Quarter ended = Quarter.of(calendar.today(ward)).previous();
            try {
                closeIfOpen(ward.slug(), ended);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not close pulse quarter %s of ward %s; the next run tries again", ended, ward.slug());
            }
        }
    }

    /** @return whether the quarter was open and is now closed */
    public boolean closeIfOpen(String ward, Quarter quarter) {
        return wardWork.inWard(ward, () -> {
            if (PulsePeriod.closed(quarter.toString()).isPresent()) {
                return false;
            }
            pulses.close(ward, quarter);
            return true;
        });
    }
}
