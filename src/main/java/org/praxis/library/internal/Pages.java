package org.praxis.library.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The pages of every community. */
public interface Pages extends JpaRepository<Page, Long> {

    /** A community's whole tree, without texts, siblings in their order. */
    @Query("select new org.praxis.library.internal.PageNode(p.id, p.parentId, p.position, p.title, p.membersOnly) "
            + "from Page p where p.communityId = ?1 order by p.position, p.id")
    List<PageNode> tree(long communityId);

    /** The trees of several communities at once (pages link only to pages of their own community). */
    @Query("select new org.praxis.library.internal.PageNode(p.id, p.parentId, p.position, p.title, p.membersOnly) "
            + "from Page p where p.communityId in :communityIds order by p.position, p.id")
    List<PageNode> treesOf(@org.springframework.data.repository.query.Param("communityIds") java.util.Collection<Long> communityIds);

    /** Ids, communities and titles of some pages, without their text. */
    @Query("select new org.praxis.library.internal.PageHead(p.id, p.communityId, p.title, p.updatedBy) from Page p where p.id in :ids")
    List<PageHead> headsOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    List<Page> findByCommunityIdAndParentIdOrderByPositionAscIdAsc(long communityId, Long parentId);

    List<Page> findByCommunityIdAndParentIdIsNullOrderByPositionAscIdAsc(long communityId);
}
