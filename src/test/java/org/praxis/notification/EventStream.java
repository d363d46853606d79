package org.praxis.notification;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A browser's EventSource, over real HTTP: opens {@code /live} with a session cookie and reads
 * the stream line by line on a thread of its own, keeping each event as {@code name:data}.
 */
final class EventStream implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final int status;
    final HttpHeaders headers;
    private final Stream<String> lines;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);

    private EventStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.headers = response.headers();
        this.lines = response.body();
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code /live} plus {@code query}, signed in with the session cookie (none for a visitor). */
    static EventStream open(int port, String sessionCookie, String query) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live" + query))
                .header("Accept", "text/event-stream").GET();
        if (sessionCookie != null) {
            request.header("Cookie", "PRAXIS_SESSION=" + sessionCookie);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String name = "message";
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                opened.countDown();
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(name + ":" + data);
                    }
                    name = "message";
                    data.setLength(0);
                }
            }
        } catch (RuntimeException e) {
            // Closed by the test.
        }
    }

    /** Waits for the server's first line: the stream is registered and signals reach it. */
    EventStream awaitOpen() throws InterruptedException {
        if (!opened.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the stream did not open");
        }
        return this;
    }

    /** The next event ({@code name:data}), or null when none came within the time. */
    String next(Duration within) throws InterruptedException {
        return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next discussion event, skipping the bell's ({@code notifications:...}), or null when none came within the time. */
    String nextAbout(String prefix, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (true) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            String event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null || event.startsWith(prefix)) {
                return event;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
