/**
 * The small shared kernel every module may use: ids, role names, the signed-in person, branding,
 * i18n, file storage ({@code platform.files}), the dashboard-widget SPI and a few UI building blocks.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.praxis.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
