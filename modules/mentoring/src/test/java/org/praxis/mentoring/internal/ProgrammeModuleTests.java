package org.praxis.mentoring.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MentoringIntakeSubmitted;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.SectorContext;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionOperations;
import praxis.testsupport.PraxisModuleTest;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.mentoring.internal.MentoringFixtures.mentee;
import static org.praxis.mentoring.internal.MentoringFixtures.mentor;
import static org.praxis.mentoring.internal.MentoringFixtures.person;
import static org.praxis.mentoring.internal.MentoringFixtures.programme;
import static org.praxis.mentoring.internal.MentoringFixtures.team;
import static praxis.testsupport.TestUsers.as;
import static praxis.testsupport.TestUsers.signIn;
import static praxis.testsupport.TestUsers.signOut;

/**
 * Programmes (12 months by default, extendable, who may join) and intakes from both sides: every field kept,
 * the rules of who may send one, bad input told plainly with nothing saved, concurrent edits refused.
 */
@PraxisModuleTest
class ProgrammeModuleTests {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    JooqPeopleRepository people;

    @Autowired
    TransactionOperations transactions;

    final PraxisUser priya = team();

    @AfterEach
    void signOutEveryone() {
        signOut();
    }

    @Test
    void aProgrammeRunsTwelveMonthsByDefaultAndCanBeExtended() {
        signIn(priya);
        MentoringProgrammeId id = programmes.create(programme("Peer mentoring 2027"));
        Programme programme = programmes.programme(id);
        assertThat(programme.lengthMonths()).isEqualTo(12);
        assertThat(programme.minExperienceYears()).isEqualTo(2);
        assertThat(programme.crossContextRequired()).isTrue();
        assertThat(programme.kind()).isEqualTo(ProgrammeKind.COHORT);
        assertThat(programme.endsOn()).isEqualTo(programme.startsOn().plusMonths(12));

        programmes.extend(id, programme.version(), 6);
        assertThat(programmes.programme(id).lengthMonths()).isEqualTo(18);
        assertThatThrownBy(() -> programmes.extend(id, programme.version(), 6)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> programmes.extend(id, programme.version() + 1, 50))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mentoring.validation.extension-out-of-range");
        assertThat(programmes.programme(id).lengthMonths()).isEqualTo(18);
    }

    @Test
    void aProgrammeWithBadInputIsRefusedWithEveryProblemAndNothingIsSaved() {
        signIn(priya);
        int before = programmes.programmes().size();
        ProgrammeForm form = programme(" ");
        form.setLengthMonths(0);
        form.setStartsOn(null);
        assertThatThrownBy(() -> programmes.create(form)).isInstanceOfSatisfying(InvalidInputException.class,
                problem -> assertThat(problem.problems()).containsExactlyInAnyOrder(
                        "mentoring.validation.length-out-of-range", "mentoring.validation.programme-name-required",
                        "mentoring.validation.start-required"));
        assertThat(programmes.programmes()).hasSize(before);
    }

    @Test
    void twoEditsFromTheSameVersionCannotBothWin() {
        signIn(priya);
        MentoringProgrammeId id = programmes.create(programme("Rolling mentoring"));
        int version = programmes.programme(id).version();
        ProgrammeForm first = programme("Rolling mentoring (spring)");
        first.setKind(ProgrammeKind.ROLLING);
        programmes.update(id, version, first);
        assertThatThrownBy(() -> programmes.update(id, version, programme("Rolling mentoring (autumn)")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(programmes.programme(id).name()).isEqualTo("Rolling mentoring (spring)");
    }

    @Test
    void anIntakeKeepsEveryFieldAndIsAnnounced(Scenario scenario) {
        MentoringProgrammeId id = as(priya, () -> programmes.create(programme("Intake fields")));
        PraxisUser kemi = person("Kemi Adeyemi");
        PraxisUser lena = person("Lena Novak");
        MentoringFixtures.known(transactions, people, kemi, lena);
        IntakeForm form = mentee(SectorContext.COMMUNITY_ORGANISATION);
        form.setMustNotMatch(Set.of(lena.personId()));
        form.setApproach("I like to think out loud.");

        scenario.stimulate(() -> as(kemi, () -> programmes.submitIntake(id, form)))
                .andWaitForEventOfType(MentoringIntakeSubmitted.class)
                .matching(event -> event.person().equals(kemi.personId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.side()).isEqualTo(MentoringSide.MENTEE);
                    assertThat(event.sector()).isEqualTo(SectorContext.COMMUNITY_ORGANISATION);
                });

        Intake intake = as(kemi, () -> programmes.myIntakes()).getFirst();
        assertThat(intake.personName()).isEqualTo(kemi.displayName());
        assertThat(intake.experienceYears()).isEqualTo(3);
        assertThat(intake.goals()).startsWith("To sustain");
        assertThat(intake.approach()).isEqualTo("I like to think out loud.");
        assertThat(intake.activities()).containsExactlyInAnyOrder(ActivityType.SOUNDING_BOARD, ActivityType.SHARED_REFLECTION);
        assertThat(intake.topics()).containsExactlyInAnyOrder(Topic.POWER_IMBALANCES, Topic.ETHICS);
        assertThat(intake.values()).containsExactlyInAnyOrder(ValueStatement.SHARING_POWER, ValueStatement.REFLECTIVE_PRACTICE);
        assertThat(intake.availability()).containsExactly(Availability.WEEKDAY_EVENINGS);
        assertThat(intake.mustNotMatch()).containsExactly(lena.personId());
        assertThat(intake.region()).isEqualTo("North East");
        assertThat(intake.capacity()).isZero();
        assertThat(as(priya, () -> programmes.intakes(id))).extracting(Intake::id).containsExactly(intake.id());
    }

    @Test
    void whoMaySendAnIntake() {
        MentoringProgrammeId id = as(priya, () -> programmes.create(programme("Who may join")));
        PraxisUser sam = person("Sam Okafor");
        signIn(sam);
        IntakeForm newcomer = mentee(SectorContext.UNIVERSITY);
        newcomer.setExperienceYears(1);
        assertThatThrownBy(() -> programmes.submitIntake(id, newcomer)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mentoring.validation.not-enough-experience");
        assertThatThrownBy(() -> programmes.submitIntake(id, mentor(SectorContext.UNIVERSITY, 2)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.mentors-only");
        IntakeForm naming = mentee(SectorContext.UNIVERSITY);
        naming.setMustNotMatch(Set.of(sam.personId()));
        assertThatThrownBy(() -> programmes.submitIntake(id, naming)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mentoring.validation.must-not-match-unknown");
        assertThat(programmes.myIntakes()).isEmpty();

        IntakeId first = programmes.submitIntake(id, mentee(SectorContext.UNIVERSITY));
        assertThat(first).isNotNull();
        assertThatThrownBy(() -> programmes.submitIntake(id, mentee(SectorContext.UNIVERSITY)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.already-applied");

        PraxisUser chris = mentor("Chris Byrne");
        assertThat(as(chris, () -> programmes.submitIntake(id, mentor(SectorContext.UNIVERSITY, 2)))).isNotNull();
    }

    @Test
    void anIntakeWithNothingChosenIsRefusedFieldByField() {
        MentoringProgrammeId id = as(priya, () -> programmes.create(programme("Empty intake")));
        signIn(person("Dana Reid"));
        IntakeForm empty = new IntakeForm();
        empty.setExperienceYears(5);
        assertThatThrownBy(() -> programmes.submitIntake(id, empty)).isInstanceOfSatisfying(InvalidInputException.class,
                problem -> assertThat(problem.problems()).containsExactlyInAnyOrder(
                        "mentoring.validation.activities-required", "mentoring.validation.availability-required",
                        "mentoring.validation.experience-required", "mentoring.validation.goals-required",
                        "mentoring.validation.sector-required", "mentoring.validation.topics-required",
                        "mentoring.validation.values-required"));
        assertThat(programmes.myIntakes()).isEmpty();
    }

    @Test
    void aClosedProgrammeTakesNoIntakes() {
        ProgrammeForm closed = programme("Closed for now");
        closed.setIntakeOpen(false);
        MentoringProgrammeId id = as(priya, () -> programmes.create(closed));
        signIn(person("Ola Berg"));
        assertThatThrownBy(() -> programmes.submitIntake(id, mentee(SectorContext.UNIVERSITY)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("mentoring.error.intake-closed");
    }

    @Test
    void onlyTheTeamRunsProgrammesAndReadsIntakes() {
        MentoringProgrammeId id = as(priya, () -> programmes.create(programme("Team only")));
        signIn(person("Kemi Adeyemi"));
        assertThatThrownBy(() -> programmes.create(programme("Mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.intakes(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.extend(id, 0, 3)).isInstanceOf(AccessDeniedException.class);
        signOut();
        assertThatThrownBy(() -> programmes.programmes()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
