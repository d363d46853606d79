package org.praxis.library;

import java.io.InputStream;

/** A file's bytes on their way to a reader, with the type found in them and whether a browser may show them in place. */
public record StoredFile(String name, String contentType, long size, boolean inline, InputStream content) {
}
