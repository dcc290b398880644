package nl.wijknetwerk.budget.settlement;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Divides an amount of cents pro rata over weights so that the parts add up to the cent (largest remainder,
 * Hamilton's method): every part first gets the whole cents of its exact share; the cents left over go one each
 * to the parts with the largest fractions, ties to the larger weight and then to the first key in order.
 */
public final class ProRata {

    private ProRata() {
    }

    /**
     * @param totalCents what to divide, not negative
     * @param weights    the weight of each key, none negative and at least one positive
     * @return each key's part, in the iteration order of {@code weights}
     */
    public static <K extends Comparable<K>> Map<K, Long> divide(long totalCents, Map<K, Long> weights) {
        if (totalCents < 0) {
            throw new IllegalArgumentException("cannot divide a negative amount: " + totalCents);
        }
        BigInteger sum = BigInteger.ZERO;
        for (Map.Entry<K, Long> w : weights.entrySet()) {
            if (w.getValue() == null || w.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + w.getKey() + " is negative");
            }
            sum = sum.add(BigInteger.valueOf(w.getValue()));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("no positive weight to divide by");
        }
        BigInteger total = BigInteger.valueOf(totalCents);
        Map<K, Long> parts = new LinkedHashMap<>();
        List<Fraction<K>> fractions = new ArrayList<>();
        long handedOut = 0;
        for (Map.Entry<K, Long> w : weights.entrySet()) {
            BigInteger[] qr = total.multiply(BigInteger.valueOf(w.getValue())).divideAndRemainder(sum);
            long whole = qr[0].longValueExact();
            parts.put(w.getKey(), whole);
            handedOut += whole;
            fractions.add(new Fraction<>(w.getKey(), w.getValue(), qr[1]));
        }
        fractions.sort(Comparator.<Fraction<K>, BigInteger> comparing(Fraction::remainder).reversed()
                .thenComparing(Comparator.<Fraction<K>, Long> comparing(Fraction::weight).reversed())
                .thenComparing(Fraction::key));
        long left = totalCents - handedOut; // always fewer than the number of keys
        for (int i = 0; i < left; i++) {
            K key = fractions.get(i).key();
            parts.merge(key, 1L, Long::sum);
        }
        return parts;
    }

    private record Fraction<K>(K key, long weight, BigInteger remainder) {
    }
}
