package org.praxis.library;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.library.internal.Page;
import org.praxis.library.internal.PageNode;
import org.praxis.library.internal.PageRevision;
import org.praxis.library.internal.PageRevisions;
import org.praxis.library.internal.Pages;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.PagePolicy;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's pages: the tree, reading a page with its embedded lists, creating, editing
 * (every save is kept), moving, deleting, and the history with its comparisons and restores.
 * A page's id from another community, or one the reader may not read, answers 404.
 */
@Service
public class CommunityPages {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int BLOCK_ITEMS_MAX = 50;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CommunityPages.class);

    private final Pages pages;
    private final PageRevisions revisions;
    private final CommunityMembership membership;
    private final AccessPolicy policy;
    private final MemberDirectory directory;
    private final ObjectProvider<PageBlocks> blocks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityPages(Pages pages, PageRevisions revisions, CommunityMembership membership, AccessPolicy policy,
                   MemberDirectory directory, ObjectProvider<PageBlocks> blocks, ApplicationEventPublisher events,
                   Clock clock) {
        this.events = events;
        this.pages = pages;
        this.revisions = revisions;
        this.membership = membership;
        this.policy = policy;
        this.directory = directory;
        this.blocks = blocks;
        this.clock = clock;
    }

    /** The community's pages this reader may see, nested. */
    @Transactional(readOnly = true)
    public PageTree tree(Actor actor, CommunityFacts community) {
        Relation relation = membership.relation(actor, community);
        requirePages(actor, community, relation);
        PageNodes tree = PageNodes.of(pages.tree(community.id()));
        return new PageTree(nodes(tree, null, rules().seesMembersOnly(actor, relation), 0),
                rules().canWrite(actor, community, relation));
    }

    private static List<PageTree.Node> nodes(PageNodes tree, Long parent, boolean seesMembersOnly, int depth) {
        List<PageTree.Node> nodes = new ArrayList<>();
        for (PageNode n : tree.children(parent)) {
            if (n.membersOnly() && !seesMembersOnly) {
                continue;
            }
            nodes.add(new PageTree.Node(n.id(), n.title(), n.membersOnly(), depth,
                    nodes(tree, n.id(), seesMembersOnly, depth + 1)));
        }
        return nodes;
    }

    /** Refuses a write form the actor may not use: "archived" when that is why, otherwise 403. */
    @Transactional(readOnly = true)
    public void requireWrite(Actor actor, CommunityFacts community) {
        Relation relation = membership.relation(actor, community);
        requirePages(actor, community, relation);
        if (!rules().canWrite(actor, community, relation)) {
            refuse(community, "write pages");
        }
    }

    /** One page with its trail, its children and its embedded lists, as this reader may see them. */
    @Transactional(readOnly = true)
    public PageView read(Actor actor, CommunityFacts community, long id) {
        Relation relation = membership.relation(actor, community);
        Loaded loaded = readable(actor, community, relation, id);
        Page page = loaded.page();
        boolean seesMembersOnly = rules().seesMembersOnly(actor, relation);
        boolean canWrite = rules().canWrite(actor, community, relation);
        List<PageLink> trail = loaded.tree().ancestors(id).stream()
                .map(n -> new PageLink(n.id(), n.title(), n.membersOnly())).toList();
        List<PageLink> children = loaded.tree().children(id).stream().filter(n -> seesMembersOnly || !n.membersOnly())
                .map(n -> new PageLink(n.id(), n.title(), n.membersOnly())).toList();
        MemberName editor = directory.names(List.of(page.getUpdatedBy())).get(page.getUpdatedBy());
        return new PageView(page.getId(), page.getTitle(), parts(actor, community, page.getBody()),
                canWrite ? page.getBody() : null, page.isMembersOnly(), page.getParentId(), page.getPosition(), trail,
                children, page.getUpdatedAt(), editor == null ? null : editor.displayName(), canWrite);
    }

    /** The text cut at its block lines: Markdown made safe, and each block's items for this reader. */
    private List<PageView.Part> parts(Actor actor, CommunityFacts community, String body) {
        Map<String, PageBlocks> byName = blocks.orderedStream()
                .collect(Collectors.toMap(PageBlocks::name, Function.identity(), (first, second) -> first));
        List<PageView.Part> parts = new ArrayList<>();
        for (PageBody.Segment segment : PageBody.split(body)) {
            if (segment.block() == null) {
                parts.add(new PageView.Part(Markdown.toSafeHtml(segment.markdown()), null));
                continue;
            }
            PageBlocks source = byName.get(segment.block());
            if (source == null) {
                continue;
            }
            List<PageBlockItem> items;
            try {
                items = source.items(actor, community, segment.argument());
            } catch (RuntimeException e) {
                // A failing list must not take the page down with it; the rest of the page still reads.
                log.warn("Page block {} failed in community {}", segment.block(), community.id(), e);
                continue;
            }
            parts.add(new PageView.Part(null, new PageView.Block(segment.block(), items == null ? List.of()
                    : items.stream().filter(Objects::nonNull).limit(BLOCK_ITEMS_MAX)
                    .map(i -> new PageBlockItem(i.title(), safeUrl(i.url()), i.detail())).toList())));
        }
        return parts;
    }

    /** Links on this site or on the web; anything else (javascript:, data:, //elsewhere) is shown without its link. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        boolean local = url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
        boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
        return local || web ? url : null;
    }

    /** A page's text as its editor changes it. */
    @Transactional(readOnly = true)
    public PageText forEditing(Actor actor, CommunityFacts community, long id) {
        Relation relation = membership.relation(actor, community);
        Page page = readable(actor, community, relation, id).page();
        if (!rules().canWrite(actor, community, relation)) {
            refuse(community, "edit page");
        }
        return new PageText(page.getTitle(), page.getBody(), page.isMembersOnly(), page.getParentId());
    }

    /** Creates a page, last among its siblings; returns its id. */
    @Transactional
    public long create(Actor actor, CommunityFacts community, PageText text) {
        Relation relation = membership.relation(actor, community);
        requirePages(actor, community, relation);
        if (!rules().canWrite(actor, community, relation)) {
            refuse(community, "create page");
        }
        InputErrors errors = new InputErrors();
        String title = title(errors, text.title());
        String body = body(errors, text.body());
        PageNodes tree = PageNodes.of(pages.tree(community.id()));
        Long parent = text.parentId();
        if (parent != null && !tree.contains(parent)) {
            errors.add("parentId", "page.parentUnknown");
        }
        errors.throwIfAny();
        List<PageNode> siblings = tree.children(parent);
        int position = siblings.isEmpty() ? 0 : siblings.get(siblings.size() - 1).position() + 1;
        Instant now = clock.instant();
        Page page = pages.save(new Page(community.id(), parent, position, title, body, text.isMembersOnly(),
                actor.accountId(), now));
        revisions.save(new PageRevision(page.getId(), actor.accountId(), title, body, now));
        auditStaff(actor, relation, community, "created", page.getId());
        events.publishEvent(new PageEvents.PageSaved(page.getId(), community.id(), actor.accountId(), true, now));
        return page.getId();
    }

    /** Changes a page's title, text or flag; a new title or text is kept as a new version. */
    @Transactional
    public void edit(Actor actor, CommunityFacts community, long id, PageText text) {
        Page page = writable(actor, community, id, "edit page").page();
        InputErrors errors = new InputErrors();
        String title = title(errors, text.title());
        String body = body(errors, text.body());
        errors.throwIfAny();
        boolean membersOnly = text.membersOnly() == null ? page.isMembersOnly() : text.isMembersOnly();
        boolean newText = !title.equals(page.getTitle()) || !body.equals(page.getBody());
        if (!newText && membersOnly == page.isMembersOnly()) {
            return;
        }
        Instant now = clock.instant();
        page.write(title, body, membersOnly, actor.accountId(), now);
        if (newText) {
            revisions.save(new PageRevision(id, actor.accountId(), title, body, now));
        }
        events.publishEvent(new PageEvents.PageSaved(id, community.id(), actor.accountId(), false, now));
    }

    /**
     * Puts a page under another (or at the top) at a position among its new siblings. Never under
     * itself or a page below it, which would cut that branch off the tree.
     */
    @Transactional
    public void move(Actor actor, CommunityFacts community, long id, PageMove move) {
        Loaded loaded = writable(actor, community, id, "move page");
        InputErrors errors = new InputErrors();
        Long parent = move.parentId();
        if (parent != null && !loaded.tree().contains(parent)) {
            errors.add("parentId", "page.parentUnknown");
        } else if (parent != null && loaded.tree().isWithin(parent, id)) {
            errors.add("parentId", "page.parentWithin");
        }
        if (move.position() != null && move.position() < 0) {
            errors.add("position", "page.positionInvalid");
        }
        errors.throwIfAny();
        List<Page> siblings = new ArrayList<>(siblingsUnder(community.id(), parent));
        siblings.removeIf(p -> p.getId().equals(id));
        int at = move.position() == null ? siblings.size() : Math.min(move.position(), siblings.size());
        siblings.add(at, loaded.page());
        renumber(siblings, parent);
    }

    /** Moves a page one place up ({@code -1}) or down ({@code 1}) among its siblings. */
    @Transactional
    public void shift(Actor actor, CommunityFacts community, long id, int by) {
        Page page = writable(actor, community, id, "move page").page();
        List<Page> siblings = new ArrayList<>(siblingsUnder(community.id(), page.getParentId()));
        int at = indexOf(siblings, id);
        siblings.remove(at);
        int to = Math.max(0, Math.min(siblings.size(), at + Integer.signum(by)));
        siblings.add(to, page);
        renumber(siblings, page.getParentId());
    }

    /**
     * Deletes a page and its history. Its children are not deleted with it: they take its place
     * among its siblings, in their order, so deleting a page never loses another one by surprise.
     * Children that were hidden from non-members by the deleted page stay hidden: they become
     * members-only themselves.
     */
    @Transactional
    public void delete(Actor actor, CommunityFacts community, long id) {
        Loaded loaded = writable(actor, community, id, "delete page");
        Page page = loaded.page();
        Long parent = page.getParentId();
        boolean hidingChildren = loaded.tree().membersOnly(id) && (parent == null || !loaded.tree().membersOnly(parent));
        List<Page> siblings = new ArrayList<>(siblingsUnder(community.id(), parent));
        int at = indexOf(siblings, id);
        siblings.remove(at);
        List<Page> children = pages.findByCommunityIdAndParentIdOrderByPositionAscIdAsc(community.id(), id);
        if (hidingChildren) {
            children.forEach(Page::keepFromNonMembers);
        }
        siblings.addAll(at, children);
        renumber(siblings, parent);
        pages.delete(page);
        events.publishEvent(new PageEvents.PageDeleted(id, community.id(), actor.accountId(), clock.instant()));
        audit.info("{} deleted page {} \"{}\" of community {}", actor.accountId(), id, page.getTitle(), community.id());
    }

    private List<Page> siblingsUnder(long communityId, Long parent) {
        return parent == null ? pages.findByCommunityIdAndParentIdIsNullOrderByPositionAscIdAsc(communityId)
                : pages.findByCommunityIdAndParentIdOrderByPositionAscIdAsc(communityId, parent);
    }

    private static int indexOf(List<Page> siblings, long id) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getId() == id) {
                return i;
            }
        }
        throw new IllegalStateException("page " + id + " is not among its siblings");
    }

    private static void renumber(List<Page> siblings, Long parent) {
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).place(parent, i);
        }
    }

    /** Every saved version of a page, newest (the current text) first. */
    @Transactional(readOnly = true)
    public List<PageRevisionView> revisions(Actor actor, CommunityFacts community, long id) {
        readable(actor, community, membership.relation(actor, community), id);
        List<PageRevision> found = revisions.findByPageIdOrderByIdDesc(id);
        Map<Long, MemberName> names = directory.names(found.stream().map(PageRevision::getEditorId).distinct().toList());
        List<PageRevisionView> views = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            views.add(view(found.get(i), found.size() - i, i == 0, names));
        }
        return views;
    }

    /** A saved version compared line by line with the current text. */
    @Transactional(readOnly = true)
    public PageComparison compare(Actor actor, CommunityFacts community, long id, long revisionId) {
        Relation relation = membership.relation(actor, community);
        Page page = readable(actor, community, relation, id).page();
        PageRevision revision = revisions.findByIdAndPageId(revisionId, id).orElseThrow(() -> new NotFoundException("revision"));
        List<PageRevision> all = revisions.findByPageIdOrderByIdDesc(id);
        int number = all.size() - (int) all.stream().takeWhile(r -> !r.getId().equals(revision.getId())).count();
        Map<Long, MemberName> names = directory.names(List.of(revision.getEditorId()));
        List<PageDiff.Line> lines = PageDiff.lines(revision.getBody(), page.getBody());
        return new PageComparison(id, view(revision, number, all.get(0).getId().equals(revision.getId()), names),
                revision.getTitle(), page.getTitle(), lines,
                PageDiff.changed(lines) || !revision.getTitle().equals(page.getTitle()),
                rules().canWrite(actor, community, relation));
    }

    /** Brings a saved version back as the current text: a new version, so the history keeps every step. */
    @Transactional
    public void restore(Actor actor, CommunityFacts community, long id, long revisionId) {
        Page page = writable(actor, community, id, "restore page").page();
        PageRevision revision = revisions.findByIdAndPageId(revisionId, id).orElseThrow(() -> new NotFoundException("revision"));
        if (revision.getTitle().equals(page.getTitle()) && revision.getBody().equals(page.getBody())) {
            return;
        }
        Instant now = clock.instant();
        page.write(revision.getTitle(), revision.getBody(), page.isMembersOnly(), actor.accountId(), now);
        revisions.save(new PageRevision(id, actor.accountId(), revision.getTitle(), revision.getBody(), now));
        events.publishEvent(new PageEvents.PageSaved(id, community.id(), actor.accountId(), false, now));
    }

    /** How many pages a reader of the community finds; {@code seesMembersOnly} when members-only ones count. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public long count(long communityId, boolean seesMembersOnly) {
        return PageNodes.of(pages.tree(communityId)).count(seesMembersOnly);
    }

    private static PageRevisionView view(PageRevision r, int number, boolean current, Map<Long, MemberName> names) {
        MemberName editor = names.get(r.getEditorId());
        return new PageRevisionView(r.getId(), number, r.getTitle(), editor == null ? null : editor.displayName(),
                r.getSavedAt(), current);
    }

    /** A page of this community and the community's tree. */
    private record Loaded(Page page, PageNodes tree) {
    }

    /**
     * A page of this community the reader may read. Another community's id, and a members-only
     * page (or one under it) for a non-member, answer 404.
     */
    private Loaded readable(Actor actor, CommunityFacts community, Relation relation, long id) {
        requirePages(actor, community, relation);
        Page page = pages.findById(id).filter(p -> p.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("page"));
        PageNodes tree = PageNodes.of(pages.tree(community.id()));
        boolean membersOnly = tree.membersOnly(id);
        if (!rules().canRead(actor, community, relation, membersOnly)) {
            throw new NotFoundException("page");
        }
        if (actor.staff() && !relation.isMember() && membersOnly) {
            audit.info("staff {} read members-only page {} of community {}", actor.accountId(), id, community.id());
        }
        return new Loaded(page, tree);
    }

    private Loaded writable(Actor actor, CommunityFacts community, long id, String action) {
        Relation relation = membership.relation(actor, community);
        Loaded loaded = readable(actor, community, relation, id);
        if (!rules().canWrite(actor, community, relation)) {
            refuse(community, action);
        }
        auditStaff(actor, relation, community, action, id);
        return loaded;
    }

    /** Staff changing the pages of a community they do not belong to is an admin action: it goes to the audit log. */
    private static void auditStaff(Actor actor, Relation relation, CommunityFacts community, String action, long pageId) {
        if (actor.staff() && !relation.isMember()) {
            audit.info("staff {} {} {} of community {}", actor.accountId(), action, pageId, community.id());
        }
    }

    /**
     * The community's pages, or why not: a visitor is asked to sign in; a signed-in person who
     * may see the community but not its content is refused. Staff reading a community's
     * non-public pages is written to the audit log.
     */
    private void requirePages(Actor actor, CommunityFacts community, Relation relation) {
        if (!rules().canReadPages(actor, community, relation)) {
            throw new NotAllowedException("read pages");
        }
        if (actor.staff() && !relation.isMember()
                && !rules().canReadPages(Actor.member(actor.accountId()), community, relation)) {
            audit.info("staff {} read the pages of community {}", actor.accountId(), community.id());
        }
    }

    private static void refuse(CommunityFacts community, String action) {
        if (community.status().isReadOnly()) {
            throw new ReadOnlyException();
        }
        throw new NotAllowedException(action);
    }

    private static String title(InputErrors errors, String value) {
        String title = Text.line(value);
        errors.required("title", title, TITLE_MAX);
        return title;
    }

    /** A page may be only a title, over the pages under it. */
    private static String body(InputErrors errors, String value) {
        String body = Text.body(value);
        errors.optional("body", body, BODY_MAX);
        return body == null ? "" : body;
    }

    private PagePolicy rules() {
        return policy.pages();
    }
}
