package org.praxis.library;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file as it arrives: the name the sender gave (only shown, after cleaning), its length, and
 * its bytes, which may be read more than once (once to find the type, once to store them).
 */
public record Upload(String name, long size, Content content) {

    /** Opens the uploaded bytes from the start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
