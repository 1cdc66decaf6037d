package org.crp.learning.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute {@code https://} address with a host, such as a video call's joining link. Blank passes:
 * combine with {@code @NotBlank} where the address is required.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpsUrl.Validator.class)
public @interface HttpsUrl {

    String message() default "{learning.validation.link-not-https}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, usable without Bean Validation. */
    final class Validator implements ConstraintValidator<HttpsUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || isHttpsUrl(value.strip());
        }

        public static boolean isHttpsUrl(String value) {
            if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                return false;
            }
            try {
                URI uri = new URI(value);
                return uri.isAbsolute()
                        && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                        && uri.getHost() != null && !uri.getHost().isBlank()
                        && uri.getRawUserInfo() == null;
            } catch (URISyntaxException notAnAddress) {
                return false;
            }
        }
    }
}
