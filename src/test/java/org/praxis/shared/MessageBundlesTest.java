package org.praxis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** French and English are complete: same keys, and every key a template uses exists. */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._\\-]+)");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void noMessageIsLeftEmpty() throws Exception {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as("%s in %s", key, bundle).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void frenchMessagesWithArgumentsUseNoStraightApostrophe() throws Exception {
        Properties fr = load("messages_fr.properties");
        for (String key : fr.stringPropertyNames()) {
            String value = fr.getProperty(key);
            if (value.contains("{0")) {
                assertThat(value).as(key + ": MessageFormat would swallow a straight apostrophe").doesNotContain("'");
            }
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
