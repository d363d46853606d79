package org.praxis;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole platform sending its mail by SMTP to a test server (GreenMail) on {@link #PORT}:
 * each class starts the server with {@code GreenMailExtension}; the classes share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestSupport.class)
@TestPropertySource(properties = {"praxis.mail.smtp-host=127.0.0.1", "praxis.mail.smtp-port=" + SmtpIntegrationTest.PORT})
public @interface SmtpIntegrationTest {

    int PORT = 3925;
}
