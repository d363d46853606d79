package org.praxis.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

import org.praxis.shared.PraxisProperties;

/**
 * Files under {@code <data dir>/files}, two directory levels deep. Each file is written to a
 * temporary name in the same directory and renamed into place, which is atomic.
 */
class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    LocalFileStore(PraxisProperties properties) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
    }

    @Override
    public String put(InputStream content) throws IOException {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id.substring(2, 4) + "/" + id;
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a file key");
        }
        return root.resolve(key);
    }
}
