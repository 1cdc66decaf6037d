package org.praxis.coproduction.internal;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.MyApplication;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import praxis.testsupport.PraxisModuleTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.praxis.coproduction.internal.CoproductionFixtures.member;
import static org.praxis.coproduction.internal.CoproductionFixtures.team;
import static org.praxis.coproduction.internal.CoproductionFixtures.wav;
import static org.praxis.coproduction.internal.CoproductionFixtures.wave;
import static praxis.testsupport.TestUsers.as;

/**
 * Waves and applying: the team opens a call with its timeline; questions are answered in public; an applicant
 * saves a draft and comes back, answers with a recording checked from its content, asks for adjustments, and
 * sends it; what is refused is refused plainly and leaves nothing half-saved.
 */
@PraxisModuleTest
@Import(MutableClock.Configuration.class)
class RecruitmentModuleTests {

    @Autowired WaveService waves;
    @Autowired ApplicationService applications;
    @Autowired MutableClock clock;

    final PraxisUser ruth = team("Ruth Okafor");
    final PraxisUser sam = member("Sam Patel");
    final PraxisUser ade = member("Ade Bello");
    WaveId wave;

    @BeforeEach
    void openWave() {
        clock.set(MutableClock.Configuration.START);
        wave = as(ruth, () -> waves.open(wave("Co-producers, wave 1")));
    }

    @Test
    void onlyTheTeamOpensAWaveAndAClosingDateBeforeOpeningIsRefused() {
        assertThatThrownBy(() -> as(sam, () -> waves.open(wave("Mine")))).isInstanceOf(AccessDeniedException.class);
        WaveForm backwards = new WaveForm("Backwards", "r", "c", "p", null, CoproductionFixtures.TODAY,
                CoproductionFixtures.TODAY.minusDays(1), null, null, null, wave("x").criteria());
        assertThatThrownBy(() -> as(ruth, () -> waves.open(backwards))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(java.util.List.of("coproduction.validation.closes-before-opens"));
        var published = as(sam, () -> waves.wave(wave));
        assertThat(published.kickOffOn()).isEqualTo(CoproductionFixtures.TODAY.plusWeeks(4));
        assertThat(published.criteria()).hasSize(2);
    }

    @Test
    void questionsAreAnsweredInPublicWithoutSayingWhoAsked() {
        var question = as(sam, () -> waves.ask(wave, "Can I apply if I get benefits?"));
        assertThat(as(ade, () -> waves.questions(wave))).isEmpty();
        assertThat(as(ruth, () -> waves.questions(wave))).hasSize(1);
        assertThatThrownBy(() -> as(sam, () -> waves.answer(question, "Yes"))).isInstanceOf(AccessDeniedException.class);
        as(ruth, () -> waves.answer(question, "Yes. You can choose how you are paid, or decline; see benefits advice."));
        assertThat(as(ade, () -> waves.questions(wave))).singleElement()
                .satisfies(q -> assertThat(q.answer()).startsWith("Yes."));
    }

    @Test
    void aDraftIsSavedToComeBackToAndSentWithARecordingAndAdjustments() {
        ApplicationId id = as(sam, () -> applications.start(wave, new ApplicationForm("", "", AnswerFormat.AUDIO, "",
                "", Set.of(Adjustment.EXTRA_TIME, Adjustment.CALL_INSTEAD_OF_FORM), "Mornings are best for a call")));
        // Incomplete drafts are kept; sending says what is missing.
        assertThatThrownBy(() -> as(sam, () -> applications.submit(id, 0)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .isEqualTo(java.util.List.of("coproduction.validation.contact-required",
                        "coproduction.validation.recording-required"));
        as(sam, () -> applications.attachRecording(id, 0, AnswerFormat.AUDIO, wav()));
        MyApplication draft = as(sam, () -> applications.myApplication(id));
        assertThat(draft.mediaType()).startsWith("audio/");
        as(sam, () -> applications.save(id, draft.version(), new ApplicationForm("07700 900123", "", AnswerFormat.AUDIO,
                "", "", draft.content().adjustments(), draft.content().adjustmentNotes())));
        as(sam, () -> applications.submit(id, draft.version() + 1));
        MyApplication sent = as(sam, () -> applications.myApplication(id));
        assertThat(sent.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(sent.content().adjustments()).containsExactlyInAnyOrder(Adjustment.EXTRA_TIME,
                Adjustment.CALL_INSTEAD_OF_FORM);
        assertThatThrownBy(() -> as(sam, () -> applications.save(id, sent.version(), sent.content())))
                .isInstanceOf(ProblemException.class).hasMessageContaining("coproduction.error.already-submitted");
    }

    @Test
    void aRecordingIsCheckedFromItsContentNotItsClaims() {
        ApplicationId id = as(ade, () -> applications.start(wave, ApplicationForm.written("ade@example.org", "")));
        byte[] text = "This is not a recording at all".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as(ade, () -> applications.attachRecording(id, 0, AnswerFormat.AUDIO, text)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("coproduction.validation.not-audio");
        assertThatThrownBy(() -> as(ade, () -> applications.attachRecording(id, 0, AnswerFormat.VIDEO, wav())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("coproduction.validation.not-video");
        assertThat(as(ade, () -> applications.myApplication(id)).mediaType()).isNull();
    }

    @Test
    void anotherFormatCanBeAskedForInsteadOfAnAnswer() {
        ApplicationId id = as(ade, () -> applications.start(wave, new ApplicationForm("ade@example.org", "",
                AnswerFormat.OTHER, "", "Could I answer in British Sign Language on a video call?",
                Set.of(Adjustment.SUPPORT_WORKER, Adjustment.EASY_READ), "")));
        as(ade, () -> applications.submit(id, 0));
        assertThat(as(ade, () -> applications.myApplication(id)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void someoneElsesApplicationDoesNotExistForYouAndStaleOrLateChangesAreRefused() {
        ApplicationId id = as(sam, () -> applications.start(wave, ApplicationForm.written("sam@example.org", "Hi")));
        assertThatThrownBy(() -> as(ade, () -> applications.myApplication(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(sam, () -> applications.start(wave, ApplicationForm.written("x", "y"))))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already-applied");
        as(sam, () -> applications.save(id, 0, ApplicationForm.written("sam@example.org", "Hello")));
        assertThatThrownBy(() -> as(sam, () -> applications.save(id, 0, ApplicationForm.written("x", "y"))))
                .isInstanceOf(ConcurrentChangeException.class);
        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> as(sam, () -> applications.submit(id, 1)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("coproduction.error.wave-closed");
        assertThat(as(sam, () -> applications.myApplication(id)).status()).isEqualTo(ApplicationStatus.DRAFT);
    }
}
