package org.praxis.library;

/**
 * One line of a block embedded in a page: what it is called, where it leads (an address on this
 * site starting with {@code /}, or an http(s) address; anything else is shown without a link),
 * and a short detail such as a date or a size (may be null).
 */
public record PageBlockItem(String title, String url, String detail) {
}
