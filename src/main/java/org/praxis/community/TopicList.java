package org.praxis.community;

import java.text.Collator;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.praxis.community.internal.Topic;
import org.praxis.community.internal.Topics;
import org.praxis.policy.AccessPolicy;
import org.praxis.policy.Actor;
import org.praxis.shared.InputErrors;
import org.praxis.shared.NotAllowedException;
import org.praxis.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff-managed list of topics that communities choose from. */
@Service
public class TopicList {

    public static final int NAME_MAX = 80;

    private final Topics topics;
    private final AccessPolicy policy;
    private final Clock clock;

    public TopicList(Topics topics, AccessPolicy policy, Clock clock) {
        this.topics = topics;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TopicView> all(Locale locale) {
        return views(topics.findAll(), locale);
    }

    @Transactional(readOnly = true)
    public List<TopicView> named(Collection<Long> ids, Locale locale) {
        return views(topics.findAllById(ids), locale);
    }

    /** Both names, for the staff page. */
    @Transactional(readOnly = true)
    public List<Topic> forStaff(Actor actor) {
        requireStaff(actor);
        return topics.findAll().stream().sorted(Comparator.comparing(Topic::getNameEn, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public void add(Actor actor, String nameEn, String nameFr) {
        requireStaff(actor);
        String en = InputErrors.clean(nameEn);
        String fr = InputErrors.clean(nameFr);
        InputErrors errors = new InputErrors();
        errors.required("nameEn", en, NAME_MAX);
        errors.required("nameFr", fr, NAME_MAX);
        errors.throwIfAny();
        topics.save(new Topic(en, fr, clock.instant()));
    }

    /** Removing a topic takes it off every community that had it. */
    @Transactional
    public void remove(Actor actor, long id) {
        requireStaff(actor);
        topics.delete(topics.findById(id).orElseThrow(() -> new NotFoundException("topic")));
    }

    boolean allExist(Collection<Long> ids) {
        return topics.findAllById(ids).size() == ids.size();
    }

    private void requireStaff(Actor actor) {
        if (!policy.communities().canOverseeAll(actor)) {
            throw new NotAllowedException("manage topics");
        }
    }

    private static List<TopicView> views(List<Topic> list, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return list.stream().map(t -> new TopicView(t.getId(), t.name(locale)))
                .sorted(Comparator.comparing(TopicView::name, collator)).toList();
    }
}
