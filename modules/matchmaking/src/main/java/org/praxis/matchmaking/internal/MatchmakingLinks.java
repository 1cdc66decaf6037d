package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.MatchEventId;

/** Routes of matchmaking's views, for notices and navigation (no leading slash). */
public final class MatchmakingLinks {

    public static final String EVENTS = "matchmaking/events";
    public static final String MINE = "matchmaking/mine";
    public static final String ORGANISE = "matchmaking/organise";

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
}
