package org.praxis.notifications.internal;

import org.praxis.hub.events.ResourceId;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.requests.events.SupportRequestId;

/**
 * Where each notification takes its reader: route paths of the views that show the thing. Kept in
 * one place so that a module that moves a view changes one line here.
 */
final class Links {

    static final String HOME = "";
    static final String INBOX = "inbox";
    /** The people admin view (identity), where admins approve roles. */
    static final String ROLE_REQUESTS = "admin/people";
    /** The Hub's moderation queue. */
    static final String HUB_MODERATION = "hub/moderation";

    private Links() {
    }

    /** A request's page (requests' RequestDetailView): the institution and the programme team see it. */
    static String request(SupportRequestId id) {
        return "requests/" + id;
    }

    static String agreement(AgreementId id) {
        return "agreements/" + id;
    }

    static String resource(ResourceId id) {
        return "hub/resources/" + id;
    }
}
