package org.praxis.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.praxis.Browser;
import org.praxis.PraxisIntegrationTest;
import org.praxis.TestAccounts;
import org.praxis.TestAccounts.Member;
import org.praxis.community.CommunityFixtures;
import org.praxis.library.FileEvents.FilesUploaded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** An upload says which new files it shared, once per batch; notifications name files and pages by id. */
@PraxisIntegrationTest
@RecordApplicationEvents
class FileEventsIT {

    @Autowired TestAccounts accounts;
    @Autowired LibraryItems items;
    @Autowired ApplicationEvents events;

    @Test
    void oneUploadOfSeveralFilesIsOneEventAndANewVersionIsNone() {
        Member uploader = accounts.member("Uploader");
        Browser web = accounts.signedIn(uploader);
        String slug = CommunityFixtures.create(web, "Uploads " + System.nanoTime(), "PRIVATE");
        long communityId = accounts.jdbc().queryForObject("select id from community where slug = ?", Long.class, slug);

        Filing.upload(web, slug, List.of(Filing.file("a.txt", "A".getBytes()), Filing.file("b.txt", "B".getBytes())));
        List<FilesUploaded> uploaded = events.stream(FilesUploaded.class).filter(e -> e.communityId() == communityId).toList();
        assertThat(uploaded).hasSize(1);
        assertThat(uploaded.get(0).uploaderId()).isEqualTo(uploader.id());
        assertThat(uploaded.get(0).fileIds()).hasSize(2);

        long file = uploaded.get(0).fileIds().get(0);
        web.get("/c/" + slug + "/files/" + file);
        web.postFiles("/c/" + slug + "/files/" + file + "/versions",
                List.of(new org.springframework.mock.web.MockMultipartFile("file", "a2.txt", "text/plain", "A2".getBytes())));
        assertThat(accounts.jdbc().queryForObject("select count(*) from library_file_version where file_id = ?",
                Long.class, file)).as("a second version stored").isEqualTo(2L);
        assertThat(events.stream(FilesUploaded.class).filter(e -> e.communityId() == communityId)).hasSize(1);

        LibraryItem item = items.files(Set.of(file, Long.MAX_VALUE - 1)).get(file);
        assertThat(item.title()).isEqualTo("a");
        assertThat(item.path()).isEqualTo("/c/" + slug + "/files/" + file);
        assertThat(items.files(Set.of(file, Long.MAX_VALUE - 1))).hasSize(1);
    }

    @Test
    void pagesAreNamedByIdWithTheirAddress() {
        Browser web = accounts.signedIn(accounts.member("Editor"));
        String slug = CommunityFixtures.create(web, "Named pages " + System.nanoTime(), "OPEN");
        web.get("/c/" + slug + "/pages/new");
        String location = web.post("/c/" + slug + "/pages/new", "title", "Handbook", "body", "Text", "parentId", "")
                .getResponse().getRedirectedUrl();
        long page = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        LibraryItem item = items.pages(Set.of(page, Long.MAX_VALUE - 2)).get(page);
        assertThat(item.title()).isEqualTo("Handbook");
        assertThat(item.communitySlug()).isEqualTo(slug);
        assertThat(item.path()).isEqualTo("/c/" + slug + "/pages/" + page);
    }
}
