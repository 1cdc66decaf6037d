package org.crp.learning.internal;

/** A file for the person to download: a session's calendar entry, a certificate. */
public record Download(String fileName, String mediaType, byte[] content) {
}
