package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.MyApplication;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.coproduction.internal.JooqApplicationRepository.Row;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Applying to a wave, accessibly: a written answer, a recording, or a request for another format; adjustments
 * asked for in plain words; a draft saved to come back to later. An application is its applicant's own: anyone
 * else's looks as if it did not exist here (the team and reviewers read applications through the shortlist).
 */
@Service
@Transactional
public class ApplicationService {

    private final JooqApplicationRepository applications;
    private final WaveService waves;
    private final RecordedAnswers recordings;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final CoproductionTime time;

    ApplicationService(JooqApplicationRepository applications, WaveService waves, RecordedAnswers recordings,
                       CurrentUser currentUser, InputValidator validator, CoproductionTime time) {
        this.applications = applications;
        this.waves = waves;
        this.recordings = recordings;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** Starts a draft; nothing reaches the team until it is sent. One application per person and wave. */
    @PreAuthorize("isAuthenticated()")
    public ApplicationId start(WaveId waveId, ApplicationForm form) {
        requireOpen(waves.wave(waveId));
        validator.check(form);
        PraxisUser applicant = currentUser.require();
        if (applications.exists(waveId, applicant.personId())) {
            throw new ProblemException("coproduction.error.already-applied");
        }
        ApplicationId id = new ApplicationId(Ids.newId());
        applications.insert(id, waveId, applicant.personId(), applicant.displayName(), form, time.now());
        return id;
    }

    /** Saves the draft as it is, complete or not, to come back to later. */
    @PreAuthorize("isAuthenticated()")
    public void save(ApplicationId id, int expectedVersion, ApplicationForm form) {
        Row application = ownDraft(id);
        validator.check(form);
        if (!applications.updateContent(application.id(), expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Adds an audio or video answer to the draft, checked from its content. */
    @PreAuthorize("isAuthenticated()")
    public void attachRecording(ApplicationId id, int expectedVersion, AnswerFormat format, byte[] content) {
        ownDraft(id);
        if (format != AnswerFormat.AUDIO && format != AnswerFormat.VIDEO) {
            throw new InvalidInputException(List.of("coproduction.validation.recording-format"));
        }
        RecordedAnswers.Stored stored = recordings.keep(format, content);
        if (!applications.attachMedia(id, expectedVersion, stored.key(), stored.type(), stored.size(), time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Sends the draft to the team, if it has what a submission needs and the wave is still open. */
    @PreAuthorize("isAuthenticated()")
    public void submit(ApplicationId id, int expectedVersion) {
        Row application = ownDraft(id);
        requireOpen(waves.wave(application.waveId()));
        List<String> problems = ApplicationRules.readyToSubmit(application.content(), application.mediaType());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!applications.submit(id, expectedVersion, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyApplication> myApplications() {
        return applications.ofApplicant(currentUser.require().personId()).stream()
                .map(ApplicationService::mine).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyApplication myApplication(ApplicationId id) {
        return mine(own(id));
    }

    Row own(ApplicationId id) {
        return applications.find(id)
                .filter(row -> row.applicant().equals(currentUser.require().personId()))
                .orElseThrow(() -> new NotFoundException("coproduction.error.application-not-found"));
    }

    private Row ownDraft(ApplicationId id) {
        Row application = own(id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ProblemException("coproduction.error.already-submitted");
        }
        return application;
    }

    private void requireOpen(Wave wave) {
        if (!wave.acceptsApplications(time.today())) {
            throw new ProblemException("coproduction.error.wave-closed");
        }
    }

    private static MyApplication mine(Row row) {
        return new MyApplication(row.id(), row.waveId(), row.waveTitle(), row.content(), row.mediaType(),
                row.status(), row.decisionReason(), row.version());
    }
}
