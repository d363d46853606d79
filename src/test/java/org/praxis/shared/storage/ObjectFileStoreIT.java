package org.praxis.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Files in S3-compatible object storage, against an S3 API server (s3proxy) in this process. */
class ObjectFileStoreIT {

    static S3Server server;
    static ObjectFileStore store;

    @BeforeAll
    static void startAnS3Server() {
        server = S3Server.start("praxis-files");
        store = new ObjectFileStore(new ObjectStorageProperties("praxis-files", server.endpoint(), "us-east-1",
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY, "tenant-a/", true));
    }

    @AfterAll
    static void stop() throws Exception {
        store.close();
        server.close();
    }

    @Test
    void aStoredFileIsReadBackAndDeleted() throws Exception {
        String key = store.put(new ByteArrayInputStream("working notes".getBytes(StandardCharsets.UTF_8)));
        assertThat(key).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}");
        assertThat(server.exists("tenant-a/" + key)).as("stored under the prefix").isTrue();
        try (InputStream in = store.open(key)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("working notes");
        }
        store.delete(key);
        assertThat(server.exists("tenant-a/" + key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IOException.class);
    }

    @Test
    void anUploadThatBreaksOffLeavesNoObject() {
        long before = server.count();
        InputStream breaking = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection lost");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.put(breaking)).isInstanceOf(IOException.class);
        assertThat(server.count()).isEqualTo(before);
    }

    @Test
    void keysNotMadeByTheStoreAreRefused() {
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("other-tenant/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
