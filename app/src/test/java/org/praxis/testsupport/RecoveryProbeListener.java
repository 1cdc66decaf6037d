package org.praxis.testsupport;

import org.springframework.modulith.events.ApplicationModuleListener;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener that fails while {@link #FAILING} is set, as if the process died mid-handling, and
 * records what it handled otherwise. Registered only by the tests that use it.
 */
public class RecoveryProbeListener {

    public static final AtomicBoolean FAILING = new AtomicBoolean();
    public static final AtomicInteger ATTEMPTS = new AtomicInteger();
    public static final Set<UUID> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(RecoveryProbe probe) {
        ATTEMPTS.incrementAndGet();
        if (FAILING.get()) {
            throw new IllegalStateException("Simulated failure while handling " + probe.id());
        }
        HANDLED.add(probe.id());
    }
}
