package org.praxis.shared.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: a local directory by default, object storage when configured.
 * Keys are made by the store, never from a file's name, so no name can reach outside it.
 */
public interface FileStore {

    /** Stores the bytes under a new key; a reader never sees a half-written file. */
    String put(InputStream content) throws IOException;

    /** The stored bytes; fails when the key is unknown. */
    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
