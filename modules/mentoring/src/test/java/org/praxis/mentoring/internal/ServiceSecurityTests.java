package org.praxis.mentoring.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public method of every service says who may call it, so a call from anywhere is checked. */
class ServiceSecurityTests {

    @ParameterizedTest
    @ValueSource(classes = {ProgrammeService.class, MatchingService.class, RelationshipService.class, RequestService.class})
    void everyPublicServiceMethodDeclaresWhoMayCallIt(Class<?> service) {
        assertThat(Arrays.stream(service.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> !method.isAnnotationPresent(PreAuthorize.class))
                .map(java.lang.reflect.Method::getName)
                .toList()).isEmpty();
    }
}
