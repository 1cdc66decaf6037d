package org.praxis.notifications.internal;

import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.platform.Branding;
import org.praxis.platform.Role;
import org.praxis.platform.RoleCatalogue;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.notices.NoticeArgument;
import org.praxis.platform.notices.NoticeRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The two notices about roles, which this module tells itself from identity's events (notifications may
 * depend on identity; identity knows nothing of notifications): admins hear of a role someone asked for,
 * and a person hears when a role that needed approval takes effect. They go through the same delivery as
 * every other module's notices. Their keys are the ones used since the start (no module prefix), so a
 * notice delivered before keeps counting as delivered.
 */
@Component
class RoleNotifications {

    /** Identity's people view, where admins approve or decline roles. */
    static final String ROLE_REQUESTS = "admin/people";
    /** The home page. */
    static final String HOME = "";

    private final NoticeDelivery delivery;
    private final RoleCatalogue roles;
    private final Branding branding;

    RoleNotifications(NoticeDelivery delivery, RoleCatalogue roles, Branding branding) {
        this.delivery = delivery;
        this.roles = roles;
        this.branding = branding;
    }

    @ApplicationModuleListener
    void on(RoleRequested event) {
        delivery.deliver(NoticeRequested.of("role-requested:" + event.personId() + ":" + event.role(),
                Audience.holdersOf(Role.ADMIN), "notifications.message.role-requested", ROLE_REQUESTS,
                NoticeArgument.text(event.fullName()), NoticeArgument.messageKey(roles.labelKey(event.role())),
                NoticeArgument.text(branding.name())));
    }

    /**
     * Only roles someone had to approve: open roles (researcher, community member) are granted the
     * moment a person registers, so telling them would be noise.
     */
    @ApplicationModuleListener
    void on(RoleGranted event) {
        if (!roles.needsApproval(event.role())) {
            return;
        }
        delivery.deliver(NoticeRequested.of("role-granted:" + event.personId() + ":" + event.role(),
                Audience.person(event.personId()), "notifications.message.role-granted", HOME,
                NoticeArgument.messageKey(roles.labelKey(event.role())), NoticeArgument.text(branding.name())));
    }
}
