package org.praxis.library.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The saved versions of pages. */
public interface PageRevisions extends JpaRepository<PageRevision, Long> {

    List<PageRevision> findByPageIdOrderByIdDesc(long pageId);

    Optional<PageRevision> findByIdAndPageId(long id, long pageId);
}
