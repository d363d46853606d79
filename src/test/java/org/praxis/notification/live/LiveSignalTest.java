package org.praxis.notification.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What travels between nodes: ids and an event name, read back exactly, anything else refused. */
class LiveSignalTest {

    @Test
    void signalTravelsAsAShortPayloadAndIsReadBack() {
        LiveSignal signal = new LiveSignal(LiveSignal.Channel.DISCUSSION, 42, "comment");

        assertThat(signal.payload()).isEqualTo("d:42:comment");
        assertThat(LiveSignal.parse(signal.payload())).isEqualTo(signal);
        assertThat(LiveSignal.parse("a:7:notifications"))
                .isEqualTo(new LiveSignal(LiveSignal.Channel.ACCOUNT, 7, "notifications"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "d:42", "x:1:comment", "d:one:comment", "d:1:Comment", "d:1:a b", "d:1:comment:extra",
            "dd:1:comment"})
    void malformedPayloadsAreRefused(String payload) {
        assertThatThrownBy(() -> LiveSignal.parse(payload)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventNamesCannotCarryContent() {
        assertThatThrownBy(() -> new LiveSignal(LiveSignal.Channel.ACCOUNT, 1, "<b>hello</b>"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
