package org.crp.learning.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reflection in a participant's learning log. Private unless {@code sharedWithTeam}: then the programme
 * team may read it too.
 */
public record ReflectionForm(
        @NotBlank(message = "{learning.validation.reflection-required}")
        @Size(max = ReflectionForm.BODY_MAX, message = "{learning.validation.reflection-too-long}") String body,
        boolean sharedWithTeam) {

    public static final int BODY_MAX = 4000;
}
