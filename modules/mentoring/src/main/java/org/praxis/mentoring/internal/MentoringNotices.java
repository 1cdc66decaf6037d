package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.platform.Role;

import java.time.OffsetDateTime;
import java.util.List;
import org.praxis.platform.PersonId;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;

/** Whom mentoring tells, in which words and where the link goes (docs/adr/0010). */
final class MentoringNotices {

    private MentoringNotices() {
    }

    /** Both people of a published match, each with the other's name. */
    static NoticeRequested matchPublishedToMentor(RelationshipId id, PersonId mentor, String menteeName, String programme) {
        return NoticeRequested.of("mentoring:match-published-mentor:" + id, Audience.person(mentor),
                "mentoring.notice.match-published-mentor", MentoringLinks.relationship(id),
                NoticeArgument.text(menteeName), NoticeArgument.text(programme));
    }

    static NoticeRequested matchPublishedToMentee(RelationshipId id, PersonId mentee, String mentorName, String programme) {
        return NoticeRequested.of("mentoring:match-published-mentee:" + id, Audience.person(mentee),
                "mentoring.notice.match-published-mentee", MentoringLinks.relationship(id),
                NoticeArgument.text(mentorName), NoticeArgument.text(programme));
    }

    /** The other person, once per version of the proposal. */
    static NoticeRequested expectationsProposed(RelationshipId id, int version, PersonId other, String proposerName) {
        return NoticeRequested.of("mentoring:expectations-proposed:" + id + ":" + version,
                Audience.person(other), "mentoring.notice.expectations-proposed", MentoringLinks.relationship(id),
                NoticeArgument.text(proposerName));
    }

    static NoticeRequested closed(RelationshipId id, PersonId other, String closerName) {
        return NoticeRequested.of("mentoring:relationship-closed:" + id, Audience.person(other),
                "mentoring.notice.relationship-closed", MentoringLinks.relationship(id), NoticeArgument.text(closerName));
    }

    /** Both people, once per quiet spell (the spell's start names it). */
    static NoticeRequested nudged(Relationship relationship, OffsetDateTime quietSince) {
        return NoticeRequested.of("mentoring:nudge:" + relationship.id() + ":" + quietSince.toInstant(),
                Audience.people(List.of(relationship.mentor(), relationship.mentee())), "mentoring.notice.nudge",
                MentoringLinks.relationship(relationship.id()), NoticeArgument.date(quietSince.toLocalDate()));
    }

    static NoticeRequested checkInDue(Relationship relationship, OffsetDateTime quietSince) {
        return NoticeRequested.of("mentoring:check-in:" + relationship.id() + ":" + quietSince.toInstant(),
                Audience.holdersOf(Role.PROGRAMME_TEAM), "mentoring.notice.check-in",
                MentoringLinks.CARE, NoticeArgument.text(relationship.mentorName()),
                NoticeArgument.text(relationship.menteeName()), NoticeArgument.date(quietSince.toLocalDate()));
    }

    /** The mentor, once per version of the request (it is told again when the mentee tells more). */
    static NoticeRequested requestReceived(org.praxis.mentoring.events.MentorRequestId id, int version, PersonId mentor,
                                           String menteeName) {
        return NoticeRequested.of("mentoring:request-received:" + id + ":" + version, Audience.person(mentor),
                "mentoring.notice.request-received", MentoringLinks.HOME, NoticeArgument.text(menteeName));
    }

    static NoticeRequested requestDeclined(org.praxis.mentoring.events.MentorRequestId id, PersonId mentee, String mentorName) {
        return NoticeRequested.of("mentoring:request-declined:" + id, Audience.person(mentee),
                "mentoring.notice.request-declined", MentoringLinks.HOME, NoticeArgument.text(mentorName));
    }

    static NoticeRequested moreAsked(org.praxis.mentoring.events.MentorRequestId id, int version, PersonId mentee, String mentorName) {
        return NoticeRequested.of("mentoring:request-more-asked:" + id + ":" + version, Audience.person(mentee),
                "mentoring.notice.request-more-asked", MentoringLinks.HOME, NoticeArgument.text(mentorName));
    }

    static NoticeRequested requestExpired(org.praxis.mentoring.events.MentorRequestId id, PersonId mentee, String mentorName) {
        return NoticeRequested.of("mentoring:request-expired:" + id, Audience.person(mentee),
                "mentoring.notice.request-expired", MentoringLinks.HOME, NoticeArgument.text(mentorName));
    }
}
