/** Matchmaking's views and dashboard widgets. */
@NullMarked
package org.praxis.matchmaking.ui;

import org.jspecify.annotations.NullMarked;
