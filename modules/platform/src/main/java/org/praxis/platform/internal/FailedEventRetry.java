package org.praxis.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Retries event deliveries whose listener failed, so a module that was briefly unable to react
 * (a bug since fixed, a database hiccup) catches up by itself: once when the application starts
 * and then every {@code praxis.events.retry-interval}. Publications interrupted by a crash (never
 * completed, never failed) are republished on restart by Spring Modulith itself
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Listeners are idempotent,
 * so a repeated delivery does no harm.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final ObjectProvider<FailedEventPublications> failed;
    private final Duration minimumAge;

    FailedEventRetry(ObjectProvider<FailedEventPublications> failed,
                     @Value("${praxis.events.retry-min-age:PT1M}") Duration minimumAge) {
        this.failed = failed;
        this.minimumAge = minimumAge;
    }

    @EventListener(ApplicationReadyEvent.class)
    void retryAfterStart() {
        retry(Duration.ZERO);
    }

    @Scheduled(fixedDelayString = "${praxis.events.retry-interval:PT5M}",
            initialDelayString = "${praxis.events.retry-interval:PT5M}")
    void retryPeriodically() {
        retry(minimumAge);
    }

    private void retry(Duration minimumAge) {
        failed.ifAvailable(publications -> {
            log.debug("Resubmitting failed event publications older than {}", minimumAge);
            publications.resubmit(ResubmissionOptions.defaults().withMinAge(minimumAge));
        });
    }
}
