package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.IntakeId;
import org.praxis.mentoring.events.MatchDraftId;
import org.praxis.mentoring.events.MentoringMatchPublished;
import org.praxis.mentoring.events.MentoringProgrammeId;
import org.praxis.mentoring.events.MentoringSide;
import org.praxis.mentoring.events.RelationshipId;
import org.praxis.mentoring.internal.JooqMatchRepository.DraftRow;
import org.praxis.mentoring.internal.MentoringViews.Draft;
import org.praxis.mentoring.internal.MentoringViews.DraftSummary;
import org.praxis.mentoring.internal.MentoringViews.Intake;
import org.praxis.mentoring.internal.MentoringViews.Pair;
import org.praxis.mentoring.internal.MentoringViews.Programme;
import org.praxis.mentoring.internal.MentoringViews.Reason;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-cohort matching: the team runs the solver over a programme's intakes (mentees not yet matched, mentors
 * with places left), gets a draft, reviews each pair's "why this match", moves or removes pairs (each edit
 * checked against the hard rules and the draft's version) and publishes it once: then each pair becomes a
 * mentoring relationship and both people are told.
 */
@Service
@Transactional
public class MatchingService {

    private final JooqProgrammeRepository programmes;
    private final Cohorts cohorts;
    private final JooqMatchRepository matches;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    MatchingService(JooqProgrammeRepository programmes, Cohorts cohorts, JooqMatchRepository matches,
                    ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.matches = matches;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Runs the solver over the programme's waiting mentees and mentors with room; returns the new draft. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public MatchDraftId runCohortMatch(MentoringProgrammeId programmeId) {
        Programme programme = programme(programmeId);
        Cohort cohort = cohorts.of(programmeId);
        List<Intake> mentors = cohort.mentors();
        List<Intake> mentees = cohort.waitingMentees();
        List<MatchProfile> mentorProfiles = mentors.stream().map(cohort::profileWithRoomLeft).toList();
        CohortMatcher.Result result = CohortMatcher.match(mentorProfiles,
                mentees.stream().map(Intake::profile).toList(), new MatchRules(programme.crossContextRequired()));
        Map<IntakeId, IntakeId> pairs = new LinkedHashMap<>();
        for (int i = 0; i < mentees.size(); i++) {
            if (result.mentorOf(i) >= 0) {
                pairs.put(mentees.get(i).id(), mentors.get(result.mentorOf(i)).id());
            }
        }
        MatchDraftId id = new MatchDraftId(Ids.newId());
        matches.insertDraft(id, programmeId, pairs, currentUser.require().personId(), now());
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<DraftSummary> drafts(MentoringProgrammeId programmeId) {
        programme(programmeId);
        return matches.drafts(programmeId);
    }

    /** The draft with every pair explained, the mentees it leaves out and the mentors with places left. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public Draft draft(MatchDraftId id) {
        DraftRow row = findDraft(id);
        Programme programme = programme(row.programmeId());
        Cohort cohort = cohorts.of(row.programmeId());
        Map<IntakeId, IntakeId> pairs = matches.pairs(id);
        List<Pair> explained = new ArrayList<>();
        Map<IntakeId, Integer> placesTaken = new HashMap<>();
        for (Map.Entry<IntakeId, IntakeId> pair : pairs.entrySet()) {
            Intake mentee = cohort.intake(pair.getKey());
            Intake mentor = cohort.intake(pair.getValue());
            explained.add(explain(mentor, mentee));
            placesTaken.merge(mentor.id(), 1, Integer::sum);
        }
        explained.sort(Comparator.comparing((Pair pair) -> pair.mentee().personName()).thenComparing(p -> p.mentee().id().value()));
        boolean open = row.status() == DraftStatus.DRAFT;
        List<Intake> unmatched = open ? cohort.waitingMentees().stream().filter(m -> !pairs.containsKey(m.id())).toList() : List.of();
        List<Intake> withRoom = open ? cohort.mentors().stream()
                .filter(m -> cohort.profileWithRoomLeft(m).capacity() > placesTaken.getOrDefault(m.id(), 0)).toList()
                : List.of();
        long total = explained.stream().mapToLong(Pair::score).sum();
        return new Draft(id, programme.id(), programme.name(), row.status(), explained, unmatched, withRoom, total,
                row.publishedAt(), row.version());
    }

    /** Matches the mentee with the mentor in the draft (replacing the mentee's pair, if any). */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void assign(MatchDraftId id, int expectedVersion, IntakeId menteeId, IntakeId mentorId) {
        DraftRow row = openDraft(id);
        Programme programme = programme(row.programmeId());
        Cohort cohort = cohorts.of(row.programmeId());
        Intake mentee = cohort.intakeOnSide(menteeId, MentoringSide.MENTEE);
        Intake mentor = cohort.intakeOnSide(mentorId, MentoringSide.MENTOR);
        if (!cohort.waitingMentees().contains(mentee)) {
            throw new ProblemException("mentoring.error.mentee-already-matched");
        }
        MatchProfile mentorProfile = cohort.profileWithRoomLeft(mentor);
        List<String> problems = new ArrayList<>(new MatchRules(programme.crossContextRequired())
                .problems(mentorProfile, mentee.profile()));
        Map<IntakeId, IntakeId> pairs = matches.pairs(id);
        long placesTaken = pairs.entrySet().stream()
                .filter(pair -> pair.getValue().equals(mentorId) && !pair.getKey().equals(menteeId)).count();
        if (mentorProfile.capacity() > 0 && placesTaken >= mentorProfile.capacity()) {
            problems.add("mentoring.match.rule.mentor-full");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!matches.claim(id, expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        matches.setPair(id, menteeId, mentorId);
    }

    /** Takes the mentee out of the draft: they wait for a later match. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void unassign(MatchDraftId id, int expectedVersion, IntakeId menteeId) {
        openDraft(id);
        if (!matches.claim(id, expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        matches.removePair(id, menteeId);
    }

    /**
     * Publishes the draft: every pair (checked once more against the rules, as intakes may have changed since)
     * becomes a relationship; {@link MentoringMatchPublished} and a notice to each person follow.
     */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public List<RelationshipId> publish(MatchDraftId id, int expectedVersion) {
        DraftRow row = openDraft(id);
        Programme programme = programme(row.programmeId());
        if (!matches.claim(id, expectedVersion)) {
            throw new ConcurrentChangeException();
        }
        Cohort cohort = cohorts.of(row.programmeId());
        MatchRules rules = new MatchRules(programme.crossContextRequired());
        Map<IntakeId, Integer> placesTaken = new HashMap<>();
        List<RelationshipId> published = new ArrayList<>();
        OffsetDateTime now = now();
        for (Map.Entry<IntakeId, IntakeId> pair : matches.pairs(id).entrySet()) {
            Intake mentee = cohort.intake(pair.getKey());
            Intake mentor = cohort.intake(pair.getValue());
            MatchProfile mentorProfile = cohort.profileWithRoomLeft(mentor);
            int taken = placesTaken.merge(mentor.id(), 1, Integer::sum);
            if (!cohort.waitingMentees().contains(mentee) || !rules.problems(mentorProfile, mentee.profile()).isEmpty()
                    || taken > mentorProfile.capacity()) {
                throw new ProblemException("mentoring.error.draft-out-of-date", mentee.personName());
            }
            int score = MatchScorer.score(mentor.profile(), mentee.profile());
            RelationshipId relationship = new RelationshipId(Ids.newId());
            matches.insertRelationship(relationship, programme.id(), id, mentor, mentee, score, now);
            events.publishEvent(new MentoringMatchPublished(relationship, id, programme.id(), programme.name(),
                    mentor.person(), mentee.person(), score, now.toInstant()));
            events.publishEvent(MentoringNotices.matchPublishedToMentor(relationship, mentor.person(), mentee.personName(), programme.name()));
            events.publishEvent(MentoringNotices.matchPublishedToMentee(relationship, mentee.person(), mentor.personName(), programme.name()));
            published.add(relationship);
        }
        matches.markPublished(id, now);
        return published;
    }

    /** The signed-in person's relationships, as mentor or mentee. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Relationship> myRelationships() {
        return matches.relationshipsOf(currentUser.require().personId());
    }

    /** A relationship, for its two people and the programme team; to anyone else it does not exist. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Relationship relationship(RelationshipId id) {
        return visibleRelationship(id);
    }

    /** "Why this match", criterion by criterion, for the pair themselves and the team. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Reason> whyThisMatch(RelationshipId id) {
        Relationship relationship = visibleRelationship(id);
        Cohort cohort = cohorts.of(relationship.programmeId());
        Intake mentor = cohort.of(relationship.mentor(), MentoringSide.MENTOR).orElseThrow();
        Intake mentee = cohort.of(relationship.mentee(), MentoringSide.MENTEE).orElseThrow();
        return MatchExplainer.reasons(mentor, mentee);
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Relationship> relationships(MentoringProgrammeId programmeId) {
        programme(programmeId);
        return matches.relationshipsIn(programmeId);
    }

    private Relationship visibleRelationship(RelationshipId id) {
        Relationship relationship = matches.findRelationship(id).orElseThrow(MatchingService::relationshipNotFound);
        PraxisUser me = currentUser.require();
        boolean mine = relationship.mentor().equals(me.personId()) || relationship.mentee().equals(me.personId());
        if (!mine && !me.hasRole(Role.PROGRAMME_TEAM)) {
            throw relationshipNotFound();
        }
        return relationship;
    }

    static Pair explain(Intake mentor, Intake mentee) {
        return new Pair(mentor, mentee, MatchScorer.score(mentor.profile(), mentee.profile()),
                MatchExplainer.reasons(mentor, mentee));
    }

    private DraftRow findDraft(MatchDraftId id) {
        return matches.findDraft(id).orElseThrow(() -> new NotFoundException("mentoring.error.draft-not-found"));
    }

    private DraftRow openDraft(MatchDraftId id) {
        DraftRow row = findDraft(id);
        if (row.status() != DraftStatus.DRAFT) {
            throw new ProblemException("mentoring.error.draft-published");
        }
        return row;
    }

    private Programme programme(MentoringProgrammeId id) {
        return programmes.find(id).orElseThrow(() -> new NotFoundException("mentoring.error.programme-not-found"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException relationshipNotFound() {
        return new NotFoundException("mentoring.error.relationship-not-found");
    }
}
