package org.praxis.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Email settings of the notifications module ({@code praxis.notifications.email.*}). Email is sent
 * only when {@code spring.mail.host} is set and {@code enabled} is not false.
 *
 * @param from          the sender address of notification emails
 * @param maxAttempts   how many times one email is tried before giving up (the in-app notification stays)
 * @param retryInterval how often unsent emails are tried again, and how long after a failed try
 */
@ConfigurationProperties("praxis.notifications.email")
public record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("no-reply@localhost") String from,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT5M") Duration retryInterval) {
}
