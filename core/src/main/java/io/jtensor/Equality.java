package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;
import io.jtensor.op.UnaryOp;

import java.util.Arrays;

/**
 * {@code np.array_equal} and {@code np.array_equiv}: one {@code equal} ufunc (values compared in
 * the promoted type) and one {@code all} reduction, answered on the host as a Java boolean.
 */
final class Equality {

    private Equality() {
    }

    /** {@code np.array_equal(a, b, equal_nan)}: same shape and equal elements. */
    static boolean arrayEqual(Tensor a, Tensor b, boolean equalNan) {
        Elementwise.checkPair("arrayEqual", a, b);
        if (!Arrays.equals(a.shape, b.shape)) {
            return false;
        }
        return allEqual("arrayEqual", a, b, equalNan);
    }

    /** {@code np.array_equiv(a, b)}: shapes that broadcast together and equal elements after broadcasting. */
    static boolean arrayEquiv(Tensor a, Tensor b) {
        Elementwise.checkPair("arrayEquiv", a, b);
        try {
            Broadcast.shapes("arrayEquiv", a.shape, b.shape);
        } catch (IllegalArgumentException e) {
            return false; // NumPy answers False for shapes that do not broadcast
        }
        return allEqual("arrayEquiv", a, b, false);
    }

    private static boolean allEqual(String name, Tensor a, Tensor b, boolean equalNan) {
        try (Temporaries t = new Temporaries()) {
            Tensor equal = t.add(Elementwise.binary(BinaryOp.EQUAL, Arg.of(a), Arg.of(b), null, null));
            if (equalNan && a.dtype.isFloatingPoint() && b.dtype.isFloatingPoint()) {
                Tensor nanA = t.add(Elementwise.unary(UnaryOp.ISNAN, a, null, null));
                Tensor nanB = t.add(Elementwise.unary(UnaryOp.ISNAN, b, null, null));
                Tensor bothNan = t.add(Elementwise.binary(BinaryOp.LOGICAL_AND, Arg.of(nanA), Arg.of(nanB), null, null));
                equal = t.add(Elementwise.binary(BinaryOp.LOGICAL_OR, Arg.of(equal), Arg.of(bothNan), null, null));
            }
            return t.add(Reductions.reduce(ReduceOp.ALL, equal, null, false, 0, name)).item() != 0;
        }
    }
}
