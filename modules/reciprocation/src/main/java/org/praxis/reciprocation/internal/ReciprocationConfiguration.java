package org.praxis.reciprocation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Turns on the module's settings ({@link ReciprocationProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReciprocationProperties.class)
class ReciprocationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReciprocationConfiguration.class);

    ReciprocationConfiguration(Environment environment) {
        if (environment.containsProperty("praxis.reciprocation.files-directory")) {
            log.warn("praxis.reciprocation.files-directory is no longer read: evidence files are kept below "
                    + "praxis.files.directory (default ./data/files). Set that to the same folder to keep using "
                    + "the files saved before.");
        }
    }
}
