/**
 * How the application finds its modules, core and plugin alike: each module's jar carries
 * {@code META-INF/praxis/module.properties} naming the module and its base package. From those the
 * application scans components, routes and migrations, and Spring Modulith sees each as an application
 * module (docs/plugins.md). Outside {@code org.praxis} so Modulith does not take it for a module.
 */
@NullMarked
package praxis.infrastructure.modules;

import org.jspecify.annotations.NullMarked;
