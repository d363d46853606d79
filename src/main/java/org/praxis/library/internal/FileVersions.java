package org.praxis.library.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The versions of files. */
public interface FileVersions extends JpaRepository<FileVersion, Long> {

    List<FileVersion> findByFileIdOrderByVersionDesc(long fileId);

    Optional<FileVersion> findByFileIdAndVersion(long fileId, int version);

    List<FileVersion> findByFileIdIn(Collection<Long> fileIds);

    /** The current version of each of some files. */
    @Query("""
            select v from FileVersion v, LibraryFile f where f.id in :ids and v.fileId = f.id
            and v.version = f.currentVersion
            """)
    List<FileVersion> current(@Param("ids") Collection<Long> fileIds);

    /** How many versions of other files share these stored bytes (generated data shares a few sample files). */
    @Query("""
            select count(v) from FileVersion v where (v.storageKey = :key or v.thumbnailKey = :key) and v.fileId <> :file
            """)
    long sharingKey(@Param("key") String key, @Param("file") long fileId);
}
