package nl.wijknetwerk.monitoring.indicator;

/**
 * A figure about residents' own answers is published only for a group large enough that no one person's answer
 * can be read from it: at least five, the same minimum the professionals' pulse keeps.
 */
final class MinimumGroup {

    static final int RESIDENTS = 5;

    private MinimumGroup() {
    }

    static boolean isLargeEnough(long distinctPeople) {
        return distinctPeople >= RESIDENTS;
    }
}
