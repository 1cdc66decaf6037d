package org.praxis.notifications.internal;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.praxis.notifications.internal.jooq.tables.records.NotificationRecord;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.praxis.notifications.internal.jooq.Tables.NOTIFICATION;
import static org.praxis.notifications.internal.jooq.Tables.ORGANISATION;
import static org.praxis.notifications.internal.jooq.Tables.PERSON;
import static org.praxis.notifications.internal.jooq.Tables.PERSON_ROLE;

/** All SQL of the notifications module: its read model of people, and the notifications. */
@Repository
class JooqNotificationRepository {

    /** The email copy of a notification, as stored in {@code email_state}. */
    enum EmailState {
        OFF,
        PENDING,
        SENT,
        GAVE_UP
    }

    /** What an email needs: the notification and whom to send it to (email unknown until PersonRegistered). */
    record EmailToSend(NotificationView notification, PersonId recipient, @Nullable String fullName,
                       @Nullable String email, int attempts) {
    }

    private final DSLContext sql;

    JooqNotificationRepository(DSLContext sql) {
        this.sql = sql;
    }

    // --- people (read model fed by identity's events; every write is an idempotent upsert) -------

    void upsertPerson(PersonId id, OrganisationId organisationId, String fullName, @Nullable String email) {
        var insert = sql.insertInto(PERSON)
                .set(PERSON.ID, id.value())
                .set(PERSON.ORGANISATION_ID, organisationId.value())
                .set(PERSON.FULL_NAME, fullName)
                .set(PERSON.EMAIL, email)
                .onConflict(PERSON.ID).doUpdate()
                .set(PERSON.ORGANISATION_ID, organisationId.value())
                .set(PERSON.FULL_NAME, fullName);
        if (email != null) {
            insert.set(PERSON.EMAIL, email).execute();
        } else {
            insert.execute();
        }
    }

    void grantRole(PersonId id, Role role) {
        sql.insertInto(PERSON_ROLE).set(PERSON_ROLE.PERSON_ID, id.value()).set(PERSON_ROLE.ROLE, role.name())
                .onConflictDoNothing().execute();
    }

    void revokeRole(PersonId id, Role role) {
        sql.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(id.value())).and(PERSON_ROLE.ROLE.eq(role.name()))
                .execute();
    }

    void upsertOrganisation(OrganisationId id, String name) {
        sql.insertInto(ORGANISATION).set(ORGANISATION.ID, id.value()).set(ORGANISATION.NAME, name)
                .onConflict(ORGANISATION.ID).doUpdate().set(ORGANISATION.NAME, name)
                .execute();
    }

    Optional<String> organisationName(OrganisationId id) {
        return sql.select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(ORGANISATION.NAME);
    }

    Optional<String> fullName(PersonId id) {
        return sql.select(PERSON.FULL_NAME).from(PERSON).where(PERSON.ID.eq(id.value()))
                .fetchOptional(PERSON.FULL_NAME);
    }

    /** Everyone holding the role, wherever they work. */
    Set<PersonId> holdersOf(Role role) {
        return new LinkedHashSet<>(sql.select(PERSON_ROLE.PERSON_ID).from(PERSON_ROLE)
                .where(PERSON_ROLE.ROLE.eq(role.name()))
                .orderBy(PERSON_ROLE.PERSON_ID)
                .fetch(r -> new PersonId(r.value1())));
    }

    /** Everyone holding the role in one organisation (e.g. its institution leads). */
    Set<PersonId> holdersOf(Role role, OrganisationId organisation) {
        return new LinkedHashSet<>(sql.select(PERSON_ROLE.PERSON_ID).from(PERSON_ROLE)
                .join(PERSON).on(PERSON.ID.eq(PERSON_ROLE.PERSON_ID))
                .where(PERSON_ROLE.ROLE.eq(role.name()))
                .and(PERSON.ORGANISATION_ID.eq(organisation.value()))
                .orderBy(PERSON_ROLE.PERSON_ID)
                .fetch(r -> new PersonId(r.value1())));
    }

    // --- notifications ---------------------------------------------------------------------------

    /**
     * Adds the notification unless this person already has one for this event; returns its id if it
     * was added, empty if it was there already (a redelivered event).
     */
    Optional<UUID> insertOnce(String eventKey, PersonId recipient, String messageKey, List<MessageArgument> arguments,
                              String link, OffsetDateTime createdAt, EmailState emailState) {
        return sql.insertInto(NOTIFICATION)
                .set(NOTIFICATION.ID, Ids.newId())
                .set(NOTIFICATION.RECIPIENT_ID, recipient.value())
                .set(NOTIFICATION.EVENT_KEY, eventKey)
                .set(NOTIFICATION.MESSAGE_KEY, messageKey)
                .set(NOTIFICATION.MESSAGE_ARGS, arguments.stream().map(MessageArgument::encode).toArray(String[]::new))
                .set(NOTIFICATION.LINK, link)
                .set(NOTIFICATION.CREATED_AT, createdAt)
                .set(NOTIFICATION.EMAIL_STATE, emailState.name())
                .onConflictOnConstraint(DSL.name("notification_once_per_event_and_person")).doNothing()
                .returningResult(NOTIFICATION.ID)
                .fetchOptional(NOTIFICATION.ID);
    }

    List<NotificationView> inbox(PersonId recipient, boolean unreadOnly, int offset, int limit) {
        var condition = NOTIFICATION.RECIPIENT_ID.eq(recipient.value());
        if (unreadOnly) {
            condition = condition.and(NOTIFICATION.READ_AT.isNull());
        }
        return sql.selectFrom(NOTIFICATION).where(condition)
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(JooqNotificationRepository::toView);
    }

    int count(PersonId recipient, boolean unreadOnly) {
        var condition = NOTIFICATION.RECIPIENT_ID.eq(recipient.value());
        if (unreadOnly) {
            condition = condition.and(NOTIFICATION.READ_AT.isNull());
        }
        return sql.fetchCount(NOTIFICATION, condition);
    }

    /** The notification, only if it is this person's. */
    Optional<NotificationView> findFor(UUID id, PersonId recipient) {
        return sql.selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.eq(id)).and(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
                .fetchOptional(JooqNotificationRepository::toView);
    }

    /** Marks it read if it is this person's and still unread; keeps the first read time. */
    void markRead(UUID id, PersonId recipient, OffsetDateTime at) {
        sql.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.ID.eq(id)).and(NOTIFICATION.RECIPIENT_ID.eq(recipient.value()))
                .and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    int markAllRead(PersonId recipient, OffsetDateTime at) {
        return sql.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipient.value())).and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    /** Marks an event's notifications (or those of every event starting with the key) read; null: everyone's. */
    int markResolved(String eventKey, boolean keyIsPrefix, @Nullable Collection<PersonId> recipients,
                     OffsetDateTime at) {
        Condition forEvent = keyIsPrefix ? NOTIFICATION.EVENT_KEY.startsWith(eventKey) : NOTIFICATION.EVENT_KEY.eq(eventKey);
        Condition forWhom = recipients == null ? DSL.noCondition()
                : NOTIFICATION.RECIPIENT_ID.in(recipients.stream().map(PersonId::value).toList());
        return sql.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
                .where(forEvent).and(forWhom).and(NOTIFICATION.READ_AT.isNull())
                .execute();
    }

    /** Who got a notification for this event (for tests and diagnostics). */
    Set<PersonId> recipientsOf(String eventKey) {
        return new LinkedHashSet<>(sql.select(NOTIFICATION.RECIPIENT_ID).from(NOTIFICATION)
                .where(NOTIFICATION.EVENT_KEY.eq(eventKey))
                .orderBy(NOTIFICATION.RECIPIENT_ID)
                .fetch(r -> new PersonId(r.value1())));
    }

    int countFor(String eventKey) {
        return sql.fetchCount(NOTIFICATION, NOTIFICATION.EVENT_KEY.eq(eventKey));
    }

    // --- email copies -----------------------------------------------------------------------------

    /** Pending emails not tried since {@code before}, oldest first. */
    List<UUID> pendingEmails(OffsetDateTime before, int limit) {
        return sql.select(NOTIFICATION.ID).from(NOTIFICATION)
                .where(NOTIFICATION.EMAIL_STATE.eq(EmailState.PENDING.name()))
                .and(DSL.coalesce(NOTIFICATION.EMAIL_LAST_ATTEMPT_AT, NOTIFICATION.CREATED_AT).lt(before))
                .orderBy(NOTIFICATION.CREATED_AT)
                .limit(limit)
                .fetch(NOTIFICATION.ID);
    }

    /**
     * Locks a pending email for sending, so that the after-commit send and the scheduled retry never
     * both send it; empty if it is not pending or someone else holds it.
     */
    Optional<EmailToSend> lockPendingEmail(UUID id) {
        return sql.select(NOTIFICATION.asterisk(), PERSON.FULL_NAME, PERSON.EMAIL)
                .from(NOTIFICATION)
                .leftJoin(PERSON).on(PERSON.ID.eq(NOTIFICATION.RECIPIENT_ID))
                .where(NOTIFICATION.ID.eq(id)).and(NOTIFICATION.EMAIL_STATE.eq(EmailState.PENDING.name()))
                .forUpdate().of(NOTIFICATION).skipLocked()
                .fetchOptional(r -> {
                    NotificationRecord notification = r.into(NOTIFICATION);
                    return new EmailToSend(toView(notification), new PersonId(notification.getRecipientId()),
                            r.get(PERSON.FULL_NAME), r.get(PERSON.EMAIL), notification.getEmailAttempts());
                });
    }

    void emailSent(UUID id, OffsetDateTime at) {
        sql.update(NOTIFICATION)
                .set(NOTIFICATION.EMAIL_STATE, EmailState.SENT.name())
                .set(NOTIFICATION.EMAIL_SENT_AT, at)
                .set(NOTIFICATION.EMAIL_LAST_ATTEMPT_AT, at)
                .set(NOTIFICATION.EMAIL_ATTEMPTS, NOTIFICATION.EMAIL_ATTEMPTS.plus(1))
                .setNull(NOTIFICATION.EMAIL_ERROR)
                .where(NOTIFICATION.ID.eq(id))
                .execute();
    }

    void emailFailed(UUID id, OffsetDateTime at, String error, boolean giveUp) {
        sql.update(NOTIFICATION)
                .set(NOTIFICATION.EMAIL_STATE, (giveUp ? EmailState.GAVE_UP : EmailState.PENDING).name())
                .set(NOTIFICATION.EMAIL_LAST_ATTEMPT_AT, at)
                .set(NOTIFICATION.EMAIL_ATTEMPTS, NOTIFICATION.EMAIL_ATTEMPTS.plus(1))
                .set(NOTIFICATION.EMAIL_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(NOTIFICATION.ID.eq(id))
                .execute();
    }

    Optional<EmailState> emailState(UUID id) {
        return sql.select(NOTIFICATION.EMAIL_STATE).from(NOTIFICATION).where(NOTIFICATION.ID.eq(id))
                .fetchOptional(r -> EmailState.valueOf(r.value1()));
    }

    private static NotificationView toView(NotificationRecord r) {
        return new NotificationView(r.getId(), r.getMessageKey(),
                Arrays.stream(r.getMessageArgs()).map(MessageArgument::decode).toList(), r.getLink(),
                r.getCreatedAt(), r.getReadAt());
    }
}
