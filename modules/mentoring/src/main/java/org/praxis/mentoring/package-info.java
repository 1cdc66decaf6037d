/**
 * Cross-sector peer-to-peer mentoring for people with two or more years of community research partnership
 * experience: programmes (cohort or rolling, 12 months and extendable), intakes from mentors and mentees,
 * whole-cohort matching across contexts (university with community) that the programme team reviews, edits
 * and publishes, with every match explained criterion by criterion.
 */
@ApplicationModule(displayName = "Mentoring", allowedDependencies = {"platform", "identity :: events"})
@NullMarked
package org.praxis.mentoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
