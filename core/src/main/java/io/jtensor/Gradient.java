package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Axes;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.UnaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.gradient(f, *varargs, axis, edge_order)} in NumPy's order of operations: central
 * differences inside and one-sided first- or second-order differences at the ends, along each
 * requested axis. A spacing is a Python float ({@code Double}: weak, f keeps its type in the
 * arithmetic), a NumPy scalar (a 0-d tensor: its type takes part, integers as float64) or the
 * coordinates along the axis (a 1-d tensor: their differences, NumPy's second-order formula for
 * uneven spacing; equal differences become the scalar first difference, as in NumPy).
 */
final class Gradient {

    private static final String NAME = "gradient";

    private Gradient() {
    }

    /**
     * One gradient per axis of {@code axes} (null: all, in the given order), each of f's shape and
     * floating type (float64 for integer f).
     *
     * @param spacing none (unit spacing), one scalar for every axis, or one Double or tensor per axis
     */
    static Tensor[] gradient(Tensor f, Object[] spacing, int[] axes, int edgeOrder) {
        Objects.requireNonNull(f, NAME + ": f is null");
        Objects.requireNonNull(spacing, NAME + ": spacing is null");
        f.checkOpen(NAME);
        List<Tensor> operands = new ArrayList<>(List.of(f));
        for (Object s : spacing) {
            if (s instanceof Tensor t) {
                t.checkOpen(NAME);
                operands.add(t);
            } else if (!(s instanceof Double)) {
                throw new IllegalArgumentException(NAME + ": a spacing is a number or a tensor, got " + s);
            }
        }
        Elementwise.commonBackend(NAME, operands);
        int[] along = axes(f, axes);
        Tensor[] result = new Tensor[along.length];
        try (Temporaries t = new Temporaries()) {
            Object[] perAxis = perAxis(f, spacing, along);
            for (Object s : perAxis) {
                if (s instanceof Tensor tensor) {
                    t.add(tensor);
                }
            }
            if (edgeOrder != 1 && edgeOrder != 2) {
                throw new IllegalArgumentException(NAME + ": edge order must be 1 or 2, got " + edgeOrder);
            }
            Tensor y = f.dtype.isFloatingPoint() || f.dtype == DType.BOOL ? f : t.add(f.astype(DType.FLOAT64));
            DType type = f.dtype.isFloatingPoint() ? f.dtype : DType.FLOAT64;
            for (int k = 0; k < along.length; k++) {
                result[k] = along(y, along[k], perAxis[k], edgeOrder, type);
            }
            return result;
        } catch (RuntimeException | Error e) {
            Temporaries.closeBuilt(result);
            throw e;
        }
    }

    /** NumPy's normalize_axis_tuple: in range, none repeated, the given order kept. */
    private static int[] axes(Tensor f, int[] axes) {
        int n = f.ndim();
        if (axes == null) {
            return Axes.normalizeAll(NAME, null, n);
        }
        int[] result = new int[axes.length];
        boolean[] seen = new boolean[n];
        for (int k = 0; k < axes.length; k++) {
            result[k] = Axes.normalize(NAME, axes[k], n);
            if (seen[result[k]]) {
                throw new IllegalArgumentException(NAME + ": repeated axis " + axes[k] + " in " + Arrays.toString(axes));
            }
            seen[result[k]] = true;
        }
        return result;
    }

    /**
     * The spacing of each axis: a Double, a 0-d floating tensor (a NumPy scalar), or the 1-d
     * differences of the coordinates (new tensors, which the caller closes).
     */
    private static Object[] perAxis(Tensor f, Object[] spacing, int[] along) {
        Object[] result = new Object[along.length];
        if (spacing.length == 0) {
            Arrays.fill(result, 1.0);
            return result;
        }
        boolean single = spacing.length == 1 && !(spacing[0] instanceof Tensor t && t.ndim() != 0);
        if (!single && spacing.length != along.length) {
            throw new IllegalArgumentException(NAME + ": invalid number of spacings: " + spacing.length + " for "
                    + along.length + " axes (give none, one scalar for all axes, or one scalar or 1-d coordinates"
                    + " per axis)");
        }
        List<Tensor> made = new ArrayList<>();
        try {
            for (int k = 0; k < along.length; k++) {
                Object s = spacing[single ? 0 : k];
                result[k] = s instanceof Tensor t ? track(made, distances(f, t, along[k])) : s;
            }
            return result;
        } catch (RuntimeException | Error e) {
            made.forEach(Tensor::close);
            throw e;
        }
    }

    private static Tensor track(List<Tensor> made, Tensor t) {
        made.add(t);
        return t;
    }

    /** A 0-d spacing as a floating scalar, or coordinates as their differences (a scalar when all are equal). */
    private static Tensor distances(Tensor f, Tensor spacing, int axis) {
        if (spacing.ndim() == 0) {
            return spacing.astype(spacing.dtype.isFloatingPoint() ? spacing.dtype : DType.FLOAT64);
        }
        if (spacing.ndim() != 1) {
            throw new IllegalArgumentException(NAME + ": distances must be either scalars or 1d, got shape "
                    + Shape.toString(spacing.shape()));
        }
        if (spacing.shape()[0] != f.shape[axis]) {
            throw new IllegalArgumentException(NAME + ": when 1d, distances must match the length of the corresponding"
                    + " dimension: " + spacing.shape()[0] + " coordinates for axis " + axis + " of length " + f.shape[axis]);
        }
        if (spacing.dtype == DType.BOOL) {
            throw new IllegalArgumentException(NAME + ": bool coordinates are not supported (NumPy's differences of"
                    + " bools are bools it cannot negate); convert with astype first");
        }
        try (Tensor coordinates = spacing.dtype.isFloatingPoint() ? spacing.reshape(spacing.shape())
                : spacing.astype(DType.FLOAT64)) {
            Tensor differences = Differencing.diff(coordinates, 1, 0);
            if (differences.size() == 0) {
                return differences;
            }
            try (Tensor head = differences.slice(0, 0, 1, 1);
                 Tensor first = head.reshape();
                 Tensor same = Np.equal(differences, first);
                 Tensor all = Np.all(same)) {
                if (all.item() == 0) {
                    return differences;
                }
                Tensor scalar = first.copy();
                differences.close();
                return scalar;
            }
        }
    }

    /**
     * The gradient of y (floating, or bool) along axis a, of {@code type}. A bool y works only where
     * NumPy's formula has no difference of y: uneven coordinates at edge order 2.
     */
    private static Tensor along(Tensor y, int a, Object spacing, int edgeOrder, DType type) {
        long n = y.shape[a];
        if (n < edgeOrder + 1) {
            throw new IllegalArgumentException(NAME + ": axis " + a + " has " + n + " elements; at least edge order + 1 = "
                    + (edgeOrder + 1) + " are needed to calculate a numerical gradient");
        }
        boolean uneven = spacing instanceof Tensor d && d.ndim() == 1;
        if (y.dtype == DType.BOOL && !(uneven && edgeOrder == 2)) {
            throw new IllegalArgumentException(NAME + ": bool input is not supported (NumPy cannot subtract bools; it"
                    + " takes them only with uneven coordinates and edge order 2); convert with astype first");
        }
        try (Temporaries t = new Temporaries()) {
            Tensor[] parts = uneven ? uneven(y, a, n, (Tensor) spacing, edgeOrder, t)
                    : even(y, a, n, spacing, edgeOrder, t);
            Tensor joined = Joining.concatenate(NAME, parts, a, null);
            if (joined.dtype == type) {
                return joined;
            }
            // NumPy stores each part into out of f's floating type (float64 for integers and bool)
            try (joined) {
                return joined.astype(type);
            }
        }
    }

    /** First, inside and last parts for a uniform spacing dx (a Double or a 0-d tensor). */
    private static Tensor[] even(Tensor y, int a, long n, Object dx, int edgeOrder, Temporaries t) {
        Tensor inside = t.add(binary(BinaryOp.DIVIDE, Arg.of(difference(y, a, 2, n, 0, n - 2, t)),
                coefficient(2, BinaryOp.MULTIPLY, dx, t)));
        if (edgeOrder == 1) {
            Arg step = coefficient(1, BinaryOp.MULTIPLY, dx, t);
            return new Tensor[] {
                t.add(binary(BinaryOp.DIVIDE, Arg.of(difference(y, a, 1, 2, 0, 1, t)), step)), inside,
                t.add(binary(BinaryOp.DIVIDE, Arg.of(difference(y, a, n - 1, n, n - 2, n - 1, t)), step))};
        }
        return new Tensor[] {
            threePoint(y, a, 0, 1, coefficient(-1.5, BinaryOp.DIVIDE, dx, t), coefficient(2, BinaryOp.DIVIDE, dx, t),
                    coefficient(-0.5, BinaryOp.DIVIDE, dx, t), t), inside,
            threePoint(y, a, n - 3, 1, coefficient(0.5, BinaryOp.DIVIDE, dx, t), coefficient(-2, BinaryOp.DIVIDE, dx, t),
                    coefficient(1.5, BinaryOp.DIVIDE, dx, t), t)};
    }

    /** First, inside and last parts for the differences d of uneven coordinates (NumPy's second-order formulas). */
    private static Tensor[] uneven(Tensor y, int a, long n, Tensor d, int edgeOrder, Temporaries t) {
        Tensor dx1 = t.add(d.slice(0, 0, n - 2, 1));
        Tensor dx2 = t.add(d.slice(0, 1, n - 1, 1));
        Tensor sum = add(dx1, dx2, t);
        long[] shape = new long[y.ndim()];
        Arrays.fill(shape, 1);
        shape[a] = n - 2;
        Tensor ca = t.add(divide(negative(dx2, t), multiply(dx1, sum, t), t).reshape(shape));
        Tensor cb = t.add(divide(subtract(dx2, dx1, t), multiply(dx1, dx2, t), t).reshape(shape));
        Tensor cc = t.add(divide(dx1, multiply(dx2, sum, t), t).reshape(shape));
        Tensor inside = threePoint(y, a, 0, n - 2, Arg.of(ca), Arg.of(cb), Arg.of(cc), t);
        if (edgeOrder == 1) {
            return new Tensor[] {
                divide(difference(y, a, 1, 2, 0, 1, t), element(d, 0, t), t), inside,
                divide(difference(y, a, n - 1, n, n - 2, n - 1, t), element(d, n - 2, t), t)};
        }
        Tensor d1 = element(d, 0, t);
        Tensor d2 = element(d, 1, t);
        Tensor s12 = add(d1, d2, t);
        Tensor first = threePoint(y, a, 0, 1,
                Arg.of(divide(negative(add(twice(d1, t), d2, t), t), multiply(d1, s12, t), t)),
                Arg.of(divide(s12, multiply(d1, d2, t), t)),
                Arg.of(divide(negative(d1, t), multiply(d2, s12, t), t)), t);
        Tensor e1 = element(d, n - 3, t);
        Tensor e2 = element(d, n - 2, t);
        Tensor e12 = add(e1, e2, t);
        Tensor last = threePoint(y, a, n - 3, 1,
                Arg.of(divide(e2, multiply(e1, e12, t), t)),
                Arg.of(divide(negative(add(e2, e1, t), t), multiply(e1, e2, t), t)),
                Arg.of(divide(add(twice(e2, t), e1, t), multiply(e2, e12, t), t)), t);
        return new Tensor[] {first, inside, last};
    }

    /**
     * {@code c * dx} or {@code c / dx}: a Python float for a Double dx, else a 0-d tensor in the
     * type of the NumPy scalar dx.
     */
    private static Arg coefficient(double c, BinaryOp op, Object dx, Temporaries t) {
        if (dx instanceof Double d) {
            return Arg.of(op == BinaryOp.MULTIPLY ? c * d : c / d);
        }
        Tensor scalar = (Tensor) dx;
        return c == 1 && op == BinaryOp.MULTIPLY ? Arg.of(scalar) : Arg.of(t.add(binary(op, Arg.of(c), Arg.of(scalar))));
    }

    /** {@code ca * y[i:i+width] + cb * y[i+1:i+1+width] + cc * y[i+2:i+2+width]} along a. */
    private static Tensor threePoint(Tensor y, int a, long i, long width, Arg ca, Arg cb, Arg cc, Temporaries t) {
        Tensor first = t.add(binary(BinaryOp.MULTIPLY, ca, Arg.of(t.add(y.slice(a, i, i + width, 1)))));
        Tensor second = t.add(binary(BinaryOp.MULTIPLY, cb, Arg.of(t.add(y.slice(a, i + 1, i + 1 + width, 1)))));
        Tensor third = t.add(binary(BinaryOp.MULTIPLY, cc, Arg.of(t.add(y.slice(a, i + 2, i + 2 + width, 1)))));
        return add(add(first, second, t), third, t);
    }

    /** {@code y[from:to] - y[from2:to2]} along a. */
    private static Tensor difference(Tensor y, int a, long from, long to, long from2, long to2, Temporaries t) {
        return subtract(t.add(y.slice(a, from, to, 1)), t.add(y.slice(a, from2, to2, 1)), t);
    }

    private static Tensor element(Tensor d, long i, Temporaries t) {
        return t.add(t.add(d.slice(0, i, i + 1, 1)).reshape());
    }

    private static Tensor twice(Tensor x, Temporaries t) {
        return t.add(binary(BinaryOp.MULTIPLY, Arg.of(2.0), Arg.of(x)));
    }

    private static Tensor negative(Tensor x, Temporaries t) {
        return t.add(Elementwise.unary(UnaryOp.NEGATIVE, NAME, x, null, null));
    }

    private static Tensor add(Tensor x, Tensor y, Temporaries t) {
        return t.add(binary(BinaryOp.ADD, Arg.of(x), Arg.of(y)));
    }

    private static Tensor subtract(Tensor x, Tensor y, Temporaries t) {
        return t.add(binary(BinaryOp.SUBTRACT, Arg.of(x), Arg.of(y)));
    }

    private static Tensor multiply(Tensor x, Tensor y, Temporaries t) {
        return t.add(binary(BinaryOp.MULTIPLY, Arg.of(x), Arg.of(y)));
    }

    private static Tensor divide(Tensor x, Tensor y, Temporaries t) {
        return t.add(binary(BinaryOp.DIVIDE, Arg.of(x), Arg.of(y)));
    }

    private static Tensor binary(BinaryOp op, Arg a, Arg b) {
        return Elementwise.binary(op, a, b, null, null);
    }
}
