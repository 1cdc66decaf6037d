package org.praxis.mentoring.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Mentoring's settings. Its roles are the platform's (mentor, programme team); it declares none of its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MentoringProperties.class)
class MentoringConfiguration {
}
