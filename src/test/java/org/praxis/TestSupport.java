package org.praxis;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.praxis.shared.mail.MailFolder;

/**
 * Beans the integration tests share: a browser-like client, the mailbox, SQL statement counting,
 * and a clock tests can move forward.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor countingDataSources() {
        return QueryCounter.countingDataSources();
    }

    @Bean
    @org.springframework.context.annotation.Primary
    MovableClock movableClock() {
        return new MovableClock();
    }

    @Bean
    Mailbox mailbox(MailFolder folder) {
        return new Mailbox(folder);
    }

    @Bean
    TestAccounts testAccounts(MockMvc mvc, org.praxis.account.SignUp signUp,
                              org.springframework.jdbc.core.JdbcTemplate jdbc) {
        return new TestAccounts(mvc, signUp, jdbc);
    }
}
