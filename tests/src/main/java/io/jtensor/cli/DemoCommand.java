package io.jtensor.cli;

import io.jtensor.Np;
import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendStatus;
import io.jtensor.backend.Backends;

import java.io.PrintStream;
import java.util.Optional;

/**
 * {@code jtensor demo [--backend NAME]}: the {@link Tutorial} on the default backend or the one
 * named, after saying which backend runs it and why.
 */
final class DemoCommand {

    private DemoCommand() {
    }

    /** Runs the tutorial. */
    static void run(Options options, Console console) {
        Optional<String> named = options.text("backend");
        Backend backend = named.map(Backends::get).orElseGet(Backends::defaultBackend);
        PrintStream out = console.out();
        out.println("jtensor demo on backend '" + backend.name() + "': " + backend.deviceDescription());
        out.println("  chosen by: " + named.map(name -> "--backend " + name).orElseGet(Backends::defaultBackendReason));
        for (BackendStatus status : Backends.statuses()) {
            if (!status.available()) {
                out.println("  skipped '" + status.name() + "': " + status.reason());
            }
        }
        out.println();
        try (var scope = Np.useBackend(backend)) {
            Tutorial.run(out);
        }
    }
}
