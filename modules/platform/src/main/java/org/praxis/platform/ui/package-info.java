/** UI building blocks shared by all modules' views, and the dashboard-widget SPI. */
@NullMarked
package org.praxis.platform.ui;

import org.jspecify.annotations.NullMarked;
