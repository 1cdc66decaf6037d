/** Co-production's services, repositories, listeners, rules and configuration. */
@NullMarked
package org.praxis.coproduction.internal;

import org.jspecify.annotations.NullMarked;
