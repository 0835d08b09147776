package io.jtensor;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A port of {@code numpy.testing._private.utils.assert_array_compare} and {@code build_err_msg}
 * (NumPy 2.4), step for step: shape (and with strict, dtype) check, nan and inf positions, inf
 * values, flagged positions removed, the element comparison and the mismatch report. Both
 * tensors are read back to the host once; the few sub-arrays and 0-d differences the message
 * prints are made on the inputs' backend only to be formatted by {@link TensorFormat}.
 */
final class ArrayComparison {

    /** One element test, {@code comparison(x, y)} of the Python source, on host values. */
    interface Comparison {
        boolean holds(HostArray x, int i, HostArray y, int j);
    }

    static final String[] ACTUAL_DESIRED = {"ACTUAL", "DESIRED"};
    static final String[] X_Y = {"x", "y"};

    private ArrayComparison() {
    }

    /** The elements of a tensor in C order: doubles for floats, longs for integers and bools. */
    record HostArray(Tensor tensor, DType dtype, long[] shape, double[] floats, long[] integers) {

        static HostArray read(Tensor t) {
            DType d = t.dtype();
            return d.isFloatingPoint() ? new HostArray(t, d, t.shape(), t.toDoubleArray(), null)
                    : new HostArray(t, d, t.shape(), null, t.toLongArray());
        }

        int ndim() {
            return shape.length;
        }

        int size() {
            return floats != null ? floats.length : integers.length;
        }

        /** The element as NumPy casts it to float64 (int64 rounds to nearest). */
        double real(int i) {
            return floats != null ? floats[i] : (double) integers[i];
        }

        long integer(int i) {
            return integers[i];
        }

        boolean isNan(int i) {
            return floats != null && Double.isNaN(floats[i]);
        }

        boolean isInf(int i) {
            return floats != null && Double.isInfinite(floats[i]);
        }

        /**
         * {@code f"{a[i]}"}: a NumPy scalar's {@code __format__} with an empty spec goes through
         * Python's float, so a float32 prints the shortest digits of its float64 value
         * ({@code 1.100000023841858}).
         */
        String elementText(int i) {
            if (dtype.isInteger()) {
                return Long.toString(integers[i]);
            }
            return TensorFormat.scalar(dtype == DType.BOOL ? DType.BOOL : DType.FLOAT64, real(i));
        }
    }

    /** {@code x == y} with NumPy's promotion (floats compare as doubles, exactly). */
    static boolean equal(HostArray x, int i, HostArray y, int j) {
        if (x.floats != null || y.floats != null) {
            return x.real(i) == y.real(j);
        }
        return x.integer(i) == y.integer(j);
    }

    /** {@code x < y} with NumPy's promotion. */
    static boolean less(HostArray x, int i, HostArray y, int j) {
        if (x.floats != null || y.floats != null) {
            return x.real(i) < y.real(j);
        }
        return x.integer(i) < y.integer(j);
    }

    /** {@code np.isclose(x, y, rtol, atol, equal_nan)} as NumPy 2 computes it, dtype by dtype. */
    static Comparison isclose(double rtol, double atol, boolean equalNan) {
        return (x, i, y, j) -> {
            DType yType = y.dtype.promoteWithFloatScalar();
            double yv = round(yType, y.real(j));
            double xv = x.real(i);
            DType differenceType = DType.promote(x.dtype, yType);
            double difference = Math.abs(round(differenceType, xv - yv));
            double bound = round(yType, round(yType, round(yType, rtol) * Math.abs(yv)) + round(yType, atol));
            boolean result = (difference <= bound && Double.isFinite(yv)) || round(differenceType, xv) == yv;
            return result || (equalNan && Double.isNaN(xv) && Double.isNaN(yv));
        };
    }

    /** {@code abs(x - y.astype(result_type(y, 1.))) < 1.5 * 10.0**(-decimal)}. */
    static Comparison almostEqual(int decimal) {
        double limit = 1.5 * Double.parseDouble("1e" + (-decimal));
        return (x, i, y, j) -> {
            DType yType = y.dtype.promoteWithFloatScalar();
            double yv = round(yType, y.real(j));
            DType differenceType = DType.promote(x.dtype, yType);
            double z = Math.abs(round(differenceType, x.real(i) - yv));
            // the Python float limit is weak: a float32 difference compares with it rounded to float32
            return z < round(differenceType, limit);
        };
    }

    private static double round(DType type, double v) {
        return switch (type) {
            case FLOAT32 -> (double) (float) v;
            case FLOAT16 -> Float16.round(v);
            default -> v;
        };
    }

    /** {@code values} as host memory of the float type {@code type}. */
    private static MemorySegment floats(DType type, double... values) {
        return switch (type) {
            case FLOAT32 -> MemorySegment.ofArray(toFloats(values));
            case FLOAT16 -> {
                short[] h = new short[values.length];
                for (int k = 0; k < h.length; k++) {
                    h[k] = Float16.fromDouble(values[k]);
                }
                yield MemorySegment.ofArray(h);
            }
            default -> MemorySegment.ofArray(values);
        };
    }

    static void compare(Comparison comparison, Tensor actual, Tensor desired, String errMsg, String header,
                        int precision, boolean equalNan, boolean equalInf, boolean strict, String[] names) {
        Objects.requireNonNull(actual, "assert: actual is null");
        Objects.requireNonNull(desired, "assert: desired is null");
        Objects.requireNonNull(errMsg, "assert: errMsg is null (use \"\")");
        HostArray x = HostArray.read(actual);
        HostArray y = HostArray.read(desired);
        boolean sameShape = java.util.Arrays.equals(x.shape, y.shape);
        boolean cond = strict ? sameShape && x.dtype == y.dtype : x.ndim() == 0 || y.ndim() == 0 || sameShape;
        if (!cond) {
            String reason = !sameShape
                    ? "\n(shapes " + pythonShape(x.shape) + ", " + pythonShape(y.shape) + " mismatch)"
                    : "\n(dtypes " + x.dtype.numpyName() + ", " + y.dtype.numpyName() + " mismatch)";
            throw failure(List.of(actual, desired), errMsg + reason, header, names, precision);
        }
        long[] shape = x.ndim() == 0 ? y.shape : x.shape;
        int n = x.ndim() == 0 ? y.size() : x.size();
        // flagged as in NumPy: a scalar when either side is 0-d, else one flag per element
        boolean flaggedScalar = false;
        boolean[] flagged = null;
        if (equalNan) {
            boolean[] xNan = new boolean[x.size()];
            boolean[] yNan = new boolean[y.size()];
            for (int k = 0; k < xNan.length; k++) {
                xNan[k] = x.isNan(k);
            }
            for (int k = 0; k < yNan.length; k++) {
                yNan[k] = y.isNan(k);
            }
            checkSamePositions(xNan, yNan, n, actual, desired, errMsg, "nan", header, names, precision);
            if (x.ndim() == 0) {
                flaggedScalar = xNan[0];
            } else if (y.ndim() == 0) {
                flaggedScalar = yNan[0];
            } else {
                flagged = yNan;
            }
        }
        if (equalInf) {
            boolean[] xInf = new boolean[x.size()];
            boolean[] yInf = new boolean[y.size()];
            for (int k = 0; k < xInf.length; k++) {
                xInf[k] = x.isInf(k) && !(flagged != null ? flagged[k] : flaggedScalar);
            }
            for (int k = 0; k < yInf.length; k++) {
                yInf[k] = y.isInf(k) && !(flagged != null ? flagged[k] : flaggedScalar);
            }
            checkSamePositions(xInf, yInf, n, actual, desired, errMsg, "inf", header, names, precision);
            boolean maskScalar = x.ndim() == 0 ? xInf[0] : y.ndim() == 0 ? yInf[0] : false;
            boolean[] mask = x.ndim() == 0 || y.ndim() == 0 ? null : yInf;
            checkSameInfValues(x, y, mask, maskScalar, n, errMsg, header, names, precision);
            if (mask != null) {
                boolean[] merged = new boolean[n];
                for (int k = 0; k < n; k++) {
                    merged[k] = mask[k] || (flagged != null ? flagged[k] : flaggedScalar);
                }
                flagged = merged;
            } else {
                flaggedScalar |= maskScalar;
            }
        }
        int[] kept;
        if (flagged != null) {
            int count = 0;
            for (boolean f : flagged) {
                count += f ? 0 : 1;
            }
            if (count == 0) {
                return;
            }
            kept = new int[count];
            for (int k = 0, m = 0; k < n; k++) {
                if (!flagged[k]) {
                    kept[m++] = k;
                }
            }
        } else {
            if (flaggedScalar) {
                return;
            }
            kept = new int[n];
            for (int k = 0; k < n; k++) {
                kept[k] = k;
            }
        }
        boolean[] invalid = new boolean[kept.length];
        int mismatches = 0;
        for (int m = 0; m < kept.length; m++) {
            int k = kept[m];
            invalid[m] = !comparison.holds(x, x.ndim() == 0 ? 0 : k, y, y.ndim() == 0 ? 0 : k);
            mismatches += invalid[m] ? 1 : 0;
        }
        if (mismatches == 0) {
            return;
        }
        int elements = flagged != null ? flagged.length : kept.length;
        List<String> remarks = new ArrayList<>();
        double percent = 100.0 * mismatches / elements;
        remarks.add("Mismatched elements: " + mismatches + " / " + elements + " (" + general3(percent) + "%)");
        if (shape.length != 0) {
            StringBuilder s = new StringBuilder();
            int shown = 0;
            for (int m = 0; m < kept.length && shown < 5; m++) {
                if (!invalid[m]) {
                    continue;
                }
                int k = kept[m];
                s.append(shown > 0 ? "\n" : "").append(' ').append(pythonIndex(shape, k)).append(": ")
                        .append(x.elementText(x.ndim() == 0 ? 0 : k)).append(" (").append(names[0]).append("), ")
                        .append(y.elementText(y.ndim() == 0 ? 0 : k)).append(" (").append(names[1]).append(')');
                shown++;
            }
            String title = mismatches == 1 ? "Mismatch at index:" : mismatches <= 5 ? "Mismatch at indices:"
                    : "First 5 mismatches are at indices:";
            remarks.add(title + "\n" + s);
        }
        if (!(x.dtype == DType.BOOL && y.dtype == DType.BOOL)) {   // bool - bool is NumPy's TypeError: no lines
            differences(x, y, kept, invalid, remarks);
        }
        throw failure(List.of(actual, desired), errMsg + "\n" + String.join("\n", remarks), header, names,
                precision);
    }

    /** The two "Max ... difference among violations" remarks, computed in the arrays' dtypes. */
    private static void differences(HostArray x, HostArray y, int[] kept, boolean[] invalid, List<String> remarks) {
        DType errorType = DType.promote(x.dtype, y.dtype);
        DType ratioType = DType.promote(errorType, y.dtype).isFloatingPoint() ? DType.promote(errorType, y.dtype)
                : DType.FLOAT64;
        boolean integral = !errorType.isFloatingPoint();
        long maxLong = Long.MIN_VALUE;
        double maxDouble = Double.NEGATIVE_INFINITY;
        double maxRatio = Double.NEGATIVE_INFINITY;
        boolean anyNonzero = false;
        for (int m = 0; m < kept.length; m++) {
            if (!invalid[m]) {
                continue;
            }
            int i = x.ndim() == 0 ? 0 : kept[m];
            int j = y.ndim() == 0 ? 0 : kept[m];
            double error;
            if (integral) {
                long e = errorType.wrap(Math.abs(errorType.wrap(x.integer(i) - y.integer(j))));
                if (x.dtype.isUnsigned()) {
                    // NumPy takes min(abs(x - y), abs(y - x)) for an unsigned x, both wrapped: 0 - 255 is 1 in uint8
                    e = Math.min(e, errorType.wrap(Math.abs(errorType.wrap(y.integer(j) - x.integer(i)))));
                }
                maxLong = Math.max(maxLong, e);
                error = e;
            } else {
                error = Math.abs(round(errorType, x.real(i) - y.real(j)));
                maxDouble = Double.isNaN(maxDouble) || Double.isNaN(error) ? Double.NaN : Math.max(maxDouble, error);
            }
            boolean nonzero = y.real(j) != 0;
            if (nonzero) {
                anyNonzero = true;
                double absY = y.dtype.isInteger() ? y.dtype.wrap(Math.abs(y.integer(j))) : Math.abs(y.real(j));
                double ratio = round(ratioType, round(ratioType, error) / round(ratioType, absY));
                maxRatio = Double.isNaN(maxRatio) || Double.isNaN(ratio) ? Double.NaN : Math.max(maxRatio, ratio);
            }
        }
        Backend0 backend = new Backend0(x.tensor);
        remarks.add("Max absolute difference among violations: "
                + (integral ? backend.text(errorType, maxLong) : backend.text(errorType, maxDouble)));
        remarks.add("Max relative difference among violations: "
                + (anyNonzero ? backend.text(ratioType, maxRatio) : backend.text(DType.FLOAT64, Double.POSITIVE_INFINITY)));
    }

    /** array2string of a 0-d value, made on the inputs' backend to be formatted as NumPy prints it. */
    private record Backend0(Tensor like) {
        String text(DType type, double v) {
            return format(type, floats(type, v));
        }

        String text(DType type, long v) {
            try (Tensor t = Creation.scalar(like.backend(), type, true, v, v)) {
                return TensorFormat.array2string(t, TensorFormat.current());
            }
        }

        private String format(DType type, MemorySegment data) {
            try (Tensor t = Creation.fromHost(like.backend(), type, data, new long[0])) {
                return TensorFormat.array2string(t, TensorFormat.current());
            }
        }
    }

    private static void checkSamePositions(boolean[] xs, boolean[] ys, int n, Tensor actual, Tensor desired,
                                           String errMsg, String what, String header, String[] names,
                                           int precision) {
        for (int k = 0; k < n; k++) {
            if (xs[xs.length == 1 && n != 1 ? 0 : k] != ys[ys.length == 1 && n != 1 ? 0 : k]) {
                throw failure(List.of(actual, desired), errMsg + "\n" + what + " location mismatch:", header, names,
                        precision);
            }
        }
    }

    private static void checkSameInfValues(HostArray x, HostArray y, boolean[] mask, boolean maskScalar, int n,
                                           String errMsg, String header, String[] names, int precision) {
        if (mask == null) {
            if (!maskScalar) {
                return;
            }
            for (int k = 0; k < n; k++) {
                if (!equal(x, x.ndim() == 0 ? 0 : k, y, y.ndim() == 0 ? 0 : k)) {
                    throw failure(List.of(x.tensor, y.tensor), errMsg + "\ninf values mismatch:", header, names,
                            precision);
                }
            }
            return;
        }
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (mask[k]) {
                at.add(k);
            }
        }
        boolean differ = false;
        for (int k : at) {
            differ |= !equal(x, k, y, k);
        }
        if (!differ) {
            return;
        }
        try (Tensor xs = selected(x, at); Tensor ys = selected(y, at)) {
            throw failure(List.of(xs, ys), errMsg + "\ninf values mismatch:", header, names, precision);
        }
    }

    /** {@code a[mask]}: the selected elements as a 1-d tensor of a's dtype on a's backend. */
    private static Tensor selected(HostArray a, List<Integer> at) {
        double[] values = new double[at.size()];
        for (int m = 0; m < values.length; m++) {
            values[m] = a.real(at.get(m));   // only infinities are selected, so a is floating point
        }
        return Creation.fromHost(a.tensor.backend(), a.dtype, floats(a.dtype, values), new long[] {values.length});
    }

    private static float[] toFloats(double[] values) {
        float[] f = new float[values.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) values[k];
        }
        return f;
    }

    private static AssertionError failure(List<Tensor> arrays, String errMsg, String header, String[] names,
                                          int precision) {
        return new AssertionError(buildErrMsg(arrays, errMsg, header, names, precision));
    }

    /** {@code build_err_msg(arrays, err_msg, header, verbose=True, names, precision)}. */
    static String buildErrMsg(List<Tensor> arrays, String errMsg, String header, String[] names, int precision) {
        List<String> msg = new ArrayList<>();
        msg.add("\n" + header);
        if (!errMsg.isEmpty()) {
            if (errMsg.indexOf('\n') == -1 && errMsg.codePointCount(0, errMsg.length()) < 79 - header.length()) {
                msg.set(0, msg.get(0) + " " + errMsg);
            } else {
                msg.add(errMsg);
            }
        }
        PrintOptions options = TensorFormat.current().precision(precision);
        for (int i = 0; i < arrays.size(); i++) {
            String r = TensorFormat.repr(arrays.get(i), options);
            String[] lines = r.split("\n", -1);
            if (lines.length - 1 > 3) {
                r = String.join("\n", lines[0], lines[1], lines[2]) + "...";
            }
            msg.add(" " + names[i] + ": " + r);
        }
        return String.join("\n", msg);
    }

    /** Python's {@code format(v, '.3g')}. */
    private static String general3(double v) {
        StringBuilder s = new StringBuilder();
        PrintfFormat.parse("%.3g", "assert").formatDoubles(new double[] {v}, 0, s, "assert");
        return s.toString();
    }

    /** Python's {@code format(v, 'g')} (six significant digits), for the rtol/atol header. */
    static String general(double v) {
        StringBuilder s = new StringBuilder();
        PrintfFormat.parse("%g", "assert").formatDoubles(new double[] {v}, 0, s, "assert");
        return s.toString();
    }

    private static String pythonShape(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) {
            s.append(d > 0 ? ", " : "").append(shape[d]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** {@code p.tolist()} of the multi-index of flat position {@code k}. */
    private static String pythonIndex(long[] shape, long k) {
        long[] index = new long[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = k % shape[d];
            k /= shape[d];
        }
        StringBuilder s = new StringBuilder("[");
        for (int d = 0; d < index.length; d++) {
            s.append(d > 0 ? ", " : "").append(index[d]);
        }
        return s.append(']').toString();
    }
}
