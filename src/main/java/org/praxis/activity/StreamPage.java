package org.praxis.activity;

import java.util.List;

/** A page of a stream, newest first; {@code olderBefore} is the cursor of the next (older) page, or null at the end. */
public record StreamPage(List<StreamItem> items, Long olderBefore) {
}
