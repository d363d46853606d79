package org.praxis.demo;

import java.util.List;
import java.util.Locale;

import org.praxis.account.ConfirmedAccounts;
import org.praxis.account.ProfileUpdate;
import org.praxis.account.Profiles;
import org.praxis.account.SignUpCommand;
import org.praxis.community.CommunityCatalog;
import org.praxis.community.CommunityCount;
import org.praxis.community.NewCommunity;
import org.praxis.community.NewWorkingGroup;
import org.praxis.community.WorkingGroups;
import org.praxis.discussion.DiscussionBoard;
import org.praxis.discussion.DiscussionComments;
import org.praxis.discussion.DiscussionKind;
import org.praxis.discussion.DiscussionText;
import org.praxis.membership.CommunityInvitations;
import org.praxis.membership.CommunityMembership;
import org.praxis.policy.Actor;
import org.praxis.policy.Privacy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty platform, when started with {@code --praxis.demo=true}, with a few people and
 * one community of each privacy level, in English and French, modelled on real communities of
 * practice. Everything goes through the same use cases as the pages, so the demo obeys every rule.
 */
@Component
@ConditionalOnProperty(name = "praxis.demo", havingValue = "true")
class DemoData {

    static final String PASSWORD = "praxis demo password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ConfirmedAccounts accounts;
    private final Profiles profiles;
    private final CommunityCatalog catalog;
    private final CommunityCount count;
    private final CommunityMembership membership;
    private final WorkingGroups workingGroups;
    private final CommunityInvitations invitations;
    private final org.praxis.community.TopicList topicList;
    private final DiscussionBoard board;
    private final DiscussionComments comments;
    private final DemoLibrary documents;
    private final DemoCalendar meetings;

    DemoData(ConfirmedAccounts accounts, Profiles profiles, CommunityCatalog catalog, CommunityCount count,
             CommunityMembership membership, CommunityInvitations invitations, org.praxis.community.TopicList topicList,
             WorkingGroups workingGroups, DiscussionBoard board, DiscussionComments comments, DemoLibrary documents,
             DemoCalendar meetings) {
        this.documents = documents;
        this.meetings = meetings;
        this.board = board;
        this.comments = comments;
        this.workingGroups = workingGroups;
        this.topicList = topicList;
        this.accounts = accounts;
        this.profiles = profiles;
        this.catalog = catalog;
        this.count = count;
        this.membership = membership;
        this.invitations = invitations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        if (!count.none()) {
            log.info("Demo data not added: the platform already has communities.");
            return;
        }
        Actor amina = person("amina@demo.praxis.local", "Amina B.", "Amina Benali", Locale.ENGLISH,
                "Regional Social Protection Hub", "JO", List.of("ar", "en", "fr"), "social protection, MENA, cash transfers",
                "Coordinates the regional exchange on shock-responsive social protection.");
        Actor jean = person("jean@demo.praxis.local", "Jean-Marc", "Jean-Marc Diallo", Locale.FRENCH,
                "Ministère de l’Action sociale", "SN", List.of("fr", "wo"), "registres sociaux, systèmes d’information",
                "Responsable du registre national unique.");
        Actor priya = person("priya@demo.praxis.local", "Priya S.", "Priya Sharma", Locale.ENGLISH,
                "Centre for Gender Research", "IN", List.of("en", "hi"), "gender, care work, social protection",
                "Researcher on gender-responsive social protection.");
        Actor kofi = person("kofi@demo.praxis.local", "Kofi", null, Locale.ENGLISH,
                "Livelihood Empowerment Programme", "GH", List.of("en"), "cash transfers, graduation",
                "Field coordinator.");
        Actor fatou = person("fatou@demo.praxis.local", "Fatou N.", "Fatou Ndiaye", Locale.FRENCH,
                "Réseau des ONG du Sahel", "ML", List.of("fr", "bm"), "transferts monétaires, résilience",
                "Chargée de programme.");

        String mena = catalog.create(amina, new NewCommunity("Social Protection in the MENA Region",
                "Practitioners and researchers sharing what works for social protection in the Middle East and North Africa.",
                """
                ## Overview
                A space for ministries, agencies and researchers working on social protection in the MENA region.

                ## Purpose
                We exchange practice on shock-responsive programmes, registries and financing. Members share
                experience and documents; admins run monthly webinars and keep the discussions on topic.

                ## Engagement strategy
                | Period | Activities |
                |---|---|
                | Every month | One webinar, one discussion summary |
                | Every quarter | A case study from a member country |
                """, Privacy.OPEN, false, null, "We answer within 48 hours, on weekdays 9:00–17:00 CET.",
                topics("Social protection", "Cash transfers")));
        String registries = catalog.create(jean, new NewCommunity("Registres sociaux et systèmes d’information",
                "Échanges entre équipes qui construisent et font vivre des registres sociaux.",
                """
                ## Présentation
                Une communauté francophone sur les registres sociaux, l’interopérabilité et la protection des données.

                ## Objectif
                Partager outils, méthodes et retours d’expérience entre pays.
                """, Privacy.PUBLIC, false, null, "Réponse sous 72 heures, en semaine.",
                topics("Social registries and information systems", "Digital delivery")));
        String gender = catalog.create(priya, new NewCommunity("Gender and Social Protection Working Group",
                "A working group on making social protection responsive to gender and care.",
                "## Purpose\nReview evidence and draft guidance notes together.", Privacy.SEMI_PRIVATE, false,
                "Open to practitioners and researchers working on gender and social protection. Tell us about your work.",
                null, topics("Gender", "Social protection")));
        String cash = catalog.create(fatou, new NewCommunity("Praticiens des transferts monétaires – Afrique de l’Ouest",
                "Un groupe restreint de praticiens des transferts monétaires au Sahel.",
                "## Objectif\nComparer les modalités de paiement et les mécanismes de plainte.", Privacy.PRIVATE, false,
                null, null, topics("Cash transfers")));
        String steering = catalog.create(amina, new NewCommunity("Steering Committee",
                "The committee that plans the regional programme.", "Minutes and planning.", Privacy.PRIVATE_HIDDEN,
                false, null, null, topics("Social protection")));

        membership.join(jean, catalog.facts(jean, mena), null, java.util.List.of());
        membership.join(kofi, catalog.facts(kofi, mena), null, java.util.List.of());
        membership.join(fatou, catalog.facts(fatou, registries), null, java.util.List.of());
        membership.join(kofi, catalog.facts(kofi, gender), "I work on care work in cash transfer programmes in Ghana.", java.util.List.of());
        String drafting = workingGroups.create(amina, mena, new NewWorkingGroup("Shock-Responsive Social Protection Drafting Group",
                "Members drafting the regional guidance note on shock-responsive programmes.", Privacy.PUBLIC));
        membership.join(kofi, catalog.facts(kofi, drafting), null, java.util.List.of());
        invitations.invite(fatou, catalog.facts(fatou, cash), catalog.about(fatou, cash), "jean@demo.praxis.local",
                "Jean-Marc, rejoins-nous pour comparer nos mécanismes de plainte.");
        invitations.invite(amina, catalog.facts(amina, steering), catalog.about(amina, steering), "priya@demo.praxis.local",
                null);
        conversations(amina, jean, kofi, fatou, mena, registries);
        documents.fill(amina, jean, kofi, mena, registries);
        meetings.fill(amina, jean, kofi, mena);
        log.warn("""

                Demo data added: five communities (one of each privacy level), a working group, five people, a few discussions,
                files, pages, a document in the public library and a webinar series.
                Sign in as amina@demo.praxis.local, jean@demo.praxis.local, priya@demo.praxis.local,
                kofi@demo.praxis.local or fatou@demo.praxis.local with the password "{}".
                """, PASSWORD);
    }

    /** A few discussions, comments and an announcement, so the Home tabs and streams have something to show. */
    private void conversations(Actor amina, Actor jean, Actor kofi, Actor fatou, String mena, String registries) {
        var menaFacts = catalog.facts(amina, mena);
        board.start(amina, menaFacts, DiscussionKind.ANNOUNCEMENT, new DiscussionText(
                "Regional webinar on adaptive social protection",
                "Our next webinar looks at how programmes in the region scaled up after floods and earthquakes.\n\n"
                        + "Please send your questions for the panel by **1 December**.", List.of("webinar"), false));
        long registriesTalk = board.start(jean, menaFacts, DiscussionKind.DISCUSSION, new DiscussionText(
                "Linking social registries with early warning systems",
                "Has anyone connected a social registry to a disaster early warning system?\n\n"
                        + "| question | what we know |\n|---|---|\n| legal basis | data-sharing agreement needed |\n"
                        + "| update frequency | registry data is often two years old |", List.of("registries", "shocks"), false)).id();
        var first = comments.post(kofi, menaFacts, registriesTalk, null,
                "In Ghana the LEAP registry was matched with flood maps in 2023. The hard part was updating addresses.");
        comments.post(amina, menaFacts, registriesTalk, first.id(),
                "Thank you Kofi. Did the matching need consent from households, or was it covered by the programme rules?");
        board.start(kofi, menaFacts, DiscussionKind.DISCUSSION, new DiscussionText(
                "Grievance mechanisms that people actually use",
                "What made your complaint channels trusted? Hotlines, community committees, SMS?", List.of("grievances"), false));
        var registriesFacts = catalog.facts(fatou, registries);
        long interop = board.start(fatou, registriesFacts, DiscussionKind.DISCUSSION, new DiscussionText(
                "Interopérabilité entre registre social et état civil",
                "Quelles sont vos expériences de connexion entre le registre social et l’état civil ?", List.of("interopérabilité"),
                false)).id();
        comments.post(jean, registriesFacts, interop, null,
                "Au Sénégal, le RNU a commencé par un simple échange de fichiers trimestriel avant toute API.");
    }

    private List<Long> topics(String... englishNames) {
        List<String> wanted = List.of(englishNames);
        return topicList.all(Locale.ENGLISH).stream().filter(t -> wanted.contains(t.name())).map(t -> t.id()).toList();
    }

    private Actor person(String email, String displayName, String realName, Locale locale, String institution,
                         String country, List<String> languages, String interests, String bio) {
        long id = accounts.create(new SignUpCommand(email, PASSWORD, displayName), locale);
        Actor actor = Actor.member(id);
        profiles.update(actor, new ProfileUpdate(displayName, realName, institution, country, languages,
                List.of(interests), bio));
        return actor;
    }
}
