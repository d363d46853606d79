package org.praxis.shared.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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
}
