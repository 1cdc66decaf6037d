package org.praxis.hub.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the Hub keeps uploaded files and how large they may be ({@code praxis.hub.files.*}).
 *
 * @param directory folder for the files, created if missing; kept across restarts
 * @param maxSize   largest file accepted
 */
@ConfigurationProperties("praxis.hub.files")
public record HubFilesProperties(@DefaultValue("./data/hub-files") String directory,
                                 @DefaultValue("25MB") DataSize maxSize) {
}
