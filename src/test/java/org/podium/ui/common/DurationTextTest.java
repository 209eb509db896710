package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    private final Messages english = Messages.load(Locale.ENGLISH);
    private final Messages traditional = Messages.load(Locale.TAIWAN);

    @Test
    void hoursShowTwoDigitMinutes() {
        assertThat(DurationText.format(english, Duration.ofMinutes(65))).isEqualTo("1 h 05 min");
        assertThat(DurationText.format(traditional, Duration.ofMinutes(65))).isEqualTo("1 小時 05 分");
    }

    @Test
    void shortDurationsShowMinutesAndSeconds() {
        assertThat(DurationText.format(english, Duration.ofMinutes(6))).isEqualTo("6 min");
        assertThat(DurationText.format(english, Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
        assertThat(DurationText.format(english, Duration.ofSeconds(8))).isEqualTo("8 s");
        assertThat(DurationText.format(traditional, Duration.ofMinutes(6))).isEqualTo("6 分鐘");
    }
}
