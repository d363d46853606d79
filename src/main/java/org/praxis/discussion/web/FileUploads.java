package org.praxis.discussion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.praxis.discussion.AttachmentFile;
import org.praxis.discussion.FileUpload;
import org.praxis.shared.Secrets;
import org.praxis.shared.web.Downloads;
import org.springframework.core.io.InputStreamResource;
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

    /** An attachment to send: images are shown in place, any other file is downloaded. */
    public static ResponseEntity<InputStreamResource> download(AttachmentFile file) {
        return Downloads.of(file.name(), file.contentType(), file.size(), file.inline(), file.content());
    }
}
