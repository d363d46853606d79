package org.praxis.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.account.SignUp;
import org.praxis.account.SignUpCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP settings, mail really goes to the SMTP server (GreenMail here), not to files. */
@SpringBootTest
@ActiveProfiles("test")
class SmtpDeliveryIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("praxis", "mail-secret"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpSettings(DynamicPropertyRegistry registry) {
        registry.add("praxis.mail.smtp-host", () -> "127.0.0.1");
        registry.add("praxis.mail.smtp-port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("praxis.mail.smtp-username", () -> "praxis");
        registry.add("praxis.mail.smtp-password", () -> "mail-secret");
        registry.add("praxis.mail.from", () -> "Praxis <praxis@example.org>");
    }

    @Autowired SignUp signUp;
    @Autowired MailService mail;

    @Test
    void confirmationMailIsDeliveredBySmtpInTheNewcomersLanguage() throws Exception {
        assertThat(mail.usesSmtp()).isTrue();
        signUp.register(new SignUpCommand("smtp-newcomer@example.org", "correct horse battery staple", "Léa"),
                Locale.FRENCH);

        assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessagesForDomain("smtp-newcomer@example.org")[0];
        assertThat(message.getSubject()).isEqualTo("Confirmez votre adresse e-mail pour Praxis");
        assertThat(message.getFrom()[0].toString()).contains("praxis@example.org");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Bonjour L").contains("/verify?token=");
    }
}
