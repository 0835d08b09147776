package io.jtensor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code np.loadtxt} with NumPy 2's parser: lines end at {@code \n}, {@code \r\n} or {@code \r};
 * the first {@code skiprows} lines are dropped whatever they hold; text from the comment string on
 * is dropped; a line left empty (blank, with the whitespace delimiter) is no row; values are
 * Python float literals (no hex, no underscores) or decimal integers, with surrounding whitespace.
 * No quoting, no converters.
 */
final class TextTableReader {

    private static final String OP = "loadtxt";

    /** Python's float() grammar without underscores, as NumPy 2's loadtxt accepts it. */
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private TextTableReader() {
    }

    /** The parsing options, checked. maxRows -1 reads every row; usecols null uses every column. */
    record Options(DType dtype, String comments, String delimiter, int skiprows, int[] usecols, boolean unpack,
                   int ndmin, long maxRows) {
        Options {
            Objects.requireNonNull(dtype, OP + ": dtype is null");
            if (comments != null && comments.isEmpty()) {
                throw new IllegalArgumentException(OP + ": comments cannot be an empty string (use null to disable comments)");
            }
            if (delimiter != null && delimiter.length() != 1) {
                throw new IllegalArgumentException(OP + ": delimiter must be a single character or null (whitespace),"
                        + " got '" + delimiter + "'");
            }
            if (delimiter != null && comments != null && comments.contains(delimiter)) {
                throw new IllegalArgumentException(OP + ": the comment string '" + comments
                        + "' cannot include the delimiter '" + delimiter + "'");
            }
            if (skiprows < 0) {
                throw new IllegalArgumentException(OP + ": skiprows must be nonnegative, got " + skiprows);
            }
            if (maxRows < -1) {
                throw new IllegalArgumentException(OP + ": maxRows must be nonnegative (or -1 for all rows), got " + maxRows);
            }
            if (ndmin < 0 || ndmin > 2) {
                throw new IllegalArgumentException(OP + ": illegal ndmin " + ndmin + " (valid: 0, 1, 2)");
            }
            usecols = usecols == null ? null : usecols.clone();
        }
    }

    /** Reads the table from {@code in} (which this method does not close) onto the current backend. */
    static Tensor read(Reader in, Options options, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        Values values = new Values(options.dtype);
        int columns = options.usecols == null ? -1 : options.usecols.length;
        long rows = 0;
        long lineNumber = 0;
        List<String> fields = new ArrayList<>();
        String line;
        while ((options.maxRows < 0 || rows < options.maxRows) && (line = lines.readLine()) != null) {
            lineNumber++;
            if (lineNumber <= options.skiprows) {
                continue;
            }
            if (options.comments != null) {
                int comment = line.indexOf(options.comments);
                if (comment >= 0) {
                    line = line.substring(0, comment);
                }
            }
            split(line, options.delimiter, fields);
            if (fields.isEmpty()) {
                continue;
            }
            if (options.usecols == null) {
                if (columns < 0) {
                    columns = fields.size();
                } else if (fields.size() != columns) {
                    throw new IllegalArgumentException(where(source, lineNumber) + ": the number of columns changed from "
                            + columns + " to " + fields.size() + " (data row " + rows + "); use usecols to select a"
                            + " subset and avoid this error");
                }
                for (int c = 0; c < columns; c++) {
                    values.add(fields.get(c), source, lineNumber, rows, c);
                }
            } else {
                for (int k = 0; k < options.usecols.length; k++) {
                    int c = options.usecols[k];
                    int index = c < 0 ? c + fields.size() : c;
                    if (index < 0 || index >= fields.size()) {
                        throw new IllegalArgumentException(where(source, lineNumber) + ": invalid column index " + c
                                + " for a row with " + fields.size() + " columns (valid: " + -fields.size() + ".."
                                + (fields.size() - 1) + ")");
                    }
                    values.add(fields.get(index), source, lineNumber, rows, index);
                }
            }
            rows++;
        }
        long[] raw = rows == 0 && columns < 0 ? new long[] {0} : new long[] {rows, Math.max(columns, 0)};
        return shaped(values.toTensor(raw), options);
    }

    private static String where(String source, long lineNumber) {
        return OP + ": " + source + ", line " + lineNumber;
    }

    /** Splits on the delimiter, or on runs of whitespace (then a blank line has no fields). */
    private static void split(String line, String delimiter, List<String> fields) {
        fields.clear();
        if (delimiter == null) {
            int n = line.length();
            for (int i = 0; i < n; ) {
                while (i < n && isWhitespace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    fields.add(line.substring(start, i));
                }
            }
            return;
        }
        if (line.isEmpty()) {
            return;
        }
        char d = delimiter.charAt(0);
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == d) {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
    }

    /**
     * Python's {@code str.isspace} (NumPy's tokenizer splits and strips with it), less the line
     * ends, which never reach here: so NO-BREAK SPACE and the other Unicode spaces separate values.
     */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || (c >= '\u001c' && c <= '\u001f')
                || c == '\u0085' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private static String strip(String field) {
        int start = 0;
        int end = field.length();
        while (start < end && isWhitespace(field.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(field.charAt(end - 1))) {
            end--;
        }
        return field.substring(start, end);
    }

    /** NumPy's _ensure_ndmin_ndarray, then unpack's transpose. */
    private static Tensor shaped(Tensor raw, Options options) {
        Tensor result = raw;
        if (result.ndim() > options.ndmin) {
            long[] squeezed = Arrays.stream(result.shape()).filter(n -> n != 1).toArray();
            result = replace(result, result.reshape(squeezed));
        }
        if (result.ndim() < options.ndmin) {
            if (options.ndmin == 1) {
                result = replace(result, result.reshape(1));
            } else {
                long[] atLeast2d = result.ndim() == 0 ? new long[] {1, 1} : new long[] {1, result.shape(0)};
                Tensor row = replace(result, result.reshape(atLeast2d));
                result = replace(row, row.T());
            }
        }
        return options.unpack && result.ndim() >= 2 ? replace(result, result.T()) : result;
    }

    private static Tensor replace(Tensor old, Tensor view) {
        if (view != old) {
            old.close();
        }
        return view;
    }

    /** The parsed values in row order, growing as a host array of the target type. */
    private static final class Values {
        private final DType dtype;
        private double[] doubles = new double[0];
        private float[] floats = new float[0];
        private long[] longs = new long[0];
        private int size;

        Values(DType dtype) {
            this.dtype = dtype;
        }

        void add(String field, String source, long lineNumber, long row, int column) {
            String token = strip(field);
            if (size == Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(OP + ": " + source + " holds too many values for one tensor");
            }
            switch (dtype) {
                case FLOAT64, FLOAT32, FLOAT16 -> {
                    if (!FLOAT.matcher(token).matches()) {
                        throw bad(field, source, lineNumber, row, column);
                    }
                    double v = parseFloat(token);
                    if (dtype != DType.FLOAT32) {
                        doubles = grow(doubles);
                        doubles[size++] = v;
                    } else {
                        floats = grow(floats);
                        floats[size++] = (float) v;
                    }
                }
                default -> {
                    if (!INTEGER.matcher(token).matches() || dtype.isUnsigned() && token.startsWith("-")) {
                        // NumPy's unsigned parser takes no minus sign, not even on -0
                        throw bad(field, source, lineNumber, row, column);
                    }
                    long v;
                    try {
                        v = Long.parseLong(token);
                    } catch (NumberFormatException e) {
                        throw bad(field, source, lineNumber, row, column);
                    }
                    if (!dtype.holds(v)) {
                        throw bad(field, source, lineNumber, row, column);
                    }
                    longs = grow(longs);
                    longs[size++] = dtype == DType.BOOL ? (v != 0 ? 1 : 0) : v;
                }
            }
        }

        private static double parseFloat(String token) {
            String lower = token.toLowerCase();
            boolean negative = lower.startsWith("-");
            String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
            if (unsigned.equals("nan")) {
                return Double.NaN;
            }
            if (unsigned.startsWith("inf")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(token);
        }

        private IllegalArgumentException bad(String field, String source, long lineNumber, long row, int column) {
            return new IllegalArgumentException(where(source, lineNumber) + ", column " + (column + 1)
                    + ": could not convert string '" + field + "' to " + dtype.numpyName() + " (data row " + row + ")");
        }

        private double[] grow(double[] a) {
            return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
        }

        private float[] grow(float[] a) {
            return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
        }

        private long[] grow(long[] a) {
            return size < a.length ? a : Arrays.copyOf(a, Math.max(16, a.length * 2));
        }

        Tensor toTensor(long[] shape) {
            return switch (dtype) {
                case FLOAT64 -> Np.array(Arrays.copyOf(doubles, size), shape);
                case FLOAT16 -> {
                    try (Tensor wide = Np.array(Arrays.copyOf(doubles, size), shape)) {
                        yield wide.astype(DType.FLOAT16);
                    }
                }
                case FLOAT32 -> Np.array(Arrays.copyOf(floats, size), shape);
                case INT64 -> Np.array(Arrays.copyOf(longs, size), shape);
                case INT32 -> Np.array(Arrays.stream(longs, 0, size).mapToInt(v -> (int) v).toArray(), shape);
                case INT8, UINT8, INT16, UINT16, UINT32 -> {
                    try (Tensor wide = Np.array(Arrays.copyOf(longs, size), shape)) {
                        yield wide.astype(dtype);
                    }
                }
                case BOOL -> {
                    boolean[] bools = new boolean[size];
                    for (int i = 0; i < size; i++) {
                        bools[i] = longs[i] != 0;
                    }
                    yield Np.array(bools, shape);
                }
            };
        }
    }
}
