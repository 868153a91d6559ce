package dev.opshistory.ingest.parse.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProseDurationTest {

    @Test
    void anImpactListItemThatOpensWithTheLengthOfTheOutageTellsIt() {
        assertThat(ProseDuration.find("**Impact**:\n- 24-hour storage system outage\n- Complete data loss"))
                .isEqualTo("24 hours");
        assertThat(ProseDuration.find("Impact:\n* 45 minute checkout outage for EU customers")).isEqualTo("45 minutes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The site was unavailable for 12 minutes. | 12 minutes",
            // a range: its upper end is the length, the range kept in words
            "The store was down for between 30 and 40 minutes. | between 30 and 40 minutes",
            "Search was degraded for 2-3 hours. | 2-3 hours",
            "Checkout failed for most EU customers for 38 minutes | 38 minutes",
            "This effect lasted approximately nine hours. | approximately 9 hours",
            "This resulted in a 47 minute period during which nothing could merge. | 47 minutes",
            "It was a two-hour outage for the API. | 2 hours",
            "The outage lasted an hour | 1 hour",
            "an outage of about 3 hours | about 3 hours",
            "Sign-ups were degraded for ~20 mins | about 20 minutes",
            "The chain was down for 4 hours and 38 minutes. | 4 hours 38 minutes",
            "The testnet incurred 22 hours of downtime | 22 hours",
            "Downtime for ~4 hours and 38 minutes | about 4 hours 38 minutes",
            "We experienced a 7 minute cascading failure of the database. | 7 minutes",
            "The chain halted for almost four hours before validators upgraded. | almost 4 hours",
            "Pages were inaccessible (returning a 500 error) to all users for 13 minutes. | 13 minutes",
            "The cluster was unusable for about 1h50m. | about 1 hour 50 minutes",
            "The bad rollout caused 40min of total outage. | 40 minutes",
            "The problem was around for roughly 16 hours. | roughly 16 hours",
            "Logins were failing for 2h. | 2 hours", "The problem lasted for at least seven hours. | at least 7 hours",
            "The site was inaccessible for around two hours. | around 2 hours",
            "It took nearly five hours before service was fully restored. | nearly 5 hours",
            "It took 40 minutes to restore the site. | 40 minutes",
            "The app server was crashing hard for 4 hours straight. | 4 hours",
            "Service Availability: ~2 hours downtime | about 2 hours", "Syncs were blocked for ~3 days (06-18 → 06-22). | about 3 days",
            "Total Time: 17 minutes down | 17 minutes",
            "It resulted in complete storage unavailability for approximately 24 hours. | approximately 24 hours",
            // in Spanish, Portuguese, German, French and Russian, written back in English
            "El sitio estuvo caído durante 45 minutos. | 45 minutes",
            "La API estuvo fuera de servicio durante aproximadamente 2 horas y 15 minutos. | about 2 hours 15 minutes",
            "La caída duró 3 horas. | 3 hours",
            "Sufrimos una interrupción de 40 minutos en los pagos. | 40 minutes",
            "Hubo 90 minutos de inactividad. | 90 minutes",
            "O site ficou fora do ar por cerca de 2 horas. | about 2 hours",
            "A indisponibilidade de 30 minutos afetou o login. | 30 minutes",
            "O incidente durou 1,5 horas. | 1.5 hours",
            "Die Seite war für etwa 2 Stunden nicht erreichbar. | about 2 hours",
            "Der Ausfall dauerte 3 Stunden und 20 Minuten. | 3 hours 20 minutes",
            "Es gab einen Ausfall von 45 Minuten. | 45 minutes",
            "Le service était indisponible pendant 3 heures. | 3 hours",
            "La panne a duré environ 50 minutes. | about 50 minutes",
            "Une interruption de 20 minutes a touché les paiements. | 20 minutes",
            "Сайт был недоступен около 3 часов. | about 3 hours",
            "API недоступен ~5 минут (21:12–21:17). | about 5 minutes",
            "Инцидент длился 40 минут. | 40 minutes",
            "Простой составил 2 часа. | 2 hours"})
    void readsTheLengthOfTheOutageAsWrittenOfIt(String text, String duration) {
        assertThat(ProseDuration.find(text)).isEqualTo(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"We waited 5 minutes before paging.", "It took 20 minutes to page the right team.", "The job retries every 30 seconds.",
            "Took 10 minutes to notice.", "Deployed at 14:05, 3 hours before the alert.", "",
            "We added a 5 minute grace period to the check.", "a 30 minute delay in paging",
            "- 5 minute grace period before paging", "2-hour maintenance window announced a week ahead",
            "The host was down for 2 hosts and 3 hundred users.", "The issue was around for several hours.",
            // in other languages too
            "El servidor se cayó 5 minutos después del despliegue.", "Esperamos 10 minutos antes de reiniciar.",
            "Wir haben 5 Minuten gewartet, bevor wir neu gestartet haben.",
            "Nous avons attendu 10 minutes avant de redémarrer.", "Мы ждали 10 минут перед перезапуском.",
            "O alerta dispara a cada 5 minutos."})
    void otherNumbersOfMinutesAreNoDuration(String text) {
        assertThat(ProseDuration.find(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "~Thur 3 Nov 2016 (~1727) to Thur 3 Nov 2016 (~1900) (~1.5 hours) | about 1.5 hours",
            "28 Feb 2017 (~1738) to 01 Mar 2017 (~2054) (~75 hours) | about 75 hours",
            "2024-03-14 09:12–10:42 UTC (90 minutes) | 90 minutes",
            "2024-03-14 (about 2h 15m) | about 2 hours 15 minutes"})
    void aDateFieldGivesTheLengthInBracketsAfterTheDate(String field, String duration) {
        assertThat(ProseDuration.bracketed(field)).isEqualTo(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-14 (Thursday)", "3 Nov 2016 (~1727) to 3 Nov 2016 (~1900)", "2024-03-14, 90 minutes after the deploy"})
    void aDateFieldWithoutALengthInBracketsGivesNone(String field) {
        assertThat(ProseDuration.bracketed(field)).isNull();
    }

    @Test
    void theFirstTextThatTellsItWins() {
        assertThat(ProseDuration.find(null, "No logins.", "Logins were down for 25 minutes; retries for 2 hours."))
                .isEqualTo("25 minutes");
    }
}
