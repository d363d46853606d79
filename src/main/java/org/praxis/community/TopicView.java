package org.praxis.community;

/** A topic named in the reader's language. */
public record TopicView(long id, String name) {
}
