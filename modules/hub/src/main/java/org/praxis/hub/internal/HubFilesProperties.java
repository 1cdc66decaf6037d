package org.praxis.hub.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large the Hub's files may be ({@code praxis.hub.files.*}). The files themselves are kept in the
 * platform's file storage ({@code praxis.files.directory}).
 *
 * @param maxSize largest file accepted
 */
@ConfigurationProperties("praxis.hub.files")
public record HubFilesProperties(@DefaultValue("25MB") DataSize maxSize) {
}
