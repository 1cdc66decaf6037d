package org.crp.learning.internal;

import org.crp.learning.events.SessionId;
import org.crp.learning.internal.LearningViews.LogEntry;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.InputValidator;
import org.praxis.platform.PraxisUser;
import org.praxis.platform.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * A participant's own learning log: a reflection after each session they attended. Reflections are private to
 * their author; the programme team sees that one exists, and its words only if the author shares it
 * ({@link ProgrammeService#participants}).
 */
@Service
@Transactional
public class LearningLogService {

    private final JooqSessionRepository sessions;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final LearningTime time;

    LearningLogService(JooqSessionRepository sessions, CurrentUser currentUser, InputValidator validator,
                       LearningTime time) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    /** The sessions the signed-in person attended, each with their reflection if written; latest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LogEntry> myLog() {
        return sessions.log(currentUser.require().personId());
    }

    /** How many attended sessions still wait for a reflection. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int countToWrite() {
        return sessions.countUnreflected(currentUser.require().personId());
    }

    /**
     * Writes or rewrites the signed-in person's reflection on a session they attended.
     *
     * @param expectedVersion the version of the reflection the person saw (ignored for a first reflection)
     */
    @PreAuthorize("isAuthenticated()")
    public void saveReflection(SessionId id, int expectedVersion, ReflectionForm form) {
        PraxisUser author = currentUser.require();
        if (!sessions.attended(id, author.personId())) {
            throw new ProblemException("learning.error.reflect-after-attending");
        }
        validator.check(form);
        if (sessions.insertReflection(id, author.personId(), form, time.now())) {
            return;
        }
        if (!sessions.updateReflection(id, author.personId(), expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }
}
