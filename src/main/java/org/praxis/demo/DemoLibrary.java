package org.praxis.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.praxis.community.CommunityCatalog;
import org.praxis.community.TopicList;
import org.praxis.library.CommunityFiles;
import org.praxis.library.CommunityPages;
import org.praxis.library.FileText;
import org.praxis.library.Licence;
import org.praxis.library.PageText;
import org.praxis.library.PublicLibrary;
import org.praxis.library.PublicationText;
import org.praxis.library.Upload;
import org.praxis.policy.Actor;
import org.praxis.policy.CommunityFacts;
import org.praxis.shared.OnePagePdf;
import org.springframework.stereotype.Component;

/** The demo's documents: folders and files with versions, a document in the public library, and a tree of pages. */
@Component
class DemoLibrary {

    private final CommunityCatalog catalog;
    private final CommunityFiles files;
    private final CommunityPages pages;
    private final PublicLibrary library;
    private final TopicList topics;

    DemoLibrary(CommunityCatalog catalog, CommunityFiles files, CommunityPages pages, PublicLibrary library, TopicList topics) {
        this.catalog = catalog;
        this.files = files;
        this.pages = pages;
        this.library = library;
        this.topics = topics;
    }

    void fill(Actor amina, Actor jean, Actor kofi, String mena, String registries) {
        CommunityFacts menaFacts = catalog.facts(amina, mena);
        long reports = files.createFolder(amina, menaFacts, "Reports");
        long webinars = files.createFolder(amina, menaFacts, "Webinars");
        long review = files.upload(amina, menaFacts, new FileText("Regional review of shock-responsive social protection",
                "First draft for comments from member countries.", "en", reports),
                List.of(pdf("regional-review-draft.pdf", "Regional review (draft)", "Shock-responsive social protection in MENA"))).get(0);
        files.uploadVersion(amina, menaFacts, review,
                pdf("regional-review-2025.pdf", "Regional review 2025", "Final version after the country consultations"));
        files.upload(jean, menaFacts, new FileText("Social registry coverage by country",
                "Households in the registry and share of the population, latest year available.", "en", reports),
                List.of(text("registry-coverage.csv", "country,households,coverage_pct\nJordan,512000,38\nMorocco,3900000,61\n"
                        + "Tunisia,980000,34\nEgypt,5200000,22\n")));
        files.upload(kofi, menaFacts, new FileText("Webinar slides: financing social protection", null, "en", webinars),
                List.of(pdf("financing-webinar-slides.pdf", "Financing social protection", "Slides of the March webinar")));
        library.publish(amina, menaFacts, review, new PublicationText("Regional review of shock-responsive social protection",
                "Regional Social Protection Hub; A. Benali", 2025, "Regional Social Protection Hub",
                "What five countries of the region learned from scaling up cash transfers after shocks, and what they plan next.",
                "en", Licence.CC_BY_4, topics.all(java.util.Locale.ENGLISH).stream()
                        .filter(t -> t.name().equals("Social protection")).map(t -> t.id()).toList()));

        long resources = pages.create(amina, menaFacts, new PageText("Resources",
                "Everything the community collected, by theme.", false, null));
        pages.create(amina, menaFacts, new PageText("Additional literature", """
                Reports written or reviewed by members:

                {{files folder="Reports"}}

                See also the [ILO World Social Protection Report](https://www.ilo.org/) and the public library.
                """, false, resources));
        pages.create(amina, menaFacts, new PageText("Country case studies", """
                ## Jordan
                The National Aid Fund expanded its registry during the pandemic.

                ## Morocco
                The unified social registry (RSU) now covers most of the population.
                """, false, resources));
        pages.create(amina, menaFacts, new PageText("Webinars", """
                Slides and recordings of our monthly webinars:

                {{files folder="Webinars"}}
                """, false, null));

        CommunityFacts registriesFacts = catalog.facts(jean, registries);
        files.upload(jean, registriesFacts, new FileText("Modèle d’accord de partage de données", null, "fr", null),
                List.of(text("modele-accord-donnees.txt", "Accord de partage de données entre le registre social et l’état civil\n\n"
                        + "1. Objet\n2. Données échangées\n3. Sécurité et confidentialité\n")));
    }

    private static Upload pdf(String name, String title, String line) {
        return bytes(name, OnePagePdf.of(title, line));
    }

    private static Upload text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Upload bytes(String name, byte[] bytes) {
        return new Upload(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
