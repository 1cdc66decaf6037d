package org.praxis.platform.notices;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The task a notice asked for is done (an agreement was accepted, an assessment completed), so the notice
 * no longer waits for anyone: notifications marks it as dealt with, and the bell counts only what is still
 * waiting. Publish it in the transaction that records the task as done, next to the module's own event.
 *
 * @param noticeKey the key of the notice ({@link NoticeRequested#noticeKey()}), or the start of several keys
 *                  when {@code keyIsPrefix}; a prefix ends with ':' so it never matches a longer id by accident
 * @param keyIsPrefix whether every notice whose key starts with {@code noticeKey} is meant
 * @param audience  only for these people (e.g. one side accepted, the other still has to); null for everyone
 *                  who has the notice
 */
public record NoticeResolved(String noticeKey, boolean keyIsPrefix, @Nullable Audience audience) {

    public NoticeResolved {
        Objects.requireNonNull(noticeKey, "noticeKey");
        if (noticeKey.isBlank() || noticeKey.length() > 200) {
            throw new IllegalArgumentException("A notice key has 1 to 200 characters: " + noticeKey);
        }
        if (keyIsPrefix && (!noticeKey.endsWith(":") || noticeKey.indexOf(':') == noticeKey.length() - 1)) {
            throw new IllegalArgumentException("A key prefix names the module and the fact and ends with ':', "
                    + "e.g. 'assessment:assessor-assigned:<id>:': " + noticeKey);
        }
    }

    /** The notice with this key is dealt with, for everyone who has it. */
    public static NoticeResolved forEveryone(String noticeKey) {
        return new NoticeResolved(noticeKey, false, null);
    }

    /** Every notice whose key starts with this prefix (ending with ':') is dealt with, for everyone. */
    public static NoticeResolved allStartingWith(String keyPrefix) {
        return new NoticeResolved(keyPrefix, true, null);
    }

    /** The notice with this key is dealt with for these people only. */
    public static NoticeResolved forAudience(String noticeKey, Audience audience) {
        return new NoticeResolved(noticeKey, false, audience);
    }
}
