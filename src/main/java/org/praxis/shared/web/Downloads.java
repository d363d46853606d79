package org.praxis.shared.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file on its way to a reader. The type was found from the bytes when it was stored,
 * and browsers may not guess another; only pictures and PDF the caller vouches for are shown in
 * place, anything else is downloaded. Files are never cached on the way: they are members' files.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<InputStreamResource> of(String name, String contentType, long size, boolean inline,
                                                         InputStream content) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    /** Headers for an attachment written straight to the response, such as an archive made as it is sent. */
    public static void startAttachment(HttpServletResponse response, String name, String contentType) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
