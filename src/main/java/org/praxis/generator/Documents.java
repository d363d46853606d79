package org.praxis.generator;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.praxis.library.Licence;
import org.praxis.policy.Privacy;

/**
 * Communities' working documents: folders, files with one to three versions (each pointing to a
 * real sample file), a few removed, download counts, the space each community uses, and the
 * documents open communities shared in the public library. Busier communities hold more files.
 */
final class Documents {

    private static final String[][] FOLDERS = {{"Reports", "Rapports"}, {"Meeting notes", "Comptes rendus"},
            {"Webinars", "Webinaires"}, {"Country case studies", "Études de cas pays"}, {"Data", "Données"},
            {"Additional literature", "Lectures complémentaires"}, {"Templates", "Modèles"}};
    private static final String[] PUBLISHERS = {"World Bank", "ILO", "UNICEF", "WFP", "Ministry of Social Affairs", "IPC-IG"};
    private static final String[] AUTHORS = {"A. Diallo", "M. Haddad", "S. Ferreira", "K. Mensah", "L. Nguyen", "R. Banda",
            "C. Moreau", "J. Okafor"};

    private final Population population;
    private final List<SampleFiles.Stored> samples;
    private final SplittableRandom random;
    long files;

    Documents(Population population, List<SampleFiles.Stored> samples, long seed) {
        this.population = population;
        this.samples = samples;
        this.random = new SplittableRandom(seed + 31);
    }

    void write(Loader loader, int total) throws SQLException {
        Loader.Table folderTable = loader.tables().get("library_folder");
        Loader.Table fileTable = loader.tables().get("library_file");
        Loader.Table versionTable = loader.tables().get("library_file_version");
        Loader.Table usageTable = loader.tables().get("library_usage");
        Loader.Table publicationTable = loader.tables().get("library_publication");
        Loader.Table topicTable = loader.tables().get("library_publication_topic");
        Timeline time = population.time;
        double weights = 0;
        for (Population.Group g : population.groups) {
            weights += weight(g);
        }
        long folderIds = 0;
        long versionIds = 0;
        long publicationIds = 0;
        for (Population.Group g : population.groups) {
            int n = (int) Math.round(total * weight(g) / Math.max(1, weights));
            if (n == 0) {
                continue;
            }
            int folders = n < 5 ? 0 : Math.min(FOLDERS.length, 1 + random.nextInt(Math.min(FOLDERS.length, 1 + n / 5)));
            long firstFolder = folderIds + 1;
            for (int f = 0; f < folders; f++) {
                String name = FOLDERS[f][g.french ? 1 : 0];
                folderTable.row(++folderIds, g.index + 1L, name, name.toLowerCase(Locale.ROOT), time.at(g.created));
            }
            long used = 0;
            Prose.Subject about = Prose.SUBJECTS.get(g.subject);
            for (int i = 0; i < n; i++) {
                long id = ++files;
                int uploader = g.members[random.nextInt(g.count)];
                int created = g.created + random.nextInt(Math.max(1, g.end - g.created));
                int versions = random.nextDouble() < 0.8 ? 1 : random.nextDouble() < 0.75 ? 2 : 3;
                int updated = created;
                SampleFiles.Stored sample = samples.get(random.nextInt(samples.size()));
                String fileName = Prose.fileName(random, g.french, about, sample.extension());
                String title = fileName.substring(0, fileName.lastIndexOf('.'));
                boolean removed = random.nextDouble() < 0.02;
                Long folder = folders == 0 || random.nextDouble() < 0.3 ? null : firstFolder + random.nextInt(folders);
                for (int v = 1; v <= versions; v++) {
                    int at = v == 1 ? created : updated + random.nextInt(Math.max(1, (g.end - updated) / 4 + 1));
                    updated = at;
                    versionTable.row(++versionIds, id, v, fileName, sample.contentType(), sample.size(), "generated",
                            sample.key(), sample.contentType().equals("image/png") ? sample.key() : null, (long) (v == 1 ? uploader : g.members[random.nextInt(g.count)]) + 1,
                            time.at(at));
                    if (!removed) {
                        used += sample.size();
                    }
                }
                fileTable.row(id, g.index + 1L, folder, title, random.nextDouble() < 0.4 ? title + "." : null,
                        g.french ? "fr" : "en", (long) uploader + 1, versions, (long) random.nextInt(60), time.at(created),
                        time.at(updated), removed ? time.at(updated) : null, removed ? (long) uploader + 1 : null, null);
                boolean shareable = !g.isWorkingGroup() && (g.privacy == Privacy.OPEN || g.privacy == Privacy.PUBLIC);
                if (shareable && !removed && g.approved() && random.nextDouble() < 0.02) {
                    long p = ++publicationIds;
                    String authors = AUTHORS[random.nextInt(AUTHORS.length)] + ", " + AUTHORS[random.nextInt(AUTHORS.length)];
                    String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
                    publicationTable.row(p, id, g.index + 1L, versions, title, authors, 2018 + random.nextInt(8), publisher,
                            null, g.french ? "fr" : "en", Licence.values()[random.nextInt(Licence.values().length)].name(),
                            String.join("\n", title, authors, publisher, "").toLowerCase(Locale.ROOT),
                            (long) g.founder + 1, time.at(updated));
                    if (!population.topicIds.isEmpty()) {
                        topicTable.row(p, population.topicIds.get(random.nextInt(population.topicIds.size())));
                    }
                }
            }
            usageTable.row(g.index + 1L, used);
        }
    }

    /** Busier communities share more: the weight grows a little slower than the member count. */
    private static double weight(Population.Group g) {
        return g.count == 0 || !g.approved() ? 0 : Math.pow(g.count, 0.8);
    }
}
