package org.praxis.community;

import java.text.Normalizer;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.praxis.account.Languages;
import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.community.internal.CommunityImages;
import org.praxis.community.internal.PlatformSetting;
import org.praxis.community.internal.PlatformSettings;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityAccess;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.CommunityPolicy;
import org.praxis.policy.CommunityStatus;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Privacy;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.Markdown;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ResultPage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating communities, their landing pages, and the directory, each filtered by the access policy. */
@Service
public class CommunityCatalog {

    public static final int NAME_MAX = 120;
    public static final int SHORT_MAX = 300;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int ELIGIBILITY_MAX = 2000;
    public static final int AVAILABILITY_MAX = 300;
    public static final int PAGE_SIZE = 20;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");
    /** Never empty, so that "id in (...)" is valid SQL on every database. */
    private static final long NO_COMMUNITY = -1L;

    private final Communities communities;
    private final CommunityMembership membership;
    private final MemberDirectory directory;
    private final TopicList topics;
    private final AccessPolicy policy;
    private final Clock clock;
    private final CommunityImages images;
    private final PlatformSettings platformSettings;
    private final List<TabCounter> counters;

    public CommunityCatalog(Communities communities, CommunityMembership membership, MemberDirectory directory,
                            TopicList topics, AccessPolicy policy, Clock clock, CommunityImages images,
                            PlatformSettings platformSettings, List<TabCounter> counters) {
        this.counters = counters;
        this.platformSettings = platformSettings;
        this.communities = communities;
        this.images = images;
        this.membership = membership;
        this.directory = directory;
        this.topics = topics;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public String create(Actor actor, NewCommunity command) {
        if (!rules().canCreate(actor)) {
            throw new NotAllowedException("create community");
        }
        String name = InputErrors.clean(command.name());
        String shortDescription = InputErrors.clean(command.shortDescription());
        String description = InputErrors.clean(command.description());
        String eligibility = InputErrors.clean(command.eligibility());
        String availability = InputErrors.clean(command.moderatorAvailability());
        InputErrors errors = new InputErrors();
        errors.required("name", name, NAME_MAX);
        errors.required("shortDescription", shortDescription, SHORT_MAX);
        errors.optional("description", description, DESCRIPTION_MAX);
        errors.optional("eligibility", eligibility, ELIGIBILITY_MAX);
        errors.optional("moderatorAvailability", availability, AVAILABILITY_MAX);
        if (command.privacy() == null) {
            errors.add("privacy", "input.required");
        }
        if (name != null && !errors.has("name") && slugOf(name).isEmpty()) {
            errors.add("name", "community.nameNeedsLetters");
        }
        checkTopics(errors, command.topicIds());
        Set<String> languages = languagesOf(errors, command.languages());
        errors.throwIfAny();

        Community community = new Community(uniqueSlug(name), name, shortDescription, description,
                eligibility, availability, CommunityAccess.of(command.privacy(), command.approval()),
                actor.accountId(), clock.instant());
        if (!rules().approvalOfNew(actor, platformSettings.isOn(PlatformSetting.COMMUNITY_APPROVAL_REQUIRED)).approved()) {
            community.awaitStaffApproval();
        }
        communities.save(community);
        community.chooseTopics(topicIdsOf(command.topicIds()));
        community.chooseLanguages(languages);
        membership.addFounder(community.getId(), actor.accountId());
        return community.getSlug();
    }

    /** The facts of a community the actor may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public CommunityFacts facts(Actor actor, String slug) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        rules().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return community.facts();
    }

    /** Name, address and summary of a community the actor may see, for invitation e-mails. */
    @Transactional(readOnly = true)
    public org.praxis.membership.CommunityInvitations.About about(Actor actor, String slug) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        rules().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return new org.praxis.membership.CommunityInvitations.About(community.getName(), community.getSlug(),
                community.getShortDescription());
    }

    /** The facts of a community by id, if the actor may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public CommunityFacts factsById(Actor actor, long id) {
        Community community = communities.findById(id).orElseThrow(() -> new NotFoundException("community"));
        rules().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return community.facts();
    }

    /**
     * Names and addresses of communities the caller has established the actor may see (those
     * they belong to), for streams that span several communities.
     */
    @Transactional(readOnly = true)
    public Map<Long, CommunityRef> refs(java.util.Collection<Long> ids) {
        Map<Long, CommunityRef> refs = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            communities.findAllById(ids).forEach(c -> refs.put(c.getId(), new CommunityRef(c.getId(), c.getSlug(), c.getName())));
        }
        return refs;
    }

    /**
     * Names and addresses of those of some communities that the actor may see; the others are
     * left out, so a list that mentions communities never names a hidden one to an outsider.
     */
    @Transactional(readOnly = true)
    public Map<Long, CommunityRef> visibleRefs(Actor actor, java.util.Collection<Long> ids) {
        Map<Long, CommunityRef> refs = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        Map<Long, Relation> relations = membership.relations(actor, ids);
        for (Community c : communities.findAllById(ids)) {
            if (rules().canSee(actor, c.facts(), relations.getOrDefault(c.getId(), Relation.none()))) {
                refs.put(c.getId(), new CommunityRef(c.getId(), c.getSlug(), c.getName()));
            }
        }
        return refs;
    }

    /**
     * The facts of several communities by id, for lists that span communities: the caller asks
     * the policy about each before showing anything of it.
     */
    @Transactional(readOnly = true)
    public Map<Long, CommunityFacts> factsOf(java.util.Collection<Long> ids) {
        Map<Long, CommunityFacts> facts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            communities.findAllById(ids).forEach(c -> facts.put(c.getId(), c.facts()));
        }
        return facts;
    }

    /** The slug of a community by id, once the caller has established the actor may see it. */
    @Transactional(readOnly = true)
    public String slugOf(Actor actor, long id) {
        Community community = communities.findById(id).orElseThrow(() -> new NotFoundException("community"));
        rules().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return community.getSlug();
    }

    /**
     * A community's banner or logo, for those who may see its landing page; a hidden
     * community's pictures answer 404 to everyone else, as its page does.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<CommunityImageFile> image(Actor actor, String slug, CommunityImageKind kind) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        rules().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return images.findByCommunityIdAndKind(community.getId(), kind).map(i -> new CommunityImageFile(
                i.getContent(), i.getContentType(), i.getUpdatedAt().toEpochMilli(),
                !rules().canSee(Actor.visitor(), community.facts(), Relation.none())));
    }

    @Transactional(readOnly = true)
    public CommunityPage page(Actor actor, String slug) {
        return page(actor, slug, true);
    }

    /**
     * The top of a community's content pages (name, notices, tabs and their counters) without
     * what only the landing page's side column shows (administrators, working groups,
     * communities on the same topic), which would cost a dozen queries on every discussion page.
     */
    @Transactional(readOnly = true)
    public CommunityPage frame(Actor actor, String slug) {
        return page(actor, slug, false);
    }

    private CommunityPage page(Actor actor, String slug, boolean withSide) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        CommunityFacts facts = community.facts();
        Relation relation = membership.relation(actor, community.facts());
        rules().requireSee(actor, facts, relation);
        Map<Long, MemberCard> admins = withSide ? directory.cards(membership.adminIds(community.getId())) : Map.of();
        boolean canModerate = rules().canModerateMembers(actor, facts, relation);
        auditStaffRead(actor, facts, relation, "landing page");
        Community parent = community.getParent();
        long members = membership.memberCounts(List.of(community.getId())).getOrDefault(community.getId(), 0L);
        Map<CommunityImageKind, String> pictures = imageUrls(List.of(community)).getOrDefault(community.getId(), Map.of());
        return new CommunityPage(community.getId(), community.getSlug(), community.getName(),
                community.getShortDescription(), Markdown.toSafeHtml(community.getDescription()),
                facts.access().joinMode() == JoinMode.APPROVAL ? community.getEligibility() : null,
                community.getModeratorAvailability(), facts.access().privacy(), community.effectiveStatus(clock.instant()),
                members,
                List.copyOf(admins.values()), viewerState(actor, facts, relation), relation.role(),
                rules().canReadContent(actor, facts, relation), rules().canLeave(actor, facts, relation),
                canModerate, rules().canManage(actor, facts, relation),
                canModerate ? membership.pendingCount(community.getId()) : 0,
                topics.named(community.getTopicIds(), LocaleContextHolder.getLocale()),
                withSide ? sameTopic(actor, community) : List.of(), community.getLanguages(), pictures.get(CommunityImageKind.BANNER),
                pictures.get(CommunityImageKind.LOGO), facts,
                parent == null ? null : new CommunityPage.ParentRef(parent.getSlug(), parent.getName()),
                parent == null && withSide ? workingGroups(actor, community, relation) : List.of(),
                rules().canCreateWorkingGroup(actor, facts, relation), rules().canOverseeWorkingGroups(actor, facts, relation),
                tabs(community, rules().canReadContent(actor, facts, relation), rules().canManage(actor, facts, relation),
                        tabCounts(actor, community, relation, members)));
    }

    /**
     * The tabs one viewer gets: those whose feature exists, content tabs only for readers, and
     * hidden ones only for the admins who hid them (so they can show them again).
     */
    private static List<TabView> tabs(Community community, boolean canRead, boolean canManage, Map<CommunityTab, Long> counts) {
        List<TabView> tabs = new java.util.ArrayList<>();
        for (CommunityTab tab : CommunityTab.values()) {
            boolean hidden = community.getHiddenTabs().contains(tab);
            if (!tab.available() || (hidden && !canManage) || (tab != CommunityTab.ABOUT && !canRead)) {
                continue;
            }
            tabs.add(new TabView(tab, counts.get(tab), hidden));
        }
        return tabs;
    }

    /** Each tab's counter for this reader; counted only for those who may read the content. */
    private Map<CommunityTab, Long> tabCounts(Actor actor, Community community, Relation relation, long members) {
        Map<CommunityTab, Long> counts = new java.util.EnumMap<>(CommunityTab.class);
        counts.put(CommunityTab.MEMBERS, members);
        if (rules().canReadContent(actor, community.facts(), relation)) {
            boolean seesMembersOnly = policy.discussions().seesMembersOnly(actor, relation);
            counters.forEach(counter -> counts.putAll(counter.count(community.getId(), seesMembersOnly)));
        }
        return counts;
    }

    /**
     * The working groups of a community that the actor may see: the others are not listed. A
     * community has a handful of groups, so each is checked with the policy's own predicate.
     */
    private List<CommunityCard> workingGroups(Actor actor, Community parent, Relation parentRelation) {
        List<Community> groups = communities.findByParentOrderByNameAsc(parent);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, Relation> relations = membership.relations(actor, groups.stream().map(Community::getId).toList());
        List<Community> visible = groups.stream().filter(g -> rules().canSee(actor, g.facts(),
                relations.getOrDefault(g.getId(), Relation.none()).withParentRole(parentRelation.role()))).toList();
        return cards(actor, visible, relations, parentRelation.role());
    }

    @Transactional(readOnly = true)
    public ResultPage<CommunityCard> directory(Actor actor, DirectoryFilter filter, int page) {
        Set<Long> mine = membership.communityIdsOf(actor);
        CommunityPolicy.ListFilter visible = listFilter(actor, mine);
        Set<Long> ids = new HashSet<>(filter.mineOnly() ? mine : visible.alsoHidden());
        ids.add(NO_COMMUNITY);
        Privacy privacy = filter.privacy();
        CommunityAccess access = privacy == null ? null : CommunityAccess.of(privacy);
        int safePage = ResultPage.page(page);
        String name = ResultPage.containsPattern(filter.name());
        String language = filter.language() == null ? null
                : InputErrors.clean(filter.language().toLowerCase(Locale.ROOT));
        Boolean hidden = access == null ? null : access.hidden();
        JoinMode joinMode = access == null || privacy == Privacy.OPEN ? null : access.joinMode();
        Boolean contentPublic = access == null ? null : access.contentPublic();
        var statuses = EnumSet.allOf(CommunityStatus.class);
        DirectoryFilter.Sort order = filter.sort() == null ? DirectoryFilter.Sort.ACTIVITY : filter.sort();
        // Members are counted by the database, so the order holds across pages.
        Page<Community> found = order == DirectoryFilter.Sort.MEMBERS
                ? communities.searchByMembers(visible.all(), ids, visible.creator(), name, hidden, joinMode, contentPublic,
                        filter.mineOnly(), filter.mineOnly(), filter.topicId(), language, statuses, PageRequest.of(safePage, PAGE_SIZE))
                : communities.search(visible.all(), ids, visible.creator(), name, hidden, joinMode, contentPublic,
                        filter.mineOnly(), filter.mineOnly(), filter.topicId(), language, statuses,
                        PageRequest.of(safePage, PAGE_SIZE, sortOf(order)));
        return new ResultPage<>(cards(actor, found.getContent()), safePage, PAGE_SIZE, found.getTotalElements());
    }

    private static org.springframework.data.domain.Sort sortOf(DirectoryFilter.Sort order) {
        var sort = switch (order) {
            case NEWEST -> org.springframework.data.domain.Sort.by("createdAt").descending();
            case NAME -> org.springframework.data.domain.Sort.by("name");
            case ACTIVITY, MEMBERS -> org.springframework.data.domain.Sort.by("lastActivityAt").descending();
        };
        return sort.and(org.springframework.data.domain.Sort.by("id"));
    }

    /** Every community with its privacy, status, members and last activity: the staff overview. */
    @Transactional(readOnly = true)
    public ResultPage<StaffCommunityRow> overview(Actor actor, String name, int page) {
        if (!rules().canOverseeAll(actor)) {
            throw new NotAllowedException("oversee communities");
        }
        audit.info("staff {} listed all communities (search '{}')", actor.accountId(),
                name == null ? "" : name.replaceAll("[\\r\\n]", " "));
        int safePage = ResultPage.page(page);
        Page<Community> found = communities.search(true, Set.of(NO_COMMUNITY), null, ResultPage.containsPattern(name), null,
                null, null, false, true, null, null, EnumSet.allOf(CommunityStatus.class),
                PageRequest.of(safePage, 50, org.springframework.data.domain.Sort.by("name").and(
                        org.springframework.data.domain.Sort.by("id"))));
        Map<Long, Long> counts = membership.memberCounts(found.getContent().stream().map(Community::getId).toList());
        return new ResultPage<>(found.getContent().stream().map(c -> new StaffCommunityRow(c.getId(), c.getSlug(),
                c.getName(), c.access().privacy(), c.effectiveStatus(clock.instant()), counts.getOrDefault(c.getId(), 0L),
                c.getCreatedAt(), c.getLastActivityAt())).toList(), safePage, 50, found.getTotalElements());
    }

    /** Up to five other communities sharing a topic, among those the actor may see. */
    private List<CommunityCard> sameTopic(Actor actor, Community community) {
        if (community.getTopicIds().isEmpty()) {
            return List.of();
        }
        CommunityPolicy.ListFilter visible = listFilter(actor, membership.communityIdsOf(actor));
        Set<Long> ids = new HashSet<>(visible.alsoHidden());
        ids.add(NO_COMMUNITY);
        return cards(actor, communities.sharingTopics(visible.all(), ids, visible.creator(), Set.copyOf(community.getTopicIds()),
                community.getId(), PageRequest.of(0, 5)));
    }

    static final int TOPICS_MAX = 5;

    void checkTopics(InputErrors errors, List<Long> ids) {
        Set<Long> unique = topicIdsOf(ids);
        if (unique.size() > TOPICS_MAX) {
            errors.add("topicIds", "profile.tooMany", TOPICS_MAX);
        } else if (!topics.allExist(unique)) {
            errors.add("topicIds", "community.topicUnknown");
        }
    }

    static final int LANGUAGES_MAX = 10;

    /** The distinct language codes chosen, each checked against the list profiles use. */
    static Set<String> languagesOf(InputErrors errors, List<String> codes) {
        return Languages.chosen(codes, errors, LANGUAGES_MAX);
    }

    /** Each community's picture addresses, versioned by when the picture changed, without loading the bytes. */
    private Map<Long, Map<CommunityImageKind, String>> imageUrls(List<Community> list) {
        Map<Long, Map<CommunityImageKind, String>> urls = new java.util.HashMap<>();
        if (list.isEmpty()) {
            return urls;
        }
        Map<Long, String> slugs = new java.util.HashMap<>();
        list.forEach(c -> slugs.put(c.getId(), c.getSlug()));
        for (CommunityImages.ImageVersion v : images.versionsOf(slugs.keySet())) {
            urls.computeIfAbsent(v.getCommunityId(), id -> new java.util.EnumMap<>(CommunityImageKind.class))
                    .put(v.getKind(), imageUrl(slugs.get(v.getCommunityId()), v.getKind(), v.getUpdatedAt()));
        }
        return urls;
    }

    static String imageUrl(String slug, CommunityImageKind kind, java.time.Instant version) {
        return "/c/" + slug + "/images/" + kind.path() + "?v=" + version.toEpochMilli();
    }

    static Set<Long> topicIdsOf(List<Long> ids) {
        Set<Long> unique = new HashSet<>();
        if (ids != null) {
            ids.stream().filter(java.util.Objects::nonNull).forEach(unique::add);
        }
        return unique;
    }

    /** The policy's list predicate, from the communities the actor belongs or is invited to. */
    private CommunityPolicy.ListFilter listFilter(Actor actor, Set<Long> memberOf) {
        Set<Long> known = new HashSet<>(memberOf);
        known.addAll(membership.invitedCommunityIdsOf(actor));
        return rules().listFilter(actor, known);
    }

    /** Staff may read everything; each read that only staff rights allow is on the record. */
    void auditStaffRead(Actor actor, CommunityFacts facts, Relation relation, String what) {
        if (actor.staff() && !rules().canReadContent(Actor.member(actor.accountId()), facts, relation)) {
            audit.info("staff {} read the {} of community {}", actor.accountId(), what, facts.id());
        }
    }

    private List<CommunityCard> cards(Actor actor, List<Community> list) {
        return cards(actor, list, membership.relations(actor, list.stream().map(Community::getId).toList()), null);
    }

    /**
     * Cards for a list, with the actor's relations to its communities; {@code parentRole} is the
     * actor's role in the parent when the list holds working groups.
     */
    private List<CommunityCard> cards(Actor actor, List<Community> list, Map<Long, Relation> relations,
                                      org.praxis.policy.Role parentRole) {
        List<Long> ids = list.stream().map(Community::getId).toList();
        Map<Long, Long> counts = membership.memberCounts(ids);
        Map<Long, Map<CommunityImageKind, String>> pictures = imageUrls(list);
        return list.stream().map(c -> {
            Relation relation = relations.getOrDefault(c.getId(), Relation.none()).withParentRole(parentRole);
            return new CommunityCard(c.getId(), c.getSlug(), c.getName(), c.getShortDescription(),
                    c.access().privacy(), c.effectiveStatus(clock.instant()), counts.getOrDefault(c.getId(), 0L),
                    viewerState(actor, c.facts(), relation), c.getLanguages(),
                    pictures.getOrDefault(c.getId(), Map.of()).get(CommunityImageKind.LOGO));
        }).toList();
    }

    private ViewerState viewerState(Actor actor, CommunityFacts facts, Relation relation) {
        if (relation.isMember()) {
            return ViewerState.MEMBER;
        }
        if (relation.banned()) {
            return ViewerState.BANNED;
        }
        if (facts.status().isReadOnly()) {
            return ViewerState.ARCHIVED;
        }
        if (!facts.approved()) {
            return ViewerState.AWAITING_APPROVAL;
        }
        if (relation.requested()) {
            return ViewerState.REQUESTED;
        }
        if (relation.invited() && rules().canJoin(actor, facts, relation)) {
            return ViewerState.INVITED;
        }
        if (facts.access().joinMode() == JoinMode.INVITATION && !relation.invited()) {
            return ViewerState.INVITATION_ONLY;
        }
        if (!actor.signedIn()) {
            return ViewerState.SIGN_IN_TO_JOIN;
        }
        return rules().canJoin(actor, facts, relation) ? ViewerState.JOIN : ViewerState.REQUEST;
    }

    private CommunityPolicy rules() {
        return policy.communities();
    }

    String uniqueSlug(String name) {
        String base = slugOf(name);
        String slug = base;
        for (int n = 2; communities.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** "Protection sociale – MENA" becomes "protection-sociale-mena". */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
