package io.jtensor.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.jtensor.Np;
import io.jtensor.Tensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Jazzer fuzzing of the {@code .npz} loader, as {@link NpyLoaderFuzzTest} does for {@code .npy}:
 * every input either loads or throws {@link IOException}. Seeds (archives written by NumPy) are in
 * {@code src/test/resources/io/jtensor/io/NpzLoaderFuzzTestInputs/<method>}.
 */
class NpzLoaderFuzzTest {

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
