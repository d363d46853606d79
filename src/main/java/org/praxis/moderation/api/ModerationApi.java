package org.praxis.moderation.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityCatalog;
import org.praxis.moderation.LogPage;
import org.praxis.moderation.LogQuery;
import org.praxis.moderation.ModerationAction;
import org.praxis.moderation.ModerationLog;
import org.praxis.moderation.ReportCategory;
import org.praxis.moderation.Reports;
import org.praxis.moderation.TargetType;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.InputErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting over the API, and a community's moderation log for its admins and staff. The log is
 * read-only here as everywhere: there is no endpoint that changes or deletes an entry.
 */
@RestController
@Tag(name = "Moderation", description = "Reports to moderators, and the moderation log")
class ModerationApi {

    private final Reports reports;
    private final ModerationLog log;
    private final CommunityCatalog catalog;

    ModerationApi(Reports reports, ModerationLog log, CommunityCatalog catalog) {
        this.reports = reports;
        this.log = log;
        this.catalog = catalog;
    }

    /**
     * A report: {@code community} (its slug) is required for everything but a profile; {@code parentId}
     * is the discussion of a comment.
     */
    public record ReportBody(String community, TargetType type, Long id, Long parentId, ReportCategory category,
                             String note) {
    }

    /** Whether a report was filed, or an earlier one of the caller about the same thing is still waiting. */
    public record Filed(boolean filed) {
    }

    @PostMapping(path = "/api/v1/reports", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Report a discussion, comment, file, page, event or profile to the moderators (201; 200 when "
            + "an earlier report of yours about it is still waiting)")
    ResponseEntity<Filed> report(Actor actor, @RequestBody ReportBody body) {
        InputErrors errors = new InputErrors();
        if (body.type() == null) {
            errors.add("type", "input.required");
        }
        if (body.id() == null) {
            errors.add("id", "input.required");
        }
        if (body.type() != null && body.type() != TargetType.PROFILE && InputErrors.clean(body.community()) == null) {
            errors.add("community", "input.required");
        }
        errors.throwIfAny();
        CommunityFacts community = body.community() == null || body.community().isBlank() ? null
                : catalog.facts(actor, body.community());
        boolean filed = reports.submit(actor, community, body.community(), body.type(), body.id(), body.parentId(),
                body.category(), body.note() == null ? "" : body.note());
        return ResponseEntity.status(filed ? HttpStatus.CREATED : HttpStatus.OK).body(new Filed(filed));
    }

    @GetMapping(path = "/api/v1/communities/{slug}/moderation-log", produces = "application/json")
    @Operation(summary = "A community's moderation log, newest first, 50 at a time (admins and staff); dates are UTC days")
    LogPage log(Actor actor, @PathVariable String slug, @RequestParam(required = false) ModerationAction action,
                @RequestParam(required = false) Long by, @RequestParam(required = false) Long member,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page) {
        return log.read(actor, catalog.facts(actor, slug), new LogQuery(action, by, member, from, to, ZoneOffset.UTC), page);
    }
}
