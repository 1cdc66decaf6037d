package org.praxis.requests.events;

/** The mode of delivery an institution asks support for (from the reciprocation framework). */
public enum DeliveryMode {
    /** Promoting the programme's portal to postdocs. */
    PROMOTE_TO_POSTDOCS,
    /** Promoting it to managers of researchers (PIs). */
    PROMOTE_TO_MANAGERS,
    /** Embedding the model alongside the institution's existing career development provision. */
    EMBED_ALONGSIDE_PROVISION,
    /** Running a cohort of postdocs through the programme. */
    RUN_COHORT,
    OTHER
}
