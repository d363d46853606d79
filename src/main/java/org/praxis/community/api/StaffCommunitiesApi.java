package org.praxis.community.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.praxis.community.CommunityApprovals;
import org.praxis.community.PendingCommunity;
import org.praxis.policy.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff approval of new communities over the API: the setting, the queue and the decisions (staff only). */
@RestController
@RequestMapping(path = "/api/v1/community-approvals", produces = "application/json")
@Tag(name = "Staff: new communities", description = "Whether new communities need approval, and deciding on them")
class StaffCommunitiesApi {

    /** Whether new communities wait for staff approval. */
    record ApprovalSetting(Boolean required) {
    }

    /** A rejection's reason, sent to the creator. */
    record RejectBody(String reason) {
    }

    /** decided=false when another staff member answered first. */
    record DecisionResponse(boolean decided) {
    }

    private final CommunityApprovals approvals;

    StaffCommunitiesApi(CommunityApprovals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/setting")
    @Operation(summary = "Whether new communities need staff approval")
    ApprovalSetting setting(Actor actor) {
        return new ApprovalSetting(approvals.required(actor));
    }

    @PutMapping(path = "/setting", consumes = "application/json")
    @Operation(summary = "Turn staff approval of new communities on or off")
    ApprovalSetting change(Actor actor, @RequestBody ApprovalSetting body) {
        approvals.require(actor, body != null && Boolean.TRUE.equals(body.required()));
        return new ApprovalSetting(approvals.required(actor));
    }

    @GetMapping("/pending")
    @Operation(summary = "New communities waiting for a decision, oldest first")
    List<PendingCommunity> pending(Actor actor) {
        return approvals.pending(actor);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a new community; its creator is told by e-mail")
    DecisionResponse approve(Actor actor, @PathVariable long id) {
        return new DecisionResponse(approvals.approve(actor, id));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(summary = "Reject a new community with a reason; its creator is told by e-mail")
    DecisionResponse reject(Actor actor, @PathVariable long id, @RequestBody RejectBody body) {
        return new DecisionResponse(approvals.reject(actor, id, body == null ? null : body.reason()));
    }
}
