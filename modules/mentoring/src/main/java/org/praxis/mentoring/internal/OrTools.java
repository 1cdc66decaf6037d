package org.praxis.mentoring.internal;

import com.google.ortools.Loader;

/** Loads OR-Tools' native libraries once per JVM, before the first solver is made. */
public final class OrTools {

    private static volatile boolean loaded;

    private OrTools() {
    }

    public static void load() {
        if (!loaded) {
            synchronized (OrTools.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
