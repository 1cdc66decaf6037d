/**
 * Infrastructure, not an application module: the embedded PostgreSQL that Praxis starts when no
 * database is configured. It lives outside {@code org.praxis} so that Spring Modulith does not take
 * it for a module, and is registered as a Boot auto-configuration so that it is active in every
 * application and module test.
 */
@NullMarked
package praxis.infrastructure.embeddedpostgres;

import org.jspecify.annotations.NullMarked;
