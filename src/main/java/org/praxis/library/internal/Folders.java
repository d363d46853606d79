package org.praxis.library.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The folders of communities' files. */
public interface Folders extends JpaRepository<Folder, Long> {

    List<Folder> findByCommunityIdOrderByNameKey(long communityId);

    Optional<Folder> findByCommunityIdAndNameKey(long communityId, String nameKey);
}
