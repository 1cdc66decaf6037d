package org.praxis.mentoring.internal;

import org.praxis.mentoring.events.MentoringPairNudged;
import org.praxis.mentoring.internal.JooqRelationshipRepository.QuietPair;
import org.praxis.mentoring.internal.MentoringViews.Relationship;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Relationship care, once a day: a pair with no meeting for the quiet spell ({@code praxis.mentoring.quiet-weeks},
 * six by default) is nudged, both of them; still quiet a while after the nudge, the programme team gets a
 * check-in task (and a notice), once per quiet spell. A meeting ends the spell.
 */
@Component
class RelationshipCare {

    private final JooqRelationshipRepository relationships;
    private final JooqMatchRepository matches;
    private final ApplicationEventPublisher events;
    private final MentoringProperties properties;
    private final Clock clock;

    RelationshipCare(JooqRelationshipRepository relationships, JooqMatchRepository matches,
                     ApplicationEventPublisher events, MentoringProperties properties, Clock clock) {
        this.relationships = relationships;
        this.matches = matches;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${praxis.mentoring.care.cron:0 30 7 * * *}")
    void daily() {
        check(OffsetDateTime.now(clock));
    }

    /** Nudges and check-in tasks due at {@code now}; running it twice changes nothing more. */
    @Transactional
    void check(OffsetDateTime now) {
        for (QuietPair pair : relationships.quietPairs(now.minusWeeks(properties.quietWeeks()), now)) {
            Relationship relationship = matches.findRelationship(pair.id()).orElseThrow();
            boolean nudgedThisSpell = pair.nudgedAt() != null && !pair.nudgedAt().isBefore(pair.quietSince());
            if (!nudgedThisSpell) {
                relationships.markNudged(pair.id(), now);
                events.publishEvent(new MentoringPairNudged(pair.id(), relationship.programmeId(), relationship.mentor(),
                        relationship.mentee(), pair.quietSince().toInstant(), now.toInstant()));
                events.publishEvent(MentoringNotices.nudged(relationship, pair.quietSince()));
            } else if (!pair.nudgedAt().plusWeeks(properties.followUpWeeks()).isAfter(now)
                    && relationships.addCareTask(pair.id(), pair.quietSince(), now)) {
                events.publishEvent(MentoringNotices.checkInDue(relationship, pair.quietSince()));
            }
        }
    }
}
