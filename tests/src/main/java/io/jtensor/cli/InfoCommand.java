package io.jtensor.cli;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.BackendStatus;
import io.jtensor.backend.BackendUnavailableException;
import io.jtensor.backend.Backends;
import io.jtensor.kernels.DiskKernelCache;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code jtensor info}: what this JVM can run jtensor on, and why a backend cannot be used.
 *
 * <pre>
 * Java        25.0.1+8-LTS (Eclipse Adoptium) at /usr/lib/jvm/temurin-25-jdk-amd64
 * Vector API  on (module jdk.incubator.vector is in the boot layer)
 * Backends    highest priority first
 *   cpu      priority 100  available    CPU (2 threads, Vector API 256-bit lanes); float64: yes
 *   opencl   priority  50  unavailable  OpenClException: no OpenCL platform (-1001)
 * Default     cpu, chosen by: highest-priority available backend
 * Kernel cache /root/.cache/jtensor/kernels: 12 files, 0.3 MB
 * </pre>
 */
final class InfoCommand {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";

    private InfoCommand() {
    }

    /** Prints the report. */
    static void run(Options options, Console console) throws IOException {
        PrintStream out = console.out();
        out.printf("Java          %s (%s) at %s%n", Runtime.version(), System.getProperty("java.vendor"),
                System.getProperty("java.home"));
        out.printf("Vector API    %s%n", ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()
                ? "on (module " + VECTOR_MODULE + " is in the boot layer)"
                : "off: CPU loops are scalar (run java with --add-modules " + VECTOR_MODULE + ")");
        List<BackendStatus> statuses = Backends.statuses();
        out.printf("Backends      %d found, highest priority first%n", statuses.size());
        int width = statuses.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (BackendStatus status : statuses) {
            out.printf("  %-" + width + "s  priority %4d  %s%n", status.name(), status.priority(), describe(status));
        }
        out.printf("Default       %s, chosen by: %s%n", defaultBackend(), Backends.defaultBackendReason());
        Path cache = DiskKernelCache.configured().directory();
        out.printf("Kernel cache  %s: %s (set with -D%s=DIR)%n", cache, cacheContents(cache),
                DiskKernelCache.DIRECTORY_PROPERTY);
    }

    private static String describe(BackendStatus status) {
        return status.backend()
                .map(backend -> "available    " + backend.deviceDescription() + "; float64: "
                        + (backend.supports(DType.FLOAT64) ? "yes" : "no"))
                .orElse("unavailable  " + status.reason());
    }

    private static String defaultBackend() {
        try {
            Backend backend = Backends.defaultBackend();
            return backend.name();
        } catch (BackendUnavailableException e) {
            return "none (" + e.getMessage() + ")";
        }
    }

    private static String cacheContents(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return "empty (not created yet)";
        }
        long files = 0;
        long bytes = 0;
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files++;
                bytes += path.toFile().length();
            }
        }
        return String.format("%d file%s, %.1f MB", files, files == 1 ? "" : "s", bytes / 1e6);
    }
}
