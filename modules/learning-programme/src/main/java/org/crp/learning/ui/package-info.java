/** The learning programme's Vaadin views and dashboard cards. */
@NullMarked
package org.crp.learning.ui;

import org.jspecify.annotations.NullMarked;
