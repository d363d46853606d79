package org.praxis.library.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The public library's documents. */
public interface Publications extends JpaRepository<Publication, Long> {

    Optional<Publication> findByFileId(long fileId);

    List<Publication> findByCommunityIdOrderByPublishedAtDesc(long communityId);

    /** The library filtered by words, topic, language and year; newest first. Null filters match all. */
    @Query("""
            select p from Publication p where (:words is null or p.searchText like :words escape '\\')
            and (:language is null or p.language = :language) and (:year is null or p.publicationYear = :year)
            and (:topic is null or :topic member of p.topicIds)
            order by p.publishedAt desc, p.id desc
            """)
    Page<Publication> search(@Param("words") String words, @Param("language") String language, @Param("year") Integer year,
                             @Param("topic") Long topic, Pageable page);

    @Query("select distinct p.language from Publication p where p.language is not null")
    List<String> languages();

    @Query("select distinct p.publicationYear from Publication p where p.publicationYear is not null order by p.publicationYear desc")
    List<Integer> years();
}
