package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;

/** Routes of this module's pages, for notices (no leading slash). */
public final class CoproductionLinks {

    /** A route parameter's pattern: an id, so anything else is "not found" before a view is made. */
    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public static final String WAVES = "coproduction/waves";
    public static final String MY_APPLICATIONS = "coproduction/my-applications";
    public static final String REVIEWS = "coproduction/reviews";
    public static final String POOL = "coproduction/talent-pool";
    public static final String MY_CLAIMS = "coproduction/my-claims";
    public static final String APPROVALS = "coproduction/approvals";
    public static final String PAYMENTS = "coproduction/payments";

    private CoproductionLinks() {
    }

    public static String wave(WaveId id) {
        return WAVES + "/" + id;
    }

    public static String application(ApplicationId id) {
        return "coproduction/applications/" + id;
    }
}
