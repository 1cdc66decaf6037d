package org.crp.learning.internal;

import org.crp.learning.events.ProgrammeRunId;
import org.crp.learning.events.SessionKind;
import org.praxis.platform.Ids;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The demo run, "Community Research Partnerships Learning Programme 2026-27", with its Core Principles and a
 * few sessions. Rows carry a demo key, so loading twice adds nothing. People belong to the identity module: the
 * demo programme team member becomes organiser and facilitator as soon as this module knows them
 * ({@link DemoOrganiser}), which may be before or after these rows are written.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "praxis.demo-data.enabled", matchIfMissing = true)
class LearningDemoData implements ApplicationRunner {

    static final String RUN_KEY = "demo:crp-learning-2026-27";
    static final String RUN_NAME = "Community Research Partnerships Learning Programme 2026-27";

    /** The Core Principles, from the co-design of the programme, one a line. */
    static final String PRINCIPLES = """
            Recognise and address power imbalances: be clear what claims for representation can and cannot be made, actively involve people whose voices are often ignored, pay people fairly, and agree what counts as mutual respect.
            Value learning: make time to reflect on what we learn and how, together and on our own; learn from each other and share it widely; be clear about the time it takes and what people gain.
            Locally driven, national influence: start from the communities involved, their context and their reasons for partnering; build on community assets; connect local work nationally.
            Meaningful outcomes: participants define the outcomes that matter to them; leave communities stronger than they were; provide high quality research insight; enable leadership at all levels.
            Grounded in reality: embed the programme in everyday work and communities; value the experience participants bring; contribute to improvements that matter to communities; recognise different contexts and roles.
            Accessible and inclusive: discuss differences constructively; design around participants' expertise and needs; offer many ways in and review materials for accessibility; recognise fees and expenses as a barrier to taking part.
            Co-produced: the programme is co-produced, co-managed and co-delivered; participants own their learning, how they learn and the format of the programme.
            Sustainable: think about sustainability from the start and plan a longer-term legacy.
            """;

    private final JooqProgrammeRepository programme;
    private final SessionService sessions;
    private final DemoOrganiser organiser;
    private final LearningTime time;

    LearningDemoData(JooqProgrammeRepository programme, SessionService sessions, DemoOrganiser organiser,
                     LearningTime time) {
        this.programme = programme;
        this.sessions = sessions;
        this.organiser = organiser;
        this.time = time;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        organiser.waitForTurn();
        if (!programme.demoRunExists(RUN_KEY)) {
            RunForm run = new RunForm();
            run.setName(RUN_NAME);
            run.setStartsOn(LocalDate.of(2026, 10, 1));
            run.setEndsOn(LocalDate.of(2028, 3, 31));
            run.setDescription("""
                    A rolling 18-month programme for communities, researchers and brokers who want to work together \
                    in community research partnerships. We learn about practice, connect around shared themes and \
                    challenges, and give participants the time and funding to develop work together.
                    Every quarter there is a curated online half-day learning session, with showcases of \
                    participants' work and networking events in between. Bursaries are available where fees or \
                    expenses would stop you taking part, and participants can ask for follow-up funding for their \
                    partnership work.""");
            run.setPrinciples(PRINCIPLES.strip());
            run.setApplicationsOpen(true);
            programme.insertRun(new ProgrammeRunId(Ids.newId()), run, null, RUN_KEY, time.now());
        }
        ProgrammeRunId runId = programme.demoRun(RUN_KEY).orElseThrow();
        sessions.scheduleDemo(runId, session(SessionKind.LEARNING, "Starting well: power, mutuality and fair payment",
                LocalDate.of(2027, 1, 20), LocalTime.of(10, 0), LocalTime.of(13, 30), """
                        10:00 Welcome and introductions: who is here and what brings us
                        10:30 Power in partnerships: whose knowledge counts?
                        11:30 Break
                        11:45 Fair payment in practice: paying community partners properly
                        12:45 Reflection in small groups, and what we take away
                        13:30 Close"""), "demo:session-starting-well");
        sessions.scheduleDemo(runId, session(SessionKind.SHOWCASE, "Showcase: what our partnerships made this winter",
                LocalDate.of(2027, 3, 17), LocalTime.of(14, 0), LocalTime.of(16, 0), """
                        Short presentations from three partnerships, with time for questions.
                        Bring something you made together: a film, a zine, a report, a recipe book."""),
                "demo:session-showcase-winter");
        sessions.scheduleDemo(runId, session(SessionKind.LEARNING, "Ethics and consent in community research",
                LocalDate.of(2027, 4, 21), LocalTime.of(10, 0), LocalTime.of(13, 30), """
                        10:00 Welcome back
                        10:15 Ethics applications that work for communities
                        11:15 Break
                        11:30 Consent, data and ownership: case studies
                        12:45 Reflection and next steps"""), "demo:session-ethics");
        organiser.takeUpDemoRun();
    }

    private static SessionForm session(SessionKind kind, String title, LocalDate date, LocalTime start, LocalTime end,
                                       String agenda) {
        SessionForm form = new SessionForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setDate(date);
        form.setStartTime(start);
        form.setEndTime(end);
        form.setAgenda(agenda);
        form.setJoiningLink("https://meet.example.org/crp-learning-" + date);
        return form;
    }
}
