package org.praxis.hub.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The Hub's settings ({@code praxis.hub.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubFilesProperties.class)
class HubConfiguration {
}
