/**
 * Support requests from institutions: an institution lead drafts, submits or withdraws a request
 * for support and follows its status; the programme team sees the queue of submitted requests.
 */
@ApplicationModule(displayName = "Requests", allowedDependencies = {"platform", "identity :: events"})
@NullMarked
package org.praxis.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
