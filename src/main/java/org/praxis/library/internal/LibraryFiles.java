package org.praxis.library.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Communities' files. */
public interface LibraryFiles extends JpaRepository<LibraryFile, Long> {

    /** A community's files that are not removed, in one folder or all of them, latest change first. */
    @Query("""
            select f from LibraryFile f where f.communityId = :c and f.removedAt is null
            and (:folder is null or f.folderId = :folder) order by f.updatedAt desc, f.id desc
            """)
    Page<LibraryFile> listed(@Param("c") long communityId, @Param("folder") Long folderId, Pageable page);

    @Query("select count(f) from LibraryFile f where f.communityId = :c and f.removedAt is null")
    long countListed(@Param("c") long communityId);

    /** How many files each folder of a community holds. */
    @Query("""
            select f.folderId, count(f) from LibraryFile f where f.communityId = :c and f.removedAt is null
            and f.folderId is not null group by f.folderId
            """)
    List<Object[]> countByFolder(@Param("c") long communityId);

    @Modifying
    @Query("update LibraryFile f set f.downloadCount = f.downloadCount + 1 where f.id = :id")
    void countDownload(@Param("id") long id);

    @Modifying
    @Query("update LibraryFile f set f.folderId = null where f.folderId = :folder")
    void leaveFolder(@Param("folder") long folderId);

    List<LibraryFile> findByIdIn(Collection<Long> ids);

    List<LibraryFile> findByUploaderIdAndRemovedAtIsNull(long uploaderId);
}
