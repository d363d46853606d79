package org.praxis.community;

import java.util.ArrayList;
import java.util.List;

import org.praxis.community.internal.Communities;
import org.praxis.community.internal.Community;
import org.praxis.membership.CommunityMembership;
import org.praxis.membership.ScreeningAnswer;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.policy.JoinMode;
import org.praxis.policy.Relation;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening of people who ask to join: the questions admins set (asked where joining needs
 * approval), and joining with the answers to them.
 */
@Service
public class JoinScreening {

    public static final int QUESTIONS_MAX = 5;
    public static final int QUESTION_MAX = 300;

    private final Communities communities;
    private final CommunityMembership membership;
    private final AccessPolicy policy;

    public JoinScreening(Communities communities, CommunityMembership membership, AccessPolicy policy) {
        this.communities = communities;
        this.membership = membership;
        this.policy = policy;
    }

    /** The screening questions of a community the actor may see (404 otherwise). */
    @Transactional(readOnly = true)
    public List<String> questions(Actor actor, String slug) {
        return List.copyOf(visible(actor, slug).getScreeningQuestions());
    }

    /**
     * Replaces the questions: admins and staff, not while archived. Blank lines are dropped;
     * more than five, or one too long, changes nothing.
     */
    @Transactional
    public List<String> replace(Actor actor, String slug, List<String> questions) {
        Community community = visible(actor, slug);
        Relation relation = membership.relation(actor, community.facts());
        if (!policy.communities().canEditSettings(actor, community.facts(), relation)) {
            throw new NotAllowedException("edit screening questions");
        }
        InputErrors errors = new InputErrors();
        List<String> kept = new ArrayList<>();
        List<String> given = questions == null ? List.of() : questions;
        for (int i = 0; i < given.size(); i++) {
            String question = InputErrors.clean(given.get(i));
            if (question != null) {
                errors.optional("questions[" + i + "]", question, QUESTION_MAX);
                kept.add(question);
            }
        }
        if (kept.size() > QUESTIONS_MAX) {
            errors.add("questions", "screening.tooMany", QUESTIONS_MAX);
        }
        errors.throwIfAny();
        community.askScreeningQuestions(kept);
        return List.copyOf(kept);
    }

    /**
     * Join, or ask to join with an answer to each screening question ({@code answers} in the
     * order of the questions). Questions are asked only where joining needs approval.
     */
    @Transactional
    public CommunityMembership.JoinOutcome join(Actor actor, String slug, String message, List<String> answers) {
        Community community = visible(actor, slug);
        List<ScreeningAnswer> screening = new ArrayList<>();
        if (community.access().joinMode() == JoinMode.APPROVAL) {
            List<String> questions = community.getScreeningQuestions();
            for (int i = 0; i < questions.size(); i++) {
                String answer = answers != null && i < answers.size() ? answers.get(i) : null;
                screening.add(new ScreeningAnswer(questions.get(i), answer));
            }
        }
        return membership.join(actor, community.facts(), message, screening);
    }

    private Community visible(Actor actor, String slug) {
        Community community = communities.findBySlug(slug).orElseThrow(() -> new NotFoundException("community"));
        policy.communities().requireSee(actor, community.facts(), membership.relation(actor, community.facts()));
        return community;
    }
}
