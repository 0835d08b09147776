package io.jtensor;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of a NumPy {@code .npy} file: element type, byte order, memory order and shape.
 *
 * <p>The format (NumPy's {@code numpy.lib.format}): the magic {@code \x93NUMPY}, a major and a
 * minor version byte, the header length (2 bytes little-endian in version 1.0, 4 bytes in 2.0 and
 * 3.0), then the header, a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }} padded with spaces and a
 * newline so that the data starts at a multiple of 64 bytes. Versions 1.0 and 2.0 encode the header
 * in Latin-1, 3.0 in UTF-8.
 *
 * @param dtype        the element type
 * @param order        the byte order of the elements in the file
 * @param fortranOrder whether the elements are stored in Fortran (column-major) order
 * @param shape        the shape
 */
record NpyHeader(DType dtype, ByteOrder order, boolean fortranOrder, long[] shape) {

    /** The first six bytes of every {@code .npy} file. */
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private static final int ALIGNMENT = 64;
    private static final Set<String> KEYS = Set.of("descr", "fortran_order", "shape");

    /** A header for {@code shape} elements of {@code dtype} in the platform's byte order. */
    static NpyHeader of(DType dtype, boolean fortranOrder, long[] shape) {
        return new NpyHeader(dtype, ByteOrder.nativeOrder(), fortranOrder, shape.clone());
    }

    /** Number of elements. */
    long size() {
        return Shape.size(shape);
    }

    /** Number of data bytes that follow the header. */
    long dataLength() {
        return size() * dtype.byteSize();
    }

    /**
     * Reads and checks a header from the start of {@code in}.
     *
     * @param length the length of the whole file in bytes, when known (else -1): the data the header
     *               describes must fill the rest of it exactly
     * @param source what to name in error messages, e.g. {@code "load: data.npy"}
     * @throws IOException when the bytes are not an {@code .npy} header jtensor can read or the file
     *                     is too short or too long for it, saying why
     */
    static NpyHeader read(InputStream in, long length, String source) throws IOException {
        byte[] prefix = in.readNBytes(MAGIC.length + 2);
        if (prefix.length == 0) {
            throw new IOException(source + ": not an .npy file: the file is empty");
        }
        int compared = Math.min(prefix.length, MAGIC.length);
        if (!Arrays.equals(prefix, 0, compared, MAGIC, 0, compared)) {
            boolean zip = prefix.length >= 2 && prefix[0] == 'P' && prefix[1] == 'K';
            throw new IOException(source + ": not an .npy file (it does not start with \\x93NUMPY"
                    + (zip ? "; it is a zip archive: read .npz archives with Np.loadNpz)" : ")"));
        }
        if (prefix.length < MAGIC.length + 2) {
            throw truncated(source, prefix.length < MAGIC.length ? "in the magic string" : "in the format version");
        }
        int major = prefix[6] & 0xff;
        int minor = prefix[7] & 0xff;
        if (major < 1 || major > 3 || minor != 0) {
            throw new IOException(source + ": unsupported .npy format version " + major + "." + minor
                    + " (supported: 1.0, 2.0, 3.0)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] lengthField = in.readNBytes(lengthBytes);
        if (lengthField.length < lengthBytes) {
            throw truncated(source, "in the header length");
        }
        ByteBuffer lengthBuffer = ByteBuffer.wrap(lengthField).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = major == 1 ? lengthBuffer.getShort() & 0xffff : lengthBuffer.getInt() & 0xffffffffL;
        if (headerLength > Integer.MAX_VALUE - 8) {
            throw new IOException(source + ": corrupt header length " + headerLength + " bytes");
        }
        byte[] headerBytes = in.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw truncated(source, "in the header (" + headerBytes.length + " of " + headerLength + " bytes)");
        }
        String text = decode(headerBytes, major, source);
        Map<?, ?> dict = dictionary(text, source);
        DescribedType type = DescribedType.parse(dict.get("descr"), source);
        if (!(dict.get("fortran_order") instanceof Boolean fortran)) {
            throw new IOException(source + ": header value 'fortran_order' must be True or False, got "
                    + dict.get("fortran_order") + " in " + PythonLiteral.quoted(text));
        }
        NpyHeader header = new NpyHeader(type.dtype(), type.order(), fortran, shape(dict.get("shape"), text, source));
        long dataBytes = length - (MAGIC.length + 2 + lengthBytes + headerLength);
        if (length >= 0 && dataBytes < header.dataLength()) {
            throw truncated(source, "in the data: the header describes " + header.describe() + ", "
                    + header.dataLength() + " bytes, but only " + dataBytes + " follow");
        }
        if (length >= 0 && dataBytes > header.dataLength()) {
            throw trailing(source, header, dataBytes - header.dataLength());
        }
        return header;
    }

    /** The shape, type and order in words, e.g. "(2, 3) float64 in Fortran order". */
    String describe() {
        return Shape.toString(shape) + " " + dtype.numpyName() + (fortranOrder ? " in Fortran order" : "");
    }

    /** The error for a file whose data ends early. */
    static IOException truncated(String source, String where) {
        return new IOException(source + ": truncated .npy file: it ends " + where);
    }

    /** The error for bytes after the data, which a one-array file must not have. */
    static IOException trailing(String source, NpyHeader header, long extra) {
        return new IOException(source + ": corrupt .npy file: " + extra + " bytes follow the data of the "
                + header.describe() + " array the header describes (several arrays in one file are not"
                + " supported; use an .npz archive)");
    }

    private static String decode(byte[] bytes, int major, String source) throws IOException {
        if (major < 3) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(source + ": the version 3.0 header is not valid UTF-8", e);
        }
    }

    private static Map<?, ?> dictionary(String text, String source) throws IOException {
        Object value;
        try {
            value = PythonLiteral.parse(text);
        } catch (IOException e) {
            throw new IOException(source + ": malformed .npy header: " + e.getMessage(), e);
        }
        if (!(value instanceof Map<?, ?> dict)) {
            throw new IOException(source + ": malformed .npy header: expected a dict, got " + PythonLiteral.quoted(text));
        }
        if (!dict.keySet().equals(KEYS)) {
            throw new IOException(source + ": the .npy header must have exactly the keys 'descr', 'fortran_order' and"
                    + " 'shape', it has " + dict.keySet() + " in " + PythonLiteral.quoted(text));
        }
        return dict;
    }

    private static long[] shape(Object value, String text, String source) throws IOException {
        if (!(value instanceof PythonLiteral.Tuple(List<Object> items))) {
            throw new IOException(source + ": header value 'shape' must be a tuple of integers, got " + value
                    + " in " + PythonLiteral.quoted(text));
        }
        long[] shape = new long[items.size()];
        BigInteger elements = BigInteger.ONE;
        for (int i = 0; i < shape.length; i++) {
            if (!(items.get(i) instanceof BigInteger dimension) || dimension.signum() < 0 || dimension.bitLength() > 63) {
                throw new IOException(source + ": header value 'shape' has an invalid dimension " + items.get(i)
                        + " in " + PythonLiteral.quoted(text));
            }
            shape[i] = dimension.longValueExact();
            elements = elements.multiply(dimension);
        }
        if (elements.bitLength() > 60) {
            throw new IOException(source + ": header shape " + Shape.toString(shape) + " has " + elements
                    + " elements, more than a file can hold");
        }
        return shape;
    }

    /**
     * The complete header in the smallest format version that can hold it, as NumPy chooses: 1.0
     * unless the header needs more than 65535 bytes.
     */
    byte[] encode() {
        StringBuilder dict = new StringBuilder("{'descr': '").append(DescribedType.descriptor(dtype, order))
                .append("', 'fortran_order': ").append(fortranOrder ? "True" : "False")
                .append(", 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(shape.length == 1 || i < shape.length - 1 ? "," : "");
            dict.append(i < shape.length - 1 ? " " : "");
        }
        dict.append("), }");
        int major = 1;
        int fixed = MAGIC.length + 2 + 2;
        int padded = Math.ceilDiv(fixed + dict.length() + 1, ALIGNMENT) * ALIGNMENT;
        if (padded - fixed > 0xffff) {
            major = 2;
            fixed = MAGIC.length + 2 + 4;
            padded = Math.ceilDiv(fixed + dict.length() + 1, ALIGNMENT) * ALIGNMENT;
        }
        int headerLength = padded - fixed;
        ByteBuffer out = ByteBuffer.allocate(padded).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            out.putShort((short) headerLength);
        } else {
            out.putInt(headerLength);
        }
        out.put(dict.toString().getBytes(StandardCharsets.ISO_8859_1));
        while (out.position() < padded - 1) {
            out.put((byte) ' ');
        }
        out.put((byte) '\n');
        return out.array();
    }

    /** An {@code .npy} type descriptor such as {@code '<f8'}, resolved to a jtensor type and byte order. */
    private record DescribedType(DType dtype, ByteOrder order) {

        static String descriptor(DType dtype, ByteOrder order) {
            String code = switch (dtype) {
                case BOOL -> "b1";
                case INT8 -> "i1";
                case UINT8 -> "u1";
                case INT16 -> "i2";
                case UINT16 -> "u2";
                case INT32 -> "i4";
                case UINT32 -> "u4";
                case INT64 -> "i8";
                case FLOAT16 -> "f2";
                case FLOAT32 -> "f4";
                case FLOAT64 -> "f8";
            };
            if (dtype.byteSize() == 1) {
                return "|" + code;
            }
            return (order == ByteOrder.LITTLE_ENDIAN ? "<" : ">") + code;
        }

        static DescribedType parse(Object value, String source) throws IOException {
            if (!(value instanceof String descr)) {
                throw new IOException(source + ": unsupported dtype: 'descr' is "
                        + (value instanceof List ? "a list of fields (a structured dtype)" : value)
                        + "; jtensor reads bool, int8, uint8, int16, uint16, int32, uint32, int64, float16, float32 and float64");
            }
            ByteOrder order = ByteOrder.nativeOrder();
            String code = descr;
            if (!descr.isEmpty() && "<>|=".indexOf(descr.charAt(0)) >= 0) {
                order = switch (descr.charAt(0)) {
                    case '<' -> ByteOrder.LITTLE_ENDIAN;
                    case '>' -> ByteOrder.BIG_ENDIAN;
                    default -> ByteOrder.nativeOrder();
                };
                code = descr.substring(1);
            }
            DType dtype = switch (code) {
                case "b1", "?" -> DType.BOOL;
                case "i1", "b" -> DType.INT8;
                case "u1", "B" -> DType.UINT8;
                case "i2", "h" -> DType.INT16;
                case "u2", "H" -> DType.UINT16;
                case "i4" -> DType.INT32;
                case "u4", "I" -> DType.UINT32;
                case "i8" -> DType.INT64;
                case "f2", "e" -> DType.FLOAT16;
                case "f4" -> DType.FLOAT32;
                case "f8" -> DType.FLOAT64;
                default -> throw new IOException(source + ": unsupported dtype '" + descr + "'" + numpyName(code)
                        + "; jtensor reads bool, int8, uint8, int16, uint16, int32, uint32, int64, float16, float32 and float64 (convert with astype in NumPy)");
            };
            return new DescribedType(dtype, order);
        }

        /** NumPy's name for a type code jtensor lacks, e.g. " (float16)", or "" when unknown. */
        private static String numpyName(String code) {
            if (code.isEmpty()) {
                return "";
            }
            String bytes = code.substring(1);
            String name = switch (code.charAt(0)) {
                case 'i' -> bits(bytes, "int");
                case 'u' -> bits(bytes, "uint");
                case 'f' -> bits(bytes, "float");
                case 'c' -> bits(bytes, "complex");
                case 'O' -> "object: pickled Python objects";
                case 'U' -> "str";
                case 'S' -> "bytes";
                case 'V' -> "void";
                case 'M' -> "datetime64";
                case 'm' -> "timedelta64";
                default -> "";
            };
            return name.isEmpty() ? "" : " (" + name + ")";
        }

        private static String bits(String bytes, String kind) {
            try {
                return kind + Integer.parseInt(bytes) * 8;
            } catch (NumberFormatException e) {
                return "";
            }
        }
    }
}
