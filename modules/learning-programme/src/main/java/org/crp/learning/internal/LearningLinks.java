package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.SessionId;

/**
 * Route paths of the module's pages, for notices (which carry a link) and for views that link by path.
 * The views' {@code @Route} values use the same strings.
 */
public final class LearningLinks {

    /** A route parameter pattern for ids. */
    public static final String UUID = "[0-9a-fA-F-]{36}";
    public static final String PROGRAMME = "learning";
    public static final String MY_APPLICATIONS = "learning/applications";
    public static final String APPLICATION = "learning/applications/:id(" + UUID + ")";
    public static final String QUEUE = "learning/team/applications";
    public static final String SESSIONS = "learning/sessions";
    public static final String SESSION = "learning/sessions/:id(" + UUID + ")";
    public static final String LOG = "learning/log";
    public static final String FUNDING = "learning/funding";
    public static final String CERTIFICATES = "learning/certificates";

    private LearningLinks() {
    }

    public static String application(ApplicationId id) {
        return "learning/applications/" + id;
    }

    public static String session(SessionId id) {
        return "learning/sessions/" + id;
    }
}
