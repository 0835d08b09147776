package io.jtensor.cuda;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * NVRTC for the tests that compile CUDA kernels without a GPU. CI ({@code .ci/run}) fetches the
 * {@code nvidia-cuda-nvrtc} wheel, fails when it cannot, and names its location, so there a missing
 * NVRTC fails the test. A local build with no NVRTC configured or found prints every place it
 * looked and skips (a skip is not a pass).
 */
final class TestNvrtc {

    /** The H100/H200 the GPU machine has. */
    static final int ARCHITECTURE = 90;

    private static Nvrtc loaded;

    private TestNvrtc() {
    }

    /** The NVRTC of this machine, loaded once; aborts the calling test class when there is none. */
    static synchronized Nvrtc load() {
        if (loaded == null) {
            NvrtcLocator.Found found;
            try {
                found = locator().locate();
            } catch (IllegalStateException e) {
                // A path given explicitly (CI always gives one) must hold NVRTC: that is a failure, not a skip.
                assertNull(explicitPath(), () -> "NVRTC was configured but not found: " + e.getMessage());
                System.out.println("CUDA kernels NOT checked with NVRTC: " + e.getMessage());
                return Assumptions.abort(e.getMessage());
            }
            loaded = Nvrtc.load(found);
        }
        return loaded;
    }

    /**
     * The system's locator; when neither {@value NvrtcLocator#PATH_PROPERTY} nor
     * {@value NvrtcLocator#PATH_ENVIRONMENT} is set, the first {@code nvidia/*}{@code /lib} folder under the
     * project's {@code .nvrtc/} (where {@code .ci/run} unpacks the wheel) comes first, so a plain
     * {@code mvn verify} after one CI run still checks with NVRTC.
     */
    private static NvrtcLocator locator() {
        Path unpacked = Path.of(System.getProperty("jtensor.test.nvrtc.dir", "../.nvrtc"), "nvidia");
        if (explicitPath() != null || !Files.isDirectory(unpacked)) {
            return NvrtcLocator.fromSystem();
        }
        try (Stream<Path> folders = Files.list(unpacked)) {
            String lib = folders.map(f -> f.resolve("lib")).filter(Files::isDirectory).sorted().findFirst()
                    .map(Path::toString).orElse(null);
            return new NvrtcLocator(lib, System.getenv(), List.of(Path.of("/usr/local"), Path.of("/usr")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NVRTC location given by {@value NvrtcLocator#PATH_PROPERTY} or {@value NvrtcLocator#PATH_ENVIRONMENT}, or null. */
    private static String explicitPath() {
        String property = System.getProperty(NvrtcLocator.PATH_PROPERTY);
        return property != null ? property : System.getenv(NvrtcLocator.PATH_ENVIRONMENT);
    }
}
