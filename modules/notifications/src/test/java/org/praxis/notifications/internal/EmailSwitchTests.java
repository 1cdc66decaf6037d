package org.praxis.notifications.internal;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.praxis.platform.Branding;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Email is off unless an SMTP host is configured, and can be switched off even then. */
class EmailSwitchTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(JooqNotificationRepository.class, () -> new JooqNotificationRepository(DSL.using(SQLDialect.POSTGRES)))
            .withBean(JavaMailSender.class, JavaMailSenderImpl::new)
            .withBean(PraxisI18NProvider.class, () -> new PraxisI18NProvider(""))
            .withBean(Branding.class, () -> new Branding("Praxis", "/images/praxis-logo.svg", "#1f5fa8"))
            .withBean(NotificationProperties.class, () -> new NotificationProperties(true, "no-reply@localhost", 10,
                    Duration.ofMinutes(5)))
            .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(EmailOutbox.class);

    @Test
    void offWhenNoMailHostIsConfigured() {
        context.run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(EmailOutbox.class));
    }

    @Test
    void onWhenAMailHostIsConfigured() {
        context.withPropertyValues("spring.mail.host=smtp.example.org")
                .run(app -> assertThat(app).hasNotFailed().hasSingleBean(EmailOutbox.class));
    }

    @Test
    void offWhenSwitchedOffEvenWithAMailHost() {
        context.withPropertyValues("spring.mail.host=smtp.example.org", "praxis.notifications.email.enabled=false")
                .run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(EmailOutbox.class));
    }
}
