package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ApplicationDecided;
import org.praxis.coproduction.events.ApplicationId;
import org.praxis.coproduction.events.CoproducerAppointed;
import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.ApplicationForTeam;
import org.praxis.coproduction.internal.CoproductionViews.ApplicationLine;
import org.praxis.coproduction.internal.CoproductionViews.BlindApplication;
import org.praxis.coproduction.internal.CoproductionViews.Criterion;
import org.praxis.coproduction.internal.CoproductionViews.KnownPerson;
import org.praxis.coproduction.internal.CoproductionViews.ReviewerTotal;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.coproduction.internal.JooqApplicationRepository.Row;
import org.praxis.coproduction.internal.JooqReviewRepository.Review;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.praxis.platform.files.FileStorage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Blind shortlisting. The team gives each sent application to several reviewers; a reviewer sees the answer
 * without name, contact, "about me" or adjustments, and nobody reviewing an application sees who sent it until
 * every reviewer's scores are in. Totals that differ widely need the team to agree a score; the decision carries
 * a reason the applicant reads.
 */
@Service
@Transactional
public class ShortlistService {

    private final JooqApplicationRepository applications;
    private final JooqReviewRepository reviews;
    private final JooqPeopleRepository people;
    private final JooqCoproducerRepository coproducers;
    private final WaveService waves;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final CoproductionTime time;
    private final CoproductionProperties properties;
    private final ApplicationEventPublisher events;
    private final FileStorage files;

    ShortlistService(JooqApplicationRepository applications, JooqReviewRepository reviews, JooqPeopleRepository people,
                     JooqCoproducerRepository coproducers, WaveService waves, CurrentUser currentUser,
                     InputValidator validator, CoproductionTime time, CoproductionProperties properties,
                     ApplicationEventPublisher events, FileStorage files) {
        this.applications = applications;
        this.reviews = reviews;
        this.people = people;
        this.coproducers = coproducers;
        this.waves = waves;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
        this.properties = properties;
        this.events = events;
        this.files = files;
    }

    /** Who may be given applications to review: reviewers and the programme team. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<KnownPerson> possibleReviewers() {
        List<KnownPerson> found = new ArrayList<>(people.holdersOf(CoproductionRoles.REVIEWER_ROLE));
        people.holdersOf(Role.PROGRAMME_TEAM).stream().filter(p -> !found.contains(p)).forEach(found::add);
        return found;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void assignReviewers(ApplicationId id, List<PersonId> reviewers) {
        Row application = sent(id);
        if (application.status().decided()) {
            throw new ProblemException("coproduction.error.already-decided");
        }
        for (PersonId reviewer : reviewers) {
            if (reviewer.equals(application.applicant())) {
                throw new InvalidInputException(List.of("coproduction.validation.reviewer-is-applicant"));
            }
            if (!people.holds(reviewer, CoproductionRoles.REVIEWER_ROLE)
                    && !people.holds(reviewer, Role.PROGRAMME_TEAM)) {
                throw new InvalidInputException(List.of("coproduction.validation.not-a-reviewer"));
            }
        }
        reviewers.forEach(reviewer -> reviews.assign(id, reviewer));
    }

    /** The applications the signed-in person has been given, blind. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', '" + CoproductionRoles.REVIEWER + "')")
    @Transactional(readOnly = true)
    public List<BlindApplication> myReviews() {
        PersonId me = currentUser.require().personId();
        return reviews.assignedTo(me).stream().map(applications::find).flatMap(java.util.Optional::stream)
                .filter(row -> !row.status().decided())
                .map(row -> blind(row, reviews.hasScored(row.id(), me))).toList();
    }

    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', '" + CoproductionRoles.REVIEWER + "')")
    @Transactional(readOnly = true)
    public BlindApplication blindApplication(ApplicationId id) {
        PersonId me = currentUser.require().personId();
        Row application = assignedTo(id, me);
        return blind(application, reviews.hasScored(id, me));
    }

    /** The recorded answer, for its reviewers and the team: its bytes and the type found from its content. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', '" + CoproductionRoles.REVIEWER + "')")
    @Transactional(readOnly = true)
    public Recording recording(ApplicationId id) {
        PersonId me = currentUser.require().personId();
        Row row = currentUser.hasRole(Role.PROGRAMME_TEAM) ? sent(id) : assignedTo(id, me);
        if (row.mediaKey() == null || row.mediaType() == null) {
            throw new NotFoundException("coproduction.error.recording-not-found");
        }
        try {
            return new Recording(files.read(row.mediaKey()), row.mediaType());
        } catch (java.io.IOException e) {
            throw new NotFoundException("coproduction.error.recording-not-found");
        }
    }

    /** A recorded answer's content and type. */
    public record Recording(byte[] content, String type) {
    }

    /** A reviewer's scores, once, one for each of the wave's criteria, each within its range. */
    @PreAuthorize("hasAnyRole('PROGRAMME_TEAM', '" + CoproductionRoles.REVIEWER + "')")
    public void score(ApplicationId id, Map<UUID, Integer> scores, String comment) {
        PersonId me = currentUser.require().personId();
        Row application = assignedTo(id, me);
        if (application.status().decided()) {
            throw new ProblemException("coproduction.error.already-decided");
        }
        List<Criterion> criteria = waves.wave(application.waveId()).criteria();
        List<String> problems = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Integer score = scores.get(criterion.id());
            if (score == null) {
                problems.add("coproduction.validation.score-required");
            } else if (score < 0 || score > criterion.maxScore()) {
                problems.add("coproduction.validation.score-out-of-range");
            }
        }
        if (!criteria.stream().map(Criterion::id).toList().containsAll(scores.keySet())) {
            problems.add("coproduction.validation.score-unknown-criterion");
        }
        if (comment.length() > 1000) {
            problems.add("coproduction.validation.comment-too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().distinct().toList());
        }
        if (!reviews.score(id, me, scores, comment.strip(), time.now())) {
            throw new ProblemException("coproduction.error.already-scored");
        }
        if (allScored(reviews.reviews(id))) {
            events.publishEvent(CoproductionNotices.scoresIn(id, application.waveTitle()));
        }
    }

    /** The wave's sent applications; the names of those the signed-in person reviews stay hidden until scored. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<ApplicationLine> applications(WaveId waveId) {
        Wave wave = waves.wave(waveId);
        PersonId me = currentUser.require().personId();
        return applications.submittedTo(waveId).stream().map(row -> {
            List<Review> given = reviews.reviews(row.id());
            boolean hidden = identityHiddenFrom(me, given);
            return new ApplicationLine(row.id(), hidden ? null : row.applicantName(), row.status(), given.size(),
                    (int) given.stream().filter(r -> r.total() != null).count(),
                    needsModeration(row.id(), given, wave));
        }).toList();
    }

    /**
     * The whole application with who sent it. Refused to anyone reviewing it until every reviewer's scores are in,
     * so a reviewer on the team cannot look behind the blind.
     */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public ApplicationForTeam application(ApplicationId id) {
        Row row = sent(id);
        List<Review> given = reviews.reviews(id);
        if (identityHiddenFrom(currentUser.require().personId(), given)) {
            throw new ProblemException("coproduction.error.identity-hidden-until-scored");
        }
        Wave wave = waves.wave(row.waveId());
        List<ReviewerTotal> totals = given.stream().map(r -> new ReviewerTotal(
                new KnownPerson(r.reviewer(), people.nameOf(r.reviewer()).orElse("")), r.total())).toList();
        return new ApplicationForTeam(row.id(), row.waveId(), row.applicantName(), row.applicant(), row.content(),
                row.mediaType(), row.status(), totals, allScored(given), needsModeration(id, given, wave),
                reviews.agreedTotal(id).orElse(null), row.decisionReason(), row.version());
    }

    /** The team's agreed total where reviewers' totals differ widely, with a note of why. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void moderate(ApplicationId id, int agreedTotal, String note) {
        Row row = sent(id);
        List<Review> given = reviews.reviews(id);
        if (!allScored(given)) {
            throw new ProblemException("coproduction.error.scores-not-in");
        }
        Wave wave = waves.wave(row.waveId());
        List<String> problems = new ArrayList<>();
        if (agreedTotal < 0 || agreedTotal > wave.highestPossibleTotal()) {
            problems.add("coproduction.validation.agreed-total-out-of-range");
        }
        if (note.isBlank()) {
            problems.add("coproduction.validation.moderation-note-required");
        } else if (note.length() > 2000) {
            problems.add("coproduction.validation.moderation-note-too-long");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        reviews.moderate(id, agreedTotal, note.strip(), currentUser.require().personId(), time.now());
    }

    /** Appoints or not, once every score is in (and agreed, where they differed), telling the applicant why. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void decide(ApplicationId id, int expectedVersion, DecisionForm form) {
        Row row = sent(id);
        if (row.status().decided()) {
            throw new ProblemException("coproduction.error.already-decided");
        }
        List<Review> given = reviews.reviews(id);
        if (!allScored(given)) {
            throw new ProblemException("coproduction.error.scores-not-in");
        }
        if (needsModeration(id, given, waves.wave(row.waveId()))) {
            throw new ProblemException("coproduction.error.moderation-needed");
        }
        validator.check(form);
        ApplicationStatus outcome = Objects.requireNonNull(form.outcome());
        PersonId me = currentUser.require().personId();
        OffsetDateTime now = time.now();
        if (!applications.decide(id, expectedVersion, outcome, form.reason().strip(), me, now)) {
            throw new ConcurrentChangeException();
        }
        boolean appointed = outcome == ApplicationStatus.APPOINTED;
        events.publishEvent(new ApplicationDecided(id, row.waveId(), row.applicant(), appointed, now.toInstant()));
        events.publishEvent(CoproductionNotices.applicationDecided(id, row.applicant(), appointed, row.waveTitle()));
        if (appointed) {
            coproducers.appoint(row.applicant(), row.applicantName(), Objects.requireNonNull(form.agreementFrom()),
                    me, now);
            events.publishEvent(new CoproducerAppointed(row.applicant(), row.applicantName(),
                    Objects.requireNonNull(form.agreementFrom())));
        }
    }

    private boolean allScored(List<Review> given) {
        return given.size() >= properties.reviewersPerApplication() && given.stream().allMatch(r -> r.total() != null);
    }

    private boolean identityHiddenFrom(PersonId person, List<Review> given) {
        return given.stream().anyMatch(r -> r.reviewer().equals(person)) && !allScored(given);
    }

    private boolean needsModeration(ApplicationId id, List<Review> given, Wave wave) {
        List<Integer> totals = given.stream().map(Review::total).filter(Objects::nonNull).toList();
        return allScored(given) && reviews.agreedTotal(id).isEmpty()
                && ApplicationRules.needsModeration(totals, wave.highestPossibleTotal(), properties.moderationSpread());
    }

    private Row sent(ApplicationId id) {
        return applications.find(id).filter(row -> row.status() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("coproduction.error.application-not-found"));
    }

    private Row assignedTo(ApplicationId id, PersonId reviewer) {
        if (!reviews.isReviewer(id, reviewer)) {
            throw new NotFoundException("coproduction.error.application-not-found");
        }
        return sent(id);
    }

    private BlindApplication blind(Row row, boolean scoredByMe) {
        return new BlindApplication(row.id(), row.waveId(), row.waveTitle(), row.content().format(),
                row.content().writtenAnswer(), row.mediaType(), row.content().otherFormatRequest(),
                waves.wave(row.waveId()).criteria(), scoredByMe);
    }
}
