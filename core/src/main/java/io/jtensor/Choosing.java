package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Assembling a result from several tensors or picking among them ({@code np.block},
 * {@code np.choose}, {@code np.select}, {@code np.compress}), out of concatenate, masked copies
 * and gathers on the inputs' backend.
 */
final class Choosing {

    private Choosing() {
    }

    /** {@code np.block([a, b, ...])}: every part made at least 1-d (leading ones), joined along the last axis. */
    static Tensor block(Tensor[] parts) {
        String name = "block";
        Objects.requireNonNull(parts, name + ": arrays is null");
        int ndim = Math.max(1, maxNdim(name, parts, "arrays"));
        return joinRow(name, parts, ndim, "arrays");
    }

    /**
     * {@code np.block([[a, b], [c, d]])}: every part made at least 2-d (leading ones), each row
     * joined along the last axis, the rows along the one before.
     */
    static Tensor block(Tensor[][] rows) {
        String name = "block";
        Objects.requireNonNull(rows, name + ": arrays is null");
        if (rows.length == 0) {
            throw new IllegalArgumentException(name + ": list at arrays cannot be empty");
        }
        int ndim = 2;
        for (int i = 0; i < rows.length; i++) {
            Objects.requireNonNull(rows[i], name + ": arrays[" + i + "] is null");
            ndim = Math.max(ndim, maxNdim(name, rows[i], "arrays[" + i + "]"));
        }
        List<Tensor> joined = new ArrayList<>();
        try {
            for (int i = 0; i < rows.length; i++) {
                joined.add(joinRow(name, rows[i], ndim, "arrays[" + i + "]"));
            }
            return Joining.concatenate(name, joined.toArray(Tensor[]::new), -2, null);
        } finally {
            joined.forEach(Tensor::close);
        }
    }

    private static int maxNdim(String name, Tensor[] parts, String where) {
        if (parts.length == 0) {
            throw new IllegalArgumentException(name + ": list at " + where + " cannot be empty");
        }
        int ndim = 0;
        for (int i = 0; i < parts.length; i++) {
            Objects.requireNonNull(parts[i], name + ": " + where + "[" + i + "] is null");
            parts[i].checkOpen(name);
            ndim = Math.max(ndim, parts[i].ndim());
        }
        return ndim;
    }

    private static Tensor joinRow(String name, Tensor[] parts, int ndim, String where) {
        List<Tensor> views = new ArrayList<>();
        try {
            for (Tensor part : parts) {
                long[] shape = new long[ndim];
                Arrays.fill(shape, 1);
                System.arraycopy(part.shape, 0, shape, ndim - part.ndim(), part.ndim());
                views.add(part.reshape(shape));
            }
            return Joining.concatenate(name, views.toArray(Tensor[]::new), -1, null);
        } finally {
            views.forEach(Tensor::close);
        }
    }

    /**
     * {@code np.choose(a, choices, mode)}: element i of the result is element i of
     * {@code choices[a[i]]}, a and every choice broadcast together, in the choices' promoted type.
     */
    static Tensor choose(Tensor a, Tensor[] choices, String mode) {
        return choose(a, choices, null, mode);
    }

    /**
     * {@link #choose(Tensor, Tensor[], String)} into out (null: a new tensor): as NumPy's, out must
     * have exactly the broadcast shape and takes the result with any cast; out may be one of the
     * choices or a (the result is built apart first).
     */
    static Tensor choose(Tensor a, Tensor[] choices, Tensor out, String mode) {
        String name = "choose";
        Objects.requireNonNull(a, name + ": a is null");
        Objects.requireNonNull(choices, name + ": choices is null");
        Objects.requireNonNull(mode, name + ": mode is null");
        a.checkOpen(name);
        if (!mode.equals("raise") && !mode.equals("wrap") && !mode.equals("clip")) {
            throw new IllegalArgumentException(name + ": mode must be one of \"raise\", \"wrap\" or \"clip\", got \""
                    + mode + "\"");
        }
        if (choices.length == 0) {
            throw new IllegalArgumentException(name + ": choices must hold at least one tensor");
        }
        if (a.dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(name + ": a must hold integers, got " + a.dtype.numpyName()
                    + " (NumPy does not cast it to int64 under the 'safe' rule)");
        }
        List<Tensor> all = new ArrayList<>();
        all.add(a);
        long[][] shapes = new long[choices.length + 1][];
        shapes[0] = a.shape;
        DType type = null;
        for (int i = 0; i < choices.length; i++) {
            Tensor c = Objects.requireNonNull(choices[i], name + ": choice " + i + " is null");
            c.checkOpen(name);
            all.add(c);
            shapes[i + 1] = c.shape;
        }
        if (choices.length > 0) {
            // np.result_type of all choices: NumPy's sequence promotion (int8, uint8, float16 give float16)
            type = TypePromotion.promoteSequence(Arrays.stream(choices).map(c -> c.dtype).toList());
        }
        if (out != null) {
            out.checkOpen(name);
            all.add(out);
        }
        Elementwise.commonBackend(name, all);
        long[] shape = Broadcast.shapes(name, shapes);
        if (out != null) {
            if (!Arrays.equals(out.shape, shape)) {
                throw new IllegalArgumentException(name + ": out has shape " + Shape.toString(out.shape)
                        + " but a and the choices broadcast to " + Shape.toString(shape)
                        + " (NumPy's TypeError: invalid shape for output array; out must match exactly)");
            }
            Elementwise.checkWritable(name, "out", out);
            try (Tensor result = choose(a, choices, null, mode)) {
                Elementwise.copyInto(name, result, out);
            }
            return out;
        }
        int n = choices.length;
        if (Shape.size(name, shape) == 0) {
            return Tensor.allocate(a.backend(), type, shape);
        }
        try (Temporaries t = new Temporaries()) {
            Tensor index = t.add(Elementwise.converted(name, t.add(a.broadcastTo(shape)), DType.INT64));
            switch (mode) {
                case "raise" -> {
                    long min = extreme(index, ReduceOp.MIN, name);
                    long max = extreme(index, ReduceOp.MAX, name);
                    if (min < 0 || max >= n) {
                        throw new IllegalArgumentException(name + ": invalid entry in choice array: a holds "
                                + (min < 0 ? min : max) + " but there are " + n + " choices (valid: 0.." + (n - 1)
                                + " with mode \"raise\"; \"wrap\" and \"clip\" accept any)");
                    }
                }
                case "wrap" -> index = t.add(Elementwise.binary(BinaryOp.REMAINDER, Arg.of(index), Arg.of((long) n),
                        null, null));
                default -> {
                    Tensor upper = t.add(Elementwise.binary(BinaryOp.MINIMUM, Arg.of(index), Arg.of((long) n - 1),
                            null, null));
                    index = t.add(Elementwise.binary(BinaryOp.MAXIMUM, Arg.of(upper), Arg.of(0L), null, null));
                }
            }
            long[] stackedShape = new long[shape.length + 1];
            stackedShape[0] = n;
            System.arraycopy(shape, 0, stackedShape, 1, shape.length);
            Tensor stacked = t.add(Tensor.allocateUninitialized(a.backend(), type, stackedShape));
            for (int i = 0; i < n; i++) {
                Elementwise.copyInto(name, t.add(choices[i].broadcastTo(shape)), t.add(stacked.select(0, i)));
            }
            Tensor picked = t.add(Indexing.takeAlongAxis(stacked, t.add(index.expandDims(0)), 0));
            return picked.reshape(shape);
        }
    }

    private static long extreme(Tensor x, ReduceOp op, String name) {
        try (Tensor r = Reductions.reduce(op, x, null, false, 0, name)) {
            return r.toLongArray()[0];
        }
    }

    /**
     * {@code np.select(condlist, choicelist, default)}: where the first true condition is i, choice
     * i; where none is, default. The type is NumPy's result type of the choices and default (a Java
     * scalar default is weak, as NumPy's Python int or float; a tensor default is not, even 0-d).
     */
    static Tensor select(Tensor[] conditions, Tensor[] choices, Arg otherwise) {
        String name = "select";
        Objects.requireNonNull(conditions, name + ": condlist is null");
        Objects.requireNonNull(choices, name + ": choicelist is null");
        Objects.requireNonNull(otherwise, name + ": default is null");
        if (conditions.length != choices.length) {
            throw new IllegalArgumentException(name + ": list of cases must be same length as list of conditions ("
                    + conditions.length + " conditions, " + choices.length + " choices)");
        }
        if (conditions.length == 0) {
            throw new IllegalArgumentException(name + ": select with an empty condition list is not possible");
        }
        List<Tensor> all = new ArrayList<>();
        long[][] conditionShapes = new long[conditions.length][];
        long[][] choiceShapes = new long[choices.length + (otherwise.isScalar() ? 0 : 1)][];
        List<DType> choiceTypes = new ArrayList<>();
        DType type;
        for (int i = 0; i < conditions.length; i++) {
            Tensor c = Objects.requireNonNull(conditions[i], name + ": condition " + i + " is null");
            Tensor v = Objects.requireNonNull(choices[i], name + ": choice " + i + " is null");
            c.checkOpen(name);
            v.checkOpen(name);
            all.add(c);
            all.add(v);
            conditionShapes[i] = c.shape;
            choiceShapes[i] = v.shape;
            choiceTypes.add(v.dtype);
        }
        // np.result_type(*choices, default): NumPy's sequence promotion of the tensors (int8, uint8
        // and a float16 default give float16), then a Java scalar default as a weak Python scalar
        Tensor fill = otherwise.tensor();
        if (fill == null) {
            // NumPy fills with the default cast unsafely: a Python int beyond int32 wraps, no error
            type = TypePromotion.promoteSequence(choiceTypes);
            type = otherwise.integral() ? type.promoteWithIntegerScalar() : type.promoteWithFloatScalar();
        } else {
            Objects.requireNonNull(fill, name + ": default is null");
            fill.checkOpen(name);
            all.add(fill);
            choiceShapes[choices.length] = fill.shape;
            choiceTypes.add(fill.dtype);
            type = TypePromotion.promoteSequence(choiceTypes);
        }
        Backend backend = Elementwise.commonBackend(name, all);
        long[] conditionShape = Broadcast.shapes(name, conditionShapes);
        long[] choiceShape = Broadcast.shapes(name, choiceShapes);
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i].dtype != DType.BOOL) {
                throw new IllegalArgumentException(name + ": invalid entry " + i + " in condlist: should be a bool "
                        + "tensor, got " + conditions[i].dtype.numpyName());
            }
        }
        // NumPy: the shape of condition 0 broadcast with choice 0 (the condition's own when choices are 0-d)
        long[] shape = choiceShape.length == 0 ? conditionShape : Broadcast.shapes(name, conditionShape, choiceShape);
        Tensor result = Tensor.allocateUninitialized(backend, type, shape);
        try (Temporaries t = new Temporaries()) {
            if (result.size() == 0) {
                return result;
            }
            Tensor start = fill != null ? fill : t.add(Creation.scalar(backend, type, otherwise.integral(),
                    otherwise.integer(), otherwise.value()));
            Elementwise.copyInto(name, t.add(start.broadcastTo(shape)), result);
            for (int i = conditions.length - 1; i >= 0; i--) {
                Elementwise.copyInto(name, t.add(choices[i].broadcastTo(shape)), result,
                        t.add(conditions[i].broadcastTo(shape)));
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /**
     * {@code np.compress(condition, a, axis)}: the slices along the axis (of the flattened a when
     * axis is null) where the 1-d condition is non-zero.
     */
    static Tensor compress(Tensor condition, Tensor a, Integer axis) {
        return compress(condition, a, axis, null);
    }

    /**
     * {@link #compress(Tensor, Tensor, Integer)} into out (null: a new tensor), with NumPy's
     * {@code take(..., out=out)} rules: out has exactly the result's shape and a type that casts
     * safely to a's (int8 into an int64 a, not float64), the elements cast into it unsafely.
     */
    static Tensor compress(Tensor condition, Tensor a, Integer axis, Tensor out) {
        String name = "compress";
        if (out != null) {
            Objects.requireNonNull(a, name + ": a is null");
            a.checkOpen(name);
            out.checkOpen(name);
            Elementwise.commonBackend(name, List.of(a, out));
            if (!out.dtype.canCastSafelyTo(a.dtype)) {
                throw new IllegalArgumentException(name + ": out's type " + out.dtype.numpyName()
                        + " must cast safely to a's " + a.dtype.numpyName() + " (NumPy's take: TypeError, cannot "
                        + "cast " + out.dtype.numpyName() + " to " + a.dtype.numpyName()
                        + " according to the rule 'safe'); pass an out of a's type");
            }
            Elementwise.checkWritable(name, "out", out);
            try (Tensor result = compress(condition, a, axis, null)) {
                if (!Arrays.equals(out.shape, result.shape)) {
                    throw new IllegalArgumentException(name + ": out has shape " + Shape.toString(out.shape)
                            + " but the result has shape " + Shape.toString(result.shape)
                            + " (NumPy's ValueError: output array does not match result of ndarray.take)");
                }
                Elementwise.copyInto(name, result, out);
            }
            return out;
        }
        Objects.requireNonNull(condition, name + ": condition is null");
        Objects.requireNonNull(a, name + ": a is null");
        condition.checkOpen(name);
        a.checkOpen(name);
        Elementwise.checkPair(name, condition, a);
        if (condition.ndim() != 1) {
            throw new IllegalArgumentException(name + ": condition must be a 1-d tensor, got shape "
                    + Shape.toString(condition.shape));
        }
        try (Tensor lines = axis == null ? a.reshape(-1) : a.reshape(a.shape)) {
            int d = axis == null ? 0 : Axes.normalize(name, axis, lines.ndim());
            long[] positions;
            try (Tensor where = Indexing.flatnonzero(condition)) {
                positions = where.toLongArray();
            }
            long length = lines.shape[d];
            // NumPy's take checks the positions only where there are lines to take from (axes
            // before d of non-zero size): compress([0, 1, 1], zeros((0, 2)), axis=1) has shape (0, 2)
            long outer = Shape.size(Arrays.copyOfRange(lines.shape, 0, d));
            if (outer > 0 && positions.length > 0 && positions[positions.length - 1] >= length) {
                throw new IndexOutOfBoundsException(name + ": condition is true at index "
                        + positions[positions.length - 1] + ", beyond axis " + d + " of size " + length
                        + " (a longer condition may only hold zeros past the axis)");
            }
            try (Tensor index = Editing.longs(a.backend(), positions)) {
                return Indexing.take(lines, index, d);
            }
        }
    }
}
