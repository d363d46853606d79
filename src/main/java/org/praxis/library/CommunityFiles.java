package org.praxis.library;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.praxis.account.Languages;
import org.praxis.account.MemberDirectory;
import org.praxis.account.MemberName;
import org.praxis.library.internal.FileVersion;
import org.praxis.library.internal.FileVersions;
import org.praxis.library.internal.Folder;
import org.praxis.library.internal.Folders;
import org.praxis.library.internal.LibraryFile;
import org.praxis.library.internal.LibraryFiles;
import org.praxis.library.internal.Usage;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.FilePolicy;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.praxis.shared.ReadOnlyException;
import org.praxis.shared.ResultPage;
import org.praxis.shared.Text;
import org.praxis.shared.limits.LimitedAction;
import org.praxis.shared.limits.RateLimits;
import org.praxis.shared.storage.FileStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's files: members share working documents in folders, upload new versions, and
 * download them; nobody else reads them, whatever the community's privacy. Each method asks
 * the policy first; a file of another community, or a removed one, answers 404.
 */
@Service
public class CommunityFiles {

    public static final int PAGE_SIZE = 25;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5_000;
    static final int FOLDER_MAX = 100;
    static final int REASON_MAX = 500;
    private static final org.slf4j.Logger audit = org.slf4j.LoggerFactory.getLogger("org.praxis.audit");

    private final LibraryFiles files;
    private final FileVersions versions;
    private final Folders folders;
    private final Usage usage;
    private final org.praxis.library.internal.Publications publications;
    private final FileIntake intake;
    private final FileStore store;
    private final FileLimits limits;
    private final CommunityMembership membership;
    private final MemberDirectory directory;
    private final AccessPolicy policy;
    private final Clock clock;
    private final RateLimits rateLimits;
    private final org.springframework.context.ApplicationEventPublisher events;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entities;

    CommunityFiles(LibraryFiles files, FileVersions versions, Folders folders, Usage usage,
                   org.praxis.library.internal.Publications publications, FileIntake intake,
                   FileStore store, FileLimits limits, CommunityMembership membership, MemberDirectory directory,
                   AccessPolicy policy, Clock clock, RateLimits rateLimits,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.rateLimits = rateLimits;
        this.events = events;
        this.files = files;
        this.versions = versions;
        this.folders = folders;
        this.usage = usage;
        this.publications = publications;
        this.intake = intake;
        this.store = store;
        this.limits = limits;
        this.membership = membership;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    private FilePolicy rules() {
        return policy.files();
    }

    /** Whether the actor may open the Files tab (members and staff); others are told files are for members. */
    @Transactional(readOnly = true)
    public boolean canRead(Actor actor, CommunityFacts community) {
        return rules().canRead(actor, community, membership.relation(actor, community));
    }

    /** The Files tab: folders, the files of one folder (or all, when {@code folderId} is null), and the space used. */
    @Transactional(readOnly = true)
    public FileListing list(Actor actor, CommunityFacts community, Long folderId, int page) {
        Relation relation = requireRead(actor, community);
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : files.countByFolder(community.id())) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        List<FolderView> folderViews = folders.findByCommunityIdOrderByNameKey(community.id()).stream()
                .map(f -> new FolderView(f.getId(), f.getName(), counts.getOrDefault(f.getId(), 0L))).toList();
        FolderView folder = null;
        if (folderId != null) {
            folder = folderViews.stream().filter(f -> f.id() == folderId).findFirst()
                    .orElseThrow(() -> new NotFoundException("folder"));
        }
        var found = files.listed(community.id(), folderId, PageRequest.of(ResultPage.page(page), PAGE_SIZE));
        ResultPage<FileSummary> result = new ResultPage<>(summaries(found.getContent()), ResultPage.page(page), PAGE_SIZE,
                found.getTotalElements());
        return new FileListing(folderViews, folder, result, usage.of(community.id()), limits.communityQuota().toBytes(),
                rules().canUpload(actor, community, relation), rules().canManageFolders(actor, community, relation));
    }

    /** How many files the Files tab holds, for its counter. */
    @Transactional(readOnly = true)
    public long count(long communityId) {
        return files.countListed(communityId);
    }

    /** Whether the actor may upload here (the form is offered), without saying why not. */
    @Transactional(readOnly = true)
    public boolean canUpload(Actor actor, CommunityFacts community) {
        return rules().canUpload(actor, community, membership.relation(actor, community));
    }

    /** Folders to choose from when uploading or editing. */
    @Transactional(readOnly = true)
    public List<FolderView> folders(Actor actor, CommunityFacts community) {
        requireRead(actor, community);
        return folders.findByCommunityIdOrderByNameKey(community.id()).stream()
                .map(f -> new FolderView(f.getId(), f.getName(), 0)).toList();
    }

    /**
     * Shares one or more files. With one file, the title typed (or the file's name) names it;
     * with several, each is named after its file and shares the description, language and folder.
     * Nothing is stored unless every file passes and the quota holds.
     */
    @Transactional
    public List<Long> upload(Actor actor, CommunityFacts community, FileText text, List<Upload> uploads) {
        Relation relation = membership.relation(actor, community);
        if (!rules().canUpload(actor, community, relation)) {
            requireRead(actor, community);
            refuse(community, "upload a file");
        }
        InputErrors errors = new InputErrors();
        FileText cleaned = clean(errors, community, text, false);
        List<FileIntake.Checked> checked = intake.check(errors, uploads);
        errors.throwIfAny();
        rateLimits.take(actor, community.id(), LimitedAction.UPLOAD, checked.size());
        // The bytes go to the store before the quota is taken, so the community's usage row is
        // locked only for the inserts, not for the transfer; refused or failed, they are deleted.
        List<FileIntake.Stored> stored = checked.stream().map(intake::store).toList();
        reserve(errors, community, FileIntake.size(checked));
        List<Long> ids = new ArrayList<>();
        for (FileIntake.Stored file : stored) {
            String title = checked.size() == 1 && cleaned.title() != null ? cleaned.title() : titleOf(file.name());
            LibraryFile saved = files.save(new LibraryFile(community.id(), cleaned.folderId(), title, cleaned.description(),
                    cleaned.language(), actor.accountId(), clock.instant()));
            versions.save(new FileVersion(saved.getId(), 1, file.name(), file.contentType(), file.size(),
                    file.sha256(), file.key(), file.thumbnailKey(), actor.accountId(), clock.instant()));
            ids.add(saved.getId());
        }
        events.publishEvent(new FileEvents.FilesUploaded(community.id(), actor.accountId(), ids, clock.instant()));
        return ids;
    }

    /** A new version of a file; the older ones stay downloadable. */
    @Transactional
    public int uploadVersion(Actor actor, CommunityFacts community, long fileId, Upload upload) {
        Relation relation = requireRead(actor, community);
        long uploader = readable(community, fileId).getUploaderId();
        if (!rules().canEdit(actor, community, relation, uploader)) {
            refuse(community, "upload a version");
        }
        InputErrors errors = new InputErrors();
        List<FileIntake.Checked> checked = intake.check(errors, upload == null ? List.of() : List.of(upload));
        errors.throwIfAny();
        rateLimits.take(actor, community.id(), LimitedAction.UPLOAD);
        FileIntake.Stored stored = intake.store(checked.get(0));
        // Checked again under the row's lock: the file may have been removed during the transfer.
        LibraryFile file = lockedReadable(community, fileId);
        reserve(errors, community, FileIntake.size(checked));
        int version = file.nextVersion(clock.instant());
        versions.save(new FileVersion(file.getId(), version, stored.name(), stored.contentType(), stored.size(),
                stored.sha256(), stored.key(), stored.thumbnailKey(), actor.accountId(), clock.instant()));
        return version;
    }

    /** A file's page: its versions, its preview, and what the reader may do. */
    @Transactional(readOnly = true)
    public FileDetails details(Actor actor, CommunityFacts community, long fileId) {
        Relation relation = requireRead(actor, community);
        LibraryFile file = readable(community, fileId);
        List<FileVersion> all = versions.findByFileIdOrderByVersionDesc(file.getId());
        Set<Long> people = new HashSet<>();
        people.add(file.getUploaderId());
        all.forEach(v -> people.add(v.getUploaderId()));
        Map<Long, MemberName> names = directory.names(people);
        FileVersion current = all.stream().filter(v -> v.getVersion() == file.getCurrentVersion()).findFirst()
                .orElseThrow(() -> new NotFoundException("file version"));
        String folderName = file.getFolderId() == null ? null
                : folders.findById(file.getFolderId()).map(Folder::getName).orElse(null);
        List<FileVersionView> history = all.stream().map(v -> new FileVersionView(v.getVersion(), v.getFileName(),
                v.getContentType(), v.getSizeBytes(), name(names, v.getUploaderId()), v.getCreatedAt())).toList();
        return new FileDetails(summary(file, current, names), file.getDescription(), folderName, history,
                previewOf(current), new FileDetails.Can(rules().canEdit(actor, community, relation, file.getUploaderId()),
                rules().canRemove(actor, community, relation, file.getUploaderId()),
                rules().needsRemovalReason(actor, file.getUploaderId())));
    }

    /** Changes what a file is called and where it is filed. */
    @Transactional
    public void describe(Actor actor, CommunityFacts community, long fileId, FileText text) {
        Relation relation = requireRead(actor, community);
        LibraryFile file = lockedReadable(community, fileId);
        if (!rules().canEdit(actor, community, relation, file.getUploaderId())) {
            refuse(community, "edit a file");
        }
        InputErrors errors = new InputErrors();
        FileText cleaned = clean(errors, community, text, true);
        errors.throwIfAny();
        file.describe(cleaned.folderId(), cleaned.title(), cleaned.description(), cleaned.language(), clock.instant());
    }

    /**
     * Removes a file with all its versions (and from the public library): the uploader their own,
     * moderators anyone's with a reason. The row stays (who, when, why); the bytes are deleted once the removal commits.
     */
    @Transactional
    public void remove(Actor actor, CommunityFacts community, long fileId, String reason) {
        Relation relation = requireRead(actor, community);
        LibraryFile file = lockedReadable(community, fileId);
        if (!rules().canRemove(actor, community, relation, file.getUploaderId())) {
            refuse(community, "remove a file");
        }
        InputErrors errors = new InputErrors();
        String why = Text.line(reason);
        if (rules().needsRemovalReason(actor, file.getUploaderId())) {
            errors.required("reason", why, REASON_MAX);
        } else {
            errors.optional("reason", why, REASON_MAX);
        }
        errors.throwIfAny();
        takeDown(file, actor.accountId(), why);
        if (!actor.is(file.getUploaderId())) {
            audit.info("account {} removed file {} of community {}: {}", actor.accountId(), fileId, community.id(), why);
            events.publishEvent(new FileEvents.FileRemoved(fileId, community.id(), file.getUploaderId(), actor.accountId(),
                    file.getTitle(), why, clock.instant()));
        }
    }

    /** Removes every file a member uploaded, as they would one by one: their account is being deleted. */
    @Transactional
    public int removeAllBy(long uploaderId) {
        List<LibraryFile> theirs = files.findByUploaderIdAndRemovedAtIsNull(uploaderId);
        theirs.forEach(file -> takeDown(file, uploaderId, null));
        return theirs.size();
    }

    /** Takes a file out of every read path and the public library, frees its space, and deletes its bytes after commit. */
    private void takeDown(LibraryFile file, long by, String why) {
        file.remove(by, why, clock.instant());
        // A removed file leaves the public library too.
        publications.findByFileId(file.getId()).ifPresent(publications::delete);
        List<FileVersion> all = versions.findByFileIdOrderByVersionDesc(file.getId());
        usage.subtract(file.getCommunityId(), all.stream().mapToLong(FileVersion::getSizeBytes).sum());
        List<String> keys = new ArrayList<>();
        for (FileVersion v : all) {
            for (String key : new String[] {v.getStorageKey(), v.getThumbnailKey()}) {
                if (key != null && versions.sharingKey(key, file.getId()) == 0) {
                    keys.add(key);
                }
            }
        }
        intake.deleteAfterCommit(keys);
    }

    /**
     * A version's bytes (the current one when {@code version} is null), counted as a download.
     * Pictures the server read and PDF open in place; anything else is downloaded.
     */
    @Transactional
    public StoredFile download(Actor actor, CommunityFacts community, long fileId, Integer version) {
        requireRead(actor, community);
        LibraryFile file = readable(community, fileId);
        FileVersion v = versions.findByFileIdAndVersion(file.getId(), version == null ? file.getCurrentVersion() : version)
                .orElseThrow(() -> new NotFoundException("file version"));
        files.countDownload(file.getId());
        return open(v.getFileName(), v.getContentType(), v.getSizeBytes(), previewOf(v) != FileDetails.Preview.NONE,
                v.getStorageKey());
    }

    /** The current version shown in the page (a picture or a PDF); 404 for other kinds. Not counted as a download. */
    @Transactional(readOnly = true)
    public StoredFile preview(Actor actor, CommunityFacts community, long fileId) {
        requireRead(actor, community);
        FileVersion v = current(readable(community, fileId));
        if (previewOf(v) == FileDetails.Preview.NONE) {
            throw new NotFoundException("preview");
        }
        return open(v.getFileName(), v.getContentType(), v.getSizeBytes(), true, v.getStorageKey());
    }

    /** The small copy of a picture, for lists; 404 when the file is not a picture the server read. */
    @Transactional(readOnly = true)
    public StoredFile thumbnail(Actor actor, CommunityFacts community, long fileId) {
        requireRead(actor, community);
        FileVersion v = current(readable(community, fileId));
        if (v.getThumbnailKey() == null) {
            throw new NotFoundException("thumbnail");
        }
        try {
            byte[] bytes = store.open(v.getThumbnailKey()).readAllBytes();
            return new StoredFile("thumbnail.png", "image/png", bytes.length, true, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new NotFoundException("thumbnail file");
        }
    }

    /** A new folder; its name must not be taken in the community (whatever its case). */
    @Transactional
    public long createFolder(Actor actor, CommunityFacts community, String name) {
        requireManageFolders(actor, community);
        InputErrors errors = new InputErrors();
        String cleaned = folderName(errors, community, name, null);
        errors.throwIfAny();
        return folders.save(new Folder(community.id(), cleaned, clock.instant())).getId();
    }

    @Transactional
    public void renameFolder(Actor actor, CommunityFacts community, long folderId, String name) {
        requireManageFolders(actor, community);
        Folder folder = folderOf(community, folderId);
        InputErrors errors = new InputErrors();
        String cleaned = folderName(errors, community, name, folderId);
        errors.throwIfAny();
        folder.rename(cleaned);
    }

    /** Deletes a folder; its files stay, outside any folder. */
    @Transactional
    public void deleteFolder(Actor actor, CommunityFacts community, long folderId) {
        requireManageFolders(actor, community);
        Folder folder = folderOf(community, folderId);
        files.leaveFolder(folder.getId());
        folders.delete(folder);
    }

    /** The latest files of a folder (or all) that the reader may read, for pages that list them; empty for non-members. */
    @Transactional(readOnly = true)
    public List<FileSummary> recent(Actor actor, CommunityFacts community, Long folderId, int limit) {
        Relation relation = membership.relation(actor, community);
        if (!rules().canRead(actor, community, relation)) {
            return List.of();
        }
        if (actor.staff() && !relation.isMember()) {
            audit.info("staff {} read the files of community {} in a page", actor.accountId(), community.id());
        }
        return summaries(files.listed(community.id(), folderId, PageRequest.of(0, limit)).getContent());
    }

    private Relation requireRead(Actor actor, CommunityFacts community) {
        Relation relation = membership.relation(actor, community);
        if (!rules().canRead(actor, community, relation)) {
            if (policy.communities().canSee(actor, community, relation) && !actor.signedIn()) {
                throw new NotAllowedException("read files");
            }
            throw new NotFoundException("files");
        }
        if (actor.staff() && !relation.isMember()) {
            audit.info("staff {} read the files of community {}", actor.accountId(), community.id());
        }
        return relation;
    }

    private void requireManageFolders(Actor actor, CommunityFacts community) {
        Relation relation = requireRead(actor, community);
        if (!rules().canManageFolders(actor, community, relation)) {
            refuse(community, "manage folders");
        }
    }

    private static void refuse(CommunityFacts community, String action) {
        if (community.status().isReadOnly()) {
            throw new ReadOnlyException();
        }
        throw new NotAllowedException(action);
    }

    private LibraryFile readable(CommunityFacts community, long fileId) {
        return files.findById(fileId).filter(f -> f.getCommunityId() == community.id() && !f.isRemoved())
                .orElseThrow(() -> new NotFoundException("file"));
    }

    /**
     * A file read again with its row locked until the transaction ends, so two changes to it
     * happen one after the other and each sees the other's result (a removal, a new version).
     */
    private LibraryFile lockedReadable(CommunityFacts community, long fileId) {
        LibraryFile file = readable(community, fileId);
        entities.refresh(file, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (file.isRemoved()) {
            throw new NotFoundException("file");
        }
        return file;
    }

    private FileVersion current(LibraryFile file) {
        return versions.findByFileIdAndVersion(file.getId(), file.getCurrentVersion())
                .orElseThrow(() -> new NotFoundException("file version"));
    }

    private Folder folderOf(CommunityFacts community, long folderId) {
        return folders.findById(folderId).filter(f -> f.getCommunityId() == community.id())
                .orElseThrow(() -> new NotFoundException("folder"));
    }

    private void reserve(InputErrors errors, CommunityFacts community, long bytes) {
        if (!usage.tryAdd(community.id(), bytes, limits.communityQuota().toBytes())) {
            errors.add("files", "file.quotaFull", limits.communityQuota().toMegabytes());
            errors.throwIfAny();
        }
    }

    private StoredFile open(String name, String type, long size, boolean inline, String key) {
        try {
            return new StoredFile(name, type, size, inline, store.open(key));
        } catch (IOException e) {
            throw new NotFoundException("stored file");
        }
    }

    static FileDetails.Preview previewOf(FileVersion v) {
        if ("application/pdf".equals(v.getContentType())) {
            return FileDetails.Preview.PDF;
        }
        return v.getThumbnailKey() != null ? FileDetails.Preview.IMAGE : FileDetails.Preview.NONE;
    }

    private FileText clean(InputErrors errors, CommunityFacts community, FileText text, boolean titleRequired) {
        FileText t = text == null ? new FileText(null, null, null, null) : text;
        String title = Text.line(t.title());
        if (titleRequired) {
            errors.required("title", title, TITLE_MAX);
        } else {
            errors.optional("title", title, TITLE_MAX);
        }
        String description = Text.body(t.description());
        errors.optional("description", description, DESCRIPTION_MAX);
        String language = Text.line(t.language());
        if (language != null && !Languages.SPOKEN.contains(language)) {
            errors.add("language", "file.languageUnknown");
        }
        if (t.folderId() != null && folders.findById(t.folderId()).filter(f -> f.getCommunityId() == community.id()).isEmpty()) {
            errors.add("folderId", "file.folderUnknown");
        }
        return new FileText(title, description, language, t.folderId());
    }

    private String folderName(InputErrors errors, CommunityFacts community, String name, Long renaming) {
        String cleaned = Text.line(name);
        errors.required("name", cleaned, FOLDER_MAX);
        if (cleaned != null && folders.findByCommunityIdAndNameKey(community.id(), Folder.keyOf(cleaned))
                .filter(f -> !f.getId().equals(renaming)).isPresent()) {
            errors.add("name", "file.folderTaken");
        }
        return cleaned;
    }

    /** A file's title from its name: without the extension, at most the title's length. */
    static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.length() <= TITLE_MAX ? base : base.substring(0, TITLE_MAX);
    }

    private List<FileSummary> summaries(List<LibraryFile> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, FileVersion> current = versions.current(page.stream().map(LibraryFile::getId).toList()).stream()
                .collect(Collectors.toMap(FileVersion::getFileId, Function.identity()));
        Map<Long, MemberName> names = directory.names(page.stream().map(LibraryFile::getUploaderId).collect(Collectors.toSet()));
        List<FileSummary> result = new ArrayList<>();
        for (LibraryFile f : page) {
            FileVersion v = current.get(f.getId());
            if (v != null) {
                result.add(summary(f, v, names));
            }
        }
        return result;
    }

    private static FileSummary summary(LibraryFile f, FileVersion v, Map<Long, MemberName> names) {
        return new FileSummary(f.getId(), f.getTitle(), v.getFileName(), v.getContentType(), v.getSizeBytes(),
                f.getCurrentVersion(), name(names, f.getUploaderId()), f.getUpdatedAt(), f.getDownloadCount(), f.getFolderId(),
                f.getLanguage(), v.getThumbnailKey() != null);
    }

    private static MemberName name(Map<Long, MemberName> names, long id) {
        MemberName n = names.get(id);
        return n != null ? n : new MemberName(id, null, null);
    }
}
