package org.praxis.account.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.account.DirectoryQuery;
import org.praxis.account.InstitutionCard;
import org.praxis.account.InstitutionRef;
import org.praxis.account.MemberCard;
import org.praxis.account.MemberDirectory;
import org.praxis.account.ProfileView;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.praxis.shared.ResultPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Member profiles, the directory and institutions over the API. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Members", description = "Profiles, the member directory and institutions")
class MembersApi {

    /** An institution with one page of its members. */
    record InstitutionResponse(long id, String name, ResultPage<MemberCard> members) {
    }

    private final MemberDirectory directory;
    private final Profiles profiles;

    MembersApi(MemberDirectory directory, Profiles profiles) {
        this.directory = directory;
        this.profiles = profiles;
    }

    @GetMapping("/members")
    @Operation(summary = "Search the member directory by name, institution id, country code and topic")
    ResultPage<MemberCard> search(Actor actor, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) Long institution,
                                  @RequestParam(required = false) String country,
                                  @RequestParam(required = false) String topic,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(required = false) Integer size) {
        return directory.search(actor, new DirectoryQuery(q, institution, country, topic), page,
                ResultPage.size(size, MemberDirectory.PAGE_SIZE));
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "One member's profile; the real name only for its owner and staff")
    ProfileView member(Actor actor, @PathVariable long id) {
        return profiles.profile(actor, id);
    }

    @GetMapping("/institutions")
    @Operation(summary = "Institutions with their number of members")
    List<InstitutionCard> institutions(Actor actor) {
        return directory.institutions(actor);
    }

    @GetMapping("/institutions/{id}")
    @Operation(summary = "An institution and a page of its members")
    InstitutionResponse institution(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        InstitutionRef institution = directory.institution(actor, id);
        return new InstitutionResponse(institution.id(), institution.name(), directory.search(actor,
                new DirectoryQuery(null, id, null, null), page, ResultPage.size(size, MemberDirectory.PAGE_SIZE)));
    }
}
