package io.jtensor;

import io.jtensor.backend.Backend;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * {@code np.frombuffer}: a 1-d tensor read from little-endian bytes, the layout
 * {@link Tensor#tobytes()} writes (NumPy's native one on x86-64 and ARM).
 */
final class RawBytes {

    private RawBytes() {
    }

    static Tensor frombuffer(Backend backend, byte[] buffer, DType dtype, long count, long offset) {
        String op = "frombuffer";
        Objects.requireNonNull(buffer, op + ": buffer is null");
        Objects.requireNonNull(dtype, op + ": dtype is null");
        int item = dtype.byteSize();
        if (offset < 0 || offset > buffer.length) {
            throw new IllegalArgumentException(op + ": offset " + offset + " must be non-negative and no greater than"
                    + " the buffer's length (" + buffer.length + ")");
        }
        long available = buffer.length - offset;
        long n;
        if (count < 0) {
            if (available % item != 0) {
                throw new IllegalArgumentException(op + ": " + available + " bytes after offset " + offset
                        + " are not a multiple of " + dtype.numpyName() + "'s " + item + " bytes");
            }
            n = available / item;
        } else {
            if (count * item > available) {
                throw new IllegalArgumentException(op + ": the buffer holds " + available + " bytes after offset "
                        + offset + ", fewer than the " + count * item + " that " + count + " " + dtype.numpyName()
                        + " elements need");
            }
            n = count;
        }
        ByteBuffer in = ByteBuffer.wrap(buffer, (int) offset, (int) (n * item)).slice().order(ByteOrder.LITTLE_ENDIAN);
        int size = (int) n;
        MemorySegment data = switch (dtype) {
            case BOOL -> {
                byte[] b = new byte[size];
                for (int i = 0; i < size; i++) {
                    b[i] = (byte) (in.get(i) != 0 ? 1 : 0);
                }
                yield MemorySegment.ofArray(b);
            }
            case INT32 -> {
                int[] v = new int[size];
                in.asIntBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case INT64 -> {
                long[] v = new long[size];
                in.asLongBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case FLOAT32 -> {
                float[] v = new float[size];
                in.asFloatBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case FLOAT64 -> {
                double[] v = new double[size];
                in.asDoubleBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
        };
        return Creation.fromHost(backend, dtype, data, new long[] {n});
    }
}
