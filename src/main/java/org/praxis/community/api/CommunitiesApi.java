package org.praxis.community.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.community.CommunityCard;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityImageKind;
import org.praxis.community.CommunitySettings;
import org.praxis.community.CommunityPage;
import org.praxis.community.DirectoryFilter;
import org.praxis.community.JoinScreening;
import org.praxis.community.NewCommunity;
import org.praxis.community.NewWorkingGroup;
import org.praxis.community.WorkingGroups;
import org.praxis.membership.CommunityInvitations;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.InviteResult;
import org.praxis.membership.MemberRow;
import org.praxis.membership.PendingRequest;
import org.praxis.membership.ScreeningAnswer;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.policy.Privacy;
import org.praxis.policy.Role;
import org.praxis.shared.ResultPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Communities over the API, under the same access policy as the pages. */
@RestController
@RequestMapping(path = "/api/v1/communities", produces = "application/json")
@Tag(name = "Communities", description = "Directory, creation, membership, requests and invitations")
class CommunitiesApi {

    /** A member and their role. */
    record MemberResponse(MemberCard member, Role role) {
    }

    /** A join request with the requester. */
    record RequestResponse(long id, MemberCard requester, String message, List<ScreeningAnswer> answers,
                           java.time.Instant createdAt) {
    }

    /**
     * Join with an optional message and, where joining needs approval, an answer to each
     * screening question, in their order.
     */
    record JoinRequestBody(String message, List<String> answers) {
    }

    /** The screening questions asked to people who request to join (at most five). */
    record ScreeningBody(List<String> questions) {
    }

    /** The result of pressing Join. */
    record JoinResponse(String outcome) {
    }

    /** A decision on a request. */
    record DecisionResponse(boolean decided) {
    }

    /** Addresses and platform users (by account id, from the member directory) to invite, and the admin's message. */
    record InvitationBody(String addresses, List<Long> accountIds, String message) {
    }

    /**
     * A new community; {@code approval} (open communities only) may be left out; {@code languages}
     * are ISO 639-1 codes.
     */
    record CreateBody(String name, String shortDescription, String description, Privacy privacy, Boolean approval,
                      String eligibility, String moderatorAvailability, List<Long> topicIds, List<String> languages) {

        NewCommunity toCommand() {
            return new NewCommunity(name, shortDescription, description, privacy, Boolean.TRUE.equals(approval),
                    eligibility, moderatorAvailability, topicIds, languages);
        }
    }

    /** A new working group. */
    record CreateGroupBody(String name, String shortDescription, Privacy privacy) {
    }

    /** A banner or logo just stored: its address, which changes with each picture. */
    record ImageResponse(String url) {
    }

    /** Why a member is banned (the reason is for moderators). */
    record BanBody(String reason) {
    }

    /** A role to give a member. */
    record RoleBody(Role role) {
    }

    /** A status to set: ARCHIVED, or ACTIVE to reactivate. */
    record StatusBody(org.praxis.policy.CommunityStatus status) {
    }

    /** The tabs admins hide. */
    record TabsBody(List<org.praxis.community.CommunityTab> hidden) {
    }

    /** A banned person and the reason. */
    record BanResponse(MemberCard member, String reason, java.time.Instant bannedAt) {
    }

    /** The settings admins change; {@code approval} (open communities only) may be left out. */
    record SettingsBody(String name, String shortDescription, String description, Privacy privacy, Boolean approval,
                        String eligibility, String moderatorAvailability, List<Long> topicIds, List<String> languages) {

        static SettingsBody of(org.praxis.community.CommunityEdit e) {
            return new SettingsBody(e.name(), e.shortDescription(), e.description(), e.privacy(), e.approval(),
                    e.eligibility(), e.moderatorAvailability(), e.topicIds(), e.languages());
        }

        org.praxis.community.CommunityEdit toEdit() {
            return new org.praxis.community.CommunityEdit(name, shortDescription, description, privacy,
                    Boolean.TRUE.equals(approval), eligibility, moderatorAvailability,
                    topicIds == null ? List.of() : topicIds, languages == null ? List.of() : languages);
        }
    }

    /** A community just created. */
    record CreatedResponse(String slug) {
    }

    private final CommunityCatalog catalog;
    private final CommunityMembership membership;
    private final CommunityInvitations invitations;
    private final MemberDirectory directory;
    private final WorkingGroups workingGroups;
    private final CommunitySettings settings;
    private final JoinScreening screening;

    CommunitiesApi(CommunityCatalog catalog, CommunityMembership membership, CommunityInvitations invitations,
                   MemberDirectory directory, CommunitySettings settings, WorkingGroups workingGroups,
                   JoinScreening screening) {
        this.workingGroups = workingGroups;
        this.screening = screening;
        this.catalog = catalog;
        this.settings = settings;
        this.membership = membership;
        this.invitations = invitations;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The directory: communities the caller may see, by name, privacy, topic and language (ISO 639-1)")
    ResultPage<CommunityCard> list(Actor actor, @RequestParam(required = false) String q,
                                   @RequestParam(required = false) Privacy privacy,
                                   @RequestParam(required = false) Long topic,
                                   @RequestParam(required = false) String language,
                                   @RequestParam(required = false) DirectoryFilter.Sort sort,
                                   @RequestParam(defaultValue = "0") int page) {
        return catalog.directory(actor, new DirectoryFilter(q, privacy, topic, language, sort, false), page);
    }

    @GetMapping("/mine")
    @Operation(summary = "Communities the caller belongs to")
    ResultPage<CommunityCard> mine(Actor actor, @RequestParam(defaultValue = "0") int page) {
        return catalog.directory(actor, new DirectoryFilter(null, null, null, null, DirectoryFilter.Sort.NAME, true), page);
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a community; the caller becomes its first admin")
    ResponseEntity<CreatedResponse> create(Actor actor, @RequestBody CreateBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedResponse(catalog.create(actor, body.toCommand())));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A community's landing page; 404 when hidden from the caller")
    CommunityPage get(Actor actor, @PathVariable String slug) {
        return catalog.page(actor, slug);
    }

    @PostMapping(path = "/{slug}/images/{kind:banner|logo}", consumes = "multipart/form-data")
    @Operation(summary = "Upload the banner or logo (admins; multipart field 'image': PNG, JPEG or GIF)")
    ImageResponse uploadImage(Actor actor, @PathVariable String slug, @PathVariable String kind,
                              @RequestParam(name = "image", required = false) MultipartFile file) throws IOException {
        CommunityImageKind which = CommunityImageKind.fromPath(kind);
        settings.setImage(actor, slug, which, file == null ? null : file.getBytes());
        CommunityPage page = catalog.page(actor, slug);
        return new ImageResponse(which == CommunityImageKind.BANNER ? page.bannerUrl() : page.logoUrl());
    }

    @DeleteMapping("/{slug}/images/{kind:banner|logo}")
    @Operation(summary = "Remove the banner or logo (admins)")
    ResponseEntity<Void> removeImage(Actor actor, @PathVariable String slug, @PathVariable String kind) {
        settings.removeImage(actor, slug, CommunityImageKind.fromPath(kind));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{slug}/members")
    @Operation(summary = "Members and their roles, for those who may read the community's content")
    List<MemberResponse> members(Actor actor, @PathVariable String slug) {
        List<MemberRow> rows = membership.members(actor, catalog.facts(actor, slug));
        Map<Long, MemberCard> cards = directory.cards(rows.stream().map(MemberRow::accountId).toList());
        return rows.stream().filter(r -> cards.containsKey(r.accountId()))
                .map(r -> new MemberResponse(cards.get(r.accountId()), r.role())).toList();
    }

    @PostMapping("/{slug}/join")
    @Operation(summary = "Join (instant communities) or ask to join (approval communities)")
    JoinResponse join(Actor actor, @PathVariable String slug, @RequestBody(required = false) JoinRequestBody body) {
        return new JoinResponse(screening.join(actor, slug, body == null ? null : body.message(),
                body == null ? null : body.answers()).name());
    }

    @GetMapping("/{slug}/screening-questions")
    @Operation(summary = "The questions asked to people who request to join (where joining needs approval)")
    ScreeningBody screeningQuestions(Actor actor, @PathVariable String slug) {
        return new ScreeningBody(screening.questions(actor, slug));
    }

    @PutMapping(path = "/{slug}/screening-questions", consumes = "application/json")
    @Operation(summary = "Replace the screening questions (admins; at most five, each at most 300 characters)")
    ScreeningBody replaceScreeningQuestions(Actor actor, @PathVariable String slug, @RequestBody ScreeningBody body) {
        return new ScreeningBody(screening.replace(actor, slug, body == null ? null : body.questions()));
    }

    @PostMapping("/{slug}/invitation/decline")
    @Operation(summary = "Decline the invitations the caller holds to this community")
    ResponseEntity<Void> declineInvitation(Actor actor, @PathVariable String slug) {
        invitations.declineAll(actor, catalog.facts(actor, slug));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{slug}/settings")
    @Operation(summary = "The settings as admins edit them")
    SettingsBody settings(Actor actor, @PathVariable String slug) {
        return SettingsBody.of(settings.current(actor, slug));
    }

    @PutMapping(path = "/{slug}/settings", consumes = "application/json")
    @Operation(summary = "Change name, descriptions, privacy (pending requests follow), topics and languages (admins)")
    SettingsBody updateSettings(Actor actor, @PathVariable String slug, @RequestBody SettingsBody body) {
        settings.update(actor, slug, body.toEdit());
        return SettingsBody.of(settings.current(actor, slug));
    }

    @PostMapping(path = "/{slug}/status", consumes = "application/json")
    @Operation(summary = "Archive or reactivate (admins and staff; the parent's admins for a working group)")
    ResponseEntity<Void> status(Actor actor, @PathVariable String slug, @RequestBody StatusBody body) {
        if (body == null || body.status() == null) {
            new org.praxis.shared.InputErrors().add("status", "input.required").throwIfAny();
        }
        settings.changeStatus(actor, slug, body.status());
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{slug}/tabs", consumes = "application/json")
    @Operation(summary = "Hide the tabs the community does not use (admins)")
    CommunityPage tabs(Actor actor, @PathVariable String slug, @RequestBody TabsBody body) {
        settings.hideTabs(actor, slug, body == null ? null : body.hidden());
        return catalog.page(actor, slug);
    }

    @PostMapping("/{slug}/members/{accountId}/remove")
    @Operation(summary = "Remove a member (moderators and admins; a moderator cannot remove an admin)")
    ResponseEntity<Void> remove(Actor actor, @PathVariable String slug, @PathVariable long accountId) {
        membership.remove(actor, catalog.facts(actor, slug), accountId, null, false);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{slug}/members/{accountId}/ban")
    @Operation(summary = "Remove and ban a person, with a reason (moderators and admins)")
    ResponseEntity<Void> ban(Actor actor, @PathVariable String slug, @PathVariable long accountId,
                             @RequestBody(required = false) BanBody body) {
        membership.remove(actor, catalog.facts(actor, slug), accountId, body == null ? null : body.reason(), true);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{slug}/members/{accountId}/role", consumes = "application/json")
    @Operation(summary = "Grant or revoke moderator and admin (admins; the last admin stays)")
    ResponseEntity<Void> role(Actor actor, @PathVariable String slug, @PathVariable long accountId,
                              @RequestBody RoleBody body) {
        if (body == null || body.role() == null) {
            new org.praxis.shared.InputErrors().add("role", "input.required").throwIfAny();
        }
        membership.changeRole(actor, catalog.facts(actor, slug), accountId, body.role());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{slug}/bans")
    @Operation(summary = "People banned from the community, with the reasons (moderators and admins)")
    List<BanResponse> bans(Actor actor, @PathVariable String slug) {
        List<org.praxis.membership.BanRow> rows = membership.bans(actor, catalog.facts(actor, slug));
        Map<Long, MemberCard> cards = directory.cards(rows.stream().map(org.praxis.membership.BanRow::accountId).toList());
        return rows.stream().filter(b -> cards.containsKey(b.accountId()))
                .map(b -> new BanResponse(cards.get(b.accountId()), b.reason(), b.bannedAt())).toList();
    }

    @DeleteMapping("/{slug}/bans/{accountId}")
    @Operation(summary = "Lift a ban (moderators and admins)")
    ResponseEntity<Void> unban(Actor actor, @PathVariable String slug, @PathVariable long accountId) {
        membership.unban(actor, catalog.facts(actor, slug), accountId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{slug}/leave")
    @Operation(summary = "Leave; the last admin must name another first")
    ResponseEntity<Void> leave(Actor actor, @PathVariable String slug) {
        membership.leave(actor, catalog.facts(actor, slug));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{slug}/requests")
    @Operation(summary = "Pending join requests (admins and moderators)")
    List<RequestResponse> requests(Actor actor, @PathVariable String slug) {
        List<PendingRequest> pending = membership.pendingRequests(actor, catalog.facts(actor, slug));
        Map<Long, MemberCard> cards = directory.cards(pending.stream().map(PendingRequest::accountId).toList());
        return pending.stream().filter(r -> cards.containsKey(r.accountId()))
                .map(r -> new RequestResponse(r.id(), cards.get(r.accountId()), r.message(), r.answers(), r.createdAt()))
                .toList();
    }

    @PostMapping("/{slug}/requests/{id}/{decision:approve|reject}")
    @Operation(summary = "Approve or reject a request; decided=false when someone answered first")
    DecisionResponse decide(Actor actor, @PathVariable String slug, @PathVariable long id, @PathVariable String decision) {
        CommunityFacts facts = catalog.facts(actor, slug);
        return new DecisionResponse(membership.decide(actor, facts, id, "approve".equals(decision)));
    }

    @PostMapping(path = "/{slug}/invitations", consumes = "application/json")
    @Operation(summary = "Invite e-mail addresses and platform users by account id (admins and moderators)")
    InviteResult invite(Actor actor, @PathVariable String slug, @RequestBody InvitationBody body) {
        return invitations.invite(actor, catalog.facts(actor, slug), catalog.about(actor, slug),
                body == null ? null : body.addresses(), body == null ? null : body.accountIds(),
                body == null ? null : body.message());
    }

    @GetMapping("/{slug}/groups")
    @Operation(summary = "The working groups of a community that the caller may see")
    List<CommunityCard> groups(Actor actor, @PathVariable String slug) {
        return catalog.page(actor, slug).workingGroups();
    }

    @PostMapping(path = "/{slug}/groups", consumes = "application/json")
    @Operation(summary = "Create a working group (the community's admins); the caller becomes its first admin")
    ResponseEntity<CreatedResponse> createGroup(Actor actor, @PathVariable String slug, @RequestBody CreateGroupBody body) {
        String group = workingGroups.create(actor, slug, new NewWorkingGroup(body.name(), body.shortDescription(), body.privacy()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedResponse(group));
    }

    @DeleteMapping("/{slug}/groups/{group}")
    @Operation(summary = "Delete a working group (the community's admins and staff)")
    ResponseEntity<Void> deleteGroup(Actor actor, @PathVariable String slug, @PathVariable String group) {
        workingGroups.delete(actor, slug, group);
        return ResponseEntity.noContent().build();
    }
}
