package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.RelationshipId;
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
}
