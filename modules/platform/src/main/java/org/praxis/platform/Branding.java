package org.praxis.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance presents itself, set by configuration so that adopters run Praxis under their
 * own name and colours ({@code praxis.branding.*}).
 *
 * @param name         product name shown in the header and page titles
 * @param logo         path or URL of the logo image
 * @param primaryColour CSS colour of buttons and links; must keep WCAG AA contrast with white text
 */
@ConfigurationProperties("praxis.branding")
public record Branding(
        @DefaultValue("Praxis") String name,
        @DefaultValue("/images/praxis-logo.svg") String logo,
        @DefaultValue("#1f5fa8") String primaryColour) {
}
