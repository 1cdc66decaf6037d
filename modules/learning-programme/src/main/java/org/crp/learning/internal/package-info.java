/** The learning programme's services, repositories, listeners, rules and configuration. */
@NullMarked
package org.crp.learning.internal;

import org.jspecify.annotations.NullMarked;
