package org.praxis.notifications.internal;

import org.praxis.assessment.events.AssessorAssigned;
import org.praxis.assessment.events.NeedsAssessmentCompleted;
import org.praxis.assessment.events.SupportRequestDeclined;
import org.praxis.hub.events.ResourcePublished;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRequested;
import org.praxis.platform.Branding;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.reciprocation.events.AgreementAccepted;
import org.praxis.reciprocation.events.AgreementItemDue;
import org.praxis.reciprocation.events.AgreementProposed;
import org.praxis.reciprocation.events.CommunityMembershipGranted;
import org.praxis.reciprocation.events.ReciprocationDelivered;
import org.praxis.reciprocation.events.Side;
import org.praxis.requests.events.SupportRequestSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.praxis.notifications.internal.JooqNotificationRepository.union;
import static org.praxis.notifications.internal.MessageArgument.date;
import static org.praxis.notifications.internal.MessageArgument.key;
import static org.praxis.notifications.internal.MessageArgument.text;

/**
 * Turns other modules' events into notifications for the people who need to act or know. Each
 * notification's event key is built from the event's own identity (ids, version, time), so a
 * redelivered event finds its notifications already there and adds none.
 *
 * <p>Who is told what:
 * <ul>
 * <li>a request submitted: every programme team member;</li>
 * <li>an assessor assigned: the assessor;</li>
 * <li>an assessment completed or a request declined: the institution's leads;</li>
 * <li>an agreement proposed or accepted: the institution's leads and the programme team;</li>
 * <li>an agreement item due or overdue: the person responsible, else whoever delivers that side
 * (the programme team for support, the institution's leads for the reciprocation);</li>
 * <li>a reciprocation delivered: the moderators;</li>
 * <li>community membership granted: the institution's leads;</li>
 * <li>a role requested: the admins; a role granted that needed approval: the person;</li>
 * <li>a resource published from a reciprocation: the owner organisation's leads.</li>
 * </ul>
 */
@Component
class EventNotifications {

    private final JooqNotificationRepository people;
    private final NotificationWriter inbox;
    private final Branding branding;
    private final org.praxis.platform.RoleCatalogue roles;

    EventNotifications(JooqNotificationRepository people, NotificationWriter inbox, Branding branding,
                       org.praxis.platform.RoleCatalogue roles) {
        this.roles = roles;
        this.people = people;
        this.inbox = inbox;
        this.branding = branding;
    }

    // --- requests ---------------------------------------------------------------------------------

    @ApplicationModuleListener
    void on(SupportRequestSubmitted event) {
        inbox.notify("request-submitted:" + event.requestId(), people.holdersOf(Role.PROGRAMME_TEAM),
                "notifications.message.request-submitted",
                List.of(text(event.title()), text(event.organisationName())),
                Links.request(event.requestId()));
    }

    // --- assessment -------------------------------------------------------------------------------

    @ApplicationModuleListener
    void on(AssessorAssigned event) {
        inbox.notify("assessor-assigned:" + event.requestId() + ":" + event.assessor() + ":" + event.at(),
                Set.of(event.assessor()), "notifications.message.assessor-assigned",
                List.of(text(event.requestTitle())), Links.request(event.requestId()));
    }

    @ApplicationModuleListener
    void on(NeedsAssessmentCompleted event) {
        inbox.notify("assessment-completed:" + event.assessmentId(),
                people.holdersOf(Role.INSTITUTION_LEAD, event.organisationId()),
                "notifications.message.assessment-completed", List.of(text(event.requestTitle())),
                Links.request(event.requestId()));
    }

    @ApplicationModuleListener
    void on(SupportRequestDeclined event) {
        inbox.notify("request-declined:" + event.requestId() + ":" + event.at(),
                people.holdersOf(Role.INSTITUTION_LEAD, event.organisationId()),
                "notifications.message.request-declined", List.of(text(event.requestTitle())),
                Links.request(event.requestId()));
    }

    // --- reciprocation ----------------------------------------------------------------------------

    @ApplicationModuleListener
    void on(AgreementProposed event) {
        inbox.notify("agreement-proposed:" + event.agreementId() + ":v" + event.version(),
                leadsAndTeam(event.organisationId()), "notifications.message.agreement-proposed",
                List.of(text(event.title())), Links.agreement(event.agreementId()));
    }

    @ApplicationModuleListener
    void on(AgreementAccepted event) {
        inbox.notify("agreement-accepted:" + event.agreementId() + ":v" + event.version(),
                leadsAndTeam(event.organisationId()), "notifications.message.agreement-accepted",
                List.of(text(event.title())), Links.agreement(event.agreementId()));
    }

    /**
     * One "due soon" and one "overdue" notification per item and due date: the event carries no time
     * of its own, so a reminder repeated for the same date is taken as a redelivery; a new due date
     * reminds again.
     */
    @ApplicationModuleListener
    void on(AgreementItemDue event) {
        Collection<PersonId> recipients;
        if (event.responsible() != null) {
            recipients = Set.of(event.responsible());
        } else if (event.side() == Side.SUPPORT) {
            recipients = people.holdersOf(Role.PROGRAMME_TEAM);
        } else {
            recipients = people.holdersOf(Role.INSTITUTION_LEAD, event.organisationId());
        }
        String state = event.overdue() ? "overdue" : "due-soon";
        inbox.notify("item-" + state + ":" + event.itemId() + ":" + event.dueDate(), recipients,
                "notifications.message.item-" + state, List.of(text(event.title()), date(event.dueDate())),
                Links.agreement(event.agreementId()));
    }

    @ApplicationModuleListener
    void on(ReciprocationDelivered event) {
        inbox.notify("reciprocation-delivered:" + event.itemId() + ":" + event.deliveredAt(),
                people.holdersOf(Role.MODERATOR), "notifications.message.reciprocation-delivered",
                List.of(text(event.title()), text(event.organisationName())), Links.HUB_MODERATION);
    }

    @ApplicationModuleListener
    void on(CommunityMembershipGranted event) {
        inbox.notify("community-membership:" + event.organisationId() + ":" + event.agreementId(),
                people.holdersOf(Role.INSTITUTION_LEAD, event.organisationId()),
                "notifications.message.community-membership", List.of(text(event.organisationName())),
                Links.agreement(event.agreementId()));
    }

    // --- hub --------------------------------------------------------------------------------------

    /**
     * A resource that came from a reciprocation closes the loop for the institution that gave it:
     * its leads learn it is now shared. Other resources notify nobody: everyone can browse the Hub,
     * and telling every person of every new resource would bury what needs them.
     */
    @ApplicationModuleListener
    void on(ResourcePublished event) {
        if (event.ownerOrganisation() == null || event.sourceAgreement() == null) {
            return;
        }
        inbox.notify("resource-published:" + event.resourceId() + ":" + event.publishedAt(),
                people.holdersOf(Role.INSTITUTION_LEAD, event.ownerOrganisation()),
                "notifications.message.resource-published", List.of(text(event.title())),
                Links.resource(event.resourceId()));
    }

    // --- identity ---------------------------------------------------------------------------------

    @ApplicationModuleListener
    void on(RoleRequested event) {
        inbox.notify("role-requested:" + event.personId() + ":" + event.role(), people.holdersOf(Role.ADMIN),
                "notifications.message.role-requested",
                List.of(text(event.fullName()), key(roles.labelKey(event.role())), text(branding.name())),
                Links.ROLE_REQUESTS);
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
        inbox.notify("role-granted:" + event.personId() + ":" + event.role(), Set.of(event.personId()),
                "notifications.message.role-granted",
                List.of(key(roles.labelKey(event.role())), text(branding.name())), Links.HOME);
    }

    private Collection<PersonId> leadsAndTeam(org.praxis.platform.OrganisationId organisation) {
        return union(people.holdersOf(Role.INSTITUTION_LEAD, organisation), people.holdersOf(Role.PROGRAMME_TEAM));
    }
}
