package io.jtensor;

import io.jtensor.backend.Backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * {@code np.frombuffer} and binary {@code np.fromfile}: a 1-d tensor read from little-endian
 * bytes, the layout {@link Tensor#tobytes()} and {@link Tensor#tofile(Path)} write (NumPy's native
 * one on x86-64 and ARM).
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
            case INT8, UINT8 -> {
                byte[] v = new byte[size];
                in.get(v);
                yield MemorySegment.ofArray(v);
            }
            case INT16, UINT16 -> {
                short[] v = new short[size];
                in.asShortBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case INT32, UINT32 -> {
                int[] v = new int[size];
                in.asIntBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case INT64 -> {
                long[] v = new long[size];
                in.asLongBuffer().get(v);
                yield MemorySegment.ofArray(v);
            }
            case FLOAT16 -> {
                short[] v = new short[size];
                in.asShortBuffer().get(v);
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

    /**
     * Binary {@code np.fromfile(file, dtype, count, offset)}: at most {@code count} elements (-1:
     * all) from byte {@code offset} on; a shorter file gives the whole elements it holds, as NumPy.
     */
    static Tensor fromfile(Backend backend, Path file, DType dtype, long count, long offset) throws IOException {
        String op = "fromfile";
        Objects.requireNonNull(file, op + ": file is null");
        Objects.requireNonNull(dtype, op + ": dtype is null");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (offset < 0 || offset > size) {
                throw new IllegalArgumentException(op + ": offset " + offset + " is outside " + file + " of " + size
                        + " bytes");
            }
            long whole = (size - offset) / dtype.byteSize();
            long n = count < 0 ? whole : Math.min(count, whole);
            if (n * dtype.byteSize() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(op + ": " + n + " " + dtype.numpyName() + " elements from " + file
                        + " are more than one read can hold (2 GiB); pass a smaller count");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) (n * dtype.byteSize()));
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0) {
                    throw new UncheckedIOException(new IOException(op + ": " + file + " ended early"));
                }
            }
            return frombuffer(backend, bytes.array(), dtype, n, 0);
        }
    }
}
