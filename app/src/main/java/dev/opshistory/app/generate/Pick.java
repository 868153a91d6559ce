package dev.opshistory.app.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices from one random stream: uniform among values, or weighted among indices. */
final class Pick {

    private Pick() {
    }

    static <T> T any(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String any(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index chosen with probability proportional to its weight; weights are not negative and not all zero. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("all weights are zero");
    }
}
