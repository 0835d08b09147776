package io.jtensor.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jtensor.Np;
import io.jtensor.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer fuzzing of the {@code .npy} loader: every input either loads or throws
 * {@link IOException}; any other exception, an {@link OutOfMemoryError} from a header that
 * promises more data than the file holds, or a hang is a finding ({@link NpzLoaderFuzzTest} does
 * the same for {@code .npz}).
 *
 * <p>In a plain test run Jazzer replays the seed inputs (valid files written by NumPy, in
 * {@code src/test/resources/io/jtensor/io/NpyLoaderFuzzTestInputs/<method>}) and any earlier
 * findings saved there. With {@code JAZZER_FUZZ=1} it mutates them for {@code maxDuration}; the
 * surefire execution {@code fuzz} of {@code tests/pom.xml} does that in every build, for this
 * class and {@link NpzLoaderFuzzTest} at once, each in a JVM of its own (Jazzer fuzzes one test
 * per JVM). A finding is written next to the seeds and replayed by every later run until fixed.
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
}
