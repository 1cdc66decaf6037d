package org.praxis.coproduction.internal;

/** How an applicant answers: in writing, with an audio or video recording, or in a format they ask for. */
public enum AnswerFormat {
    WRITTEN, AUDIO, VIDEO, OTHER
}
