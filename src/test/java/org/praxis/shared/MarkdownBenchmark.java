package org.praxis.shared;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of showing one comment's text: Markdown parsed, rendered and sanitised (the first time
 * a text is shown), and the cached answer (every time after). Run with {@code bench/jmh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownBenchmark {

    /** A typical comment: two paragraphs, emphasis, a list, a link and a mention. */
    static final String COMMENT = """
            In our district the first payment took **12 days**; the registry covered about 64% of the \
            affected households, and [@Amina B.](/members/12) has the figures for the coastal zone.

            What worked:

            1. mobile money where the network held,
            2. cash in hand elsewhere, with the *village committees*,
            3. a hotline for grievances.

            See the [evaluation](https://example.org/evaluation-2024) and https://example.org/annex.
            """;

    private long n;

    @Benchmark
    public String renderAndSanitise() {
        // A new text each time: what a page pays for a comment it shows for the first time.
        return Markdown.render(COMMENT + (n++));
    }

    @Benchmark
    public String cached() {
        return Markdown.toSafeHtml(COMMENT);
    }
}
