package org.praxis.reciprocation.events;

import org.jspecify.annotations.Nullable;

/**
 * One delivered material: a file kept by Praxis or a link to somewhere else.
 *
 * @param location for a file, its key in the platform's {@link org.praxis.platform.files.FileStorage} (readable by any
 *                 module); for a link, its URL
 */
public record Material(String title, Kind kind, String location, @Nullable String mediaType) {

    public enum Kind {
        FILE,
        LINK
    }
}
