package io.jtensor.io;

import io.jtensor.DType;
import io.jtensor.Np;
import io.jtensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Np#load}, {@link Np#save}, {@link Np#savez} and {@link Np#loadNpz} without NumPy:
 * round trips through jtensor alone, hand-made files for what NumPy never writes, and every way a
 * file can be truncated or corrupt, each of which must be an {@link IOException} saying what is
 * wrong rather than a wrong array.
 */
class NpyFormatTest {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final long[] SHAPE = {2, 3, 4};

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DType.class)
    void savedTensorsLoadBackInEveryLayout(DType dtype) throws IOException {
        Path file = dir.resolve("x.npy");
        try (Tensor c = NpyExpectedValues.tensor(dtype, SHAPE)) {
            Np.save(file, c);
            try (Tensor loaded = Np.load(file)) {
                NpyExpectedValues.assertHolds(loaded, dtype, SHAPE, "C order");
            }
            try (Tensor transposed = c.T(); Tensor reversedCopy = transposed.copy(); Tensor fortran = reversedCopy.T()) {
                Np.save(file, fortran);
                assertTrue(header(file).contains("'fortran_order': True"), header(file));
                try (Tensor loaded = Np.load(file)) {
                    NpyExpectedValues.assertHolds(loaded, dtype, SHAPE, "Fortran order");
                }
            }
        }
        for (long[] shape : List.of(new long[0], new long[] {0}, new long[] {2, 0, 3})) {
            try (Tensor t = NpyExpectedValues.tensor(dtype, shape)) {
                Np.save(file, t);
            }
            try (Tensor loaded = Np.load(file)) {
                NpyExpectedValues.assertHolds(loaded, dtype, shape, Arrays.toString(shape));
            }
        }
    }

    @Test
    void writesNumpysVersionOneHeaderPaddedTo64Bytes() throws IOException {
        Path file = dir.resolve("x.npy");
        try (Tensor t = NpyExpectedValues.tensor(DType.FLOAT64, 3)) {
            Np.save(file, t);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(MAGIC, Arrays.copyOf(bytes, 6));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        String header = header(file);
        String prefix = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "<" : ">";
        assertEquals("{'descr': '" + prefix + "f8', 'fortran_order': False, 'shape': (3,), }", header.strip());
        assertEquals(128, bytes.length - 3 * Double.BYTES, "data starts at a multiple of 64 bytes");
        assertEquals('\n', bytes[127]);
    }

    @Test
    void readsBigEndianNativeOrderAndBoolBytesAboveOne() throws IOException {
        ByteBuffer big = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putInt(1).putInt(-2).putInt(70000);
        try (Tensor t = load(npy(1, dict("'>i4'", "False", "(3,)"), big.array()))) {
            assertArrayEquals(new int[] {1, -2, 70000}, t.toIntArray());
        }
        ByteBuffer nativeOrder = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putDouble(1.5).putDouble(-0.25);
        try (Tensor t = load(npy(2, dict("'=f8'", "False", "(2,)"), nativeOrder.array()))) {
            assertArrayEquals(new double[] {1.5, -0.25}, t.toDoubleArray());
        }
        try (Tensor t = load(npy(3, dict("'|b1'", "False", "(3,)"), new byte[] {0, 2, (byte) 0xff}));
             Tensor asInt = t.astype(DType.INT32)) {
            assertArrayEquals(new int[] {0, 1, 1}, asInt.toIntArray(), "any non-zero byte is true, stored as 1");
        }
    }

    @Test
    void readsFortranOrderAsNumpyLaysItOut() throws IOException {
        ByteBuffer columns = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : new long[] {1, 4, 2, 5, 3, 6}) {
            columns.putLong(v);
        }
        try (Tensor t = load(npy(1, dict("'<i8'", "True", "(2, 3)"), columns.array()))) {
            assertArrayEquals(new long[] {2, 3}, t.shape());
            assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6}, t.toLongArray());
        }
    }

    @Test
    void everyTruncationIsAnIoExceptionNeverAnArray() throws IOException {
        Path file = dir.resolve("x.npy");
        try (Tensor t = NpyExpectedValues.tensor(DType.FLOAT64, 2, 3)) {
            Np.save(file, t);
        }
        byte[] whole = Files.readAllBytes(file);
        for (int length = 0; length < whole.length; length++) {
            IOException e = loadFails(Arrays.copyOf(whole, length));
            String expected = length == 0 ? "the file is empty" : "truncated .npy file";
            assertTrue(e.getMessage().contains(expected), length + " bytes: " + e.getMessage());
        }
        IOException data = loadFails(Arrays.copyOf(whole, whole.length - 1));
        assertTrue(data.getMessage().contains("the header describes (2, 3) float64, 48 bytes, but only 47 follow"),
                data.getMessage());
    }

    @Test
    void bytesAfterTheDataAreRejected() throws IOException {
        IOException e = loadFails(npy(1, dict("'<i4'", "False", "(1,)"), new byte[8]));
        assertTrue(e.getMessage().contains("4 bytes follow the data of the (1,) int32 array"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            '<f16'          ; unsupported dtype '<f16' (float128)
            '<c16'          ; unsupported dtype '<c16' (complex128)
            '|O'            ; unsupported dtype '|O' (object: pickled Python objects)
            '>u8'           ; unsupported dtype '>u8' (uint64)
            '|i16'          ; unsupported dtype '|i16' (int128)
            '<U3'           ; unsupported dtype '<U3' (str)
            [('a', '<f8')]  ; unsupported dtype: 'descr' is a list of fields (a structured dtype)
            """)
    void unsupportedDtypesAreNamed(String descr, String message) {
        IOException e = loadFails(npy(1, dict(descr, "False", "(1,)"), new byte[16]));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("jtensor reads bool, int8, uint8, int16, uint16, int32, uint32, int64, float16,"
                + " float32 and float64"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'descr': '<f8', 'fortran_order': False, 'shape': (1,)                 | malformed .npy header: expected ',' or '}'
            {'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'extra': 1, }  | must have exactly the keys
            {'descr': '<f8', 'fortran_order': False, }                             | must have exactly the keys
            {'descr': '<f8', 'fortran_order': 'no', 'shape': (1,), }               | 'fortran_order' must be True or False
            {'descr': '<f8', 'fortran_order': False, 'shape': [1], }               | 'shape' must be a tuple of integers
            {'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }             | invalid dimension -1
            {'descr': '<f8', 'fortran_order': False, 'shape': (1.5,), }            | malformed .npy header
            {'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776), } | more than a file can hold
            {'descr': '<f8', 'fortran_order': False, 'shape': (1000000000,), }     | 8000000000 bytes, but only 8 follow
            ['descr', '<f8']                                                       | expected a dict
            {'descr': '<f8', 'fortran_order': False, 'shape': (1,), } junk         | unexpected text after the end of the literal
            {'descr: '<f8', 'fortran_order': False, 'shape': (1,), }               | malformed .npy header
            """)
    void corruptHeadersSayWhatIsWrong(String header, String message) {
        IOException e = loadFails(npy(1, header, new byte[8]));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("load: "), e.getMessage());
    }

    @Test
    void badMagicVersionAndEncodingAreReported() throws IOException {
        byte[] valid = npy(1, dict("'<f8'", "False", "(1,)"), new byte[8]);
        byte[] magic = valid.clone();
        magic[1] = 'X';
        assertTrue(loadFails(magic).getMessage().contains("not an .npy file (it does not start with \\x93NUMPY)"));
        byte[] version = valid.clone();
        version[6] = 4;
        assertTrue(loadFails(version).getMessage().contains("unsupported .npy format version 4.0 (supported: 1.0, 2.0, 3.0)"));
        byte[] minor = valid.clone();
        minor[7] = 1;
        assertTrue(loadFails(minor).getMessage().contains("unsupported .npy format version 1.1"));
        byte[] utf8 = npy(3, dict("'<f8'", "False", "(1,)"), new byte[8]);
        utf8[12 + 3] = (byte) 0xc3;
        assertTrue(loadFails(utf8).getMessage().contains("the version 3.0 header is not valid UTF-8"));
        ByteBuffer longHeader = ByteBuffer.wrap(valid.clone()).order(ByteOrder.LITTLE_ENDIAN);
        longHeader.putShort(8, (short) 60000);
        assertTrue(loadFails(longHeader.array()).getMessage().contains("truncated .npy file: it ends in the header"));
    }

    /** Every float16 bit pattern (NaN payloads, subnormals, -0) survives '<f2', '>f2', save, tobytes and view. */
    @Test
    void float16KeepsEveryBitPatternThroughEveryPath() throws IOException {
        short[] bits = new short[1 << 16];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (short) i;
        }
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            ByteBuffer data = ByteBuffer.allocate(2 * bits.length).order(order);
            data.asShortBuffer().put(bits);
            String descr = order == ByteOrder.LITTLE_ENDIAN ? "'<f2'" : "'>f2'";
            try (Tensor x = load(npy(1, dict(descr, "False", "(256, 256)"), data.array()))) {
                assertEquals(DType.FLOAT16, x.dtype(), descr);
                assertArrayEquals(new long[] {256, 256}, x.shape(), descr);
                assertArrayEquals(bits, x.toFloat16Array(), descr);
                Path file = dir.resolve("h.npy");
                Np.save(file, x);
                assertTrue(header(file).contains("'descr': '<f2'"), header(file));
                try (Tensor again = Np.load(file)) {
                    assertArrayEquals(bits, again.toFloat16Array(), descr + " saved and loaded");
                }
                byte[] raw = x.tobytes();
                ByteBuffer expected = ByteBuffer.allocate(raw.length).order(ByteOrder.nativeOrder());
                expected.asShortBuffer().put(bits);
                assertArrayEquals(expected.array(), raw, descr + " tobytes");
                try (Tensor back = Np.frombuffer(raw, DType.FLOAT16)) {
                    assertArrayEquals(bits, back.toFloat16Array(), descr + " frombuffer(tobytes)");
                }
                try (Tensor ints = x.view(DType.INT32); Tensor halves = ints.view(DType.FLOAT16)) {
                    assertArrayEquals(new long[] {256, 128}, ints.shape(), "float16 viewed as int32");
                    int[] words = ints.toIntArray();
                    for (int i = 0; i < words.length; i++) {
                        int low = bits[2 * i] & 0xffff;
                        int high = bits[2 * i + 1] & 0xffff;
                        int word = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? high << 16 | low : low << 16 | high;
                        assertEquals(word, words[i], "int32 word " + i);
                    }
                    assertArrayEquals(new long[] {256, 256}, halves.shape(), "int32 viewed as float16");
                    assertArrayEquals(bits, halves.toFloat16Array(), "float16 -> int32 -> float16 view");
                }
            }
        }
    }

    /**
     * The 1-, 2- and 4-byte integer storage descriptors NumPy writes ('|i1', '|u1', '<i2', '>i2', '<u2',
     * '>u2', '<u4', '>u4') load with their limits intact, save back with NumPy's descriptor, and survive
     * tobytes, frombuffer and the views that reinterpret their bytes.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            |i1 ; INT8   ; -128 127 -1 0
            |u1 ; UINT8  ; 255 0 128 127
            <i2 ; INT16  ; -32768 32767 -1 256
            >i2 ; INT16  ; -32768 32767 -1 256
            <u2 ; UINT16 ; 65535 0 32768 256
            >u2 ; UINT16 ; 65535 0 32768 256
            <u4 ; UINT32 ; 4294967295 0 2147483648 65537
            >u4 ; UINT32 ; 4294967295 0 2147483648 65537
            """)
    void smallIntegerDescriptorsKeepTheirLimits(String descr, DType dtype, String values) throws IOException {
        long[] v = Arrays.stream(values.trim().split(" ")).mapToLong(Long::parseLong).toArray();
        int width = dtype.byteSize();
        ByteOrder order = descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer data = ByteBuffer.allocate(width * v.length).order(order);
        for (long x : v) {
            switch (width) {
                case 1 -> data.put((byte) x);
                case 2 -> data.putShort((short) x);
                default -> data.putInt((int) x);
            }
        }
        try (Tensor x = load(npy(1, dict("'" + descr + "'", "False", "(2, 2)"), data.array()))) {
            assertEquals(dtype, x.dtype(), descr);
            assertArrayEquals(new long[] {2, 2}, x.shape(), descr);
            assertArrayEquals(v, x.toLongArray(), descr);
            Path file = dir.resolve("s.npy");
            Np.save(file, x);
            String written = width == 1 ? descr : "<" + descr.substring(1);
            assertTrue(header(file).contains("'descr': '" + written + "'"), header(file));
            try (Tensor again = Np.load(file)) {
                assertEquals(dtype, again.dtype(), descr + " saved and loaded");
                assertArrayEquals(v, again.toLongArray(), descr + " saved and loaded");
            }
            byte[] raw = x.tobytes();
            ByteBuffer expected = ByteBuffer.allocate(raw.length).order(ByteOrder.nativeOrder());
            for (long e : v) {
                switch (width) {
                    case 1 -> expected.put((byte) e);
                    case 2 -> expected.putShort((short) e);
                    default -> expected.putInt((int) e);
                }
            }
            assertArrayEquals(expected.array(), raw, descr + " tobytes");
            try (Tensor back = Np.frombuffer(raw, dtype)) {
                assertArrayEquals(v, back.toLongArray(), descr + " frombuffer(tobytes)");
            }
            Path rawFile = dir.resolve("s.bin");
            x.tofile(rawFile);
            assertArrayEquals(raw, Files.readAllBytes(rawFile), descr + " tofile writes tobytes");
            try (Tensor back = Np.fromfile(rawFile, dtype)) {
                assertEquals(dtype, back.dtype(), descr + " fromfile");
                assertArrayEquals(v, back.toLongArray(), descr + " fromfile(tofile)");
            }
            // the same bytes read as the other signedness: the two's complement partner
            DType partner = switch (dtype) {
                case INT8 -> DType.UINT8;
                case UINT8 -> DType.INT8;
                case INT16 -> DType.UINT16;
                case UINT16 -> DType.INT16;
                default -> DType.INT32;
            };
            try (Tensor other = x.view(partner); Tensor back = other.view(dtype)) {
                long[] wrapped = Arrays.stream(v).map(partner::wrap).toArray();
                assertArrayEquals(wrapped, other.toLongArray(), descr + " viewed as " + partner.numpyName());
                assertArrayEquals(v, back.toLongArray(), descr + " viewed back");
            }
            // the four elements are one int32 word (1 byte each), two (2 bytes each) or four; a row of two
            // 1-byte elements cannot be viewed as int32 (NumPy's ValueError)
            if (width == 1) {
                assertThrows(IllegalArgumentException.class, () -> x.view(DType.INT32), descr + " rows of 2 bytes");
            }
            try (Tensor flat = x.reshape(4); Tensor words = flat.view(DType.INT32)) {
                assertArrayEquals(new long[] {width}, words.shape(), descr + " viewed as int32");
                ByteBuffer bytes = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
                int[] expectedWords = new int[raw.length / 4];
                for (int i = 0; i < expectedWords.length; i++) {
                    expectedWords[i] = bytes.getInt(4 * i);
                }
                assertArrayEquals(expectedWords, words.toIntArray(), descr + " viewed as int32");
            }
        }
    }

    @Test
    void npzRoundTripKeepsKeyOrderAndLayouts() throws IOException {
        Path file = dir.resolve("all.npz");
        Map<String, Tensor> written = new LinkedHashMap<>();
        try {
            for (DType dtype : List.of(DType.FLOAT64, DType.BOOL, DType.INT64, DType.UINT8, DType.FLOAT32, DType.INT32,
                    DType.INT16, DType.FLOAT16, DType.UINT16, DType.INT8, DType.UINT32)) {
                written.put("z_" + dtype.numpyName(), NpyExpectedValues.tensor(dtype, SHAPE));
            }
            written.put("scalar", NpyExpectedValues.tensor(DType.FLOAT64));
            written.put("empty", NpyExpectedValues.tensor(DType.INT32, 0));
            Np.savez(file, written);
        } finally {
            written.values().forEach(Tensor::close);
        }
        Map<String, Tensor> read = Np.loadNpz(file);
        try {
            assertEquals(List.copyOf(written.keySet()), List.copyOf(read.keySet()));
            for (DType dtype : DType.values()) {
                NpyExpectedValues.assertHolds(read.get("z_" + dtype.numpyName()), dtype, SHAPE, dtype.numpyName());
            }
            NpyExpectedValues.assertHolds(read.get("scalar"), DType.FLOAT64, new long[0], "scalar");
            NpyExpectedValues.assertHolds(read.get("empty"), DType.INT32, new long[] {0}, "empty");
        } finally {
            read.values().forEach(Tensor::close);
        }
    }

    @Test
    void emptyArchiveRoundTrips() throws IOException {
        Path file = dir.resolve("empty.npz");
        Np.savez(file, Map.of());
        assertEquals(Map.of(), Np.loadNpz(file));
    }

    @Test
    void readsDeflatedMembers() throws IOException {
        byte[] member = npy(1, dict("'<f4'", "False", "(2,)"),
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.5f).putFloat(-3f).array());
        Path file = zip(Map.of("w.npy", member), ZipEntry.DEFLATED);
        Map<String, Tensor> read = Np.loadNpz(file);
        try (Tensor w = read.get("w")) {
            assertEquals(List.of("w"), List.copyOf(read.keySet()));
            assertArrayEquals(new float[] {0.5f, -3f}, w.toFloatArray());
        }
    }

    @Test
    void corruptArchivesSayWhatIsWrong() throws IOException {
        Path file = dir.resolve("x.npz");
        try (Tensor t = NpyExpectedValues.tensor(DType.FLOAT64, 2, 3)) {
            Np.savez(file, Map.of("x", t));
        }
        byte[] archive = Files.readAllBytes(file);

        byte[] flipped = archive.clone();
        int magicAt = indexOf(flipped, MAGIC);
        flipped[magicAt + 128 + 5] ^= 0x40;
        assertTrue(npzFails(flipped).getMessage().contains("member 'x.npy': CRC-32 mismatch"));

        IOException truncated = npzFails(Arrays.copyOf(archive, archive.length / 2));
        assertTrue(truncated.getMessage().contains("not a valid .npz (zip) archive"), truncated.getMessage());

        byte[] badHeader = archive.clone();
        badHeader[magicAt + 6] = 9;
        assertTrue(npzFails(badHeader).getMessage().contains("member 'x.npy': unsupported .npy format version 9.0"));

        Path text = zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)), ZipEntry.DEFLATED);
        assertTrue(npzFails(Files.readAllBytes(text)).getMessage().contains("member 'readme.txt': not an .npy array"));

        byte[] member = npy(1, dict("'<f8'", "False", "(1,)"), new byte[8]);
        Path deflated = zip(Map.of("y.npy", member), ZipEntry.DEFLATED);
        byte[] broken = Files.readAllBytes(deflated);
        int data = indexOf(broken, "y.npy".getBytes(StandardCharsets.US_ASCII)) + 5;
        for (int i = data; i < data + 6; i++) {
            broken[i] = (byte) 0xff;
        }
        IOException inflate = npzFails(broken);
        assertTrue(inflate.getMessage().contains("member 'y.npy'"), inflate.getMessage());
    }

    @Test
    void npyAndNpzAreNotMistakenForEachOther() throws IOException {
        Path npy = dir.resolve("x.npy");
        Path npz = dir.resolve("x.npz");
        try (Tensor t = NpyExpectedValues.tensor(DType.INT32, 3)) {
            Np.save(npy, t);
            Np.savez(npz, Map.of("t", t));
        }
        IOException asNpz = assertThrows(IOException.class, () -> Np.loadNpz(npy));
        assertTrue(asNpz.getMessage().contains("this is an .npy file, not an .npz archive: read it with Np.load"), asNpz.getMessage());
        IOException asNpy = assertThrows(IOException.class, () -> Np.load(npz));
        assertTrue(asNpy.getMessage().contains("it is a zip archive: read .npz archives with Np.loadNpz"), asNpy.getMessage());
    }

    @Test
    void savingAClosedTensorFailsBeforeTouchingTheFile() {
        Path file = dir.resolve("closed.npy");
        Tensor t = NpyExpectedValues.tensor(DType.FLOAT32, 2);
        t.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Np.save(file, t));
        assertTrue(e.getMessage().startsWith("save: the tensor (2,) float32 is closed"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static String dict(String descr, String fortranOrder, String shape) {
        return "{'descr': " + descr + ", 'fortran_order': " + fortranOrder + ", 'shape': " + shape + ", }";
    }

    /** An .npy file with the given header (a newline is appended) and data, without padding. */
    private static byte[] npy(int major, String header, byte[] data) {
        byte[] text = (header + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lengthBytes = major == 1 ? 2 : 4;
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + lengthBytes + text.length + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) text.length);
        } else {
            b.putInt(text.length);
        }
        return b.put(text).put(data).array();
    }

    private static String header(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int length = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        return new String(bytes, 10, length, StandardCharsets.ISO_8859_1);
    }

    private Tensor load(byte[] bytes) throws IOException {
        Path file = dir.resolve("crafted.npy");
        Files.write(file, bytes);
        return Np.load(file);
    }

    private IOException loadFails(byte[] bytes) {
        return assertThrows(IOException.class, () -> {
            try (Tensor unexpected = load(bytes)) {
                throw new AssertionError("loaded " + unexpected + " from a bad file");
            }
        });
    }

    private IOException npzFails(byte[] bytes) {
        Path file = dir.resolve("crafted.npz");
        return assertThrows(IOException.class, () -> {
            Files.write(file, bytes);
            Map<String, Tensor> unexpected = Np.loadNpz(file);
            unexpected.values().forEach(Tensor::close);
            throw new AssertionError("loaded " + unexpected.keySet() + " from a bad archive");
        });
    }

    private Path zip(Map<String, byte[]> members, int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(method);
            for (Map.Entry<String, byte[]> member : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
                zip.closeEntry();
            }
        }
        Path file = dir.resolve("made.npz");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found: " + Arrays.toString(needle));
    }
}
