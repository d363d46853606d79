package org.praxis.community.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.praxis.community.CommunityImageKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All community banners and logos. */
public interface CommunityImages extends JpaRepository<CommunityImage, Long> {

    Optional<CommunityImage> findByCommunityIdAndKind(long communityId, CommunityImageKind kind);

    @Modifying
    @Query("delete from CommunityImage i where i.communityId = :communityId and i.kind = :kind")
    int deleteImage(@Param("communityId") long communityId, @Param("kind") CommunityImageKind kind);

    /** When each picture last changed: the version in its address, without loading the bytes. */
    @Query("select i.communityId as communityId, i.kind as kind, i.updatedAt as updatedAt "
            + "from CommunityImage i where i.communityId in :ids")
    List<ImageVersion> versionsOf(@Param("ids") Collection<Long> communityIds);

    /** A community, one of its pictures, and when that picture changed. */
    interface ImageVersion {
        Long getCommunityId();
        CommunityImageKind getKind();
        Instant getUpdatedAt();
    }
}
