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

    List<Page> findByCommunityIdAndParentIdOrderByPositionAscIdAsc(long communityId, Long parentId);

    List<Page> findByCommunityIdAndParentIdIsNullOrderByPositionAscIdAsc(long communityId);
}
