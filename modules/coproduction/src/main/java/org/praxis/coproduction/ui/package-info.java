/** Co-production's views and home cards. */
@NullMarked
package org.praxis.coproduction.ui;

import org.jspecify.annotations.NullMarked;
