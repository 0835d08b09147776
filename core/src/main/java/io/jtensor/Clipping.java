package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.backend.Backend;
import io.jtensor.internal.Broadcast;
import io.jtensor.op.BinaryOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code np.clip} as NumPy 2 defines it, out of the maximum and minimum ufuncs:
 * {@code minimum(max, maximum(min, x))} computed in {@code result_type(x, min, max)}.
 * With both bounds, and out (if any) of that type and not shared with a bound, the two steps run
 * as one pass ({@link io.jtensor.op.TernaryOp#CLIP}) with the same bits; otherwise as two
 * (always with {@code -Djtensor.clip.twoPass=true}).
 *
 * <p>The bound is the first operand of each step because maximum and minimum return their second
 * operand on a tie: x is kept when it equals a bound, so the sign of a zero x survives as in
 * {@code np.clip}; a NaN in x or in a bound propagates.
 */
final class Clipping {

    private static final String CLIP = "clip";
    /** Set to true for the two element-wise steps on every clip (read per call, for timing the paths side by side). */
    private static final String TWO_PASS = "jtensor.clip.twoPass";

    private Clipping() {
    }

    /**
     * Clips x; a bound is a tensor, a weak Java scalar, or absent ({@code Arg.of((Tensor) null)}).
     */
    static Tensor clip(Tensor x, Arg min, Arg max, Tensor out) {
        Objects.requireNonNull(x, CLIP + ": input tensor x is null");
        x.checkOpen(CLIP);
        if (!present(min) && !present(max) && x.dtype == DType.BOOL) {
            throw new IllegalArgumentException(CLIP + ": a bool x with neither bound is NumPy's positive(x), which"
                    + " takes no bool (give a bound, or copy x)");
        }
        List<Tensor> tensors = new ArrayList<>(Arrays.asList(x, out));
        List<long[]> shapes = new ArrayList<>();
        shapes.add(x.shape);
        List<DType> types = new ArrayList<>(List.of(x.dtype));
        for (Arg bound : List.of(min, max)) {
            if (present(bound) && !bound.isScalar()) {
                bound.tensor().checkOpen(CLIP);
                tensors.add(bound.tensor());
                shapes.add(bound.tensor().shape);
                types.add(bound.tensor().dtype);
            }
        }
        // NumPy's result_type(x, min, max): clip(int8 x, uint8 min, float16 max) is float16
        DType type = TypePromotion.promoteSequence(types);
        Backend backend = Elementwise.commonBackend(CLIP, tensors);
        for (Arg bound : List.of(min, max)) {
            if (bound.isScalar()) {
                type = bound.integral() ? type.promoteWithIntegerScalar() : type.promoteWithFloatScalar();
            }
        }
        Arg lower = clamped(min, type, true);
        Arg upper = clamped(max, type, false);
        long[] shape = Broadcast.shapes(CLIP, shapes.toArray(long[][]::new));
        if (out != null) {
            out.checkOpen(CLIP);
            Elementwise.checkOut(CLIP, out, shape, type);
        }
        if (!Boolean.getBoolean(TWO_PASS) && present(lower) && present(upper) && (out == null || out.dtype == type)
                && !sharesMemory(lower, out) && !sharesMemory(upper, out)) {
            return Elementwise.clip(x, lower, upper, type, out);
        }
        // out itself holds the steps when it has the result's type and no bound reads its memory
        // (x may: the first step reads x whole before writing, as any ufunc with out=x)
        boolean direct = out != null && out.dtype == type && !sharesMemory(lower, out) && !sharesMemory(upper, out);
        Tensor work = direct ? out
                : Tensor.allocateUninitialized(backend, type, out == null ? shape : out.shape);
        // x stays on a tie with a bound (clip(-0.0, 0.0, 1) is -0.0): float maximum and minimum keep
        // their second operand on a tie, float16's (NumPy's half loops) their first
        boolean tieKeepsFirst = type == DType.FLOAT16;
        try {
            if (present(lower) && x.dtype == type) {
                bounded(BinaryOp.MAXIMUM, lower, Arg.of(x), tieKeepsFirst, work);
            } else {
                Elementwise.copyInto(CLIP, x, work);
                if (present(lower)) {
                    bounded(BinaryOp.MAXIMUM, lower, Arg.of(work), tieKeepsFirst, work);
                }
            }
            if (present(upper)) {
                bounded(BinaryOp.MINIMUM, upper, Arg.of(work), tieKeepsFirst, work);
            }
            if (out != null && work != out) {
                Elementwise.copyInto(CLIP, work, out);
                work.close();
            }
            return out != null ? out : work;
        } catch (RuntimeException | Error e) {
            if (work != out) {
                work.close();
            }
            throw e;
        }
    }

    /** op(bound, value) into work, with value kept on a tie. */
    private static void bounded(BinaryOp op, Arg bound, Arg value, boolean tieKeepsFirst, Tensor work) {
        if (tieKeepsFirst) {
            Elementwise.binary(op, value, bound, work, null);
        } else {
            Elementwise.binary(op, bound, value, work, null);
        }
    }

    /** A Java number bound as a weak scalar argument; null is no bound. */
    static Arg bound(Number n) {
        return switch (n) {
            case null -> Arg.of((Tensor) null);
            case Double d -> Arg.of(d.doubleValue());
            case Float f -> Arg.of(f.doubleValue());
            case Long l -> Arg.of(l.longValue());
            case Integer i -> Arg.of(i.longValue());
            case Short s -> Arg.of(s.longValue());
            case Byte b -> Arg.of(b.longValue());
            default -> throw new IllegalArgumentException(CLIP + ": a bound must be a Double, Float, Long, Integer, "
                    + "Short or Byte (or null), got " + n.getClass().getSimpleName() + " " + n);
        };
    }

    private static boolean present(Arg bound) {
        return bound.isScalar() || bound.tensor() != null;
    }

    private static boolean sharesMemory(Arg bound, Tensor out) {
        return out != null && !bound.isScalar() && bound.tensor() != null && bound.tensor().storage == out.storage;
    }

    /**
     * A Java integer bound outside an integer result type's range on the side that bounds nothing
     * (a min below the type's minimum, a max above its maximum) is that type's limit, as NumPy 2
     * clips with such Python ints ({@code clip(uint8 x, -5, 300)} is x); on the other side it would
     * bound every element and NumPy raises OverflowError ({@code clip(uint8 x, 300, None)}), here
     * an IllegalArgumentException.
     */
    private static Arg clamped(Arg bound, DType type, boolean lower) {
        if (!bound.isScalar() || !bound.integral() || !type.isInteger()) {
            return bound;
        }
        long v = bound.integer();
        if (lower ? v > type.maxValue() : v < type.minValue()) {
            throw new IllegalArgumentException(CLIP + ": Java integer " + v + " is out of bounds for "
                    + type.numpyName() + " (the result's type) as the " + (lower ? "min" : "max")
                    + " bound; valid: " + (lower ? "at most " + type.maxValue() : "at least " + type.minValue())
                    + " (a " + (lower ? "min below " + type.minValue() : "max above " + type.maxValue())
                    + " bounds nothing and is allowed)");
        }
        return Arg.of(Math.clamp(v, type.minValue(), type.maxValue()));
    }
}
