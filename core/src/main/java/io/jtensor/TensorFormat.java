package io.jtensor;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * NumPy's {@code str()} layout for tensors: precision 8 with the shortest round-trip digits,
 * fixed or scientific notation chosen for the whole tensor, columns aligned, rows wrapped at 75
 * characters, and tensors of more than 1000 elements summarised with "..." (3 edge items).
 */
final class TensorFormat {

    private static final int PRECISION = 8;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 75;

    private TensorFormat() {
    }

    static String format(Tensor t) {
        if (t.ndim() == 0) {
            return scalar(t.dtype, t.item());
        }
        if (t.size() == 0) {
            return "[]";
        }
        boolean summarise = t.size() > THRESHOLD;
        long[] shape = t.shape();
        Values values = summarise ? Values.edges(t, shape) : Values.all(t);
        ElementFormat element = ElementFormat.of(t.dtype, values.numbers(), values.integers());
        StringBuilder out = new StringBuilder();
        appendBlock(out, values, element, shape, 0, new long[shape.length], summarise, "");
        return out.toString();
    }

    private static String scalar(DType dtype, double v) {
        return switch (dtype) {
            case BOOL -> v != 0 ? "True" : "False";
            case INT32, INT64 -> Long.toString((long) v);
            case FLOAT32 -> special(v) != null ? special(v) : scalarRepr(Float.toString((float) v), v, 8);
            case FLOAT64 -> special(v) != null ? special(v) : scalarRepr(Double.toString(v), v, 16);
        };
    }

    /**
     * Python's {@code repr} of a float (NumPy's for a 0-d array): the shortest round-trip digits,
     * positional when the decimal exponent is in {@code -4 .. cutoff-1}, else {@code 1.5e+20}.
     */
    private static String scalarRepr(String shortest, double v, int cutoff) {
        BigDecimal d = new BigDecimal(shortest).stripTrailingZeros();
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        if (d.signum() == 0) {
            return sign + "0.0";
        }
        d = d.abs();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent < cutoff) {
            String plain = d.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String digits = d.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "")
                + Math.abs(exponent);
    }

    private static String special(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return null;
    }

    private static void appendBlock(StringBuilder out, Values values, ElementFormat element, long[] shape, int depth,
                                    long[] index, boolean summarise, String indent) {
        out.append('[');
        long n = shape[depth];
        boolean cut = summarise && n > 2 * EDGE_ITEMS;
        String innerIndent = indent + " ";
        if (depth == shape.length - 1) {
            int lineStart = out.lastIndexOf("\n") + 1;
            for (long i = 0; i < n; i++) {
                if (cut && i == EDGE_ITEMS) {
                    lineStart = appendWord(out, "...", i > 0, lineStart, innerIndent);
                    i = n - EDGE_ITEMS - 1;
                    continue;
                }
                index[depth] = i;
                int flat = values.flatIndex(index);
                String word = values.integers() != null ? element.pad(Long.toString(values.integers()[flat]))
                        : element.format(values.numbers()[flat]);
                lineStart = appendWord(out, word, i > 0, lineStart, innerIndent);
            }
        } else {
            String separator = "\n".repeat(shape.length - depth - 1);
            for (long i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(separator).append(innerIndent);
                }
                if (cut && i == EDGE_ITEMS) {
                    out.append("...");
                    i = n - EDGE_ITEMS - 1;
                    continue;
                }
                index[depth] = i;
                appendBlock(out, values, element, shape, depth + 1, index, summarise, innerIndent);
            }
        }
        out.append(']');
    }

    private static int appendWord(StringBuilder out, String word, boolean separate, int lineStart, String indent) {
        int needed = (separate ? 1 : 0) + word.length() + 1;
        if (separate && out.length() - lineStart + needed > LINE_WIDTH) {
            out.append('\n').append(indent);
            lineStart = out.length() - indent.length();
        } else if (separate) {
            out.append(' ');
        }
        out.append(word);
        return lineStart;
    }

    /** The elements to print, read once from the backend. */
    private record Values(double[] numbers, long[] integers, long[] shape, long[] keptIndex, boolean edgesOnly) {

        /** Every element; integers are read as longs so int64 values print exactly. */
        static Values all(Tensor t) {
            if (t.dtype.isInteger()) {
                return new Values(null, t.toLongArray(), t.shape(), null, false);
            }
            return new Values(t.toDoubleArray(), null, t.shape(), null, false);
        }

        /** Only the first and last EDGE_ITEMS along every axis. */
        static Values edges(Tensor t, long[] shape) {
            int nd = shape.length;
            long[] kept = new long[nd];
            for (int d = 0; d < nd; d++) {
                kept[d] = Math.min(shape[d], 2 * EDGE_ITEMS);
            }
            int count = (int) Shape.size(kept);
            double[] numbers = new double[count];
            long[] idx = new long[nd];
            for (int flat = 0; flat < count; flat++) {
                int rest = flat;
                for (int d = nd - 1; d >= 0; d--) {
                    long k = rest % kept[d];
                    rest /= (int) kept[d];
                    idx[d] = shape[d] > 2 * EDGE_ITEMS && k >= EDGE_ITEMS ? shape[d] - 2 * EDGE_ITEMS + k : k;
                }
                numbers[flat] = t.getDouble(idx);
            }
            return new Values(numbers, null, shape, kept, true);
        }

        int flatIndex(long[] index) {
            long flat = 0;
            for (int d = 0; d < index.length; d++) {
                long i = index[d];
                long extent = shape[d];
                if (edgesOnly) {
                    extent = keptIndex[d];
                    if (shape[d] > 2 * EDGE_ITEMS && i >= EDGE_ITEMS) {
                        i = i - (shape[d] - 2 * EDGE_ITEMS);
                    }
                }
                flat = flat * extent + i;
            }
            return (int) flat;
        }
    }

    /** How every element of one tensor is printed, so columns align. */
    private record ElementFormat(DType dtype, boolean scientific, int padLeft, int padRight, int width,
                                 int exponentDigits) {

        static ElementFormat of(DType dtype, double[] values, long[] integers) {
            if (dtype == DType.BOOL) {
                return new ElementFormat(dtype, false, 0, 0, 5, 2);
            }
            if (integers != null) {
                int width = 1;
                for (long v : integers) {
                    width = Math.max(width, Long.toString(v).length());
                }
                return new ElementFormat(dtype, false, 0, 0, width, 2);
            }
            if (!dtype.isFloatingPoint()) {
                int width = 1;
                for (double v : values) {
                    width = Math.max(width, Long.toString((long) v).length());
                }
                return new ElementFormat(dtype, false, 0, 0, width, 2);
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                double a = Math.abs(v);
                if (Double.isFinite(a) && a > 0) {
                    max = Math.max(max, a);
                    min = Math.min(min, a);
                }
            }
            boolean scientific = max >= 1e8 || (max > 0 && (min < 1e-4 || max / min > 1e3));
            ElementFormat probe = new ElementFormat(dtype, scientific, 0, 0, 0, 2);
            int exponentDigits = 2;
            int left = 0;
            int right = 0;
            int specialWidth = 0;
            for (double v : values) {
                String s = probe.digits(v);
                if (s == null) {
                    specialWidth = Math.max(specialWidth, special(v).length());
                    continue;
                }
                String mantissa = scientific ? s.substring(0, s.indexOf('e')) : s;
                if (scientific) {
                    exponentDigits = Math.max(exponentDigits, s.length() - s.indexOf('e') - 2);
                }
                int dot = mantissa.indexOf('.');
                left = Math.max(left, dot);
                right = Math.max(right, mantissa.length() - dot - 1);
            }
            int width = left + 1 + right + (scientific ? 2 + exponentDigits : 0);
            return new ElementFormat(dtype, scientific, left, right, Math.max(width, specialWidth), exponentDigits);
        }

        String format(double v) {
            if (dtype == DType.BOOL) {
                return pad(v != 0 ? "True" : "False", width);
            }
            if (!dtype.isFloatingPoint()) {
                return pad(Long.toString((long) v), width);
            }
            String s = digits(v);
            if (s == null) {
                return pad(special(v), width);
            }
            String mantissa = scientific ? s.substring(0, s.indexOf('e')) : s;
            String exponent = "";
            if (scientific) {
                String digits = s.substring(s.indexOf('e') + 2);
                exponent = s.substring(s.indexOf('e'), s.indexOf('e') + 2) + "0".repeat(exponentDigits - digits.length())
                        + digits;
            }
            int dot = mantissa.indexOf('.');
            String fraction = mantissa.substring(dot + 1);
            String fill = (scientific ? "0" : " ").repeat(padRight - fraction.length());
            return pad(mantissa.substring(0, dot), padLeft) + "." + fraction + fill + exponent;
        }

        /** Shortest round-trip digits, at most 8 after the point; null for NaN and Inf. */
        String digits(double v) {
            if (!Double.isFinite(v)) {
                return null;
            }
            String shortest = dtype == DType.FLOAT32 ? Float.toString((float) v) : Double.toString(v);
            BigDecimal d = new BigDecimal(shortest);
            boolean negative = v < 0 || (v == 0 && 1 / v < 0);
            if (scientific) {
                if (d.signum() == 0) {
                    return (negative ? "-" : "") + "0.e+00";
                }
                int exp = d.precision() - d.scale() - 1;
                BigDecimal m = d.movePointLeft(exp);
                m = m.setScale(Math.min(PRECISION, Math.max(m.scale(), 0)), RoundingMode.HALF_EVEN).stripTrailingZeros();
                if (m.abs().compareTo(BigDecimal.TEN) >= 0) {
                    m = m.movePointLeft(1);
                    exp++;
                }
                return trimmed(m, negative) + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
                        + Math.abs(exp);
            }
            if (d.scale() > PRECISION) {
                d = d.setScale(PRECISION, RoundingMode.HALF_EVEN);
            }
            return trimmed(d.stripTrailingZeros(), negative);
        }

        private static String trimmed(BigDecimal d, boolean negative) {
            String plain = d.abs().toPlainString();
            if (!plain.contains(".")) {
                plain = plain + ".";
            }
            return (negative ? "-" : "") + plain;
        }

        String pad(String s) {
            return pad(s, width);
        }

        private static String pad(String s, int width) {
            return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
        }
    }
}
