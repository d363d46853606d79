package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.community.CommunityFixtures;
import org.praxis.shared.storage.S3Server;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;

/** With a bucket configured, members' files live in S3-compatible object storage, not on the node's disk. */
@PraxisIntegrationTest
class FilesOnObjectStorageIT {

    static final S3Server S3 = S3Server.start("praxis-it");

    @DynamicPropertySource
    static void objectStorage(DynamicPropertyRegistry registry) {
        registry.add("praxis.storage.s3.bucket", () -> "praxis-it");
        registry.add("praxis.storage.s3.endpoint", S3::endpoint);
        registry.add("praxis.storage.s3.access-key", () -> S3Server.ACCESS_KEY);
        registry.add("praxis.storage.s3.secret-key", () -> S3Server.SECRET_KEY);
        registry.add("praxis.storage.s3.path-style", () -> "true");
    }

    @AfterAll
    static void stop() throws Exception {
        S3.close();
    }

    @Autowired TestAccounts accounts;

    @Test
    void filesAreStoredServedAndDeletedInTheBucket() throws Exception {
        Browser amina = accounts.signedIn(accounts.member("Amina"));
        String slug = CommunityFixtures.create(amina, "Bucket " + System.nanoTime(), "PRIVATE");
        long id = Filing.uploadOne(amina, slug, "photo.png", Filing.png(640, 480));
        String key = accounts.jdbc().queryForObject("select storage_key from library_file_version where file_id = ?",
                String.class, id);
        String thumbnail = accounts.jdbc().queryForObject("select thumbnail_key from library_file_version where file_id = ?",
                String.class, id);
        assertThat(S3.exists(key)).as("the file is in the bucket").isTrue();
        assertThat(S3.exists(thumbnail)).as("its thumbnail too").isTrue();
        assertThat(Files.exists(Path.of("target/test-data/files").resolve(key))).as("not on local disk").isFalse();
        MvcResult download = amina.get("/c/" + slug + "/files/" + id + "/download");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Filing.png(640, 480));

        long before = S3.count();
        MvcResult refused = Filing.upload(amina, slug, List.of(Filing.file("good.pdf", Filing.pdf()),
                Filing.file("bad.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(S3.count()).as("nothing stored for a refused upload").isEqualTo(before);

        amina.get("/c/" + slug + "/files/" + id);
        amina.post("/c/" + slug + "/files/" + id + "/remove");
        assertThat(S3.exists(key)).as("removed from the bucket").isFalse();
        assertThat(S3.exists(thumbnail)).isFalse();
    }
}
