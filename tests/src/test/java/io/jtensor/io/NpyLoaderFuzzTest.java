package io.jtensor.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jtensor.Np;
import io.jtensor.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Jazzer fuzzing of the {@code .npy} and {@code .npz} loaders: every input either loads or throws
 * {@link IOException}; any other exception, an {@link OutOfMemoryError} from a header that
 * promises more data than the file holds, or a hang is a finding.
 *
 * <p>In a plain test run Jazzer replays the seed inputs (valid files written by NumPy, in
 * {@code src/test/resources/io/jtensor/io/NpyLoaderFuzzTestInputs/<method>}) and any earlier
 * findings saved there. With {@code JAZZER_FUZZ=1} it mutates them for {@code maxDuration}; the
 * surefire executions {@code fuzz-npy} and {@code fuzz-npz} of {@code tests/pom.xml} do that in
 * every build (one fuzz test per JVM, as Jazzer requires). A finding is written next to the seeds
 * and replayed by every later run until fixed.
 */
class NpyLoaderFuzzTest {

    @FuzzTest(maxDuration = "25s")
    void npyLoadsOrThrowsIOException(byte[] data) throws IOException {
        Path file = Files.createTempFile("jtensor-fuzz", ".npy");
        try {
            Files.write(file, data);
            try (Tensor t = Np.load(file)) {
                // a loaded tensor must be readable as a whole
                t.copy().close();
            } catch (IOException refused) {
                // the one allowed refusal
            }
        } finally {
            Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "25s")
    void npzLoadsOrThrowsIOException(byte[] data) throws IOException {
        Path file = Files.createTempFile("jtensor-fuzz", ".npz");
        try {
            Files.write(file, data);
            Map<String, Tensor> arrays;
            try {
                arrays = Np.loadNpz(file);
            } catch (IOException refused) {
                return;
            }
            for (Tensor t : arrays.values()) {
                t.copy().close();
                t.close();
            }
        } finally {
            Files.delete(file);
        }
    }
}
