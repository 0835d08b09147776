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
 * The basics of {@code np.genfromtxt} for float64 tables: unlike {@link TextTableReader}
 * ({@code loadtxt}) it fills a missing or unparsable field with a filling value (NaN by default),
 * and it can drop footer lines. NumPy's algorithm ({@code numpy/lib/_npyio_impl.py}) is followed
 * step by step, so its quirks are kept:
 *
 * <ul>
 *   <li>the first {@code skipHeader} lines are dropped whatever they hold; then each line is cut at
 *       the first occurrence of the comment string and stripped of spaces, CR and LF only (Python's
 *       {@code line.strip(" \r\n")}); a line that splits into no fields is skipped;</li>
 *   <li>fields are split at every occurrence of the delimiter string (several characters allowed,
 *       empty fields kept), or at runs of whitespace ({@code null} or "");</li>
 *   <li>a field is converted as Python's {@code float()} converts it (surrounding whitespace,
 *       {@code inf}/{@code nan} in any case, digits grouped by single underscores); anything else,
 *       the empty field included, becomes the filling value;</li>
 *   <li>the number of columns is the first data line's (or the number of usecols); a line with
 *       another count (or too short for a usecols index) is an error, except in the footer; NumPy
 *       numbers lines from the first data line on, blank and comment lines included, plus
 *       skipHeader + 1, and decides which bad lines are in the footer by those numbers: kept as is;</li>
 *   <li>negative usecols count from the end of the first data line; the result is squeezed (a
 *       single row or column gives a 1-d tensor, a single value a 0-d one), no data gives shape
 *       (0).</li>
 * </ul>
 */
final class TolerantTableReader {

    private static final String OP = "genfromtxt";

    /** Python's float() grammar, with PEP 515 underscores between digits. */
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\."
            + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?|(?i:inf|infinity|nan))");

    private TolerantTableReader() {
    }

    /** Reads the table from {@code in} (not closed here) onto the current backend. */
    static Tensor read(Reader in, String delimiter, String comments, int skipHeader, int skipFooter, int[] usecols,
                       double fillingValue) throws IOException {
        if (comments != null && comments.isEmpty()) {
            throw new IllegalArgumentException(OP + ": comments cannot be an empty string (use null to disable"
                    + " comments)");
        }
        String split = delimiter == null || delimiter.isEmpty() ? null : delimiter;
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        for (int i = 0; i < skipHeader; i++) {
            if (lines.readLine() == null) {
                break;
            }
        }
        List<String> first = List.of();
        String line = null;
        while (first.isEmpty() && (line = lines.readLine()) != null) {
            first = fields(line, split, comments);
        }
        if (first.isEmpty()) {
            return Np.array(new double[0], new long[] {0});
        }
        int[] columns = usecols == null || usecols.length == 0 ? null : usecols.clone();
        int nbcols = columns == null ? first.size() : columns.length;
        if (columns != null) {
            for (int k = 0; k < columns.length; k++) {
                if (columns[k] < 0) {
                    columns[k] += first.size();
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<long[]> invalid = new ArrayList<>();
        long i = 0;
        for (; line != null; line = lines.readLine(), i++) {
            List<String> values = fields(line, split, comments);
            int nbvalues = values.size();
            if (nbvalues == 0) {
                continue;
            }
            double[] row = new double[nbcols];
            if (columns != null) {
                boolean ok = true;
                for (int k = 0; k < columns.length && ok; k++) {
                    // Python indexing: a still-negative index counts from this line's end
                    int c = columns[k] < 0 ? columns[k] + nbvalues : columns[k];
                    ok = c >= 0 && c < nbvalues;
                    if (ok) {
                        row[k] = convert(values.get(c), fillingValue);
                    }
                }
                if (!ok) {
                    invalid.add(new long[] {i + skipHeader + 1, nbvalues});
                    continue;
                }
            } else if (nbvalues != nbcols) {
                invalid.add(new long[] {i + skipHeader + 1, nbvalues});
                continue;
            } else {
                for (int k = 0; k < nbcols; k++) {
                    row[k] = convert(values.get(k), fillingValue);
                }
            }
            rows.add(row);
        }
        int footer = Math.max(0, skipFooter);
        if (!invalid.isEmpty()) {
            long nbrows = rows.size() + invalid.size() - footer;
            if (footer > 0) {
                long threshold = nbrows + skipHeader;
                int skipped = (int) invalid.stream().filter(bad -> bad[0] > threshold).count();
                invalid = invalid.subList(0, invalid.size() - skipped);
                footer -= skipped;
            }
            if (!invalid.isEmpty()) {
                StringBuilder message = new StringBuilder(OP + ": some errors were detected! ");
                for (long[] bad : invalid) {
                    message.append("Line #").append(bad[0]).append(" (got ").append(bad[1])
                            .append(" columns instead of ").append(nbcols).append("); ");
                }
                message.append("every data line must have as many columns as the first (or hold every usecols"
                        + " index)");
                throw new IllegalArgumentException(message.toString());
            }
        }
        if (footer > 0) {
            rows = rows.subList(0, Math.max(0, rows.size() - footer));
        }
        if (rows.isEmpty()) {
            return Np.array(new double[0], new long[] {0});
        }
        double[] data = new double[Math.multiplyExact(rows.size(), nbcols)];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, data, r * nbcols, nbcols);
        }
        long[] shape = Arrays.stream(new long[] {rows.size(), nbcols}).filter(n -> n != 1).toArray();
        // Np.array reads an empty shape as 1-d; one value is NumPy's 0-d result
        if (shape.length == 0) {
            try (Tensor flat = Np.array(data)) {
                return flat.reshape();
            }
        }
        return Np.array(data, shape);
    }

    /** NumPy's LineSplitter: comment cut, {@code strip(" \r\n")}, then split. */
    private static List<String> fields(String line, String delimiter, String comments) {
        if (comments != null) {
            int at = line.indexOf(comments);
            if (at >= 0) {
                line = line.substring(0, at);
            }
        }
        int start = 0;
        int end = line.length();
        while (start < end && isStripped(line.charAt(start))) {
            start++;
        }
        while (end > start && isStripped(line.charAt(end - 1))) {
            end--;
        }
        line = line.substring(start, end);
        if (line.isEmpty()) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        if (delimiter == null) {
            int n = line.length();
            for (int i = 0; i < n; ) {
                while (i < n && TextTableReader.isWhitespace(line.charAt(i))) {
                    i++;
                }
                int from = i;
                while (i < n && !TextTableReader.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > from) {
                    fields.add(line.substring(from, i));
                }
            }
            return fields;
        }
        int from = 0;
        for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, from)) {
            fields.add(line.substring(from, at));
            from = at + delimiter.length();
        }
        fields.add(line.substring(from));
        return fields;
    }

    private static boolean isStripped(char c) {
        return c == ' ' || c == '\r' || c == '\n';
    }

    /** Python's {@code float(field)}, or the filling value where it would raise. */
    private static double convert(String field, double fillingValue) {
        int start = 0;
        int end = field.length();
        while (start < end && TextTableReader.isWhitespace(field.charAt(start))) {
            start++;
        }
        while (end > start && TextTableReader.isWhitespace(field.charAt(end - 1))) {
            end--;
        }
        String token = field.substring(start, end);
        if (!FLOAT.matcher(token).matches()) {
            return fillingValue;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT).replace("_", "");
        boolean negative = lower.startsWith("-");
        String unsigned = negative || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (unsigned.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(lower);
    }
}
