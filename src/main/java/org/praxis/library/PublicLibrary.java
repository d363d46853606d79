package org.praxis.library;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.praxis.account.Languages;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityRef;
import org.praxis.community.TopicList;
import org.praxis.community.TopicView;
import org.praxis.library.internal.FileVersion;
import org.praxis.library.internal.FileVersions;
import org.praxis.library.internal.LibraryFile;
import org.praxis.library.internal.LibraryFiles;
import org.praxis.library.internal.Publication;
import org.praxis.library.internal.Publications;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.ResultPage;
import org.praxis.shared.Text;
import org.praxis.shared.storage.FileStore;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's public library: documents that community admins chose to share with everyone,
 * described by title, authors, year, publisher, abstract, topics, language and licence. Reading
 * is open to all; publishing and withdrawing are for the community's admins and staff.
 */
@Service
public class PublicLibrary {

    public static final int PAGE_SIZE = 20;
    static final int AUTHORS_MAX = 500;
    static final int PUBLISHER_MAX = 200;
    static final int SUMMARY_MAX = 5_000;
    static final int TOPICS_MAX = 5;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final Publications publications;
    private final LibraryFiles files;
    private final FileVersions versions;
    private final FileStore store;
    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final TopicList topics;
    private final AccessPolicy policy;
    private final Clock clock;

    PublicLibrary(Publications publications, LibraryFiles files, FileVersions versions, FileStore store,
                  CommunityCatalog catalog, CommunityMembership membership, TopicList topics, AccessPolicy policy, Clock clock) {
        this.publications = publications;
        this.files = files;
        this.versions = versions;
        this.store = store;
        this.catalog = catalog;
        this.membership = membership;
        this.topics = topics;
        this.policy = policy;
        this.clock = clock;
    }

    /** The library page: documents matching the filter, newest first. */
    @Transactional(readOnly = true)
    public ResultPage<PublicationView> browse(Actor actor, LibraryFilter filter, int page) {
        String words = filter.words() == null || filter.words().isBlank() ? null
                : ResultPage.containsPattern(filter.words().strip().toLowerCase(Locale.ROOT));
        var found = publications.search(words, Text.line(filter.language()), filter.year(), filter.topic(),
                PageRequest.of(ResultPage.page(page), PAGE_SIZE));
        return new ResultPage<>(views(actor, found.getContent()), ResultPage.page(page), PAGE_SIZE, found.getTotalElements());
    }

    /** The languages and years documents have, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> languages() {
        return publications.languages();
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return publications.years();
    }

    /** One document of the library. */
    @Transactional(readOnly = true)
    public PublicationView get(Actor actor, long id) {
        return views(actor, List.of(publications.findById(id).orElseThrow(() -> new NotFoundException("publication")))).get(0);
    }

    /** What a community shared, for its pages; for anyone who may see the community. */
    @Transactional(readOnly = true)
    public List<PublicationView> sharedBy(Actor actor, CommunityFacts community) {
        return views(actor, publications.findByCommunityIdOrderByPublishedAtDesc(community.id()));
    }

    /** The publication of a file, if it was shared, for the file's page. */
    @Transactional(readOnly = true)
    public java.util.Optional<PublicationView> ofFile(Actor actor, long fileId) {
        return publications.findByFileId(fileId).map(p -> views(actor, List.of(p)).get(0));
    }

    /** The document's bytes, the version that was shared; anyone may download it. */
    @Transactional
    public StoredFile download(long id) {
        Publication p = publications.findById(id).orElseThrow(() -> new NotFoundException("publication"));
        FileVersion v = versions.findByFileIdAndVersion(p.getFileId(), p.getVersion())
                .orElseThrow(() -> new NotFoundException("publication file"));
        files.countDownload(p.getFileId());
        try {
            return new StoredFile(v.getFileName(), v.getContentType(), v.getSizeBytes(),
                    CommunityFiles.previewOf(v) != FileDetails.Preview.NONE, store.open(v.getStorageKey()));
        } catch (IOException e) {
            throw new NotFoundException("publication file");
        }
    }

    /** Whether the actor may share this community's files in the library (the form is offered). */
    @Transactional(readOnly = true)
    public boolean canPublish(Actor actor, CommunityFacts community) {
        return policy.files().canPublish(actor, community, membership.relation(actor, community));
    }

    /**
     * Shares the current version of a file in the public library, or describes it again (and
     * shares the current version) if it is already there. Admins of the community and staff.
     */
    @Transactional
    public long publish(Actor actor, CommunityFacts community, long fileId, PublicationText text) {
        Relation relation = membership.relation(actor, community);
        LibraryFile file = files.findById(fileId).filter(f -> f.getCommunityId() == community.id() && !f.isRemoved())
                .orElseThrow(() -> new NotFoundException("file"));
        if (!policy.files().canRead(actor, community, relation)) {
            throw new NotFoundException("file");
        }
        if (!policy.files().canPublish(actor, community, relation)) {
            if (community.status().isReadOnly()) {
                throw new ReadOnlyException();
            }
            throw new NotAllowedException("publish a file");
        }
        InputErrors errors = new InputErrors();
        String title = Text.line(text.title());
        errors.required("title", title, CommunityFiles.TITLE_MAX);
        String authors = Text.line(text.authors());
        errors.required("authors", authors, AUTHORS_MAX);
        String publisher = Text.line(text.publisher());
        errors.optional("publisher", publisher, PUBLISHER_MAX);
        String summary = Text.body(text.summary());
        errors.optional("summary", summary, SUMMARY_MAX);
        int thisYear = Year.now(clock).getValue();
        if (text.year() != null && (text.year() < 1800 || text.year() > thisYear + 1)) {
            errors.add("year", "library.yearInvalid", thisYear + 1);
        }
        String language = Text.line(text.language());
        if (language != null && !Languages.SPOKEN.contains(language)) {
            errors.add("language", "file.languageUnknown");
        }
        if (text.licence() == null) {
            errors.add("licence", "input.required");
        }
        Set<Long> topicIds = new LinkedHashSet<>(text.topicIds() == null ? List.of() : text.topicIds());
        Set<Long> known = topics.all(Locale.ENGLISH).stream().map(TopicView::id).collect(Collectors.toSet());
        if (!known.containsAll(topicIds)) {
            errors.add("topicIds", "library.topicUnknown");
        } else if (topicIds.size() > TOPICS_MAX) {
            errors.add("topicIds", "library.tooManyTopics", TOPICS_MAX);
        }
        errors.throwIfAny();
        Publication p = publications.findByFileId(fileId)
                .orElseGet(() -> new Publication(fileId, community.id(), actor.accountId(), clock.instant()));
        p.describe(file.getCurrentVersion(), title, authors, text.year(), publisher, summary, language, text.licence().name(), topicIds);
        audit.info("account {} shared file {} of community {} in the public library", actor.accountId(), fileId, community.id());
        return publications.save(p).getId();
    }

    /** Takes a document out of the library; the file stays in the community. */
    @Transactional
    public void withdraw(Actor actor, CommunityFacts community, long fileId) {
        Relation relation = membership.relation(actor, community);
        if (!policy.files().canRead(actor, community, relation)) {
            throw new NotFoundException("file");
        }
        Publication p = publications.findByFileId(fileId).filter(x -> x.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("publication"));
        if (!policy.files().canWithdraw(actor, community, relation)) {
            throw new NotAllowedException("withdraw a publication");
        }
        publications.delete(p);
        audit.info("account {} withdrew file {} of community {} from the public library", actor.accountId(), fileId,
                community.id());
    }

    private List<PublicationView> views(Actor actor, List<Publication> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, FileVersion> shared = new java.util.HashMap<>();
        Map<Long, Publication> byFile = page.stream().collect(Collectors.toMap(Publication::getFileId, Function.identity()));
        for (FileVersion v : versions.findByFileIdIn(byFile.keySet())) {
            Publication p = byFile.get(v.getFileId());
            if (v.getVersion() == p.getVersion()) {
                shared.put(p.getId(), v);
            }
        }
        Map<Long, CommunityRef> communities = catalog.visibleRefs(actor,
                page.stream().map(Publication::getCommunityId).collect(Collectors.toSet()));
        Map<Long, TopicView> topicNames = topics.all(LocaleContextHolder.getLocale()).stream()
                .collect(Collectors.toMap(TopicView::id, Function.identity()));
        List<PublicationView> views = new ArrayList<>();
        for (Publication p : page) {
            FileVersion v = shared.get(p.getId());
            if (v == null) {
                continue;
            }
            views.add(new PublicationView(p.getId(), p.getTitle(), p.getAuthors(), p.getPublicationYear(), p.getPublisher(),
                    p.getSummary(), p.getLanguage(), Licence.valueOf(p.getLicence()),
                    p.getTopicIds().stream().map(topicNames::get).filter(java.util.Objects::nonNull).toList(),
                    v.getFileName(), v.getContentType(), v.getSizeBytes(), p.getPublishedAt(),
                    communities.get(p.getCommunityId())));
        }
        return views;
    }
}
