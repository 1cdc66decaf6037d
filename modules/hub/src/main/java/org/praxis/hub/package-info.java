/**
 * The Hub: a moderated, accessible, searchable library of resources (guides, playbooks, case studies, templates, toolkits, session packs) for the community of practice.
 */
@ApplicationModule(displayName = "Hub", allowedDependencies = {"platform", "reciprocation :: events", "identity :: events"})
@NullMarked
package org.praxis.hub;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
