package io.jtensor.io;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code .npy}/{@code .npz} round trips against the installed NumPy: NumPy writes every layout
 * (all jtensor dtypes, C and Fortran order, little and big endian, format versions 1.0 to 3.0,
 * 0-d and empty arrays, stored and deflated archives) and jtensor reads them; jtensor writes and
 * NumPy checks. Skipped, with a message saying so, where python3 with NumPy is not installed.
 */
class NpyNumpyInteropTest {

    private static final List<DType> DTYPES = List.of(DType.BOOL, DType.INT32, DType.INT64, DType.FLOAT32, DType.FLOAT64,
            DType.FLOAT16, DType.INT8, DType.UINT8, DType.INT16, DType.UINT16, DType.UINT32);
    private static final long[] SHAPE = {2, 3, 4};
    private static final String SCRIPT = "npy_interop.py";

    /** Why NumPy cannot be used here, or null when it can; probed once. */
    private static String numpyProblem;

    @BeforeAll
    static void probeNumpy() throws InterruptedException {
        numpyProblem = numpyProblem();
        if (numpyProblem != null) {
            System.err.println("NpyNumpyInteropTest: NumPy round trips skipped: " + numpyProblem);
        }
    }

    @BeforeEach
    void requireNumpy() {
        assumeTrue(numpyProblem == null, "NumPy round trips skipped: " + numpyProblem);
    }

    /** Why NumPy cannot be used here, or null when it can. */
    private static String numpyProblem() throws InterruptedException {
        try {
            PythonRun run = python("-c", "import numpy");
            String[] lines = run.output().strip().split("\n");
            return run.exitCode() == 0 ? null : "python3 cannot import numpy (" + lines[lines.length - 1] + ")";
        } catch (IOException e) {
            return "python3 is not installed (" + e.getMessage() + ")";
        }
    }

    @Test
    void readsEveryLayoutNumpyWrites(@TempDir Path dir) throws Exception {
        runScript("write", dir);
        int files = 0;
        for (DType dtype : DTYPES) {
            for (String order : List.of("C", "F")) {
                for (String endian : List.of("little", "big")) {
                    for (String version : List.of("v1", "v2", "v3")) {
                        String name = dtype.numpyName() + "_" + order + "_" + endian + "_" + version + ".npy";
                        try (Tensor t = Np.load(dir.resolve(name))) {
                            NpyExpectedValues.assertHolds(t, dtype, SHAPE, name);
                        }
                        files++;
                    }
                }
            }
            String scalar = dtype.numpyName() + "_scalar.npy";
            try (Tensor t = Np.load(dir.resolve(scalar))) {
                NpyExpectedValues.assertHolds(t, dtype, new long[0], scalar);
            }
            String empty = dtype.numpyName() + "_empty.npy";
            try (Tensor t = Np.load(dir.resolve(empty))) {
                NpyExpectedValues.assertHolds(t, dtype, new long[] {2, 0, 3}, empty);
            }
            files += 2;
        }
        assertEquals(14 * DTYPES.size(), files);
    }

    @Test
    void readsStoredAndDeflatedArchivesNumpyWrites(@TempDir Path dir) throws Exception {
        runScript("write", dir);
        for (String archive : List.of("stored.npz", "deflated.npz")) {
            Map<String, Tensor> arrays = Np.loadNpz(dir.resolve(archive));
            try {
                List<String> expectedKeys = new ArrayList<>(DTYPES.stream().map(DType::numpyName).toList());
                if (archive.equals("deflated.npz")) {
                    expectedKeys.add("float64_F_big");
                }
                assertEquals(expectedKeys, List.copyOf(arrays.keySet()), archive + ": keys in archive order");
                for (DType dtype : DTYPES) {
                    NpyExpectedValues.assertHolds(arrays.get(dtype.numpyName()), dtype, SHAPE, archive + "[" + dtype + "]");
                }
                if (archive.equals("deflated.npz")) {
                    NpyExpectedValues.assertHolds(arrays.get("float64_F_big"), DType.FLOAT64, SHAPE, archive + "[float64_F_big]");
                }
            } finally {
                arrays.values().forEach(Tensor::close);
            }
        }
    }

    @Test
    void numpyReadsWhatJtensorWrites(@TempDir Path dir) throws Exception {
        Map<String, Tensor> archive = new LinkedHashMap<>();
        try {
            for (DType dtype : DTYPES) {
                String name = dtype.numpyName();
                Tensor c = NpyExpectedValues.tensor(dtype, SHAPE);
                archive.put(name, c);
                Np.save(dir.resolve(name + "_C.npy"), c);
                try (Tensor transposed = c.T(); Tensor reversedCopy = transposed.copy(); Tensor fortran = reversedCopy.T()) {
                    assertFalse(fortran.isContiguous(), "the view is Fortran-ordered, not C");
                    Np.save(dir.resolve(name + "_F.npy"), fortran);
                }
                try (Tensor strided = c.slice(2, 0, Long.MAX_VALUE, 2)) {
                    Np.save(dir.resolve(name + "_strided.npy"), strided);
                }
                try (Tensor scalar = NpyExpectedValues.tensor(dtype)) {
                    Np.save(dir.resolve(name + "_scalar.npy"), scalar);
                }
                try (Tensor empty = NpyExpectedValues.tensor(dtype, 2, 0, 3)) {
                    Np.save(dir.resolve(name + "_empty.npy"), empty);
                }
            }
            Np.savez(dir.resolve("all.npz"), archive);
        } finally {
            archive.values().forEach(Tensor::close);
        }
        String output = runScript("check", dir);
        assertTrue(output.contains("checked " + 6 * DTYPES.size() + " arrays written by jtensor"), output);
    }

    private record PythonRun(int exitCode, String output) {
    }

    private static String runScript(String mode, Path dir) throws IOException, InterruptedException {
        String script;
        try (InputStream in = NpyNumpyInteropTest.class.getResourceAsStream(SCRIPT)) {
            assertTrue(in != null, SCRIPT + " is missing from the test resources");
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PythonRun run = python("-c", script, mode, dir.toString());
        assertEquals(0, run.exitCode(), "python3 " + SCRIPT + " " + mode + " failed:\n" + run.output());
        return run.output();
    }

    private static PythonRun python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("python3 did not finish in 60 s:\n" + output);
        }
        return new PythonRun(process.exitValue(), output);
    }
}
