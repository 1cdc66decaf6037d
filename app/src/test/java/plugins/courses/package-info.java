/** A made-up plugin that keeps the contract (docs/plugins.md): courses for researchers. */
@ApplicationModule(displayName = "Learning", allowedDependencies = "platform")
@NullMarked
package plugins.courses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
