package org.praxis.matchmaking.internal;

import org.praxis.matchmaking.events.MatchEventId;
import org.praxis.platform.Ids;
import org.praxis.platform.PersonId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalTime;
import java.util.UUID;

/**
 * A demo match event six weeks after the first start, with places for 20 community organisations, 20 researchers
 * and 4 brokers and a "before you come" checklist. It carries a demo key, so loading twice adds nothing. Its
 * organiser is the programme team as a whole (applications are told to the team), so no demo account is needed.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class MatchmakingDemoData implements ApplicationRunner {

    static final String EVENT_KEY = "demo:leeds-match-event";
    /** Stands for "the programme team" as organiser of demo rows. */
    static final PersonId TEAM = new PersonId(new UUID(0, 0));

    private final JooqEventRepository events;
    private final MatchmakingTime time;

    MatchmakingDemoData(JooqEventRepository events, MatchmakingTime time) {
        this.events = events;
        this.time = time;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (events.demoEventExists(EVENT_KEY)) {
            return;
        }
        MatchEventForm form = new MatchEventForm();
        form.setTitle("Leeds community research match event");
        form.setDescription("An afternoon for community organisations, researchers and brokers in and around Leeds to "
                + "meet, share what they care about and find people to explore working with. Speed networking, then "
                + "open tables. Partnerships formed here can apply for up to £1,000 of seed funding.");
        form.setFormat(EventFormat.IN_PERSON);
        form.setDate(time.today().plusWeeks(6));
        form.setStartTime(LocalTime.of(13, 0));
        form.setEndTime(LocalTime.of(17, 0));
        form.setPlace("Riverside Community Centre, 12 Mill Lane, Leeds LS1 4AB (step-free, hearing loop)");
        form.setCommunityPlaces(20);
        form.setResearcherPlaces(20);
        form.setBrokerPlaces(4);
        form.setChecklist("""
                Read "Starting a community research partnership" in the Hub
                Think of one question your community or your research keeps coming back to
                Tell us about any access needs when you apply""");
        var startsAt = time.at(form.getDate().atTime(form.getStartTime()));
        var endsAt = time.at(form.getDate().atTime(form.getEndTime()));
        events.insert(new MatchEventId(Ids.newId()), form, startsAt, endsAt, TEAM, EVENT_KEY, time.now());
    }
}
