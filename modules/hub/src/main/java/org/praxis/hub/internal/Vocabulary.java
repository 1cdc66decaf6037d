package org.praxis.hub.internal;

/** The vocabularies admins edit; resources refer to their terms by code. */
public enum Vocabulary {
    TYPE,
    BENEFICIARY,
    STAKEHOLDER,
    PRINCIPLE,
    KEYWORD
}
