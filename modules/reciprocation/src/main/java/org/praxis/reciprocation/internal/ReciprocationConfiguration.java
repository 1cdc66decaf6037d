package org.praxis.reciprocation.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Turns on the module's settings ({@link ReciprocationProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReciprocationProperties.class)
class ReciprocationConfiguration {
}
