package dev.opshistory.analytics.rules;

import java.time.Duration;

/** Short durations for reason texts a person reads: {@code 45 s}, {@code 4 min}, {@code 3 h 20 min}, {@code 2 d 3 h}. */
final class HumanDurations {

    private HumanDurations() {
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        if (s < 60) {
            return s + " s";
        }
        long min = s / 60;
        if (min < 60) {
            return min + " min";
        }
        long h = min / 60;
        if (h < 24) {
            return min % 60 == 0 ? h + " h" : h + " h " + min % 60 + " min";
        }
        long days = h / 24;
        return h % 24 == 0 ? days + " d" : days + " d " + h % 24 + " h";
    }
}
