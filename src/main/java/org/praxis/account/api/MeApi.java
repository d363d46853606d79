package org.praxis.account.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.praxis.account.AccessTokenView;
import org.praxis.account.PersonalDataExport;
import org.praxis.account.PersonalAccessTokens;
import org.praxis.account.ProfileUpdate;
import org.praxis.account.ProfileView;
import org.praxis.account.Profiles;
import org.praxis.policy.Actor;
import org.praxis.shared.web.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account over the API: profile and personal access tokens. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = "application/json")
@Tag(name = "Me", description = "The account the token belongs to")
class MeApi {

    /** A new token's name. */
    record TokenRequest(String name) {
    }

    /** A token just created; {@code secret} is shown this once. */
    record CreatedTokenResponse(long id, String name, String secret) {
    }

    private final Profiles profiles;
    private final PersonalAccessTokens tokens;
    private final PersonalDataExport export;

    MeApi(Profiles profiles, PersonalAccessTokens tokens, PersonalDataExport export) {
        this.profiles = profiles;
        this.tokens = tokens;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "My profile, with my private fields (e-mail, real name)")
    ProfileView me(Actor actor) {
        return profiles.own(actor);
    }

    /** Fields left out keep their value; unknown fields (e-mail, staff...) are ignored. */
    @PatchMapping(consumes = "application/json")
    @Operation(summary = "Change my profile; fields left out keep their value")
    ProfileView update(Actor actor, @RequestBody ProfileUpdate patch) {
        ProfileView current = profiles.own(actor);
        ProfileUpdate merged = new ProfileUpdate(
                patch.displayName() != null ? patch.displayName() : current.displayName(),
                patch.realName() != null ? patch.realName() : current.realName(),
                patch.institution() != null ? patch.institution()
                        : current.institution() == null ? null : current.institution().name(),
                patch.country() != null ? patch.country() : current.country(),
                patch.languages() != null ? patch.languages() : current.languages(),
                patch.interests() != null ? patch.interests() : current.interests(),
                patch.bio() != null ? patch.bio() : current.bio());
        return profiles.update(actor, merged);
    }

    @GetMapping(path = "/export", produces = "application/zip")
    @Operation(summary = "All my personal data: a ZIP with data.json, the files I uploaded and a README")
    void export(Actor actor, Locale locale, HttpServletResponse response) throws IOException {
        Downloads.startAttachment(response, PersonalDataExport.fileName(), "application/zip");
        export.write(actor, locale, response.getOutputStream());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My active personal access tokens (never their secrets)")
    List<AccessTokenView> tokens(Actor actor) {
        return tokens.list(actor);
    }

    @PostMapping(path = "/tokens", consumes = "application/json")
    @Operation(summary = "Create a personal access token; its secret is in this answer only")
    ResponseEntity<CreatedTokenResponse> createToken(Actor actor, @RequestBody TokenRequest request) {
        PersonalAccessTokens.CreatedToken created = tokens.create(actor, request == null ? null : request.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedTokenResponse(created.token().id(), created.token().name(), created.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my tokens")
    ResponseEntity<Void> revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
        return ResponseEntity.noContent().build();
    }
}
