package org.praxis.testsupport;

import java.util.UUID;

/** A test-only event for checking that publications survive a crash. */
public record RecoveryProbe(UUID id) {
}
