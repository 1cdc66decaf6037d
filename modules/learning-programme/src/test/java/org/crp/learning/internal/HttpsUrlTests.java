package org.crp.learning.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Joining links must be https addresses people can open safely. */
class HttpsUrlTests {

    @ParameterizedTest
    @ValueSource(strings = {"https://meet.example.org/crp", "HTTPS://Meet.Example.org/a?b=c#d",
            "https://zoom.us/j/123456789?pwd=abc", "https://teams.microsoft.com/l/meetup-join/19%3a"})
    void accepts(String link) {
        assertThat(HttpsUrl.Validator.isHttpsUrl(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://meet.example.org/crp", "meet.example.org/crp", "ftp://example.org",
            "javascript:alert(1)", "https://", "https:///path-only", "https://user:secret@example.org/",
            "https://example.org/with space", "https://exa mple.org", "mailto:team@praxis.example",
            "https://example.org/\nnext-line"})
    void refuses(String link) {
        assertThat(HttpsUrl.Validator.isHttpsUrl(link)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void leavesEmptyToOtherConstraints(String link) {
        assertThat(new HttpsUrl.Validator().isValid(link, null)).isTrue();
    }
}
