package org.praxis.identity.events;

/** What sort of organisation someone belongs to. */
public enum OrganisationKind {
    UNIVERSITY,
    COMMUNITY_ORGANISATION,
    OTHER
}
