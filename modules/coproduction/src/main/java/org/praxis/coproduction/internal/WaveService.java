package org.praxis.coproduction.internal;

import org.praxis.coproduction.events.WaveId;
import org.praxis.coproduction.internal.CoproductionViews.PublicQuestion;
import org.praxis.coproduction.internal.CoproductionViews.Wave;
import org.praxis.platform.ConcurrentChangeException;
import org.praxis.platform.CurrentUser;
import org.praxis.platform.Ids;
import org.praxis.platform.InputValidator;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.NotFoundException;
import org.praxis.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Recruitment waves: open calls anyone signed in may read, written and changed by the programme team, and the
 * questions people ask before applying, answered in public (who asked is never shown).
 */
@Service
@Transactional
public class WaveService {

    static final int QUESTION_MAX = 1000;
    static final int ANSWER_MAX = 2000;

    private final JooqWaveRepository waves;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final CoproductionTime time;

    WaveService(JooqWaveRepository waves, CurrentUser currentUser, InputValidator validator, CoproductionTime time) {
        this.waves = waves;
        this.currentUser = currentUser;
        this.validator = validator;
        this.time = time;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public WaveId open(WaveForm form) {
        validator.check(form);
        WaveId id = new WaveId(Ids.newId());
        waves.insert(id, form, currentUser.require().personId(), time.now());
        return id;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void update(WaveId id, int expectedVersion, WaveForm form) {
        wave(id);
        validator.check(form);
        if (!waves.update(id, expectedVersion, form, time.now())) {
            throw new ConcurrentChangeException();
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Wave> waves() {
        return waves.all();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Wave wave(WaveId id) {
        return waves.find(id).orElseThrow(() -> new NotFoundException("coproduction.error.wave-not-found"));
    }

    @PreAuthorize("isAuthenticated()")
    public UUID ask(WaveId id, String question) {
        wave(id);
        requireText(question, QUESTION_MAX, "coproduction.validation.question-required",
                "coproduction.validation.question-too-long");
        UUID questionId = Ids.newId();
        waves.insertQuestion(questionId, id, currentUser.require().personId(), question.strip(), time.now());
        return questionId;
    }

    @PreAuthorize("hasRole('PROGRAMME_TEAM')")
    public void answer(UUID question, String answer) {
        requireText(answer, ANSWER_MAX, "coproduction.validation.answer-text-required",
                "coproduction.validation.answer-text-too-long");
        if (!waves.answer(question, answer.strip(), time.now())) {
            throw new NotFoundException("coproduction.error.question-not-found");
        }
    }

    /** Answered questions for everyone; the team also sees those still waiting for an answer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PublicQuestion> questions(WaveId id) {
        return waves.questions(id, currentUser.hasRole(Role.PROGRAMME_TEAM));
    }

    private static void requireText(String text, int max, String requiredKey, String tooLongKey) {
        if (text.isBlank()) {
            throw new InvalidInputException(List.of(requiredKey));
        }
        if (text.strip().length() > max) {
            throw new InvalidInputException(List.of(tooLongKey));
        }
    }
}
