package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.LinAlgException;
import io.jtensor.Np;
import io.jtensor.Tensor;
import io.jtensor.TensorRandom;
import io.jtensor.conformance.ReferenceData.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jtensor.conformance.ReferenceData.dtype;
import static io.jtensor.conformance.ReferenceData.parseDouble;
import static io.jtensor.conformance.ReferenceData.parseShape;
import static io.jtensor.conformance.ReferenceData.tokens;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy functions and keywords filled in the twenty-first session: {@code np.load(mmap_mode=)} and
 * {@code open_memmap}, {@code asfortranarray}, {@code require}, {@code array(ndmax=)},
 * {@code shares_memory}/{@code may_share_memory(max_work=)}, {@code isscalar}, {@code iterable},
 * {@code mintypecode}, {@code typename}, and the Generator's {@code multivariate_normal(method=,
 * tol=)} and {@code multivariate_hypergeometric(method=)}. {@code keywords7.csv} (written by
 * {@code tests/reference/generate.py keywords7}) is replayed: values bit for bit (multivariate normal
 * 'cholesky' samples to a few ULP), NumPy's layout flags and aliasing, NumPy's errors by type.
 */
public abstract class Keywords7Conformance extends ConformanceCase {

    /** The name a jtensor error message starts with, where it is not the CSV's op. */
    private static final Map<String, String> JAVA_NAME = Map.of("rng.multivariate_hypergeometric",
            "multivariateHypergeometric", "rng.multivariate_normal", "multivariateNormal", "array_rows", "array");

    @TempDir
    Path dir;

    static Stream<Arguments> referenceGroups() {
        return ReferenceData.groupArguments("keywords7.csv", r -> r.get("op"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceGroups")
    void reference(String key, List<Row> rows) {
        assertAll(rows.stream().map(row -> () -> replay(row)));
    }

    private void replay(Row row) {
        String op = row.get("op");
        String what = row.where() + " " + op + "(" + row.get("inputs") + ", " + row.get("args") + ")";
        List<Tensor> in = new ArrayList<>();
        if (!row.get("inputs").equals("-")) {
            for (String text : row.get("inputs").split(";")) {
                in.add((Tensor) ManipulationConformance.operand(text));
            }
        }
        Map<String, String> args = ReferenceData.keywordArgs(row.get("args"));
        if (row.get("result_dtype").equals("error")) {
            Class<? extends RuntimeException> type = switch (row.get("expected")) {
                case "TooHardError" -> UnsupportedOperationException.class;
                case "LinAlgError" -> LinAlgException.class;
                default -> IllegalArgumentException.class;
            };
            RuntimeException e = assertThrows(type, () -> run(op, in, args), what);
            String name = JAVA_NAME.getOrDefault(op, op);
            assertTrue(e.getMessage().startsWith(name + ": "), () -> what + ": the message names the op: "
                    + e.getMessage());
            return;
        }
        Object result = run(op, in, args);
        if (row.get("result_dtype").equals("value")) {
            String expected = java.net.URLDecoder.decode(row.get("expected"), StandardCharsets.UTF_8);
            String actual = result instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(result);
            assertEquals(expected, actual, what);
            return;
        }
        Tensor tensor = (Tensor) result;
        assertOnBackend(what, tensor);
        if (row.get("expected").startsWith("nan") && op.equals("rng.multivariate_normal")) {
            // svd/eigh: NumPy's shape and type; the values are checked as a distribution below
            Check.meta(what, tensor, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")));
            assertTrue(allFinite(tensor), what + ": finite samples");
            return;
        }
        Tolerance tol = op.equals("rng.multivariate_normal") ? Tolerance.ulpsOrAbsolute(8, 1e-15) : Tolerance.EXACT;
        Check.tokens(what, tensor, dtype(row.get("result_dtype")), parseShape(row.get("result_shape")),
                tokens(row.get("expected")), tol, 0);
        if (!row.get("flags").equals("-")) {
            Map<String, String> flags = ReferenceData.keywordArgs(row.get("flags"));
            assertEquals(flags.get("C").equals("1"), tensor.isContiguous(), what + ": C-contiguous");
            assertEquals(flags.get("F").equals("1"), fContiguous(tensor), what + ": F-contiguous");
            assertEquals(flags.get("W").equals("0"), tensor.isReadOnly(), what + ": read-only");
        }
        Tensor x = in.isEmpty() ? null : in.get(0);
        // an empty tensor shares no bytes with anything, so its aliasing cannot be observed
        switch (x != null && x.size() == 0 ? "-" : row.get("alias")) {
            case "x" -> assertTrue(Np.sharesMemory(tensor, x), what + ": x itself (here a view of x)");
            case "view" -> {
                assertNotSame(x, tensor, what + ": a view, not x");
                assertTrue(Np.sharesMemory(tensor, x), what + ": a view of x");
            }
            case "new" -> assertFalse(Np.sharesMemory(tensor, x), what + ": new memory");
            default -> {
            }
        }
    }

    private static Object run(String op, List<Tensor> in, Map<String, String> a) {
        Tensor x = in.isEmpty() ? null : in.get(0);
        return switch (op) {
            case "asfortranarray" -> Np.asfortranarray(x, optionalDtype(a.get("dtype")));
            case "require" -> Np.require(x, optionalDtype(a.get("dtype")),
                    a.get("requirements").equals("-") ? new String[0] : a.get("requirements").split("/"));
            case "array" -> Np.array(x, null, null, Integer.parseInt(a.get("ndmin")), Integer.parseInt(a.get("ndmax")));
            case "array_rows" -> Np.array(new double[][] {{1.5, 2}, {3, -4}}, Integer.parseInt(a.get("ndmax")));
            case "shares_memory", "may_share_memory" -> overlap(op, a);
            case "isscalar" -> Np.isscalar(kind(a.get("kind")));
            case "iterable" -> Np.iterable(kind(a.get("kind")));
            case "mintypecode" -> mintypecode(a);
            case "typename" -> Np.typename(a.get("char").equals("empty") ? "" : a.get("char"));
            case "rng.multivariate_hypergeometric" -> Np.defaultRng(Long.parseLong(a.get("seed")))
                    .multivariateHypergeometric(longs(a.get("colors")), Long.parseLong(a.get("nsample")),
                            a.get("method"), parseShape(a.get("size")));
            case "rng.multivariate_normal" -> {
                double[] mean = doubles(a.get("mean"));
                double[] flat = doubles(a.get("cov"));
                int k = (int) Math.round(Math.sqrt(flat.length));
                double[][] cov = new double[k][k];
                for (int r = 0; r < k; r++) {
                    System.arraycopy(flat, r * k, cov[r], 0, k);
                }
                yield Np.defaultRng(Long.parseLong(a.get("seed"))).multivariateNormal(mean, cov, a.get("check_valid"),
                        parseDouble(a.get("tol")), a.get("method"), parseShape(a.get("size")));
            }
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }

    /** shares_memory/may_share_memory of two views 'offset;shape;strides' of arange(24) in dtype. */
    private static boolean overlap(String op, Map<String, String> a) {
        DType dtype = dtype(a.get("dtype"));
        Long work = a.get("max_work").equals("-") ? null : Long.valueOf(a.get("max_work"));
        Tensor base = Np.arange(0, 24, 1, dtype);
        Tensor first = a.get("a").equals("separate") ? Np.arange(0, 6, 1, dtype) : strided(base, a.get("a"));
        Tensor second = a.get("b").equals("separate") ? Np.arange(0, 6, 1, dtype) : strided(base, a.get("b"));
        return op.equals("shares_memory") ? Np.sharesMemory(first, second, work) : Np.mayShareMemory(first, second, work);
    }

    private static Tensor strided(Tensor base, String view) {
        String[] parts = view.split(";", -1);
        long offset = Long.parseLong(parts[0]);
        return Np.asStrided(base.slice(0, offset, 24, 1), longs(parts[1]), longs(parts[2]));
    }

    /** The Java value standing for the Python value of keywords7.csv's kind. */
    private static Object kind(String kind) {
        return switch (kind) {
            case "int" -> 3L;
            case "float" -> 2.5;
            case "bool" -> true;
            case "str" -> "ab";
            case "emptystr" -> "";
            case "list" -> List.of(1, 2);
            case "emptylist" -> List.of();
            case "dict" -> Map.of("a", 1);
            case "none" -> null;
            case "tensor0d" -> Np.scalar(1.5);
            case "tensor1d" -> Np.array(new long[] {1, 2});
            case "tensor2d" -> Np.ones(2, 2);
            case "emptytensor" -> Np.zeros(0);
            case "array" -> new int[] {1, 2};
            case "iterator" -> List.of(1).iterator();
            case "char" -> 'x';
            case "object" -> new Object();
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static String mintypecode(Map<String, String> a) {
        String chars = a.get("typechars");
        Object[] codes = chars.equals("-") ? new Object[0] : chars.split("/", -1).clone();
        codes = java.util.Arrays.copyOf(codes, codes.length, Object[].class);
        for (int i = 0; i < codes.length; i++) {
            String code = (String) codes[i];
            if (code.startsWith("dtype:")) {
                codes[i] = dtype(code.substring(6));
            }
        }
        if (a.get("typeset").equals("-") && a.get("default").equals("-")) {
            return Np.mintypecode(codes);
        }
        return Np.mintypecode(codes, a.get("typeset").equals("-") ? "GDFgdf" : a.get("typeset"),
                a.get("default").equals("-") ? "d" : a.get("default"));
    }

    // ---- np.load(mmap_mode=) and open_memmap ------------------------------------------------------

    private boolean mapsFiles() {
        return backend().name().equals("cpu");
    }

    @Test
    void loadReadOnlyMapsTheFileAndRefusesWrites() throws IOException {
        Path file = dir.resolve("r.npy");
        Np.save(file, Np.array(new double[] {1.5, -2, 3.25, 4, 5, 6.5}, 2, 3));
        try (Tensor m = Np.load(file, "r")) {
            Check.tokens("r", m, DType.FLOAT64, new long[] {2, 3}, tokens("1.5 -2.0 3.25 4.0 5.0 6.5"), Tolerance.EXACT, 0);
            assertTrue(m.isReadOnly(), "mmap_mode 'r' is read-only");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Np.copyto(m, 1.0));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            try (Tensor row = m.slice(0, 1, 2, 1)) {
                assertTrue(row.isReadOnly(), "a view of a read-only mapping is read-only");
            }
            try (Tensor doubled = Np.multiply(m, 2.0)) {
                Check.tokens("2m", doubled, DType.FLOAT64, new long[] {2, 3}, tokens("3.0 -4.0 6.5 8.0 10.0 13.0"),
                        Tolerance.EXACT, 0);
                assertFalse(doubled.isReadOnly(), "results of a mapped tensor are writable");
            }
        }
        try (Tensor again = Np.load(file, "readonly")) {
            assertTrue(again.isReadOnly(), "'readonly' is 'r'");
        }
    }

    @Test
    void loadReadWriteWritesThroughToTheFileOnTheCpu() throws IOException {
        Path file = dir.resolve("rw.npy");
        Np.save(file, Np.array(new float[] {1, 2, 3, 4}, 2, 2));
        try (Tensor m = Np.load(file, "r+")) {
            assertFalse(m.isReadOnly());
            try (Tensor first = m.slice(0, 0, 1, 1)) {
                Np.copyto(first, 9.0);
            }
            Check.tokens("r+", m, DType.FLOAT32, new long[] {2, 2}, tokens("9.0 9.0 3.0 4.0"), Tolerance.EXACT, 0);
            // another reader sees the write while the mapping is open: the file's pages are the tensor's memory
            try (Tensor fromFile = Np.load(file)) {
                Check.tokens("file", fromFile, DType.FLOAT32, new long[] {2, 2},
                        tokens(mapsFiles() ? "9.0 9.0 3.0 4.0" : "1.0 2.0 3.0 4.0"), Tolerance.EXACT, 0);
            }
        }
        try (Tensor afterClose = Np.load(file)) {
            Check.tokens("after close", afterClose, DType.FLOAT32, new long[] {2, 2},
                    tokens(mapsFiles() ? "9.0 9.0 3.0 4.0" : "1.0 2.0 3.0 4.0"), Tolerance.EXACT, 0);
        }
    }

    @Test
    void closingTheLastViewUnmapsTheFile() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        org.junit.jupiter.api.Assumptions.assumeTrue(mapsFiles() && Files.isReadable(maps),
                "needs a backend that maps files and Linux's /proc/self/maps");
        Path file = dir.resolve("unmap.npy").toAbsolutePath();
        Np.save(file, Np.arange(0, 4096, 1, DType.FLOAT64));
        Tensor m = Np.load(file, "r");
        Tensor view = m.slice(0, 10, 20, 1);
        assertTrue(Files.readString(maps).contains(file.toString()), "mapped while open");
        m.close();
        assertTrue(Files.readString(maps).contains(file.toString()), "still mapped while a view is open");
        view.close();
        assertFalse(Files.readString(maps).contains(file.toString()), "unmapped once the last view is closed");
    }

    @Test
    void loadCopyOnWriteKeepsTheFile() throws IOException {
        Path file = dir.resolve("c.npy");
        Np.save(file, Np.array(new long[] {1, 2, 3}));
        try (Tensor m = Np.load(file, "c")) {
            assertFalse(m.isReadOnly(), "'c' is writable");
            Np.copyto(m, 7L);
            Check.tokens("c", m, DType.INT64, new long[] {3}, tokens("7 7 7"), Tolerance.EXACT, 0);
            try (Tensor fromFile = Np.load(file, "copyonwrite")) {
                Check.tokens("file", fromFile, DType.INT64, new long[] {3}, tokens("1 2 3"), Tolerance.EXACT, 0);
            }
        }
        try (Tensor fromFile = Np.load(file)) {
            Check.tokens("file", fromFile, DType.INT64, new long[] {3}, tokens("1 2 3"), Tolerance.EXACT, 0);
        }
    }

    @Test
    void loadMapsFortranOrderedFilesAsFortranViews() throws IOException {
        Path file = dir.resolve("f.npy");
        try (Tensor c = Np.array(new int[] {1, 2, 3, 4, 5, 6}, 3, 2); Tensor f = c.T()) {
            Np.save(file, f);   // a Fortran-contiguous view is written in Fortran order
        }
        for (String mode : List.of("r", "r+", "c")) {
            try (Tensor m = Np.load(file, mode)) {
                // "c" comes after "r+", whose write reached the file where the backend maps it
                String expected = mode.equals("c") && mapsFiles() ? "1 3 5 2 4 60" : "1 3 5 2 4 6";
                Check.tokens(mode, m, DType.INT32, new long[] {2, 3}, tokens(expected), Tolerance.EXACT, 0);
                assertTrue(Np.isfortran(m), mode + ": Fortran order, as NumPy's memmap");
                if (!mode.equals("r")) {
                    try (Tensor corner = m.slice(0, 1, 2, 1).slice(1, 2, 3, 1)) {
                        Np.copyto(corner, 60);
                    }
                }
            }
        }
        try (Tensor fromFile = Np.load(file)) {
            Check.tokens("r+ wrote [1, 2]", fromFile, DType.INT32, new long[] {2, 3},
                    tokens(mapsFiles() ? "1 3 5 2 4 60" : "1 3 5 2 4 6"), Tolerance.EXACT, 0);
        }
    }

    @Test
    void filesThatCannotBeUsedInPlaceAreCopiedOrRefusedForWriting() throws IOException {
        Path big = dir.resolve("big.npy");
        ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putInt(1).putInt(-2).putInt(70000);
        Files.write(big, npy("'>i4'", "(3,)", data.array()));
        try (Tensor m = Np.load(big, "r")) {
            Check.tokens("big-endian r", m, DType.INT32, new long[] {3}, tokens("1 -2 70000"), Tolerance.EXACT, 0);
            assertTrue(m.isReadOnly(), "a copy for 'r' is read-only too");
        }
        try (Tensor m = Np.load(big, "c")) {
            Check.tokens("big-endian c", m, DType.INT32, new long[] {3}, tokens("1 -2 70000"), Tolerance.EXACT, 0);
            assertFalse(m.isReadOnly());
        }
        IOException e = assertThrows(IOException.class, () -> Np.load(big, "r+"));
        assertTrue(e.getMessage().contains("big-endian"), e.getMessage());

        Path bools = dir.resolve("bools.npy");
        Files.write(bools, npy("'|b1'", "(3,)", new byte[] {0, 2, 1}));
        try (Tensor m = Np.load(bools, "r")) {
            Check.tokens("bool bytes 0 2 1", m, DType.BOOL, new long[] {3}, tokens("false true true"), Tolerance.EXACT, 0);
        }
        IOException b = assertThrows(IOException.class, () -> Np.load(bools, "r+"));
        assertTrue(b.getMessage().contains("0x02"), b.getMessage());

        Path fine = dir.resolve("fine.npy");
        Files.write(fine, npy("'|b1'", "(3,)", new byte[] {0, 1, 1}));
        try (Tensor m = Np.load(fine, "r+")) {
            Check.tokens("bools 0 1 1", m, DType.BOOL, new long[] {3}, tokens("false true true"), Tolerance.EXACT, 0);
        }
    }

    @Test
    void loadRefusesUnknownModesAndWritePlus() throws IOException {
        Path file = dir.resolve("x.npy");
        Np.save(file, Np.arange(3));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Np.load(file, "x"));
        assertTrue(unknown.getMessage().startsWith("load: mode must be one of"), unknown.getMessage());
        IllegalArgumentException write = assertThrows(IllegalArgumentException.class, () -> Np.load(file, "w+"));
        assertTrue(write.getMessage().contains("openMemmap"), write.getMessage());
        try (Tensor kept = Np.load(file, null)) {
            Check.tokens("the file survives 'w+'", kept, DType.INT64, new long[] {3}, tokens("0 1 2"), Tolerance.EXACT, 0);
        }
        assertThrows(IOException.class, () -> Np.load(dir.resolve("missing.npy"), "r"));
    }

    @Test
    void openMemmapCreatesAZeroFilledFile() throws IOException {
        Path file = dir.resolve("new.npy");
        try (Tensor m = Np.openMemmap(file, "w+", DType.FLOAT32, new long[] {2, 3}, true)) {
            Check.tokens("w+", m, DType.FLOAT32, new long[] {2, 3}, tokens("0 0 0 0 0 0"), Tolerance.EXACT, 0);
            assertTrue(Np.isfortran(m), "fortranOrder");
            try (Tensor row = m.slice(0, 1, 2, 1)) {
                Np.copyto(row, 2.5);
            }
        }
        try (Tensor fromFile = Np.load(file)) {
            Check.tokens("file", fromFile, DType.FLOAT32, new long[] {2, 3},
                    tokens(mapsFiles() ? "0 0 0 2.5 2.5 2.5" : "0 0 0 0 0 0"), Tolerance.EXACT, 0);
            assertTrue(Np.isfortran(fromFile), "written in Fortran order");
        }
        try (Tensor reopened = Np.openMemmap(file, "r", null, null, false)) {
            assertTrue(reopened.isReadOnly());
            assertArrayEquals(new long[] {2, 3}, reopened.shape());
        }
        try (Tensor empty = Np.openMemmap(dir.resolve("empty.npy"), "write", DType.INT16, new long[] {0, 4}, false)) {
            assertArrayEquals(new long[] {0, 4}, empty.shape());
        }
        try (Tensor empty = Np.load(dir.resolve("empty.npy"), "r")) {
            Check.tokens("empty", empty, DType.INT16, new long[] {0, 4}, new String[0], Tolerance.EXACT, 0);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Np.openMemmap(dir.resolve("no.npy"), "w+", DType.FLOAT32, null, false));
        assertTrue(e.getMessage().startsWith("open_memmap: "), e.getMessage());
    }

    private static byte[] npy(String descr, String shape, byte[] data) {
        String header = "{'descr': " + descr + ", 'fortran_order': False, 'shape': " + shape + ", }";
        int pad = 64 - (10 + header.length() + 1) % 64;
        byte[] text = (header + " ".repeat(pad % 64) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(10 + text.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) text.length);
        return b.put(text).put(data).array();
    }

    // ---- Java-only forms ----------------------------------------------------------------------------

    @Test
    void isscalarAndIterableOfJavaValues() {
        assertTrue(Np.iterable(new double[0]), "a Java array");
        assertTrue(Np.iterable(Stream.of(1)), "a stream");
        assertTrue(Np.iterable(new StringBuilder("x")), "a CharSequence");
        assertFalse(Np.iterable(3.0));
        assertTrue(Np.isscalar(new StringBuilder("x")));
        assertFalse(Np.isscalar(new double[] {1}));
        assertFalse(Np.isscalar(DType.FLOAT64), "a dtype is not a scalar");
        assertEquals("d", Np.mintypecode(new Object[] {Np.zeros(2)}, "GDFgdf", "x"), "a tensor's dtype char");
        assertEquals("f", Np.mintypecode(new Object[] {'f', 'e'}, "GDFgdf", "x"), "Characters");
        assertThrows(IllegalArgumentException.class, () -> Np.mintypecode(new Object[] {1.5}, "GDFgdf", "d"));
    }

    @Test
    void requireOwnDataOfATransposeKeepsTheView() {
        // jtensor's documented deviation: a transpose of a fresh tensor spans its storage, so it "owns" it
        try (Tensor x = Np.array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3); Tensor t = x.T();
             Tensor r = Np.require(t, null, "O"); Tensor s = Np.require(t.slice(0, 0, 2, 1), null, "O")) {
            assertTrue(Np.sharesMemory(r, x));
            assertTrue(Np.isfortran(r));
            assertFalse(Np.sharesMemory(s, x), "a part of the storage is not owned: copied");
        }
    }

    @Test
    void maxWorkBoundsTheExactSearch() {
        try (Tensor x = Np.arange(0, 4096, 1, DType.INT64);
             Tensor even = Np.asStrided(x, new long[] {64, 32}, new long[] {64, 2});
             Tensor odd = Np.asStrided(x.slice(0, 1, 4096, 1), new long[] {64, 32}, new long[] {64, 2})) {
            assertFalse(Np.sharesMemory(even, odd, -1L), "interleaved: no element shared");
            assertFalse(Np.mayShareMemory(even, odd, -1L));
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> Np.sharesMemory(even, odd, 3L));
            assertTrue(e.getMessage().startsWith("shares_memory: Exceeded max_work"), e.getMessage());
            assertTrue(Np.mayShareMemory(even, odd, 3L), "too hard: may share");
            assertTrue(Np.mayShareMemory(even, odd), "the bounds overlap");
            assertFalse(Np.sharesMemory(even, odd, 1_000_000L));
        }
    }

    // ---- multivariate_normal 'svd' and 'eigh': the distribution -----------------------------------

    @Test
    void multivariateNormalMethodsSampleTheCovariance() {
        double[] mean = {1.5, -2.0, 0.25};
        double[][] cov = {{4.0, 1.2, -0.5}, {1.2, 2.0, 0.3}, {-0.5, 0.3, 1.5}};
        int n = 20000;
        for (String method : List.of("svd", "eigh", "cholesky")) {
            for (TensorRandom rng : List.of(Np.defaultRng(2026), Np.random(2026))) {
                double[] s;
                try (Tensor samples = rng.multivariateNormal(mean, cov, "raise", 1e-8, method, n)) {
                    s = samples.toDoubleArray();
                }
                for (int a = 0; a < 3; a++) {
                    double m = 0;
                    for (int i = 0; i < n; i++) {
                        m += s[i * 3 + a];
                    }
                    m /= n;
                    // 5 standard errors of the mean
                    assertEquals(mean[a], m, 5 * Math.sqrt(cov[a][a] / n), method + ": mean " + a);
                    for (int b = 0; b <= a; b++) {
                        double c = 0;
                        for (int i = 0; i < n; i++) {
                            c += (s[i * 3 + a] - mean[a]) * (s[i * 3 + b] - mean[b]);
                        }
                        c /= n;
                        // the sample covariance's standard error is sqrt((cov_aa cov_bb + cov_ab^2) / n)
                        double se = Math.sqrt((cov[a][a] * cov[b][b] + cov[a][b] * cov[a][b]) / n);
                        assertEquals(cov[a][b], c, 5 * se, method + ": cov " + a + "," + b);
                    }
                }
            }
        }
    }

    @Test
    void multivariateNormalDrawsBeforeItFails() {
        // NumPy draws size + (k,) standard normals before it factors cov, so after its error the next
        // draw is the one after them: for seed 5 and size 3, rng.random() then gives 0.40847320541999865
        // (python3: rng = np.random.default_rng(5); try rng.multivariate_normal(...) except: rng.random())
        double[][] indefinite = {{1, 2}, {2, 1}};
        double[][] notFinite = {{1, Double.NaN}, {2, 1}};
        List<Object[]> failures = List.of(new Object[] {indefinite, "warn", "cholesky"},
                new Object[] {indefinite, "raise", "svd"}, new Object[] {indefinite, "raise", "eigh"},
                new Object[] {notFinite, "warn", "svd"});
        for (Object[] f : failures) {
            TensorRandom rng = Np.defaultRng(5);
            assertThrows(IllegalArgumentException.class, () -> rng.multivariateNormal(new double[] {0, 0},
                    (double[][]) f[0], (String) f[1], 1e-8, (String) f[2], 3), f[2] + " " + f[1]);
            try (Tensor next = rng.random()) {
                assertEquals(0.40847320541999865, next.item(), 0.0, f[2] + " " + f[1] + ": the stream after the error");
            }
        }
    }

    @Test
    void multivariateNormalEighTakesTheAbsoluteEigenvalue() {
        // NumPy's eigh factor u·√|w|: an indefinite cov, ignored, samples with covariance u·|w|·uᵀ
        double[][] cov = {{1.0, 2.0}, {2.0, 1.0}};   // eigenvalues 3 and -1: u·|w|·uᵀ = [[2, 1], [1, 2]]
        int n = 20000;
        double[] s;
        try (Tensor samples = Np.defaultRng(5).multivariateNormal(new double[] {0, 0}, cov, "ignore", 1e-8, "eigh", n)) {
            s = samples.toDoubleArray();
        }
        double v0 = 0;
        double c01 = 0;
        for (int i = 0; i < n; i++) {
            v0 += s[2 * i] * s[2 * i];
            c01 += s[2 * i] * s[2 * i + 1];
        }
        assertEquals(2.0, v0 / n, 5 * Math.sqrt(8.0 / n), "variance");
        assertEquals(1.0, c01 / n, 5 * Math.sqrt(5.0 / n), "covariance");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static boolean allFinite(Tensor t) {
        for (double v : t.toDoubleArray()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fContiguous(Tensor t) {
        if (t.size() == 0) {
            return true;
        }
        long[] shape = t.shape();
        long[] strides = t.strides();
        long expected = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    private static DType optionalDtype(String text) {
        return text.equals("-") ? null : dtype(text);
    }

    private static long[] longs(String text) {
        if (text.isEmpty() || text.equals("-")) {
            return new long[0];
        }
        String[] parts = text.split("/");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }

    private static double[] doubles(String text) {
        String[] parts = text.split("/");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = parseDouble(parts[i]);
        }
        return values;
    }
}
