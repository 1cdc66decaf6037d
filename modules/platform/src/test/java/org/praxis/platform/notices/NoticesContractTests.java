package org.praxis.platform.notices;

import org.junit.jupiter.api.Test;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notices contract: audiences combine without duplicates, and a notice that could not be delivered is refused when it is made. */
class NoticesContractTests {

    final PersonId jo = new PersonId(Ids.newId());
    final OrganisationId liceria = new OrganisationId(Ids.newId());

    @Test
    void audiencesCombineWithoutDuplicates() {
        Audience leadsAndTeam = Audience.holdersOf(Role.INSTITUTION_LEAD, liceria).and(Audience.holdersOf(Role.PROGRAMME_TEAM));
        Audience combined = leadsAndTeam.and(Audience.person(jo)).and(Audience.person(jo))
                .and(Audience.holdersOf(Role.PROGRAMME_TEAM));

        assertThat(combined.people()).containsExactly(jo);
        assertThat(combined.roleHolders()).containsExactlyInAnyOrder(
                new Audience.RoleHolders(Role.INSTITUTION_LEAD, liceria), new Audience.RoleHolders(Role.PROGRAMME_TEAM, null));
        assertThat(combined.isEmpty()).isFalse();
        assertThat(Audience.people(List.of()).isEmpty()).isTrue();
    }

    @Test
    void argumentsSayHowTheyAreShown() {
        assertThat(NoticeArgument.text("Liceria")).isEqualTo(new NoticeArgument(NoticeArgument.Kind.TEXT, "Liceria"));
        assertThat(NoticeArgument.messageKey("platform.role.MENTOR").kind()).isEqualTo(NoticeArgument.Kind.MESSAGE_KEY);
        assertThat(NoticeArgument.date(LocalDate.of(2027, 1, 15)).value()).isEqualTo("2027-01-15");
    }

    @Test
    void aNoticeKeepsItsArgumentsInOrder() {
        NoticeRequested notice = NoticeRequested.of("learning:session-booked:42", Audience.person(jo),
                "learning.notice.session-booked", "learning/sessions/42", NoticeArgument.text("a"), NoticeArgument.text("b"));
        assertThat(notice.arguments()).extracting(NoticeArgument::value).containsExactly("a", "b");
        assertThat(NoticeRequested.of("learning:x", Audience.person(jo), "learning.notice.x", "").link()).isEmpty();
    }

    @Test
    void whatCouldNotBeStoredOrFollowedIsRefusedAtOnce() {
        Audience audience = Audience.people(Set.of(jo));
        assertThatThrownBy(() -> NoticeRequested.of(" ", audience, "learning.notice.x", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRequested.of("k".repeat(201), audience, "learning.notice.x", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRequested.of("learning:x", audience, "m".repeat(121), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRequested.of("learning:x", audience, "learning.notice.x", "/learning/1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRequested.of("learning:x", audience, "learning.notice.x", "https://example.org/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoticeRequested.of("learning:x", audience, "learning.notice.x", "l".repeat(301)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
