package org.praxis.discussion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.praxis.discussion.AttachmentFile;
import org.praxis.discussion.FileUpload;
import org.praxis.shared.Secrets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Attached files on their way in (from a form or the API) and out (a download). */
public final class FileUploads {

    private FileUploads() {
    }

    /** The files of a request, as the use cases take them; empty file fields are skipped. */
    public static List<FileUpload> of(List<MultipartFile> files) {
        List<FileUpload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new FileUpload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    /** What identifies the files of a request, for telling a retry from a different request. */
    public static String fingerprint(List<FileUpload> uploads) {
        StringBuilder text = new StringBuilder();
        for (FileUpload upload : uploads) {
            text.append('\n').append(upload.name()).append(' ')
                    .append(Secrets.sha256(new String(upload.bytes(), StandardCharsets.ISO_8859_1)));
        }
        return text.toString();
    }

    /**
     * An attachment to send: images are shown in place, any other file is downloaded; the type
     * was found from the bytes when it was stored, and browsers may not guess another.
     */
    public static ResponseEntity<InputStreamResource> download(AttachmentFile file) {
        ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.content()));
    }
}
