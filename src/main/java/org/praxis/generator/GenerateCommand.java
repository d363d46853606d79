package org.praxis.generator;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --praxis.generate=S} (or XS, L, XL): generates a platform into the empty database,
 * prints what it wrote and where the fixture file is, and ends the program (status 0, or 1 when
 * the database was not empty or something failed). {@link GenerateMode} keeps the web server
 * from starting.
 */
@Component
@ConditionalOnProperty(name = GenerateMode.PROPERTY)
class GenerateCommand implements ApplicationRunner {

    private final PlatformGenerator generator;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    GenerateCommand(PlatformGenerator generator, Environment environment, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        try {
            GenerationSize size = GenerationSize.parse(environment.getRequiredProperty(GenerateMode.PROPERTY));
            long seed = environment.getProperty(GenerateMode.PROPERTY + ".seed", Long.class, PlatformGenerator.DEFAULT_SEED);
            PlatformGenerator.Result result = generator.generate(size, seed, System.out::println);
            System.out.println();
            System.out.println(String.format(Locale.ROOT, "%-30s %12s %10s", "table", "rows", "write s"));
            for (Map.Entry<String, Long> row : result.rows().entrySet()) {
                System.out.println(String.format(Locale.ROOT, "%-30s %,12d %10.1f", row.getKey(), row.getValue(),
                        result.seconds().getOrDefault(row.getKey(), 0.0)));
            }
            System.out.println();
            System.out.println(String.format(Locale.ROOT, "Generated size %s in %.1f s. Every account's password: %s",
                    size, result.totalSeconds(), PlatformGenerator.PASSWORD));
            System.out.println("Fixture file: " + result.fixtureFile());
        } catch (PlatformGenerator.NotEmptyException | IllegalArgumentException e) {
            System.err.println("Nothing generated: " + e.getMessage());
            status = 1;
        } catch (Exception e) {
            System.err.println("Generation failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
