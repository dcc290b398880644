package nl.wijknetwerk.network.pulse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The only form in which MOOI WERK scores leave the service: averages over at least the minimum group size, to one
 * decimal, so no single professional's score can be read from them.
 */
public record PulseAggregate(int respondents, BigDecimal workSatisfactionAverage, BigDecimal collaborationAverage) {

    public record Scores(int workSatisfaction, int collaboration) {
    }

    /** @return the aggregate, or empty when fewer than {@code minimumGroupSize} professionals answered */
    public static Optional<PulseAggregate> of(List<Scores> scores, int minimumGroupSize) {
        if (scores.isEmpty() || scores.size() < minimumGroupSize) {
            return Optional.empty();
        }
        long work = scores.stream().mapToLong(Scores::workSatisfaction).sum();
        long collaboration = scores.stream().mapToLong(Scores::collaboration).sum();
        return Optional.of(new PulseAggregate(scores.size(), average(work, scores.size()), average(collaboration, scores.size())));
    }

    private static BigDecimal average(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
