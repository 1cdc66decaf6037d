package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.RelationshipId;

/** Routes of mentoring's pages, without a leading slash, for links in notices and views. */
public final class MentoringLinks {

    public static final String HOME = "mentoring";
    /** The team's programmes page, where quiet pairs' check-ins are listed. */
    public static final String CARE = "mentoring/programmes";

    private MentoringLinks() {
    }

    public static String programme(MentoringProgrammeId id) {
        return "mentoring/programmes/" + id;
    }

    public static String draft(MatchDraftId id) {
        return "mentoring/drafts/" + id;
    }

    public static String relationship(RelationshipId id) {
        return "mentoring/relationships/" + id;
    }
}
