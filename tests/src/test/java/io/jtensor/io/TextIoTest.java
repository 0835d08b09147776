package io.jtensor.io;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#savezCompressed}, {@link Np#savetxt} and {@link Np#loadtxt} beyond NumPy's reference
 * rows (which the conformance family {@code textio} replays on every backend): a compressed
 * archive NumPy wrote, round trips, the formats jtensor refuses where NumPy would fall back on
 * Python's {@code str}, and what the error messages name.
 */
class TextIoTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheCompressedArchiveNumpyWrote() throws IOException {
        Path file = dir.resolve("compressed.npz");
        try (InputStream in = TextIoTest.class.getResourceAsStream("/io/textio/compressed.npz")) {
            Files.write(file, in.readAllBytes());
        }
        Map<String, Tensor> arrays = Np.loadNpz(file);
        try {
            assertEquals(List.of("a", "b", "c", "d"), List.copyOf(arrays.keySet()));
            assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, arrays.get("a").toDoubleArray());
            assertArrayEquals(new long[] {2, 3}, arrays.get("a").shape());
            assertEquals(DType.INT32, arrays.get("b").dtype());
            assertArrayEquals(new int[] {1, -2, Integer.MAX_VALUE}, arrays.get("b").toIntArray());
            assertArrayEquals(new boolean[] {true, false}, arrays.get("c").toBooleanArray());
            Tensor d = arrays.get("d");
            assertArrayEquals(new long[] {4, 2, 3}, d.shape());
            // np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1): d[i, j, k] = 12 j + 4 k + i
            long[] values = d.toLongArray();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 2; j++) {
                    for (int k = 0; k < 3; k++) {
                        assertEquals(12 * j + 4 * k + i, values[i * 6 + j * 3 + k], "d[" + i + "," + j + "," + k + "]");
                    }
                }
            }
        } finally {
            arrays.values().forEach(Tensor::close);
        }
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void compressedArchivesHoldDeflatedMembersThatLoadBack(DType dtype) throws IOException {
        Path stored = dir.resolve("stored.npz");
        Path compressed = dir.resolve("compressed.npz");
        long[] shape = {20, 30, 4};
        try (Tensor x = NpyExpectedValues.tensor(dtype, shape); Tensor zeros = Np.zeros(new long[] {1000}, DType.FLOAT64);
             Tensor transposed = x.T()) {
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            tensors.put("x", x);
            tensors.put("zeros", zeros);
            tensors.put("fortran", transposed);
            Np.savez(stored, tensors);
            Np.savezCompressed(compressed, tensors);
        }
        try (ZipFile zip = new ZipFile(compressed.toFile()); ZipFile plain = new ZipFile(stored.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName() + " is deflated");
                try (InputStream a = zip.getInputStream(entry); InputStream b = plain.getInputStream(plain.getEntry(entry.getName()))) {
                    assertArrayEquals(b.readAllBytes(), a.readAllBytes(), entry.getName() + ": the same .npy bytes as savez");
                }
            }
            assertEquals(List.of("x.npy", "zeros.npy", "fortran.npy"), names);
        }
        assertTrue(Files.size(compressed) < Files.size(stored), "compression shrinks 8000 zero bytes");
        Map<String, Tensor> loaded = Np.loadNpz(compressed);
        try {
            NpyExpectedValues.assertHolds(loaded.get("x"), dtype, shape, "x");
            assertArrayEquals(new double[1000], loaded.get("zeros").toDoubleArray());
            assertArrayEquals(new long[] {4, 30, 20}, loaded.get("fortran").shape());
        } finally {
            loaded.values().forEach(Tensor::close);
        }
    }

    @Test
    void savezCompressedNamesItselfInErrors() {
        Map<String, Tensor> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Np.savezCompressed(dir.resolve("x.npz"), withNull));
        assertEquals("savezCompressed: the tensor for key 'a' is null", e.getMessage());
    }

    @Test
    void savetxtWith17SignificantDigitsRoundTripsThroughLoadtxtBitForBit() throws IOException {
        double[] values = {0.1, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE,
                1.0 / 3, -2.5e-300, 123456789.123456789, 1e22};
        Path file = dir.resolve("x.txt");
        try (Tensor x = Np.array(values, 2, 5)) {
            Np.savetxt(file, x, "%.17g", ",");
        }
        try (Tensor y = Np.loadtxt(file, DType.FLOAT64, ",")) {
            assertArrayEquals(new long[] {2, 5}, y.shape());
            double[] back = y.toDoubleArray();
            for (int i = 0; i < values.length; i++) {
                assertEquals(Double.doubleToLongBits(values[i]), Double.doubleToLongBits(back[i]), "element " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "%r", "%a", "%c", "%o", "%x", "%X", "%(name)f", "%*d", "%.*f", "%q"})
    void savetxtRefusesConversionsItDoesNotImplement(String fmt) {
        Path file = dir.resolve("x.txt");
        try (Tensor x = Np.array(new long[] {1, 2})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, x, fmt));
            assertTrue(e.getMessage().startsWith("savetxt: unsupported conversion '"), e.getMessage());
            assertTrue(e.getMessage().contains("in fmt '" + fmt + "'") && e.getMessage().contains("supported: %d"), e.getMessage());
        }
        assertFalse(Files.exists(file), "no file is written");
    }

    @Test
    void savetxtErrorsNameWhatIsWrong() {
        Path file = dir.resolve("x.txt");
        try (Tensor cube = Np.zeros(2, 2, 2); Tensor row = Np.array(new double[] {1, Double.NaN}, 1, 2)) {
            assertEquals("savetxt: expected a 1-d or 2-d tensor, got a 3-d tensor of shape (2, 2, 2) instead (as np.savetxt)",
                    assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, cube)).getMessage());
            assertEquals("savetxt: fmt '%d %d %d' has the wrong number of % formats: 3 '%' characters for 2 columns"
                            + " (give one format, to be repeated, or one per column)",
                    assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, row, "%d %d %d")).getMessage());
            assertEquals("savetxt: cannot convert float NaN to integer for the conversion %d (use %e, %f or %g for non-finite values)",
                    assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, row, "%d")).getMessage());
            assertTrue(assertThrows(IllegalArgumentException.class, () -> Np.savetxt(file, row,
                    new String[] {"%f"}, " ", "\n", "", "", "# ")).getMessage().startsWith("savetxt: fmt has 1 formats [%f] but the tensor has 2 columns"));
            assertThrows(IOException.class, () -> Np.savetxt(file, row, "%.1f", " ", "\n", "\u03c0", "", "# "),
                    "a header that is not Latin-1");
        }
    }

    @Test
    void loadtxtErrorsNameTheLineAndColumn() {
        String text = "# header\n1 2\n\n3 x\n";
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Np.loadtxt(new StringReader(text), DType.FLOAT64, "#", null, 0, null, false, 0, -1));
        assertEquals("loadtxt: <reader>, line 4, column 2: could not convert string 'x' to float64 (data row 1)", bad.getMessage());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Np.loadtxt(new StringReader("1 2\n3\n"), DType.FLOAT64, "#", null, 0, null, false, 0, -1));
        assertEquals("loadtxt: <reader>, line 2: the number of columns changed from 2 to 1 (data row 1);"
                + " use usecols to select a subset and avoid this error", ragged.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> Np.loadtxt(new StringReader("1 2 3\n4 5\n"), DType.FLOAT64, "#", null, 0, new int[] {2}, false, 0, -1));
        assertEquals("loadtxt: <reader>, line 2: invalid column index 2 for a row with 2 columns (valid: -2..1)", column.getMessage());
        assertEquals("loadtxt: illegal ndmin 3 (valid: 0, 1, 2)", assertThrows(IllegalArgumentException.class,
                () -> Np.loadtxt(new StringReader("1"), DType.FLOAT64, "#", null, 0, null, false, 3, -1)).getMessage());
        Path file = dir.resolve("data.txt");
        IllegalArgumentException named = assertThrows(IllegalArgumentException.class, () -> {
            Files.writeString(file, "1,2\n3,2147483648\n", StandardCharsets.UTF_8);
            Np.loadtxt(file, DType.INT32, ",");
        });
        assertEquals("loadtxt: " + file + ", line 2, column 2: could not convert string '2147483648' to int32 (data row 1)",
                named.getMessage());
    }

    @Test
    void loadtxtReadsFromAReaderOntoTheCurrentBackend() throws IOException {
        try (Tensor t = Np.loadtxt(new StringReader("a b c\n1 2 3\n4 5 6\n"), DType.INT64, "#", null, 1,
                new int[] {-1, 0}, true, 0, -1)) {
            assertEquals(Np.currentBackend(), t.backend());
            assertArrayEquals(new long[] {2, 2}, t.shape());
            assertArrayEquals(new long[] {3, 6, 1, 4}, t.toLongArray());
        }
    }
}
