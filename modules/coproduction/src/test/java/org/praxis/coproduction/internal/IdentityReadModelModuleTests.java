package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.praxis.identity.events.PersonRegistered;
import org.praxis.identity.events.RoleGranted;
import org.praxis.identity.events.RoleRevoked;
import org.praxis.platform.Ids;
import org.praxis.platform.OrganisationId;
import org.praxis.platform.PersonId;
import org.praxis.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People come from identity's events, idempotently and in any order; with demo data on, the first programme team
 * member heard of leads the demo element, once.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class IdentityReadModelModuleTests {

    @Autowired JooqPeopleRepository people;
    @Autowired JooqPayRepository pay;
    @Autowired TransactionOperations transactions;

    @Test
    void rolesArriveInAnyOrderAndTwiceWithoutChangingTheResult(Scenario scenario) {
        PersonId mandy = new PersonId(Ids.newId());
        OrganisationId org = new OrganisationId(Ids.newId());
        RoleGranted granted = new RoleGranted(mandy, org, "Mandy Lee", CoproductionRoles.REVIEWER_ROLE);
        scenario.publish(granted).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> holds(mandy, CoproductionRoles.REVIEWER_ROLE), held -> held).andVerify(held -> { });
        scenario.publish(granted).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> holds(mandy, CoproductionRoles.REVIEWER_ROLE), held -> held).andVerify(held -> { });
        scenario.publish(new PersonRegistered(mandy, org, "Mandy Lee-Grant", "mandy@example.org"))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> name(mandy), "Mandy Lee-Grant"::equals).andVerify(name -> { });
        java.util.List<CoproductionViews.KnownPerson> reviewers =
                transactions.execute(s -> people.holdersOf(CoproductionRoles.REVIEWER_ROLE));
        assertThat(reviewers).filteredOn(p -> p.id().equals(mandy)).hasSize(1);

        scenario.publish(new RoleRevoked(mandy, org, CoproductionRoles.REVIEWER_ROLE))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> holds(mandy, CoproductionRoles.REVIEWER_ROLE), held -> !held)
                .andVerify(held -> assertThat(name(mandy)).isEqualTo("Mandy Lee-Grant"));
    }

    @Test
    void theFirstTeamMemberHeardOfLeadsTheDemoElementOnce(Scenario scenario) {
        PersonId priya = new PersonId(Ids.newId());
        PersonId tom = new PersonId(Ids.newId());
        OrganisationId org = new OrganisationId(Ids.newId());
        scenario.publish(new RoleGranted(priya, org, "Priya Shah", Role.PROGRAMME_TEAM)).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> holds(priya, Role.PROGRAMME_TEAM), held -> held).andVerify(held -> { });
        scenario.publish(new RoleGranted(tom, org, "Tom Reyes", Role.PROGRAMME_TEAM)).andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> holds(tom, Role.PROGRAMME_TEAM), held -> held).andVerify(held -> { });
        java.util.List<CoproductionViews.Element> demo = transactions.execute(s -> pay.elements().stream()
                .filter(e -> e.project().equals(CoproductionDemoData.PROJECT)).toList());
        assertThat(demo).hasSize(1);
    }

    private boolean holds(PersonId person, Role role) {
        return Boolean.TRUE.equals(transactions.execute(s -> people.holds(person, role)));
    }

    private String name(PersonId person) {
        return transactions.execute(s -> people.nameOf(person).orElse(""));
    }
}
