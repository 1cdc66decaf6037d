package org.praxis.requests.events;

/** Kinds of page, kept by other modules, that belong to a support request (see {@link SupportRequestLinked}). */
public enum RelatedPage {
    /** The programme team's decision on the request: the routes and why (assessment). */
    DECISION,
    /** The agreement drawn up from the request's assessment (reciprocation). */
    AGREEMENT,
    /** A resource in the library that came out of the request's agreement (hub). */
    RESOURCE
}
