package org.praxis.notification.live;

import java.util.regex.Pattern;

/**
 * "Something changed" for one channel: a member's account or a discussion, with an event name.
 * Only ids and a name travel (between nodes too), never content or who may read it.
 */
public record LiveSignal(Channel channel, long id, String event) {

    private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** Whose pages listen: one member's, or every reader's of one discussion. */
    public enum Channel {
        ACCOUNT('a'), DISCUSSION('d');

        private final char code;

        Channel(char code) {
            this.code = code;
        }

        static Channel of(char code) {
            for (Channel c : values()) {
                if (c.code == code) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown channel " + code);
        }
    }

    public LiveSignal {
        if (channel == null || event == null || !EVENT.matcher(event).matches()) {
            throw new IllegalArgumentException("invalid live signal " + channel + " " + event);
        }
    }

    /** The text sent between nodes, e.g. {@code d:42:comment}. */
    public String payload() {
        return channel.code + ":" + id + ":" + event;
    }

    /** The signal of a payload; throws IllegalArgumentException on anything else. */
    public static LiveSignal parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":", -1);
        if (parts.length != 3 || parts[0].length() != 1) {
            throw new IllegalArgumentException("invalid live payload");
        }
        try {
            return new LiveSignal(Channel.of(parts[0].charAt(0)), Long.parseLong(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid live payload", e);
        }
    }
}
