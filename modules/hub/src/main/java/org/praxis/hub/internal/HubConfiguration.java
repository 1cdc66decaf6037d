package org.praxis.hub.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The Hub's settings ({@code praxis.hub.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HubFilesProperties.class)
class HubConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HubConfiguration.class);

    HubConfiguration(Environment environment) {
        if (environment.containsProperty("praxis.hub.files.directory")) {
            log.warn("praxis.hub.files.directory is no longer read: the Hub's files are kept in the 'hub' folder "
                    + "below praxis.files.directory (default ./data/files). Move files saved before into that folder.");
        }
    }
}
