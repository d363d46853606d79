package org.praxis.generator;

import static org.praxis.generator.People.pick;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Texts members would write, in English or French, composed from phrase lists: titles, comments
 * with the Markdown people use (paragraphs, lists, bold, links, @mentions), community
 * descriptions, concept notes, requests and reasons.
 */
final class Prose {

    /** The subjects practitioners talk about: English, French and a tag for each. */
    record Subject(String en, String fr, String tagEn, String tagFr) {
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("cash transfers", "les transferts monétaires", "cash transfers", "transferts monétaires"),
            new Subject("the social registry", "le registre social", "registries", "registre social"),
            new Subject("targeting methods", "les méthodes de ciblage", "targeting", "ciblage"),
            new Subject("grievance mechanisms", "les mécanismes de plainte", "grievances", "plaintes"),
            new Subject("shock-responsive social protection", "la protection sociale adaptative", "shock-responsive", "adaptative"),
            new Subject("digital payments", "les paiements numériques", "digital payments", "paiements numériques"),
            new Subject("gender-responsive programmes", "les programmes sensibles au genre", "gender", "genre"),
            new Subject("health insurance for informal workers", "l’assurance maladie des travailleurs informels",
                    "health coverage", "couverture santé"),
            new Subject("school feeding", "les cantines scolaires", "school feeding", "cantines scolaires"),
            new Subject("public works programmes", "les travaux publics à haute intensité de main-d’œuvre", "public works",
                    "haute intensité"),
            new Subject("graduation approaches", "les approches de graduation", "graduation", "graduation"),
            new Subject("data protection", "la protection des données", "data protection", "protection des données"),
            new Subject("interoperability with civil registration", "l’interopérabilité avec l’état civil", "interoperability",
                    "interopérabilité"),
            new Subject("financing social protection", "le financement de la protection sociale", "financing", "financement"),
            new Subject("disability benefits", "les prestations handicap", "disability", "handicap"),
            new Subject("climate resilience", "la résilience climatique", "climate", "climat"),
            new Subject("monitoring and evaluation", "le suivi et l’évaluation", "monitoring", "suivi-évaluation"),
            new Subject("child benefits", "les allocations familiales", "child benefits", "allocations familiales"),
            new Subject("humanitarian cash", "le cash humanitaire", "humanitarian", "humanitaire"),
            new Subject("community-based targeting", "le ciblage communautaire", "community targeting", "ciblage communautaire"));

    private static final List<String> OPENERS_EN = List.of("", "", "", "Thanks for sharing this. ", "Great question. ",
            "Interesting point. ", "In our experience, ", "From the field: ", "Building on what was said above, ",
            "A quick update: ", "I agree with the previous comment. ", "Good to see this discussed. ");
    private static final List<String> OPENERS_FR = List.of("", "", "", "Merci pour ce partage. ", "Très bonne question. ",
            "Point intéressant. ", "D’après notre expérience, ", "Depuis le terrain : ", "Pour compléter ce qui a été dit, ",
            "Petite mise à jour : ", "Je rejoins le commentaire précédent. ", "Content de voir ce sujet abordé. ");
    private static final List<String> ACTORS_EN = List.of("our team", "the ministry", "the programme", "local committees",
            "the national agency", "our partners", "district officers", "the donors", "field staff", "municipalities",
            "the evaluation team", "community volunteers");
    private static final List<String> ACTORS_FR = List.of("notre équipe", "le ministère", "le programme", "les comités locaux",
            "l’agence nationale", "nos partenaires", "les agents de district", "les bailleurs", "le personnel de terrain",
            "les communes", "l’équipe d’évaluation", "les relais communautaires");
    private static final List<String> VERBS_EN = List.of("reviewed", "piloted", "scaled up", "simplified", "documented",
            "compared", "redesigned", "tested", "financed", "discussed", "evaluated", "digitised");
    private static final List<String> VERBS_FR = List.of("a revu", "a testé", "a étendu", "a simplifié", "a documenté",
            "a comparé", "a repensé", "a expérimenté", "a financé", "a discuté", "a évalué", "a numérisé");
    private static final List<String> DETAILS_EN = List.of("in three pilot districts", "after the 2023 floods",
            "with support from the World Bank", "over eighteen months", "before the next payment cycle",
            "with very limited staff", "using mobile money", "with the help of community leaders", "in urban areas",
            "for households headed by women", "during the lean season", "as part of the national strategy");
    private static final List<String> DETAILS_FR = List.of("dans trois districts pilotes", "après les inondations de 2023",
            "avec l’appui de la Banque mondiale", "sur dix-huit mois", "avant le prochain cycle de paiement",
            "avec très peu de personnel", "par mobile money", "avec l’aide des leaders communautaires", "en milieu urbain",
            "pour les ménages dirigés par des femmes", "pendant la période de soudure", "dans le cadre de la stratégie nationale");
    private static final List<String> FINDINGS_EN = List.of("The main lesson was that {s} needs clear rules from the start.",
            "What surprised us most was how much {s} depends on trust.",
            "The hardest part of {s} was keeping the data up to date.",
            "Costs went down once {s} was linked to existing systems.",
            "Beneficiaries told us that {s} works better when they are informed early.",
            "We still struggle with {s} in remote areas.",
            "Has anyone measured the effect of {s} on women's time use?",
            "Could you share the terms of reference you used for {s}?",
            "I would be careful about generalising: {s} looks very different from one country to another.",
            "The evaluation found that {s} reached more people than expected, but payments were often late.",
            "Our next step is to connect {s} with the health and education sectors.",
            "It would help to have a short guidance note on {s} for newcomers.");
    private static final List<String> FINDINGS_FR = List.of("La principale leçon est que {s} demande des règles claires dès le départ.",
            "Ce qui nous a le plus surpris, c’est à quel point {s} repose sur la confiance.",
            "Le plus difficile avec {s} a été de tenir les données à jour.",
            "Les coûts ont baissé une fois {s} relié aux systèmes existants.",
            "Les bénéficiaires nous disent que {s} fonctionne mieux quand ils sont informés tôt.",
            "Nous avons encore du mal avec {s} dans les zones enclavées.",
            "Quelqu’un a-t-il mesuré l’effet de {s} sur le temps des femmes ?",
            "Pourriez-vous partager les termes de référence utilisés pour {s} ?",
            "Je serais prudent avant de généraliser : {s} varie beaucoup d’un pays à l’autre.",
            "L’évaluation montre que {s} a touché plus de ménages que prévu, mais avec des retards de paiement.",
            "Notre prochaine étape est de relier {s} aux secteurs de la santé et de l’éducation.",
            "Une courte note d’orientation sur {s} aiderait les nouveaux arrivants.");
    private static final List<String> LIST_ITEMS_EN = List.of("clear eligibility criteria", "a budget line for outreach",
            "training for field staff", "a feedback channel by SMS", "regular data updates", "a data-sharing agreement",
            "a simple appeals process", "monitoring visits every quarter", "a payment calendar people can see",
            "a steering committee with civil society");
    private static final List<String> LIST_ITEMS_FR = List.of("des critères d’éligibilité clairs", "une ligne budgétaire pour la sensibilisation",
            "la formation des agents", "un canal de retour par SMS", "des mises à jour régulières des données",
            "un accord de partage des données", "une procédure de recours simple", "des visites de suivi chaque trimestre",
            "un calendrier de paiement affiché", "un comité de pilotage avec la société civile");
    private static final List<String> CLOSINGS_EN = List.of("", "", "Happy to discuss further.", "Any thoughts welcome!",
            "I will share the report once it is published.", "Let me know if you want the contacts.", "Thanks all.");
    private static final List<String> CLOSINGS_FR = List.of("", "", "Volontiers pour en discuter.", "Vos avis sont les bienvenus !",
            "Je partagerai le rapport dès sa publication.", "Dites-moi si vous voulez les contacts.", "Merci à tous.");
    private static final List<String> LINKS = List.of("https://example.org/reports/annual-review",
            "https://example.org/toolkit/targeting", "https://example.net/guidance-note.pdf",
            "https://example.com/webinar-recording", "https://example.org/data/dashboard");

    private static final List<String> TITLES_EN = List.of("How do you handle {s}?", "Lessons learned on {s} in {c}",
            "Question about {s}", "{S}: what works and what does not", "Looking for examples of {s}",
            "Webinar recording: {s}", "Draft guidance note on {s} – comments welcome", "Evidence on {s} in {c}",
            "Call for case studies: {s}", "{S} after the crisis in {c}", "Costing {s}", "Tools for {s}");
    private static final List<String> TITLES_FR = List.of("Comment gérez-vous {s} ?", "Leçons apprises sur {s} au {c}",
            "Question sur {s}", "{S} : ce qui marche et ce qui ne marche pas", "Recherche d’exemples sur {s}",
            "Enregistrement du webinaire : {s}", "Projet de note d’orientation sur {s} – vos commentaires",
            "Données probantes sur {s} au {c}", "Appel à études de cas : {s}", "{S} après la crise au {c}",
            "Chiffrer {s}", "Outils pour {s}");
    private static final List<String> ANNOUNCEMENTS_EN = List.of("Webinar on {s} next month", "New resources on {s}",
            "Call for speakers: {s}", "Welcome to our new members", "Summary of last month's discussions on {s}",
            "Annual meeting: save the date");
    private static final List<String> ANNOUNCEMENTS_FR = List.of("Webinaire sur {s} le mois prochain", "Nouvelles ressources sur {s}",
            "Appel à intervenants : {s}", "Bienvenue aux nouveaux membres", "Synthèse des échanges du mois sur {s}",
            "Rencontre annuelle : à vos agendas");

    private static final List<String> GROUP_WORDS_EN = List.of("Community of Practice", "Network", "Practitioners",
            "Learning Exchange", "Forum", "Working Group", "Peer Exchange", "Hub");
    private static final List<String> GROUP_WORDS_FR = List.of("Communauté de pratique", "Réseau", "Praticiens",
            "Échanges", "Forum", "Groupe de travail", "Cercle de pairs", "Plateforme");
    private static final List<String> PLACES_EN = List.of("East Africa", "West Africa", "the Sahel", "MENA", "South Asia",
            "Latin America", "Southern Africa", "the Pacific", "Central Asia", "francophone Africa", "the Horn of Africa",
            "South-East Asia", "the Caribbean", "Europe");
    private static final List<String> PLACES_FR = List.of("Afrique de l’Ouest", "Sahel", "Afrique centrale",
            "Afrique du Nord", "Océan Indien", "Afrique francophone", "Grands Lacs", "Caraïbes", "Maghreb");

    private Prose() {
    }

    static String title(SplittableRandom r, boolean french, Subject subject, String countryEn, String countryFr,
                        boolean announcement) {
        List<String> pool = announcement ? (french ? ANNOUNCEMENTS_FR : ANNOUNCEMENTS_EN) : (french ? TITLES_FR : TITLES_EN);
        String s = french ? subject.fr() : subject.en();
        String t = pick(r, pool).replace("{S}", capitalise(s)).replace("{s}", s).replace("{c}", french ? countryFr : countryEn);
        return t.length() <= 200 ? t : t.substring(0, 200).strip();
    }

    static String sentence(SplittableRandom r, boolean french, Subject subject) {
        if (r.nextInt(3) == 0) {
            return pick(r, french ? FINDINGS_FR : FINDINGS_EN).replace("{s}", french ? subject.fr() : subject.en());
        }
        String actor = pick(r, french ? ACTORS_FR : ACTORS_EN);
        String verb = pick(r, french ? VERBS_FR : VERBS_EN);
        String detail = pick(r, french ? DETAILS_FR : DETAILS_EN);
        String s = french ? subject.fr() : subject.en();
        return capitalise(actor) + " " + verb + " " + s + " " + detail + ".";
    }

    private static String paragraph(SplittableRandom r, boolean french, Subject subject, int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence(r, french, subject));
        }
        return p.toString();
    }

    /**
     * A comment: mostly a few sentences, sometimes several paragraphs, a list, a bold phrase, a
     * link, and now and then an @mention of another member.
     */
    static String comment(SplittableRandom r, boolean french, Subject subject, String mentionName, long mentionId) {
        StringBuilder b = new StringBuilder();
        if (mentionName != null) {
            b.append("[@").append(mentionName).append("](/members/").append(mentionId).append(") ");
        }
        b.append(pick(r, french ? OPENERS_FR : OPENERS_EN));
        double shape = r.nextDouble();
        if (shape < 0.6) {
            b.append(paragraph(r, french, subject, 1 + r.nextInt(3)));
        } else if (shape < 0.85) {
            b.append(paragraph(r, french, subject, 1 + r.nextInt(3))).append("\n\n")
                    .append(paragraph(r, french, subject, 1 + r.nextInt(3)));
        } else if (shape < 0.95) {
            b.append(paragraph(r, french, subject, 1 + r.nextInt(2))).append("\n\n");
            b.append(french ? "Ce qui nous a aidés :" : "What helped us:").append("\n\n");
            int items = 3 + r.nextInt(3);
            for (int i = 0; i < items; i++) {
                b.append("- ").append(pick(r, french ? LIST_ITEMS_FR : LIST_ITEMS_EN)).append('\n');
            }
            b.append('\n').append(paragraph(r, french, subject, 1));
        } else {
            int paragraphs = 3 + r.nextInt(3);
            for (int i = 0; i < paragraphs; i++) {
                if (i > 0) {
                    b.append("\n\n");
                }
                b.append(paragraph(r, french, subject, 2 + r.nextInt(3)));
            }
        }
        if (r.nextDouble() < 0.1) {
            b.append(' ').append("**").append(pick(r, french ? LIST_ITEMS_FR : LIST_ITEMS_EN)).append("**")
                    .append(french ? " reste essentiel." : " remains essential.");
        }
        if (r.nextDouble() < 0.05) {
            b.append("\n\n").append(french ? "Voir aussi : " : "See also: ").append('[')
                    .append(french ? "ce document" : "this document").append("](").append(pick(r, LINKS)).append(')');
        }
        String closing = pick(r, french ? CLOSINGS_FR : CLOSINGS_EN);
        if (!closing.isEmpty()) {
            b.append("\n\n").append(closing);
        }
        return b.toString();
    }

    /** An opening post: a question or a report, a few paragraphs, often a list. */
    static String discussionBody(SplittableRandom r, boolean french, Subject subject) {
        StringBuilder b = new StringBuilder();
        b.append(paragraph(r, french, subject, 2 + r.nextInt(3)));
        if (r.nextDouble() < 0.4) {
            b.append("\n\n").append(french ? "Quelques points à discuter :" : "A few points to discuss:").append("\n\n");
            int items = 3 + r.nextInt(3);
            for (int i = 0; i < items; i++) {
                b.append(i + 1).append(". ").append(capitalise(pick(r, french ? LIST_ITEMS_FR : LIST_ITEMS_EN))).append('\n');
            }
        }
        b.append("\n\n").append(paragraph(r, french, subject, 1 + r.nextInt(2)));
        if (r.nextDouble() < 0.2) {
            b.append("\n\n").append(french ? "Le document de référence est [ici](" : "The background document is [here](")
                    .append(pick(r, LINKS)).append(").");
        }
        return b.toString();
    }

    static String communityName(SplittableRandom r, boolean french, Subject subject) {
        String word = pick(r, french ? GROUP_WORDS_FR : GROUP_WORDS_EN);
        String place = pick(r, french ? PLACES_FR : PLACES_EN);
        String s = french ? subject.fr().replaceFirst("^(les|le|la|l’) ?", "") : subject.en().replaceFirst("^the ", "");
        return switch (r.nextInt(4)) {
            case 0 -> french ? word + " sur " + s + " – " + place : capitalise(s) + " " + word + " – " + place;
            case 1 -> french ? word + " " + place + " : " + s : place.replaceFirst("^the ", "") + " " + word + " on " + s;
            case 2 -> french ? capitalise(s) + " en " + place : capitalise(s) + " in " + place;
            default -> french ? word + " " + s : capitalise(s) + " " + word;
        };
    }

    static String workingGroupName(SplittableRandom r, boolean french, Subject subject) {
        String s = french ? subject.fr() : subject.en();
        return switch (r.nextInt(4)) {
            case 0 -> french ? "Groupe de rédaction sur " + s : capitalise(s) + " drafting group";
            case 1 -> french ? "Task force " + s : "Task force on " + s;
            case 2 -> french ? "Revue par les pairs : " + s : "Peer review circle: " + s;
            default -> french ? "Groupe de travail sur " + s : "Working group on " + s;
        };
    }

    static String shortDescription(SplittableRandom r, boolean french, Subject subject) {
        String s = french ? subject.fr() : subject.en();
        return french ? "Praticiens, chercheurs et agences qui échangent sur " + s + " : outils, expériences et questions."
                : "Practitioners, researchers and agencies exchanging on " + s + ": tools, experience and open questions.";
    }

    static String description(SplittableRandom r, boolean french, Subject subject) {
        return (french ? "## Présentation\n\n" : "## Overview\n\n") + paragraph(r, french, subject, 2)
                + (french ? "\n\n## Ce que nous faisons\n\n" : "\n\n## What we do\n\n")
                + "- " + pick(r, french ? LIST_ITEMS_FR : LIST_ITEMS_EN) + "\n- " + pick(r, french ? LIST_ITEMS_FR : LIST_ITEMS_EN)
                + "\n\n" + paragraph(r, french, subject, 1);
    }

    static String conceptPart(SplittableRandom r, boolean french, Subject subject) {
        return paragraph(r, french, subject, 2 + r.nextInt(3));
    }

    static String[] calendarLine(SplittableRandom r, boolean french, Subject subject, int position) {
        List<String> periods = french ? List.of("Chaque mois", "Chaque trimestre", "Janvier", "Mars", "Juin", "Septembre", "Fin d’année")
                : List.of("Every month", "Every quarter", "January", "March", "June", "September", "End of year");
        List<String> activities = french ? List.of("Un webinaire et une synthèse des échanges", "Une étude de cas d’un pays membre",
                "Revue par les pairs des documents de travail", "Rencontre annuelle des membres", "Mise à jour de la boîte à outils")
                : List.of("One webinar and a discussion summary", "A case study from a member country",
                "Peer review of working documents", "Annual meeting of members", "Update of the toolkit");
        return new String[] {periods.get(position % periods.size()), pick(r, activities)};
    }

    static String eligibility(boolean french) {
        return french ? "Ouvert aux praticiens et chercheurs de la protection sociale. Présentez brièvement votre travail."
                : "Open to social protection practitioners and researchers. Tell us briefly about your work.";
    }

    static String availability(SplittableRandom r, boolean french) {
        return french ? pick(r, List.of("Réponse sous 72 heures, en semaine.", "Les modérateurs répondent sous 48 heures."))
                : pick(r, List.of("We answer within 48 hours, on weekdays.", "Moderators reply within two working days."));
    }

    static List<String> screeningQuestions(SplittableRandom r, boolean french, int count) {
        List<String> all = french ? List.of("Quel est votre rôle et votre organisation ?", "Dans quel pays travaillez-vous ?",
                "Pourquoi souhaitez-vous rejoindre la communauté ?", "Sur quel programme travaillez-vous ?")
                : List.of("What is your role and organisation?", "Which country do you work in?",
                "Why would you like to join?", "Which programme do you work on?");
        return all.subList(0, Math.min(count, all.size()));
    }

    static String answer(SplittableRandom r, boolean french, Subject subject) {
        return sentence(r, french, subject);
    }

    static String joinMessage(SplittableRandom r, boolean french, Subject subject) {
        return french ? "Bonjour, je travaille sur " + subject.fr() + " et j’aimerais échanger avec vous."
                : "Hello, I work on " + subject.en() + " and would like to learn from your experience.";
    }

    static String invitationMessage(SplittableRandom r, boolean french) {
        return r.nextBoolean() ? null : french ? "Rejoins-nous, ton expérience nous serait précieuse."
                : "Please join us, your experience would be very welcome.";
    }

    static String removalReason(SplittableRandom r) {
        return pick(r, List.of("Off topic", "Duplicate post", "Advertising", "Personal data shared by mistake",
                "Hors sujet", "Message en double"));
    }

    static String banReason(SplittableRandom r) {
        return pick(r, List.of("Repeated advertising", "Harassment of members", "Spam", "Publicité répétée"));
    }

    static String bio(SplittableRandom r, boolean french, String first, String interest) {
        return french ? "Je travaille depuis " + (3 + r.nextInt(20)) + " ans sur " + interest + "."
                : "I have worked on " + interest + " for " + (3 + r.nextInt(20)) + " years.";
    }

    static String fileName(SplittableRandom r, boolean french, Subject subject, String extension) {
        String s = (french ? subject.tagFr() : subject.tagEn());
        String base = switch (r.nextInt(5)) {
            case 0 -> (french ? "Note conceptuelle – " : "Concept note – ") + s;
            case 1 -> (french ? "Rapport d’évaluation " : "Evaluation report ") + s + " " + (2022 + r.nextInt(4));
            case 2 -> (french ? "Présentation webinaire " : "Webinar slides ") + s;
            case 3 -> (french ? "Données " : "Data ") + s + " v" + (1 + r.nextInt(4));
            default -> (french ? "Termes de référence " : "Terms of reference ") + s;
        };
        return base + "." + extension;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
