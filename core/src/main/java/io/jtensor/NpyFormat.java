package io.jtensor;

import io.jtensor.backend.Backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes one tensor in NumPy's {@code .npy} format ({@link NpyHeader} plus the raw
 * elements), moving the elements between the stream and the backend in chunks of at most
 * {@value #CHUNK} bytes so that no host array of the tensor's size is ever needed.
 */
final class NpyFormat {

    private static final int CHUNK = 1 << 20;

    private NpyFormat() {
    }

    /** Reads the {@code .npy} file at {@code file} onto {@code backend} (see {@link Np#load}). */
    static Tensor read(Path file, Backend backend) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, Files.size(file), "load: " + file, backend);
        }
    }

    /**
     * Reads one {@code .npy} array from {@code in} onto {@code backend}. An array stored in Fortran
     * order comes back as a Fortran-ordered view (the transpose of a C-contiguous tensor), as
     * {@code np.load} returns it.
     *
     * @param length the number of bytes in the stream when known, else -1
     * @param source what to name in error messages
     * @throws IOException when the stream is not an {@code .npy} array jtensor can read, is
     *                     truncated, or has bytes after the array
     */
    static Tensor read(InputStream in, long length, String source, Backend backend) throws IOException {
        NpyHeader header = NpyHeader.read(in, length, source);
        long[] shape = header.shape();
        long[] stored = header.fortranOrder() ? reversed(shape) : shape;
        Tensor tensor = Tensor.allocate(backend, header.dtype(), stored);
        try {
            readData(in, header, tensor, source);
            if (length < 0) {
                long extra = in.transferTo(OutputStream.nullOutputStream());
                if (extra > 0) {
                    throw NpyHeader.trailing(source, header, extra);
                }
            }
        } catch (IOException | RuntimeException e) {
            tensor.close();
            throw e;
        }
        if (!header.fortranOrder() || shape.length < 2) {
            return tensor;
        }
        try (tensor) {
            return tensor.transpose();
        }
    }

    private static void readData(InputStream in, NpyHeader header, Tensor tensor, String source) throws IOException {
        long total = header.dataLength();
        byte[] buffer = new byte[(int) Math.min(CHUNK, total)];
        MemorySegment segment = MemorySegment.ofArray(buffer);
        for (long done = 0; done < total; ) {
            int n = (int) Math.min(buffer.length, total - done);
            int got = in.readNBytes(buffer, 0, n);
            if (got < n) {
                throw NpyHeader.truncated(source, "in the data: the header describes " + header.describe() + ", "
                        + total + " bytes, but only " + (done + got) + " follow");
            }
            toNative(buffer, n, header);
            tensor.backend().copyFromHost(segment.asSlice(0, n), tensor.storage.storage(), done);
            done += n;
        }
    }

    /** Puts elements read from the file into the backend's layout: native byte order, bools 0 or 1. */
    private static void toNative(byte[] bytes, int n, NpyHeader header) {
        int width = header.dtype().byteSize();
        if (header.dtype() == DType.BOOL) {
            for (int i = 0; i < n; i++) {
                bytes[i] = (byte) (bytes[i] != 0 ? 1 : 0);
            }
        } else if (header.order() != ByteOrder.nativeOrder()) {
            for (int start = 0; start < n; start += width) {
                for (int low = start, high = start + width - 1; low < high; low++, high--) {
                    byte b = bytes[low];
                    bytes[low] = bytes[high];
                    bytes[high] = b;
                }
            }
        }
    }

    /**
     * Writes {@code x} as an {@code .npy} array (format version 1.0 unless its header needs 2.0) in
     * the platform's byte order: C order, or Fortran order when {@code x} is a Fortran-contiguous
     * view, as {@code np.save} does; any other layout is copied to C order first.
     *
     * @return the number of bytes written
     */
    static long write(Tensor x, OutputStream out, String op) throws IOException {
        x.checkOpen(op);
        try (Tensor transposed = x.ndim() >= 2 && !x.isContiguous() ? x.T() : null) {
            boolean fortran = transposed != null && transposed.isContiguous();
            try (Tensor copy = x.isContiguous() || fortran ? null : x.copy()) {
                Tensor source = fortran ? transposed : copy != null ? copy : x;
                byte[] header = NpyHeader.of(x.dtype(), fortran, x.shape()).encode();
                out.write(header);
                return header.length + writeData(source, out);
            }
        }
    }

    private static long writeData(Tensor contiguous, OutputStream out) throws IOException {
        int width = contiguous.dtype().byteSize();
        long total = contiguous.size() * width;
        byte[] buffer = new byte[(int) Math.min(CHUNK, total)];
        MemorySegment segment = MemorySegment.ofArray(buffer);
        try (Pinned pinned = Pinned.of("save", contiguous)) {
            for (long done = 0; done < total; ) {
                int n = (int) Math.min(buffer.length, total - done);
                contiguous.backend().copyToHost(contiguous.storage.storage(), contiguous.offset * width + done,
                        segment.asSlice(0, n));
                out.write(buffer, 0, n);
                done += n;
            }
        }
        return total;
    }

    private static long[] reversed(long[] shape) {
        long[] r = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            r[i] = shape[shape.length - 1 - i];
        }
        return r;
    }
}
