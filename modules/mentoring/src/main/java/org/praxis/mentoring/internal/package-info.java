/** Mentoring's services, repositories, listeners, the matching model and its solver. */
@NullMarked
package org.praxis.mentoring.internal;

import org.jspecify.annotations.NullMarked;
