package org.crp.learning.internal;

import org.crp.learning.events.ApplicationId;
import org.crp.learning.events.ApplicationNotSelected;
import org.crp.learning.events.ApplicationWaitListed;
import org.crp.learning.events.BursaryDecided;
import org.crp.learning.events.CertificateIssued;
import org.crp.learning.events.LearningApplicationSubmitted;
import org.crp.learning.events.LearningApplicationWithdrawn;
import org.crp.learning.events.ParticipantSelected;
import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.internal.LearningViews.ApplicationDetails;
import org.crp.learning.internal.LearningViews.ApplicationSummary;
import org.crp.learning.internal.LearningViews.Certificate;
import org.crp.learning.internal.LearningViews.ParticipantProgress;
import org.crp.learning.internal.LearningViews.Run;
import org.jspecify.annotations.Nullable;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Programme runs, applications and the programme team's decisions on them, and certificates of completion.
 *
 * <p>Every method states who may call it. Anyone signed in may apply; an application is its applicant's own,
 * and anyone else's looks as if it did not exist. The programme team sees submitted applications (never
 * drafts) and decides them. Each change checks the version the person saw; a refused change throws a
 * {@link ProblemException} before anything is written. Facts are told with the module's own events and,
 * in the same transaction, platform notices.
 *
 * <p>Completion is the programme team's decision, not a count: people learn in different ways, and the Core
 * Principles ask for participants' ownership of their learning. The team sees each participant's attendance
 * and reflections when deciding.
 */
@Service
@Transactional
public class ProgrammeService {

    private final JooqProgrammeRepository repository;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final LearningTime time;

    ProgrammeService(JooqProgrammeRepository repository, ApplicationEventPublisher events, CurrentUser currentUser,
                     InputValidator validator, LearningTime time) {
        this.repository = repository;
        this.events = events;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    // --- runs ----------------------------------------------------------------------------------------

    /** Every run, the latest first: anyone signed in may read about the programme. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Run> runs() {
        return repository.runs();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Run run(ProgrammeRunId id) {
        return repository.findRun(id).orElseThrow(() -> new NotFoundException("learning.error.run-not-found"));
    }

    /** Whether people may apply to the run today. */
    @PreAuthorize("isAuthenticated()")
    public boolean acceptsApplications(Run run) {
        return SelectionRules.acceptsApplications(run.applicationsOpen(), run.endsOn(), time.today());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public ProgrammeRunId createRun(RunForm form) {
        validator.check(form);
        PraxisUser organiser = currentUser.require();
        ProgrammeRunId id = new ProgrammeRunId(Ids.newId());
        repository.insertRun(id, form, organiser.personId(), null, time.now());
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void updateRun(ProgrammeRunId id, int expectedVersion, RunForm form) {
        run(id);
        validator.check(form);
        if (!repository.updateRun(id, expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    // --- applying ------------------------------------------------------------------------------------

    /** Starts a draft application to the run; nothing reaches the programme team until it is submitted. */
    @PreAuthorize("isAuthenticated()")
    public ApplicationId startApplication(ProgrammeRunId runId, ApplicationForm form) {
        Run run = run(runId);
        if (!acceptsApplications(run)) {
            throw new ProblemException("learning.error.applications-closed");
        }
        validator.check(form);
        PraxisUser applicant = currentUser.require();
        if (repository.hasLiveApplication(runId, applicant.personId())) {
            throw new ProblemException("learning.error.already-applied");
        }
        ApplicationId id = new ApplicationId(Ids.newId());
        repository.insertApplication(id, runId, applicant.personId(), applicant.displayName(), form, time.now());
        return id;
    }

    @PreAuthorize("isAuthenticated()")
    public void updateDraft(ApplicationId id, int expectedVersion, ApplicationForm form) {
        ApplicationDetails application = ownApplication(id);
        if (!application.status().editable()) {
            throw new ProblemException("learning.error.not-editable");
        }
        validator.check(form);
        if (!repository.updateContent(id, expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    /** Sends a draft to the programme team, with everything a submission needs. */
    @PreAuthorize("isAuthenticated()")
    public void submit(ApplicationId id, int expectedVersion) {
        ApplicationDetails application = ownApplication(id);
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new ProblemException("learning.error.already-submitted");
        }
        if (!acceptsApplications(run(application.runId()))) {
            throw new ProblemException("learning.error.applications-closed");
        }
        ApplicationForm content = application.content();
        validator.check(ApplicationForm.ReadyToSubmit.of(content));
        BigDecimal bursary = content.requestedBursary();
        OffsetDateTime now = time.now();
        if (!repository.submit(id, expectedVersion, bursary == null ? BursaryStatus.NONE : BursaryStatus.REQUESTED,
                now)) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(new LearningApplicationSubmitted(id, application.runId(), application.runName(),
                application.applicant(), application.applicantName(), Objects.requireNonNull(content.getKind()),
                bursary, now.toInstant()));
        events.publishEvent(LearningNotices.applicationReceived(id, application.applicantName(),
                application.runName()));
    }

    /** Withdraws an application, or leaves the programme after being selected. */
    @PreAuthorize("isAuthenticated()")
    public void withdraw(ApplicationId id, int expectedVersion) {
        ApplicationDetails application = ownApplication(id);
        if (!application.status().withdrawable()) {
            throw new ProblemException("learning.error.not-withdrawable");
        }
        OffsetDateTime now = time.now();
        if (!repository.changeStatus(id, expectedVersion, application.status(), ApplicationStatus.WITHDRAWN, now)) {
            throw new ConcurrentChangeException();
        }
        if (application.status() != ApplicationStatus.DRAFT) {
            events.publishEvent(new LearningApplicationWithdrawn(id, application.runId(), application.applicant(),
                    application.status() == ApplicationStatus.SELECTED, now.toInstant()));
        }
    }

    /** The signed-in person's applications, newest change first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> myApplications() {
        return repository.applicationsOf(currentUser.require().personId());
    }

    /** The signed-in person's application to the run that is not withdrawn, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ApplicationSummary> myApplicationTo(ProgrammeRunId runId) {
        return myApplications().stream()
                .filter(a -> a.runId().equals(runId) && a.status() != ApplicationStatus.WITHDRAWN)
                .findFirst();
    }

    /**
     * One application: its applicant sees it whatever its state; the programme team sees it once submitted.
     * Anyone else is told it does not exist.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ApplicationDetails application(ApplicationId id) {
        ApplicationDetails application = repository.findApplication(id).orElseThrow(ProgrammeService::notFound);
        PraxisUser user = currentUser.require();
        boolean own = application.applicant().equals(user.personId());
        boolean teamMaySee = user.hasRole(Role.PROGRAMME_TEAM) && application.status() != ApplicationStatus.DRAFT;
        if (!own && !teamMaySee) {
            throw notFound();
        }
        return application;
    }

    // --- the programme team's decisions -----------------------------------------------------------------

    /** Submitted applications (never drafts), optionally of one run and status, oldest submission first. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<ApplicationSummary> queue(@Nullable ProgrammeRunId runId, @Nullable ApplicationStatus status) {
        return repository.queue(runId, status);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public int countAwaitingDecision() {
        return repository.countAwaitingDecision();
    }

    /** Selects an applicant, puts them on the waiting list, or does not select them, with a reason they read. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void decide(ApplicationId id, int expectedVersion, SelectionDecision decision) {
        ApplicationDetails application = application(id);
        validator.check(decision);
        ApplicationStatus outcome = Objects.requireNonNull(decision.outcome());
        SelectionRules.checkDecision(application.status(), outcome);
        PraxisUser team = currentUser.require();
        OffsetDateTime now = time.now();
        if (!repository.decide(id, expectedVersion, application.status(), outcome, decision.reason().strip(),
                team.personId(), now)) {
            throw new ConcurrentChangeException();
        }
        events.publishEvent(switch (outcome) {
            case SELECTED -> new ParticipantSelected(id, application.runId(), application.runName(),
                    application.applicant(), application.applicantName(),
                    Objects.requireNonNull(application.content().getKind()), now.toInstant());
            case WAITING_LIST -> new ApplicationWaitListed(id, application.runId(), application.applicant(),
                    now.toInstant());
            default -> new ApplicationNotSelected(id, application.runId(), application.applicant(), now.toInstant());
        });
        events.publishEvent(LearningNotices.applicationDecided(id, application.applicant(), outcome,
                application.runName()));
    }

    /** Grants a bursary (no more than was asked for) or declines it with a reason the applicant reads. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void decideBursary(ApplicationId id, int expectedVersion, GrantDecision decision) {
        ApplicationDetails application = application(id);
        SelectionRules.checkBursaryDecidable(application.status(), application.bursaryStatus());
        validator.check(decision);
        List<String> problems = SelectionRules.grantProblems(decision,
                Objects.requireNonNull(application.content().getBursaryAmount()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = time.now();
        if (!repository.decideBursary(id, expectedVersion, decision, now)) {
            throw new ConcurrentChangeException();
        }
        BigDecimal granted = decision.granted() ? decision.amount() : null;
        events.publishEvent(new BursaryDecided(id, application.runId(), application.applicant(), decision.granted(),
                granted, now.toInstant()));
        events.publishEvent(LearningNotices.bursaryDecided(id, application.applicant(), granted));
    }

    /** A run's selected participants, with their attendance, reflections (text only if shared) and certificate. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<ParticipantProgress> participants(ProgrammeRunId runId) {
        run(runId);
        return repository.progress(runId);
    }

    // --- certificates --------------------------------------------------------------------------------

    /** Marks a selected participant as having completed the run: their certificate can be downloaded. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void issueCertificate(ApplicationId id) {
        ApplicationDetails application = application(id);
        SelectionRules.checkCertificate(application.status(), application.certificateIssuedOn() != null);
        PraxisUser team = currentUser.require();
        OffsetDateTime now = time.now();
        LocalDate today = time.today();
        if (!repository.insertCertificate(id, today, team.personId(), now)) {
            throw new ProblemException("learning.error.certificate-already-issued");
        }
        events.publishEvent(new CertificateIssued(id, application.runId(), application.runName(),
                application.applicant(), application.applicantName(), today, now.toInstant()));
        events.publishEvent(LearningNotices.certificateIssued(id, application.applicant(), application.runName()));
    }

    /** The signed-in person's certificates of completion. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Certificate> myCertificates() {
        return repository.certificatesOf(currentUser.require().personId());
    }

    /** A certificate as a PDF: for its participant, or the programme team. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Download certificatePdf(ApplicationId id, Translator texts) {
        Certificate certificate = repository.certificate(id)
                .orElseThrow(() -> new NotFoundException("learning.error.certificate-not-found"));
        PraxisUser user = currentUser.require();
        if (!certificate.participant().equals(user.personId()) && !user.hasRole(Role.PROGRAMME_TEAM)) {
            throw new NotFoundException("learning.error.certificate-not-found");
        }
        return new Download(CertificatePdf.fileName(certificate), "application/pdf",
                CertificatePdf.render(certificate, texts));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private ApplicationDetails ownApplication(ApplicationId id) {
        ApplicationDetails application = repository.findApplication(id).orElseThrow(ProgrammeService::notFound);
        if (!application.applicant().equals(currentUser.require().personId())) {
            throw notFound();
        }
        return application;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("learning.error.application-not-found");
    }
}
