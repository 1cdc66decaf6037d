package org.praxis.reciprocation.internal;

import org.junit.jupiter.api.Test;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.praxis.platform.notices.Audience;
import org.praxis.platform.ui.PraxisI18NProvider;
import org.praxis.reciprocation.events.AgreementId;
import org.praxis.reciprocation.events.Side;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a reminder about an item tells when nobody is responsible for it, and the reminders' words (the
 * module tests cover the notices the services and the reminder job publish).
 */
class ReciprocationNoticesTests {

    final AgreementId agreement = new AgreementId(Ids.newId());
    final OrganisationId liceria = new OrganisationId(Ids.newId());
    final LocalDate due = LocalDate.of(2026, 12, 1);

    @Test
    void aReminderWithNobodyResponsibleTellsWhoeverDeliversThatSide() {
        UUID item = Ids.newId();
        assertThat(ReciprocationNotices.itemDue(agreement, item, liceria, Side.SUPPORT, "Guidance", null, due, false)
                .audience()).isEqualTo(Audience.holdersOf(Role.PROGRAMME_TEAM));
        assertThat(ReciprocationNotices.itemDue(agreement, item, liceria, Side.RECIPROCATION, "Notes", null, due, true)
                .audience()).isEqualTo(Audience.holdersOf(Role.INSTITUTION_LEAD, liceria));
        PersonId jack = new PersonId(Ids.newId());
        assertThat(ReciprocationNotices.itemDue(agreement, item, liceria, Side.SUPPORT, "Guidance", jack, due, false)
                .audience()).isEqualTo(Audience.person(jack));
    }

    @Test
    void remindersKeepTheirWords() {
        PraxisI18NProvider texts = new PraxisI18NProvider("");
        assertThat(texts.getTranslation("reciprocation.notice.item-due-soon", Locale.UK, "Slide deck", "1 December 2026"))
                .isEqualTo("Due soon, by 1 December 2026: \"Slide deck\"");
        assertThat(texts.getTranslation("reciprocation.notice.item-overdue", Locale.UK, "Slide deck", "1 December 2026"))
                .isEqualTo("Overdue since 1 December 2026: \"Slide deck\"");
        assertThat(texts.getTranslation("reciprocation.notice.community-membership", Locale.UK, "Liceria University"))
                .isEqualTo("Welcome to the community of practice: Liceria University is now a member.");
    }
}
