package org.praxis.coproduction.internal;

import org.apache.tika.Tika;
import org.praxis.platform.InvalidInputException;
import org.praxis.platform.files.FileStorage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Audio and video answers: the type is found from the content (Tika), never taken from the browser or the file's
 * name, and the size is checked, before anything is stored through the platform's file storage.
 */
@Component
class RecordedAnswers {

    static final String AREA = "coproduction";

    private final Tika tika = new Tika();
    private final FileStorage files;
    private final CoproductionProperties properties;

    RecordedAnswers(FileStorage files, CoproductionProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    record Stored(String key, String type, long size) {
    }

    /** Keeps an audio or video recording (removed again if the transaction rolls back), or refuses it plainly. */
    Stored keep(AnswerFormat format, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException(List.of("coproduction.validation.recording-empty"));
        }
        if (content.length > properties.maxMediaBytes()) {
            throw new InvalidInputException(List.of("coproduction.validation.recording-too-large"));
        }
        String type = tika.detect(content);
        String expected = format == AnswerFormat.VIDEO ? "video/" : "audio/";
        // An Ogg or WebM file may hold either; Tika names the container, so both are taken for either format.
        boolean container = type.equals("audio/ogg") || type.equals("video/webm") || type.equals("application/ogg");
        if (!type.startsWith(expected) && !container) {
            throw new InvalidInputException(List.of(format == AnswerFormat.VIDEO
                    ? "coproduction.validation.not-video" : "coproduction.validation.not-audio"));
        }
        return new Stored(files.saveRemovedOnRollback(AREA, content), type, content.length);
    }
}
