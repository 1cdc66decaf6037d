package org.praxis.matchmaking.internal;

/** A file for the person to download: a run sheet. */
public record Download(String fileName, String mediaType, byte[] content) {
}
