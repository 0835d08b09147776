package io.jtensor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code np.savetxt}: a 1-d or 2-d tensor as text, one line per row (a 1-d tensor one element
 * per line), each row formatted by a {@link PrintfFormat}. The tensor is downloaded to the host
 * once, since formatting is host work on every backend.
 */
final class TextTableWriter {

    private static final String OP = "savetxt";

    private TextTableWriter() {
    }

    /**
     * Writes {@code x} to {@code file} in Latin-1, as NumPy's default encoding does.
     *
     * @param formats either one format string (NumPy's {@code fmt=str}) or one per column
     *                ({@code fmt=[...]}); {@code singleString} says which
     */
    static void write(Path file, Tensor x, String[] formats, boolean singleString, String delimiter, String newline,
                      String header, String footer, String comments) throws IOException {
        Objects.requireNonNull(file, OP + ": file is null");
        Objects.requireNonNull(x, OP + ": tensor is null");
        Objects.requireNonNull(formats, OP + ": fmt is null");
        Objects.requireNonNull(delimiter, OP + ": delimiter is null");
        Objects.requireNonNull(newline, OP + ": newline is null");
        Objects.requireNonNull(header, OP + ": header is null");
        Objects.requireNonNull(footer, OP + ": footer is null");
        Objects.requireNonNull(comments, OP + ": comments is null");
        x.checkOpen(OP);
        if (x.ndim() == 0 || x.ndim() > 2) {
            throw new IllegalArgumentException(OP + ": expected a 1-d or 2-d tensor, got a " + x.ndim()
                    + "-d tensor of shape " + Shape.toString(x.shape()) + " instead (as np.savetxt)");
        }
        long rows = x.shape(0);
        long columns = x.ndim() == 1 ? 1 : x.shape(1);
        PrintfFormat rowFormat = rowFormat(formats, singleString, columns, delimiter, x.dtype());
        if (rows * columns > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(OP + ": " + rows * columns + " elements are too many to write as text");
        }
        // Encode the whole text before opening the file, so that a format error leaves no partial file.
        StringBuilder text = new StringBuilder();
        if (!header.isEmpty()) {
            text.append(comments).append(header.replace("\n", "\n" + comments)).append(newline);
        }
        int width = (int) columns;
        if (x.dtype().isFloatingPoint()) {
            double[] values = hostDoubles(x);
            for (int r = 0; r < rows; r++) {
                rowFormat.formatDoubles(values, r * width, text, OP);
                text.append(newline);
            }
        } else {
            long[] values = hostLongs(x);
            for (int r = 0; r < rows; r++) {
                rowFormat.formatLongs(values, r * width, text, OP);
                text.append(newline);
            }
        }
        if (!footer.isEmpty()) {
            text.append(comments).append(footer.replace("\n", "\n" + comments)).append(newline);
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1), 1 << 16)) {
            out.append(text);
        }
    }

    private static PrintfFormat rowFormat(String[] formats, boolean singleString, long columns, String delimiter,
                                          DType dtype) {
        for (String f : formats) {
            Objects.requireNonNull(f, OP + ": a fmt entry is null");
            PrintfFormat.parse(f, OP);   // an unsupported conversion is named in the user's own format
        }
        String joined;
        if (singleString) {
            String fmt = formats[0];
            // NumPy counts '%' characters, not conversions: "%%" counts twice, as in np.savetxt.
            long percents = fmt.chars().filter(c -> c == '%').count();
            if (percents == 1) {
                String[] repeated = new String[(int) columns];
                Arrays.fill(repeated, fmt);
                joined = String.join(delimiter, repeated);
            } else if (percents != columns) {
                throw new IllegalArgumentException(OP + ": fmt '" + fmt + "' has the wrong number of % formats: "
                        + percents + " '%' characters for " + columns + " columns (give one format, to be repeated,"
                        + " or one per column)");
            } else {
                joined = fmt;
            }
        } else {
            if (formats.length != columns) {
                throw new IllegalArgumentException(OP + ": fmt has " + formats.length + " formats " + Arrays.toString(formats)
                        + " but the tensor has " + columns + " columns (give one per column)");
            }
            joined = String.join(delimiter, formats);
        }
        PrintfFormat format = PrintfFormat.parse(joined, OP);
        if (format.conversions() != columns) {
            throw new IllegalArgumentException(OP + ": mismatch between the tensor (" + dtype.numpyName() + ", "
                    + columns + " columns) and the format '" + joined + "', which has " + format.conversions()
                    + " conversions");
        }
        return format;
    }

    private static double[] hostDoubles(Tensor x) {
        if (x.dtype() == DType.FLOAT64) {
            return x.toDoubleArray();
        }
        float[] floats = x.toFloatArray();
        double[] values = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            values[i] = floats[i];
        }
        return values;
    }

    private static long[] hostLongs(Tensor x) {
        return switch (x.dtype()) {
            case INT64, UINT32, INT32, INT16, UINT16, INT8, UINT8 -> x.toLongArray();
            default -> {
                boolean[] bools = x.toBooleanArray();
                long[] values = new long[bools.length];
                for (int i = 0; i < bools.length; i++) {
                    values[i] = bools[i] ? 1 : 0;
                }
                yield values;
            }
        };
    }
}
