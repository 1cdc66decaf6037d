package org.praxis.hub.internal;

/** What a resource offers for access needs, besides its plain-language summary. */
public enum AccessibilityFeature {
    TRANSCRIPT,
    CAPTIONS,
    AUDIO_VERSION
}
