/** Matchmaking's services, repositories, listeners, rules and configuration. */
@NullMarked
package org.praxis.matchmaking.internal;

import org.jspecify.annotations.NullMarked;
