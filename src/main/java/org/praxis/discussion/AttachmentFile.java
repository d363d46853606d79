package org.praxis.discussion;

import java.io.InputStream;

/** An attachment's bytes to send, with the type found in them and whether a browser may show it in place. */
public record AttachmentFile(String name, String contentType, long size, boolean inline, InputStream content) {
}
