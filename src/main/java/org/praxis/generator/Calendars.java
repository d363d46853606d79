package org.praxis.generator;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import org.praxis.calendar.Recurrence;

/**
 * Communities' calendars: events of every kind over the three years and the coming months, in
 * the organisers' own time zones, webinar series with what followed them (recording, slides,
 * questions, summary), monthly meetings, a few proposals and members-only events,
 * registrations with waiting lists, and who attended. Busier communities hold more events.
 */
final class Calendars {

    private static final List<String> ZONES = List.of("Europe/Paris", "Africa/Tunis", "Africa/Dakar", "Africa/Nairobi",
            "Asia/Amman", "America/Sao_Paulo", "Asia/Kolkata", "America/New_York", "UTC");
    private static final String[][] TITLES = {
            {"Webinar: %s in practice", "Webinaire : %s en pratique"},
            {"Monthly members' call", "Appel mensuel des membres"},
            {"Workshop on %s", "Atelier sur %s"},
            {"Regional conference on %s", "Conférence régionale sur %s"},
            {"Peer exchange: %s", "Échange entre pairs : %s"}};
    private static final String[] KINDS = {"WEBINAR", "MEETING", "WORKSHOP", "CONFERENCE", "MEETING"};
    private static final long FUTURE = 120L * Timeline.DAY;

    private final Population population;
    private final SplittableRandom random;

    Calendars(Population population, long seed) {
        this.population = population;
        this.random = new SplittableRandom(seed + 43);
    }

    void write(Loader loader, int total) throws SQLException {
        Loader.Table seriesTable = loader.tables().get("calendar_series");
        Loader.Table eventTable = loader.tables().get("calendar_event");
        Loader.Table registrationTable = loader.tables().get("calendar_registration");
        Loader.Table attendanceTable = loader.tables().get("calendar_attendance");
        Timeline time = population.time;
        double weights = 0;
        for (Population.Group g : population.groups) {
            weights += weight(g);
        }
        long seriesIds = 0;
        long eventIds = 0;
        long registrationIds = 0;
        for (Population.Group g : population.groups) {
            int n = (int) Math.round(total * weight(g) / Math.max(1, weights));
            if (n == 0) {
                continue;
            }
            Prose.Subject about = Prose.SUBJECTS.get(g.subject);
            String subject = g.french ? about.fr() : about.en();
            Long series = null;
            if (n >= 4 && random.nextDouble() < 0.5) {
                series = ++seriesIds;
                seriesTable.row(series, g.index + 1L, (g.french ? "Série de webinaires : " : "Webinar series: ") + subject,
                        g.french ? "Un webinaire par mois, avec les enregistrements." : "One webinar a month, with recordings.",
                        (long) g.founder + 1, time.at(g.created));
            }
            String zone = ZONES.get(random.nextInt(ZONES.size()));
            for (int i = 0; i < n; i++) {
                long id = ++eventIds;
                int type = random.nextInt(TITLES.length);
                String kind = KINDS[type];
                String title = String.format(TITLES[type][g.french ? 1 : 0], subject);
                long span = Math.max(1, g.end - g.created + (g.end >= time.span() - Timeline.DAY ? FUTURE : 0));
                long startSecond = g.created + (long) (random.nextDouble() * span);
                // Whole hours in the organiser's zone, between 8:00 and 17:00.
                Instant start = time.at(0).plusSeconds(startSecond);
                var local = start.atZone(ZoneId.of(zone)).withHour(8 + random.nextInt(10)).withMinute(0).withSecond(0).withNano(0);
                if (local.getDayOfMonth() > Recurrence.MONTHLY_LAST_DAY) {
                    // Monthly meetings fall on a day every month has, as the calendar's form requires.
                    local = local.withDayOfMonth(Recurrence.MONTHLY_LAST_DAY);
                }
                start = local.toInstant();
                Instant end = start.plus(Duration.ofMinutes(kind.equals("CONFERENCE") ? 8 * 60 : 60 + 30L * random.nextInt(3)));
                boolean monthly = type == 1 && random.nextDouble() < 0.7;
                Integer occurrences = monthly ? Integer.valueOf(3 + random.nextInt(10)) : null;
                Instant lastEnd = monthly ? Recurrence.expand(start, end, ZoneId.of(zone), Recurrence.MONTHLY, occurrences)
                        .get(occurrences - 1).end() : end;
                boolean past = lastEnd.isBefore(time.at(time.span()));
                String status = !past && random.nextDouble() < 0.05 ? "PROPOSED" : "PUBLISHED";
                boolean membersOnly = type == 1 || random.nextDouble() < 0.05;
                Integer capacity = null;
                if (kind.equals("WORKSHOP")) {
                    capacity = 10 + random.nextInt(30);
                } else if (kind.equals("WEBINAR")) {
                    capacity = 100;
                }
                boolean online = !kind.equals("CONFERENCE");
                boolean inSeries = series != null && kind.equals("WEBINAR");
                boolean followedUp = inSeries && past;
                int organiser = g.founder;
                eventTable.row(id, g.index + 1L, inSeries ? series : null, title,
                        (g.french ? "Pour échanger sur " : "To exchange on ") + subject + ".", kind, status, start, end, zone,
                        online ? null : People.pick(random, List.of("Tunis", "Dakar", "Amman", "Nairobi", "Paris")),
                        online ? "https://meet.example.org/" + g.slug + "-" + id : null, capacity, membersOnly,
                        monthly ? "MONTHLY" : null, occurrences, lastEnd,
                        followedUp ? "https://video.example.org/recordings/" + id : null,
                        followedUp ? "https://example.org/slides/" + id + ".pdf" : null,
                        followedUp ? (g.french ? "**Q :** Où trouver les données ?\n\n**R :** Dans le dossier Données."
                                : "**Q:** Where are the data?\n\n**A:** In the Data folder.") : null,
                        followedUp ? (g.french ? "Trois pays ont présenté leur expérience." : "Three countries shared their experience.") : null,
                        (long) organiser + 1, time.at(Math.max(g.created, startSecond - 14 * Timeline.DAY)));
                if (status.equals("PUBLISHED") && g.count > 1) {
                    int wanted = Math.min(g.count, kind.equals("WEBINAR") ? 5 + random.nextInt(40) : random.nextInt(12));
                    int first = random.nextInt(g.count);
                    for (int r = 0; r < wanted; r++) {
                        int account = g.members[(first + r) % g.count];
                        boolean waiting = capacity != null && r >= capacity;
                        registrationTable.row(++registrationIds, id, (long) account + 1, waiting ? "WAITING" : "REGISTERED",
                                start.minus(Duration.ofDays(1 + random.nextInt(20))));
                        if (past && !waiting && random.nextDouble() < 0.7) {
                            attendanceTable.row(id, (long) account + 1, g.index + 1L, end);
                        }
                    }
                }
            }
        }
    }

    /** Busier communities meet more: the weight grows slower than the member count. */
    private static double weight(Population.Group g) {
        return g.count == 0 || !g.approved() ? 0 : Math.pow(g.count, 0.7);
    }
}
