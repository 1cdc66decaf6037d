package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.ElementId;
import org.praxis.coproduction.internal.OnboardingViews.Assignment;
import org.praxis.coproduction.internal.OnboardingViews.Profile;
import org.praxis.coproduction.internal.OnboardingViews.Suggestion;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.PersonId;
import org.praxis.platform.ProblemException;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Co-producers on project elements. A co-producer says what skills they bring, how many hours a month they can
 * give and whether the team may suggest them; an element says what it needs. Suggestions only include people who
 * agreed to be suggested and have hours free, each with why (matching skills, free hours). Every assignment names
 * a support contact and never takes someone past their hours.
 */
@Service
@Transactional
public class AssignmentService {

    static final int SKILLS_MAX = 20;
    static final int SKILL_LENGTH_MAX = 60;
    static final BigDecimal HOURS_MAX = new BigDecimal("160");

    private final JooqOnboardingRepository onboarding;
    private final JooqCoproducerRepository coproducers;
    private final JooqPayRepository pay;
    private final JooqPeopleRepository people;
    private final CurrentUser currentUser;
    private final CoproductionTime time;

    AssignmentService(JooqOnboardingRepository onboarding, JooqCoproducerRepository coproducers, JooqPayRepository pay,
                      JooqPeopleRepository people, CurrentUser currentUser, CoproductionTime time) {
        this.onboarding = onboarding;
        this.coproducers = coproducers;
        this.pay = pay;
        this.people = people;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** The co-producer's own skills, hours a month and consent to be suggested. */
    @PreAuthorize("hasRole('CO_PRODUCER')")
    public void saveMyProfile(Set<String> skills, BigDecimal hoursAMonth, boolean openToSuggestions) {
        PersonId me = currentUser.require().personId();
        if (coproducers.find(me).isEmpty()) {
            throw new ProblemException("coproduction.error.no-agreement");
        }
        checkHours(hoursAMonth, "coproduction.validation.capacity-range");
        onboarding.saveProfile(me, tags(skills), hoursAMonth, openToSuggestions);
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public Profile myProfile() {
        PersonId me = currentUser.require().personId();
        return onboarding.profile(me).orElse(new Profile(me, Set.of(), BigDecimal.ZERO, false, 0));
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void describeNeeds(ElementId element, Set<String> skills, BigDecimal hoursAMonth) {
        requireElement(element);
        checkHours(hoursAMonth, "coproduction.validation.element-hours-range");
        onboarding.describeNeeds(element, tags(skills), hoursAMonth);
    }

    /** People to ask for the element, best match first, each with the reasons. */
    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(ElementId element) {
        requireElement(element);
        Set<String> needed = onboarding.skillsNeeded(element);
        List<Suggestion> found = new ArrayList<>();
        for (Profile profile : onboarding.openToSuggestions()) {
            if (onboarding.assigned(element, profile.person())) {
                continue;
            }
            BigDecimal free = profile.hoursAMonth().subtract(onboarding.assignedHours(profile.person()));
            List<String> matching = profile.skills().stream().filter(needed::contains).sorted().toList();
            if (free.signum() > 0 && (needed.isEmpty() || !matching.isEmpty())) {
                String name = coproducers.find(profile.person()).map(c -> c.name()).orElse("");
                found.add(new Suggestion(profile.person(), name, matching, free));
            }
        }
        found.sort(Comparator.comparing((Suggestion s) -> s.matchingSkills().size()).reversed()
                .thenComparing(Suggestion::freeHours, Comparator.reverseOrder()).thenComparing(Suggestion::name));
        return found;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public UUID assign(ElementId element, PersonId coproducer, BigDecimal hoursAMonth, PersonId supportContact) {
        requireElement(element);
        if (coproducers.find(coproducer).isEmpty()) {
            throw new NotFoundException("coproduction.error.coproducer-not-found");
        }
        List<String> problems = new ArrayList<>();
        if (hoursAMonth.signum() <= 0 || hoursAMonth.compareTo(HOURS_MAX) > 0) {
            problems.add("coproduction.validation.assignment-hours-range");
        } else {
            BigDecimal capacity = onboarding.profile(coproducer).map(Profile::hoursAMonth).orElse(BigDecimal.ZERO);
            if (onboarding.assignedHours(coproducer).add(hoursAMonth).compareTo(capacity) > 0) {
                problems.add("coproduction.validation.over-capacity");
            }
        }
        if (supportContact.equals(coproducer)) {
            problems.add("coproduction.validation.support-is-someone-else");
        } else if (!people.holds(supportContact, Role.PROGRAMME_TEAM) && !people.holds(supportContact, Role.CO_PRODUCER)) {
            problems.add("coproduction.validation.support-unknown");
        }
        if (onboarding.assigned(element, coproducer)) {
            problems.add("coproduction.validation.already-assigned");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        onboarding.assign(id, element, coproducer, hoursAMonth, supportContact, currentUser.require().personId(),
                time.now());
        return id;
    }

    @PreAuthorize("hasRole('CO_PRODUCER')")
    @Transactional(readOnly = true)
    public List<Assignment> myAssignments() {
        return onboarding.assignmentsOf(currentUser.require().personId());
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsTo(ElementId element) {
        return onboarding.assignmentsTo(element);
    }

    private void requireElement(ElementId element) {
        if (pay.element(element).isEmpty()) {
            throw new NotFoundException("coproduction.error.element-not-found");
        }
    }

    private static void checkHours(BigDecimal hours, String problem) {
        if (hours.signum() < 0 || hours.compareTo(HOURS_MAX) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw new InvalidInputException(List.of(problem));
        }
    }

    /** Skills as short lower-case words, so "Facilitation" and "facilitation " match. */
    private static Set<String> tags(Set<String> skills) {
        Set<String> tags = new TreeSet<>();
        for (String skill : skills) {
            String tag = skill.strip().toLowerCase(Locale.UK);
            if (tag.length() > SKILL_LENGTH_MAX) {
                throw new InvalidInputException(List.of("coproduction.validation.skill-too-long"));
            }
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        if (tags.size() > SKILLS_MAX) {
            throw new InvalidInputException(List.of("coproduction.validation.too-many-skills"));
        }
        return tags;
    }
}
