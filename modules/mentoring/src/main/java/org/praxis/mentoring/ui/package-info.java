/** Mentoring's views and dashboard widgets. */
@NullMarked
package org.praxis.mentoring.ui;

import org.jspecify.annotations.NullMarked;
