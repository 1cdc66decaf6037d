package org.praxis.reciprocation.internal;

import org.praxis.reciprocation.events.AgreementItemDue;
import org.praxis.reciprocation.internal.AgreementViews.DueItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reminds the responsible person about open items due within {@code praxis.reciprocation.reminders.days-ahead}
 * days, or overdue, by publishing {@link AgreementItemDue} and the notice that tells the person (the notifications
 * module delivers it; see {@link ReciprocationNotices#itemDue}). Runs on
 * {@code praxis.reciprocation.reminders.cron} (daily at 07:00 by default). At most one reminder per item per
 * day: what was sent is recorded, so running the job again the same day sends nothing new. A system job,
 * not called by people: it has no method security.
 */
@Component
public class AgreementReminders {

    private static final Logger log = LoggerFactory.getLogger(AgreementReminders.class);

    private final JooqAgreementRepository repository;
    private final ApplicationEventPublisher events;
    private final ReciprocationProperties properties;
    private final Clock clock;

    AgreementReminders(JooqAgreementRepository repository, ApplicationEventPublisher events,
                       ReciprocationProperties properties, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${praxis.reciprocation.reminders.cron:0 0 7 * * *}")
    @Transactional
    public void sendScheduledReminders() {
        int sent = send(clock);
        log.info("Reciprocation reminders: {} sent", sent);
    }

    /** Sends today's reminders as seen by {@code clock}; returns how many were sent. */
    @Transactional
    public int sendReminders(Clock clock) {
        return send(clock);
    }

    private int send(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (DueItem item : repository.dueItems(today.plusDays(properties.reminders().daysAhead()), null)) {
            boolean overdue = item.dueDate().isBefore(today);
            if (repository.recordReminder(item.itemId(), today, overdue)) {
                events.publishEvent(new AgreementItemDue(item.agreementId(), item.itemId(), item.organisationId(),
                        item.side(), item.title(), item.responsible(), item.dueDate(), overdue));
                events.publishEvent(ReciprocationNotices.itemDue(item.agreementId(), item.itemId(),
                        item.organisationId(), item.side(), item.title(), item.responsible(), item.dueDate(), overdue));
                sent++;
            }
        }
        return sent;
    }
}
