package org.praxis.mentoring.internal;

/** A cohort match is a draft the team edits until it is published, once. */
public enum DraftStatus {
    DRAFT,
    PUBLISHED
}
