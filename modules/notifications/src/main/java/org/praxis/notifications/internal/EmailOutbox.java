package org.praxis.notifications.internal;

import com.vaadin.flow.i18n.I18NProvider;
import org.praxis.notifications.internal.JooqNotificationRepository.EmailToSend;
import org.praxis.platform.Branding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Emails each notification to its recipient, in plain words with a link into Praxis. Exists only
 * when an SMTP host is configured ({@code spring.mail.host}) and
 * {@code praxis.notifications.email.enabled} is not false.
 *
 * <p>New notifications are sent right after the transaction that created them commits. A failure
 * (mail server down, address not known yet) is logged and recorded on the notification, which stays
 * PENDING and is tried again every {@code retry-interval}, up to {@code max-attempts} times. The
 * in-app notification is never affected. Each send locks its row ({@code skip locked}), so the
 * after-commit send and the scheduled retry never send the same email twice at once.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
@ConditionalOnBooleanProperty(name = "praxis.notifications.email.enabled", matchIfMissing = true)
class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int SUBJECT_MAX = 150;
    private static final int BATCH = 100;

    private final JooqNotificationRepository repository;
    private final JavaMailSender mailSender;
    private final I18NProvider i18n;
    private final Branding branding;
    private final NotificationProperties properties;
    private final String baseUrl;
    private final TransactionTemplate eachInItsOwnTransaction;
    private final Clock clock;

    EmailOutbox(JooqNotificationRepository repository, JavaMailSender mailSender, I18NProvider i18n, Branding branding,
                NotificationProperties properties, @Value("${praxis.base-url:http://localhost:8080}") String baseUrl,
                PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.i18n = i18n;
        this.branding = branding;
        this.properties = properties;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactions);
        this.eachInItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sends these notifications' emails now; failures are recorded for a later try. Never throws. */
    void send(List<UUID> notificationIds) {
        for (UUID id : notificationIds) {
            try {
                eachInItsOwnTransaction.executeWithoutResult(status -> repository.lockPendingEmail(id).ifPresent(this::sendOne));
            } catch (RuntimeException e) {
                log.warn("Could not send the email for notification {}; it will be tried again", id, e);
            }
        }
    }

    /** Tries again the emails that are still pending and were not tried within the retry interval. */
    @Scheduled(fixedDelayString = "${praxis.notifications.email.retry-interval:PT5M}",
            initialDelayString = "${praxis.notifications.email.retry-interval:PT5M}")
    void retryPending() {
        retryPendingNotTriedSince(OffsetDateTime.now(clock).minus(properties.retryInterval()));
    }

    void retryPendingNotTriedSince(OffsetDateTime before) {
        List<UUID> pending = repository.pendingEmails(before, BATCH);
        if (!pending.isEmpty()) {
            log.info("Trying again {} notification email(s) not sent yet", pending.size());
            send(pending);
        }
    }

    private void sendOne(EmailToSend email) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean lastAttempt = email.attempts() + 1 >= properties.maxAttempts();
        if (email.email() == null || email.email().isBlank()) {
            repository.emailFailed(email.notification().id(), now, "No email address known for this person yet", lastAttempt);
            log.info("No email address known yet for person {}; notification {} will be emailed later",
                    email.recipient(), email.notification().id());
            return;
        }
        try {
            mailSender.send(message(email));
            repository.emailSent(email.notification().id(), now);
        } catch (MailException e) {
            repository.emailFailed(email.notification().id(), now, String.valueOf(e.getMessage()), lastAttempt);
            if (lastAttempt) {
                log.error("Gave up emailing notification {} after {} attempts: {}", email.notification().id(),
                        email.attempts() + 1, e.getMessage());
            } else {
                log.warn("Could not email notification {} (attempt {}), will try again: {}",
                        email.notification().id(), email.attempts() + 1, e.getMessage());
            }
        }
    }

    SimpleMailMessage message(EmailToSend email) {
        Locale locale = i18n.getProvidedLocales().isEmpty() ? Locale.UK : i18n.getProvidedLocales().getFirst();
        NotificationText.Translator translator = (key, parameters) -> i18n.getTranslation(key, locale, parameters);
        String text = NotificationText.message(email.notification(), translator, locale);
        String name = email.fullName() == null || email.fullName().isBlank() ? "" : " " + email.fullName();

        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(email.email());
        message.setSubject(subject(translator.translate("notifications.email.subject", branding.name(), text)));
        message.setText(String.join("\n\n",
                translator.translate("notifications.email.greeting", name),
                text,
                translator.translate("notifications.email.open", branding.name(), url(email.notification().link())),
                translator.translate("notifications.email.footer", branding.name(), url("inbox"))) + "\n");
        return message;
    }

    private String url(String link) {
        return link.isBlank() ? baseUrl + "/" : baseUrl + "/" + link;
    }

    private static String subject(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= SUBJECT_MAX ? oneLine : oneLine.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
