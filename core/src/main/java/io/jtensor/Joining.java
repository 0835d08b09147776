package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.internal.Axes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Joining tensors ({@code np.concatenate}, {@code np.stack}, {@code np.hstack}, {@code np.vstack})
 * out of existing operations: the result is allocated once and each input is copied (and
 * converted) into a {@link Tensor#slice} view of it by the ufunc machinery's COPY, so every
 * backend runs it with the kernels it already has.
 */
final class Joining {

    private Joining() {
    }

    /**
     * NumPy's {@code dtype=} and {@code casting=} of concatenate, hstack and vstack: each input
     * converted to dtype, refused when its type does not cast under the rule (NumPy's TypeError);
     * then {@code join} of the converted tensors.
     */
    static Tensor joinedAs(String op, Tensor[] arrays, DType dtype, String casting,
                           java.util.function.Function<Tensor[], Tensor> join) {
        Objects.requireNonNull(arrays, op + ": arrays is null");
        Objects.requireNonNull(dtype, op + ": dtype is null");
        TypePromotion.requireCasting(op, casting);
        for (int i = 0; i < arrays.length; i++) {
            Tensor a = Objects.requireNonNull(arrays[i], op + ": array " + i + " is null");
            a.checkOpen(op);
            if (!TypePromotion.canCast(a.dtype, dtype, casting)) {
                throw new IllegalArgumentException(op + ": cannot cast array " + i + " from " + a.dtype.numpyName()
                        + " to " + dtype.numpyName() + " according to the rule '" + casting + "'");
            }
        }
        Tensor[] converted = new Tensor[arrays.length];
        try {
            for (int i = 0; i < arrays.length; i++) {
                converted[i] = arrays[i].astype(dtype);
            }
            return join.apply(converted);
        } finally {
            Temporaries.closeBuilt(converted);
        }
    }

    /** {@code np.concatenate(arrays, axis, out=out)}; {@code op} names the public call in messages. */
    static Tensor concatenate(String op, Tensor[] arrays, int axis, Tensor out) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        return concatenateChecked(op, inputs, axis, out);
    }

    /** {@code np.concatenate(arrays, axis=None)}: every input flattened in C order, then joined. */
    static Tensor concatenateFlat(String op, Tensor[] arrays) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        Backend backend = Elementwise.commonBackend(op, new ArrayList<>(inputs));
        // np.result_type of all inputs: NumPy's sequence promotion (int8, uint8, float16 join as float16)
        DType type = TypePromotion.promoteSequence(inputs.stream().map(t -> t.dtype).toList());
        long total = 0;
        for (Tensor t : inputs) {
            total = Math.addExact(total, t.size());
        }
        Tensor result = Tensor.allocateUninitialized(backend, type, new long[] {total});
        try {
            long start = 0;
            for (Tensor t : inputs) {
                // a contiguous run of a contiguous result reshapes to t's shape as a view
                try (Tensor run = result.slice(0, start, start + t.size(), 1); Tensor part = run.reshape(t.shape)) {
                    Elementwise.copyInto(op, t, part);
                }
                start += t.size();
            }
            return result;
        } catch (RuntimeException | Error e) {
            result.close();
            throw e;
        }
    }

    /** {@code np.stack(arrays, axis, out=out)}: the inputs, all of one shape, joined along a new axis. */
    static Tensor stack(String op, Tensor[] arrays, int axis, Tensor out) {
        List<Tensor> inputs = checkedInputs(op, arrays, "stack");
        long[] shape = inputs.getFirst().shape;
        for (int i = 1; i < inputs.size(); i++) {
            if (!Arrays.equals(shape, inputs.get(i).shape)) {
                throw new IllegalArgumentException(op + ": all inputs must have the same shape, but input 0 has shape "
                        + Shape.toString(shape) + " and input " + i + " has shape "
                        + Shape.toString(inputs.get(i).shape));
            }
        }
        int ndim = shape.length;
        if (axis < -(ndim + 1) || axis > ndim) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for stacking " + ndim
                    + "-d tensors (valid: " + (-(ndim + 1)) + ".." + ndim + ")");
        }
        int a = axis < 0 ? axis + ndim + 1 : axis;
        return joinViews(op, inputs, t -> t.expandDims(a), a, out);
    }

    /** {@code np.hstack}: 0-d inputs become 1-d; 1-d inputs join along axis 0, others along axis 1. */
    static Tensor hstack(String op, Tensor[] arrays) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        int axis = inputs.getFirst().ndim() <= 1 ? 0 : 1;
        return joinViews(op, inputs, t -> t.ndim() == 0 ? t.reshape(1) : null, axis, null);
    }

    /** {@code np.vstack}: 0-d inputs become (1, 1), 1-d inputs of length n become rows (1, n); joined along axis 0. */
    static Tensor vstack(String op, Tensor[] arrays) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        return joinViews(op, inputs, t -> switch (t.ndim()) {
            case 0 -> t.reshape(1, 1);
            case 1 -> t.expandDims(0);
            default -> null;
        }, 0, null);
    }

    /** {@code np.column_stack}: 0-d and 1-d inputs become columns (n, 1); joined along axis 1. */
    static Tensor columnStack(String op, Tensor[] arrays) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        return joinViews(op, inputs, t -> switch (t.ndim()) {
            case 0 -> t.reshape(1, 1);
            case 1 -> t.expandDims(1);
            default -> null;
        }, 1, null);
    }

    /** {@code np.dstack}: inputs made 3-d as {@code atleast_3d} does, joined along axis 2. */
    static Tensor dstack(String op, Tensor[] arrays) {
        List<Tensor> inputs = checkedInputs(op, arrays, "concatenate");
        return joinViews(op, inputs, t -> switch (t.ndim()) {
            case 0 -> t.reshape(1, 1, 1);
            case 1 -> t.reshape(1, t.shape()[0], 1);
            case 2 -> t.expandDims(2);
            default -> null;
        }, 2, null);
    }

    /** A view of an input, or null for the input itself. */
    private interface ViewOf {
        Tensor apply(Tensor t);
    }

    /** Concatenates views of the inputs (closed afterwards; the inputs themselves are left open). */
    private static Tensor joinViews(String op, List<Tensor> inputs, ViewOf view, int axis, Tensor out) {
        List<Tensor> views = new ArrayList<>();
        List<Tensor> joined = new ArrayList<>();
        try {
            for (Tensor t : inputs) {
                Tensor v = view.apply(t);
                if (v != null) {
                    views.add(v);
                }
                joined.add(v != null ? v : t);
            }
            return concatenateChecked(op, joined, axis, out);
        } finally {
            views.forEach(Tensor::close);
        }
    }

    private static Tensor concatenateChecked(String op, List<Tensor> inputs, int axis, Tensor out) {
        Tensor first = inputs.getFirst();
        int ndim = first.ndim();
        if (ndim == 0) {
            throw new IllegalArgumentException(op + ": zero-dimensional tensors cannot be concatenated (input 0 has "
                    + "shape ()); use stack, or concatenateFlat to join flattened inputs");
        }
        for (int i = 1; i < inputs.size(); i++) {
            if (inputs.get(i).ndim() != ndim) {
                throw new IllegalArgumentException(op + ": all inputs must have the same number of dimensions, but "
                        + "input 0 has shape " + Shape.toString(first.shape) + " and input " + i + " has shape "
                        + Shape.toString(inputs.get(i).shape));
            }
        }
        int a = Axes.normalize(op, axis, ndim);
        long[] shape = first.shape.clone();
        shape[a] = 0;
        DType type = first.dtype;
        for (int i = 0; i < inputs.size(); i++) {
            Tensor t = inputs.get(i);
            for (int d = 0; d < ndim; d++) {
                if (d != a && t.shape[d] != first.shape[d]) {
                    throw new IllegalArgumentException(op + ": all input dimensions except axis " + a
                            + " must match, but input 0 has shape " + Shape.toString(first.shape) + " and input " + i
                            + " has shape " + Shape.toString(t.shape));
                }
            }
            shape[a] = Math.addExact(shape[a], t.shape[a]);
        }
        // np.result_type of all inputs: NumPy's sequence promotion (int8, uint8, float16 join as float16)
        type = TypePromotion.promoteSequence(inputs.stream().map(t -> t.dtype).toList());
        List<Tensor> all = new ArrayList<>(inputs);
        all.add(out);
        Backend backend = Elementwise.commonBackend(op, all);
        if (out == null) {
            Shape.size(op, shape);
            Tensor result = Tensor.allocateUninitialized(backend, type, shape);
            try {
                copyParts(op, inputs, a, result);
                return result;
            } catch (RuntimeException | Error e) {
                result.close();
                throw e;
            }
        }
        checkOut(op, inputs, shape, out);
        if (inputs.stream().noneMatch(t -> t.storage == out.storage)) {
            copyParts(op, inputs, a, out);
            return out;
        }
        // an input sharing memory with out could be overwritten before it is read: join elsewhere first
        try (Tensor joined = Tensor.allocateUninitialized(backend, out.dtype, shape)) {
            copyParts(op, inputs, a, joined);
            Elementwise.copyInto(op, joined, out);
        }
        return out;
    }

    private static void checkOut(String op, List<Tensor> inputs, long[] shape, Tensor out) {
        out.checkOpen(op);
        if (!Arrays.equals(shape, out.shape)) {
            throw new IllegalArgumentException(op + ": out has shape " + Shape.toString(out.shape)
                    + " but the result has shape " + Shape.toString(shape));
        }
        for (int i = 0; i < inputs.size(); i++) {
            DType from = inputs.get(i).dtype;
            if (!from.canCastSameKindTo(out.dtype)) {
                throw new IllegalArgumentException(op + ": cannot cast input " + i + " from " + from.numpyName()
                        + " to out's " + out.dtype.numpyName() + " (casting='same_kind')");
            }
        }
        Elementwise.checkWritable(op, "out", out);
    }

    /** Copies input i into its run along {@code axis} of {@code target}. */
    private static void copyParts(String op, List<Tensor> inputs, int axis, Tensor target) {
        long start = 0;
        for (Tensor t : inputs) {
            long length = t.shape[axis];
            try (Tensor part = target.slice(axis, start, start + length, 1)) {
                Elementwise.copyInto(op, t, part);
            }
            start += length;
        }
    }

    /**
     * The inputs as a list, after checking there is at least one and none is null or closed.
     *
     * @param verb NumPy's word in "need at least one array to ..."
     */
    static List<Tensor> checkedInputs(String op, Tensor[] arrays, String verb) {
        Objects.requireNonNull(arrays, op + ": arrays is null");
        if (arrays.length == 0) {
            throw new IllegalArgumentException(op + ": need at least one tensor to " + verb);
        }
        List<Tensor> inputs = new ArrayList<>(arrays.length);
        for (int i = 0; i < arrays.length; i++) {
            Tensor t = Objects.requireNonNull(arrays[i], op + ": input " + i + " is null");
            t.checkOpen(op);
            inputs.add(t);
        }
        return inputs;
    }
}
