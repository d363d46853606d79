package org.praxis.shared.storage;

import java.util.List;

/**
 * The kinds of document members may share (found from the bytes, never taken from the client),
 * and the pictures a browser may show in place. Scripts, web pages and SVG are never among them.
 */
public final class DocumentTypes {

    /** Pictures shown in the page; every other accepted type is offered as a download. */
    public static final List<String> INLINE_IMAGES = List.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** Images, PDF, plain text, CSV, and office documents (OOXML, OpenDocument, and the older binary formats). */
    public static final List<String> DOCUMENTS = List.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");

    private DocumentTypes() {
    }
}
