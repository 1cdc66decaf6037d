package org.praxis.hub.internal;

import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.praxis.platform.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Decides what an uploaded file really is, from its content (Apache Tika), and refuses files whose
 * content is not what their name says (a "PDF" that is not a PDF) or that are of a kind the Hub does
 * not keep. Extracts text from PDFs and text files for search; other kinds are kept without text.
 */
@Component
class FileInspector {

    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);
    private static final int MAX_TEXT = 200_000;

    /** Kinds of file the Hub keeps: documents, slides, spreadsheets, text, images, audio, video, captions. */
    static final Set<String> ALLOWED = Set.of(
            "application/pdf", "text/plain", "text/markdown", "text/x-web-markdown", "text/csv", "text/vtt",
            "application/x-subrip", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/msword", "application/vnd.ms-powerpoint", "application/vnd.ms-excel",
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "audio/mpeg", "audio/mp4", "audio/ogg", "audio/vnd.wave", "audio/x-wav",
            "video/mp4", "video/webm", "video/quicktime");

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = org.apache.tika.config.TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    /** The file's real media type; throws a {@link ProblemException} for a disguised or unwanted file. */
    String check(String fileName, byte[] content) {
        String detected = detect(content, fileName);
        String claimed = tika.detect(fileName);
        if (!"application/octet-stream".equals(claimed) && !compatible(detected, claimed)) {
            throw new ProblemException("hub.file.not-what-it-claims", fileName, describe(claimed));
        }
        if (!ALLOWED.contains(MediaType.parse(detected).getBaseType().toString())) {
            throw new ProblemException("hub.file.type-not-accepted", fileName);
        }
        return detected;
    }

    /** Text for search, or empty if none can be had. */
    String extractText(byte[] content, String mediaType) {
        if (!(mediaType.equals("application/pdf") || mediaType.startsWith("text/"))) {
            return "";
        }
        try (InputStream in = new ByteArrayInputStream(content)) {
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            String text = tika.parseToString(in, metadata, MAX_TEXT);
            return text.replace('\u0000', ' ').strip();
        } catch (IOException | TikaException | RuntimeException e) {
            log.info("No text extracted from a {} file: {}", mediaType, e.toString());
            return "";
        }
    }

    private String detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(content)) {
            return tika.detect(in, metadata);
        } catch (IOException e) {
            throw new ProblemException("hub.file.unreadable", fileName);
        }
    }

    /** Same type, or one a specialisation of the other (e.g. markdown is text). */
    private boolean compatible(String detected, String claimed) {
        MediaType d = MediaType.parse(detected).getBaseType();
        MediaType c = MediaType.parse(claimed).getBaseType();
        return d.equals(c) || registry.isSpecializationOf(d, c) || registry.isSpecializationOf(c, d)
                || (c.getType().equals("text") && d.getType().equals("text"));
    }

    private static String describe(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            default -> mediaType;
        };
    }
}
