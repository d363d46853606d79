package org.praxis.library;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.apache.tika.Tika;
import org.praxis.shared.Images;
import org.praxis.shared.InputErrors;
import org.praxis.shared.storage.FileNames;
import org.praxis.shared.storage.FileStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files on their way into the store. Each is checked before anything is stored (not empty, not
 * too large, a kind of document we accept, found from its bytes; a picture must be readable and
 * not claim more pixels than allowed). Storing is atomic in the store, and if the transaction
 * that records a file rolls back, its stored bytes are deleted: no file is left without a row.
 */
@Component
class FileIntake {

    /** Pictures the server reads itself: they get a small copy and may be shown in place. */
    static final Set<String> READ_PICTURES = Set.of("image/png", "image/jpeg", "image/gif");
    static final int THUMBNAIL_WIDTH = 320;
    static final int THUMBNAIL_HEIGHT = 240;
    private static final Tika TIKA = new Tika();

    private final FileStore store;
    private final FileLimits limits;

    FileIntake(FileStore store, FileLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    /** A file that passed the checks, with its cleaned name and the type found in its bytes. */
    record Checked(Upload upload, String name, String contentType) {
    }

    /** A file in the store: where its bytes and its small copy (if a picture) are, and what they are. */
    record Stored(String name, String contentType, long size, String sha256, String key, String thumbnailKey) {
    }

    /** Checks the files of one upload; the first problem goes under {@code files}, and then nothing is accepted. */
    List<Checked> check(InputErrors errors, List<Upload> uploads) {
        List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(u -> u != null).toList();
        if (files.isEmpty()) {
            errors.add("files", "file.none");
            return List.of();
        }
        if (files.size() > limits.maxCount()) {
            errors.add("files", "file.tooMany", limits.maxCount());
            return List.of();
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload file : files) {
            String name = FileNames.safe(file.name());
            if (file.size() <= 0) {
                errors.add("files", "file.empty", name);
                return List.of();
            }
            if (file.size() > limits.maxSize().toBytes()) {
                errors.add("files", "file.tooLarge", name, limits.maxSize().toMegabytes());
                return List.of();
            }
            String type = detect(file, name);
            if (type == null || !limits.types().contains(type)) {
                errors.add("files", "file.typeRefused", name);
                return List.of();
            }
            if (READ_PICTURES.contains(type) && thumbnail(file).isEmpty()) {
                errors.add("files", "file.pictureUnreadable", name, limits.maxImagePixels() / 1_000_000);
                return List.of();
            }
            checked.add(new Checked(file, name, type));
        }
        return checked;
    }

    /** Total length of checked files, for the quota. */
    static long size(List<Checked> files) {
        return files.stream().mapToLong(f -> f.upload().size()).sum();
    }

    /** Stores a checked file; its bytes go again if the current transaction does not commit. */
    Stored store(Checked file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Counting counted;
            String key;
            try (InputStream in = file.upload().content().open()) {
                counted = new Counting(new DigestInputStream(in, sha));
                key = store.put(counted);
            }
            forgetOnRollback(key);
            String thumbnailKey = null;
            if (READ_PICTURES.contains(file.contentType())) {
                byte[] small = thumbnail(file.upload()).orElse(null);
                if (small != null) {
                    thumbnailKey = store.put(new ByteArrayInputStream(small));
                    forgetOnRollback(thumbnailKey);
                }
            }
            return new Stored(file.name(), file.contentType(), counted.count, HexFormat.of().formatHex(sha.digest()), key,
                    thumbnailKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes stored bytes (of a removed file) once the removal has committed. */
    void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keys.forEach(this::deleteQuietly);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(FileIntake.this::deleteQuietly);
            }
        });
    }

    private void forgetOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(key);
                }
            }
        });
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            // An orphan file costs disk space only; nothing points at it.
        }
    }

    private static String detect(Upload file, String name) {
        try (InputStream in = file.content().open()) {
            return TIKA.detect(in, name);
        } catch (IOException e) {
            return null;
        }
    }

    private java.util.Optional<byte[]> thumbnail(Upload file) {
        try (InputStream in = file.content().open()) {
            return Images.preview(in, limits.maxImagePixels(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT).map(Images::png);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Counts the bytes read, so the stored length is what was stored, not what the sender claimed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
