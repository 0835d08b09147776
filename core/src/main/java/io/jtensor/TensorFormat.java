package io.jtensor;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's array printing ({@code arrayprint.py}): {@code array2string}, {@code array_str},
 * {@code array_repr} and the per-thread print options behind {@code Tensor.toString()}.
 * The elements are read back once (only the edge items of a summarised tensor); floats are
 * formatted by {@link Dragon4} with one layout (notation, padding, digits) chosen for the whole
 * tensor, exactly as NumPy's FloatingFormat chooses it; rows wrap as NumPy's _formatArray wraps.
 */
final class TensorFormat {

    // NumPy 2 keeps its print options in a contextvar; a thread-local is the Java equivalent
    private static final ThreadLocal<PrintOptions> CURRENT = ThreadLocal.withInitial(PrintOptions::defaults);

    private TensorFormat() {
    }

    static PrintOptions current() {
        return CURRENT.get();
    }

    static void setCurrent(PrintOptions options) {
        CURRENT.set(options);
    }

    /** {@code str(x)} with the current options. */
    static String format(Tensor t) {
        return str(t, CURRENT.get());
    }

    /** {@code np.array_str}: a 0-d tensor prints as its scalar does, others with array2string. */
    static String str(Tensor t, PrintOptions options) {
        if (t.ndim() == 0) {
            return t.dtype.isInteger() ? Long.toString(t.toLongArray()[0]) : scalar(t.dtype, t.item());
        }
        return array2string(t, options.layout(" ", "", ""));
    }

    /** {@code np.array_repr}: {@code array(...)} with the shape and dtype NumPy adds. */
    static String repr(Tensor t, PrintOptions options) {
        String prefix = "array(";
        String body = array2string(t, options.layout(", ", prefix, ")"));
        List<String> extras = new ArrayList<>();
        long[] shape = t.shape();
        if ((t.size() == 0 && !(shape.length == 1 && shape[0] == 0)) || t.size() > options.threshold()) {
            extras.add("shape=" + pythonShape(shape));
        }
        boolean implied = t.dtype == DType.FLOAT64 || t.dtype == DType.INT64 || t.dtype == DType.BOOL;
        if (!implied || t.size() == 0) {
            extras.add("dtype=" + t.dtype.numpyName());
        }
        if (extras.isEmpty()) {
            return prefix + body + ")";
        }
        String head = prefix + body + ",";
        String tail = String.join(", ", extras) + ")";
        int lastLine = head.length() - (head.lastIndexOf('\n') + 1);
        String spacer = lastLine + tail.length() + 1 > options.maxLineWidth() ? "\n" + " ".repeat(prefix.length())
                : " ";
        return head + spacer + tail;
    }

    private static String pythonShape(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            s.append(d > 0 ? ", " : "").append(shape[d]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** {@code np.array2string} with every option taken from {@code options}. */
    static String array2string(Tensor t, PrintOptions options) {
        int lineWidth = options.maxLineWidth() - options.suffix().length();
        if (t.size() == 0) {
            return "[]";
        }
        boolean summarise = t.size() > options.threshold();
        Values values = Values.read(t, summarise ? options.edgeItems() : -1);
        ElementFormat element = ElementFormat.of(t.dtype, t.ndim() == 0, values, options);
        Layout layout = new Layout(values, element, options.separator(), options.edgeItems(), summarise);
        String hanging = " ".repeat(1 + options.prefix().length());
        return layout.recurse(new long[t.ndim()], 0, hanging, lineWidth);
    }

    /**
     * Python's {@code str} of a NumPy scalar: the shortest round-trip digits, positional for
     * {@code 1e-4 <= |x| < 1e16} (1e6 for float32 and 1e3 for float16, NumPy 2.2's cutoffs) and zero, else scientific
     * without a trailing point ({@code 1e+16}).
     */
    static String scalar(DType dtype, double v) {
        return switch (dtype) {
            case BOOL -> v != 0 ? "True" : "False";
            case INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64 -> Long.toString((long) v);
            case FLOAT16, FLOAT32, FLOAT64 -> {
                Dragon4.Bits bits = Dragon4.Bits.of(dtype, v);
                double a = Math.abs(v);
                double cutoff = switch (dtype) {
                    case FLOAT16 -> 1e3;
                    case FLOAT32 -> 1e6;
                    default -> 1e16;
                };
                if (Double.isNaN(v) || Double.isInfinite(v) || a == 0 || (a >= 1e-4 && a < cutoff)) {
                    yield Dragon4.positional(bits, FloatFormat.positional().trim('0'));
                }
                yield Dragon4.scientific(bits, FloatFormat.scientific().trim('-'));
            }
        };
    }

    /** The elements to print, read back once: all of them, or the edge items of every axis. */
    private record Values(DType dtype, long[] shape, long[] keptShape, int edgeItems, double[] numbers,
                          long[] integers) {

        static Values read(Tensor t, int edgeItems) {
            long[] shape = t.shape();
            long[] kept = shape.clone();
            Tensor edges = t;
            List<Tensor> temporaries = new ArrayList<>();
            if (edgeItems >= 0) {
                for (int d = 0; d < shape.length; d++) {
                    if (shape[d] > 2L * edgeItems) {
                        // NumPy's _leading_trailing: only these elements decide the layout and are printed
                        edges = Np.concatenate(new Tensor[] {edges.slice(d, 0, edgeItems, 1),
                                edges.slice(d, shape[d] - edgeItems, shape[d], 1)}, d);
                        temporaries.add(edges);
                        kept[d] = 2L * edgeItems;
                    }
                }
            }
            try {
                if (t.dtype.isInteger()) {
                    return new Values(t.dtype, shape, kept, edgeItems, null, edges.toLongArray());
                }
                return new Values(t.dtype, shape, kept, edgeItems, edges.toDoubleArray(), null);
            } finally {
                temporaries.forEach(Tensor::close);
            }
        }

        int count() {
            return numbers != null ? numbers.length : integers.length;
        }

        /** The flat position among the kept elements of an index into the full shape. */
        int flatIndex(long[] index) {
            long flat = 0;
            for (int d = 0; d < index.length; d++) {
                long i = index[d];
                if (keptShape[d] != shape[d] && i >= edgeItems) {
                    i -= shape[d] - keptShape[d];
                }
                flat = flat * keptShape[d] + i;
            }
            return (int) flat;
        }
    }

    /** NumPy's _formatArray: nested brackets, rows wrapped at the line width, summaries. */
    private record Layout(Values values, ElementFormat element, String separator, int edgeItems, boolean summarise) {

        String recurse(long[] index, int depth, String hanging, int width) {
            int nd = index.length;
            if (depth == nd) {
                return element.format(values, values.flatIndex(index));
            }
            String nextHanging = hanging + " ";
            int nextWidth = width - 1;
            long n = values.shape()[depth];
            boolean summary = summarise && 2L * edgeItems < n;
            long leading = summary ? edgeItems : 0;
            long trailing = summary ? edgeItems : n;
            StringBuilder s = new StringBuilder();
            if (nd - depth == 1) {
                int elementWidth = width - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hanging);
                for (long i = 0; i < leading; i++) {
                    index[depth] = i;
                    extend(s, line, recurse(index, depth + 1, nextHanging, nextWidth), elementWidth,
                            hanging);
                    line.append(separator);
                }
                if (summary) {
                    extend(s, line, "...", elementWidth, hanging);
                    line.append(separator);
                }
                for (long i = trailing; i > 1; i--) {
                    index[depth] = n - i;
                    extend(s, line, recurse(index, depth + 1, nextHanging, nextWidth), elementWidth,
                            hanging);
                    line.append(separator);
                }
                index[depth] = n - 1;
                extend(s, line, recurse(index, depth + 1, nextHanging, nextWidth), elementWidth, hanging);
                s.append(line);
            } else {
                String lineSeparator = separator.stripTrailing() + "\n".repeat(nd - depth - 1);
                for (long i = 0; i < leading; i++) {
                    index[depth] = i;
                    s.append(hanging).append(recurse(index, depth + 1, nextHanging, nextWidth))
                            .append(lineSeparator);
                }
                if (summary) {
                    s.append(hanging).append("...").append(lineSeparator);
                }
                for (long i = trailing; i > 1; i--) {
                    index[depth] = n - i;
                    s.append(hanging).append(recurse(index, depth + 1, nextHanging, nextWidth))
                            .append(lineSeparator);
                }
                index[depth] = n - 1;
                s.append(hanging).append(recurse(index, depth + 1, nextHanging, nextWidth));
            }
            return "[" + s.substring(hanging.length()) + "]";
        }

        /** NumPy's _extendLine: wrap before a word that would pass the width, unless wrapping cannot help. */
        private static void extend(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
            boolean wrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(nextLinePrefix);
            }
            line.append(word);
        }
    }

    /** How every element of one tensor is printed (NumPy's BoolFormat, IntegerFormat, FloatingFormat). */
    private record ElementFormat(DType dtype, boolean zeroDim, char sign, int integerWidth, boolean scientific,
                                 FloatFormat floats, int padLeft, int padRight, String nanStr, String infStr) {

        static ElementFormat of(DType dtype, boolean zeroDim, Values values, PrintOptions o) {
            if (dtype == DType.BOOL) {
                return new ElementFormat(dtype, zeroDim, '-', 0, false, null, 0, 0, null, null);
            }
            if (dtype.isInteger()) {
                long max = Long.MIN_VALUE;
                long min = Long.MAX_VALUE;
                for (long v : values.integers()) {
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
                char sign = o.sign() == ' ' && min < 0 ? '-' : o.sign();
                int maxLength = Long.toString(max).length() + (max >= 0 && sign != '-' ? 1 : 0);
                int width = Math.max(maxLength, Long.toString(min).length());
                return new ElementFormat(dtype, zeroDim, sign, width, false, null, 0, 0, null, null);
            }
            return floating(dtype, values.numbers(), o);
        }

        /** NumPy's FloatingFormat.fillFormat: one notation, precision and padding for all values. */
        private static ElementFormat floating(DType dtype, double[] values, PrintOptions o) {
            boolean plus = o.sign() == '+';
            String mode = o.floatMode();
            int precision = mode.equals("unique") ? -1 : o.precision();
            List<Dragon4.Bits> finite = new ArrayList<>();
            boolean negativeFinite = false;
            boolean nonFinite = false;
            boolean negativeInf = false;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    nonFinite = true;
                    negativeInf |= v == Double.NEGATIVE_INFINITY;
                    continue;
                }
                Dragon4.Bits bits = Dragon4.Bits.of(dtype, v);
                finite.add(bits);
                negativeFinite |= bits.negative();
                if (v != 0) {
                    max = Math.max(max, Math.abs(v));
                    min = Math.min(min, Math.abs(v));
                }
            }
            boolean scientific = false;
            if (min != Double.POSITIVE_INFINITY) {
                // float16/32 data compares in its own type (NumPy 2's weak Python scalars); the cutoff
                // is 10**min(8, finfo.precision)
                if (dtype == DType.FLOAT16) {
                    double ratio = Float16.round((float) max / (float) min);
                    scientific = max >= 1e3 || (!o.suppressSmall() && (min < Float16.round(1e-4) || ratio > 1000));
                } else if (dtype == DType.FLOAT32) {
                    float ratio = (float) max / (float) min;
                    scientific = max >= 1e6 || (!o.suppressSmall() && ((float) min < 1e-4f || ratio > 1000f));
                } else {
                    scientific = max >= 1e8 || (!o.suppressSmall() && (min < 1e-4 || max / min > 1000.));
                }
            }
            int padLeft;
            int padRight;
            FloatFormat format;
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
                format = FloatFormat.positional().trim('.');
            } else if (scientific) {
                boolean fixed = mode.equals("fixed");
                FloatFormat probe = FloatFormat.scientific().precision(precision).unique(!fixed)
                        .trim(fixed ? 'k' : '.').sign(plus);
                int expSize = 0;
                int fraction = 0;
                padLeft = 0;
                for (Dragon4.Bits b : finite) {
                    String s = Dragon4.scientific(b, probe);
                    int e = s.indexOf('e');
                    int dot = s.indexOf('.');
                    expSize = Math.max(expSize, s.length() - e - 2);
                    fraction = Math.max(fraction, e - dot - 1);
                    padLeft = Math.max(padLeft, dot);
                }
                padRight = expSize + 2 + fraction;
                format = FloatFormat.scientific().precision(fraction).minDigits(fraction).unique(!fixed).trim('k')
                        .sign(plus).padLeft(padLeft).expDigits(expSize);
            } else {
                boolean fixed = mode.equals("fixed");
                FloatFormat probe = FloatFormat.positional().precision(precision).unique(!fixed)
                        .trim(fixed ? 'k' : '.').sign(plus);
                padLeft = 0;
                padRight = 0;
                for (Dragon4.Bits b : finite) {
                    String s = Dragon4.positional(b, probe);
                    int dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, s.length() - dot - 1);
                }
                format = fixed || mode.equals("maxprec_equal")
                        ? FloatFormat.positional().precision(padRight).minDigits(padRight).trim('k')
                        : FloatFormat.positional().precision(precision).minDigits(0).trim('.');
                format = format.unique(!fixed).sign(plus);
            }
            if (o.sign() == ' ' && !negativeFinite) {
                padLeft++;
            }
            if (nonFinite) {
                int offset = padRight + 1;
                boolean signedInf = o.sign() != '-' || negativeInf;
                padLeft = Math.max(padLeft, Math.max(o.nanStr().length() - offset,
                        o.infStr().length() + (signedInf ? 1 : 0) - offset));
            }
            if (!scientific) {
                format = format.padLeft(padLeft).padRight(padRight);
            } else {
                format = format.padLeft(padLeft);
            }
            return new ElementFormat(dtype, false, o.sign(), 0, scientific, format, padLeft, padRight, o.nanStr(),
                    o.infStr());
        }

        String format(Values values, int flat) {
            if (dtype == DType.BOOL) {
                return values.numbers()[flat] != 0 ? (zeroDim ? "True" : " True") : "False";
            }
            if (dtype.isInteger()) {
                long v = values.integers()[flat];
                String s = (v >= 0 && sign == '+' ? "+" : v >= 0 && sign == ' ' ? " " : "") + v;
                return s.length() >= integerWidth ? s : " ".repeat(integerWidth - s.length()) + s;
            }
            double v = values.numbers()[flat];
            if (!Double.isFinite(v)) {
                String s = Double.isNaN(v) ? (sign == '+' ? "+" : "") + nanStr
                        : (v < 0 ? "-" : sign == '+' ? "+" : "") + infStr;
                int width = padLeft + padRight + 1;
                return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
            }
            Dragon4.Bits bits = Dragon4.Bits.of(dtype, v);
            return scientific ? Dragon4.scientific(bits, floats) : Dragon4.positional(bits, floats);
        }
    }
}
