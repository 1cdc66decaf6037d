/**
 * The application shell: the page frame with its navigation (built from the modules' menu entries),
 * the home dashboard (composed from the modules' widgets), branding and page titles. It knows no
 * module by name, so adding or removing a module never edits it.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = "platform")
@NullMarked
package org.praxis.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
