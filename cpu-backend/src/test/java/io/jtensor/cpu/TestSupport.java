package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.ElementwiseOp;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Random;

/** Builds storages and operands for backend tests and reads results back. */
final class TestSupport {

    /** The backend with the Vector API paths when available. */
    static final CpuBackend CPU = new CpuBackend();
    /** The backend with the Vector API paths forced off. */
    static final CpuBackend SCALAR = new CpuBackend(false);

    private TestSupport() {
    }

    static CpuStorage storage(DType type, double... values) {
        CpuStorage s = CpuStorage.allocate(type, values.length);
        for (int i = 0; i < values.length; i++) {
            set(s, type, i, values[i]);
        }
        return s;
    }

    static CpuStorage longs(DType type, long... values) {
        CpuStorage s = CpuStorage.allocate(type, values.length);
        for (int i = 0; i < values.length; i++) {
            ElementIO.writeLong(s.segment(), type, i, values[i]);
        }
        return s;
    }

    /** Writes a value with Java casts (test data is chosen to be representable). */
    static void set(CpuStorage s, DType type, long index, double v) {
        MemorySegment seg = s.segment();
        switch (type) {
            case BOOL -> seg.set(ElementIO.BYTE, index, (byte) (v != 0 ? 1 : 0));
            case INT8, UINT8 -> seg.set(ElementIO.BYTE, index, (byte) (long) v);
            case INT16, UINT16 -> seg.setAtIndex(ElementIO.SHORT, index, (short) (long) v);
            case INT32, UINT32 -> seg.setAtIndex(ElementIO.INT, index, (int) (long) v);
            case INT64 -> seg.setAtIndex(ElementIO.LONG, index, (long) v);
            case FLOAT16 -> seg.setAtIndex(ElementIO.SHORT, index, io.jtensor.Float16.fromDouble(v));
            case FLOAT32 -> seg.setAtIndex(ElementIO.FLOAT, index, (float) v);
            case FLOAT64 -> seg.setAtIndex(ElementIO.DOUBLE, index, v);
        }
    }

    static double get(CpuStorage s, DType type, long index) {
        MemorySegment seg = s.segment();
        return switch (type) {
            case BOOL -> seg.get(ElementIO.BYTE, index);
            case INT8, UINT8, INT16, UINT16, UINT32 -> ElementIO.small(seg, type, index);
            case INT32 -> seg.getAtIndex(ElementIO.INT, index);
            case INT64 -> seg.getAtIndex(ElementIO.LONG, index);
            case FLOAT16 -> Float.float16ToFloat(seg.getAtIndex(ElementIO.SHORT, index));
            case FLOAT32 -> seg.getAtIndex(ElementIO.FLOAT, index);
            case FLOAT64 -> seg.getAtIndex(ElementIO.DOUBLE, index);
        };
    }

    static long getLong(CpuStorage s, DType type, long index) {
        MemorySegment seg = s.segment();
        return switch (type) {
            case BOOL -> seg.get(ElementIO.BYTE, index);
            case INT32 -> seg.getAtIndex(ElementIO.INT, index);
            case INT64 -> seg.getAtIndex(ElementIO.LONG, index);
            default -> throw new IllegalArgumentException();
        };
    }

    static double[] all(CpuStorage s, DType type) {
        int n = (int) (s.byteSize() / type.byteSize());
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = get(s, type, i);
        }
        return r;
    }

    /** Random values exactly representable in {@code type}. */
    static CpuStorage random(DType type, int n, Random rnd) {
        CpuStorage s = CpuStorage.allocate(type, n);
        for (int i = 0; i < n; i++) {
            double v = switch (type) {
                case BOOL -> rnd.nextInt(2);
                case INT8, UINT8, INT16, UINT16, UINT32 -> type.wrap(rnd.nextInt(2001) - 1000);
                case INT32, INT64 -> rnd.nextInt(2001) - 1000;
                default -> rnd.nextGaussian() * 3;
            };
            set(s, type, i, v);
        }
        return s;
    }

    static long[] cStrides(long... shape) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shape[d];
        }
        return strides;
    }

    static Operand dense(CpuStorage s, DType type, long... shape) {
        return Operand.of(s, type, 0, cStrides(shape));
    }

    static MapPlan map(ElementwiseOp op, long[] shape, Operand out, DType compute, Operand... inputs) {
        return new MapPlan(op, shape, out, List.of(inputs), null, compute);
    }

    /** Distance in units in the last place of {@code expected} (as float when {@code f32}). */
    static double ulps(double actual, double expected, boolean f32) {
        if (Double.compare(actual, expected) == 0 || (Double.isNaN(actual) && Double.isNaN(expected))) {
            return 0;
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual) || Double.isNaN(actual)
                || Double.isNaN(expected)) {
            return Double.POSITIVE_INFINITY;
        }
        double ulp = f32 ? Math.ulp((float) expected) : Math.ulp(expected);
        return Math.abs(actual - expected) / ulp;
    }

    /** The number of elements of {@code shape}. */
    static long size(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** The storage index of the element at flat C-order index {@code flat} of a strided view. */
    static long viewIndex(long offset, long[] shape, long[] strides, long flat) {
        long at = offset;
        for (int d = shape.length - 1; d >= 0; d--) {
            at += flat % shape[d] * strides[d];
            flat /= shape[d];
        }
        return at;
    }
}
