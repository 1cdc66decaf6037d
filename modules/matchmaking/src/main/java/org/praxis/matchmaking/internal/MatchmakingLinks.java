package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.matchmaking.events.PartnershipId;

/** Routes of matchmaking's views, for notices and navigation (no leading slash). */
public final class MatchmakingLinks {

    public static final String EVENTS = "matchmaking/events";
    public static final String MINE = "matchmaking/mine";
    public static final String ORGANISE = "matchmaking/organise";
    public static final String PARTNERSHIPS = "matchmaking/partnerships";
    public static final String PANEL = "matchmaking/seed-fund/panel";
    public static final String FUND = "matchmaking/seed-fund";

    private MatchmakingLinks() {
    }

    /** An event as attendees see it: details, pre-work, checklist and directory. */
    public static String event(MatchEventId id) {
        return EVENTS + "/" + id;
    }

    /** An event as its organiser runs it: applications, places and the waiting list. */
    public static String organise(MatchEventId id) {
        return ORGANISE + "/" + id;
    }

    /** A partnership, with its seed fund application and report. */
    public static String partnership(PartnershipId id) {
        return PARTNERSHIPS + "/" + id;
    }
}
