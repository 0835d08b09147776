package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Storage;
import io.jtensor.internal.SharedStorage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code np.load(file, mmap_mode=...)} and {@code np.lib.format.open_memmap}: a {@code .npy} file
 * whose data becomes the tensor's memory where the backend can map files ({@link Backend#mapFile}),
 * else a copy read onto the backend as {@link NpyFormat#read(Path, Backend)} reads it.
 *
 * <p>A file is used in place only when its bytes are already the backend's layout: the platform's
 * byte order (or one-byte elements), the data at a multiple of the element size (NumPy pads the
 * header to 64 bytes), bools 0 or 1. Otherwise "r" and "c" read a copy (read-only for "r") and
 * "r+" is refused, since its writes could not reach the file.
 */
final class MappedNpy {

    /** NumPy's four memmap modes. */
    enum Mode {
        READ_ONLY, READ_WRITE, COPY_ON_WRITE, CREATE;

        /** NumPy's names and their long synonyms ({@code np.memmap}'s valid modes). */
        static Mode of(String op, String name) {
            return switch (name) {
                case "r", "readonly" -> READ_ONLY;
                case "r+", "readwrite" -> READ_WRITE;
                case "c", "copyonwrite" -> COPY_ON_WRITE;
                case "w+", "write" -> CREATE;
                default -> throw new IllegalArgumentException(op + ": mode must be one of ['r', 'c', 'r+', 'w+', "
                        + "'readonly', 'copyonwrite', 'readwrite', 'write'] (got '" + name + "')");
            };
        }

        FileChannel.MapMode mapMode() {
            return switch (this) {
                case READ_ONLY -> FileChannel.MapMode.READ_ONLY;
                case COPY_ON_WRITE -> FileChannel.MapMode.PRIVATE;
                case READ_WRITE, CREATE -> FileChannel.MapMode.READ_WRITE;
            };
        }
    }

    private MappedNpy() {
    }

    /** {@code np.load(file, mmap_mode=mode)}: see {@link Np#load(Path, String)}. */
    static Tensor load(Path file, String mmapMode, Backend backend) throws IOException {
        Objects.requireNonNull(file, "load: file is null");
        if (mmapMode == null) {
            return NpyFormat.read(file, backend);
        }
        Mode mode = Mode.of("load", mmapMode);
        if (mode == Mode.CREATE) {
            throw new IllegalArgumentException("load: mmap_mode '" + mmapMode + "' would replace " + file
                    + " by a new, empty array (NumPy truncates the file and then fails); create one with"
                    + " openMemmap(file, \"w+\", dtype, shape, fortranOrder)");
        }
        return open(file, mode, backend, "load");
    }

    /** {@code np.lib.format.open_memmap}: see {@link Np#openMemmap}. */
    static Tensor openMemmap(Path file, String mode, DType dtype, long[] shape, boolean fortranOrder, Backend backend)
            throws IOException {
        String op = "open_memmap";
        Objects.requireNonNull(file, op + ": file is null");
        Objects.requireNonNull(mode, op + ": mode is null");
        Mode parsed = Mode.of(op, mode);
        if (parsed != Mode.CREATE) {
            return open(file, parsed, backend, op);
        }
        if (dtype == null || shape == null) {
            throw new IllegalArgumentException(op + ": mode '" + mode + "' creates " + file
                    + " and needs a dtype and a shape (got " + (dtype == null ? "no dtype" : "no shape") + ")");
        }
        long[] dims = shape.clone();
        Shape.size(dims);
        for (long d : dims) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": negative dimensions are not allowed (shape "
                        + Shape.toString(dims) + ")");
            }
        }
        NpyHeader header = NpyHeader.of(dtype, fortranOrder && dims.length >= 2, dims);
        byte[] encoded = header.encode();
        long total = Math.addExact(encoded.length, Math.multiplyExact(header.size(), (long) dtype.byteSize()));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ)) {
            channel.write(ByteBuffer.wrap(encoded), 0);
            if (total > encoded.length) {
                channel.write(ByteBuffer.allocate(1), total - 1);
            }
            return mapOrRead(channel, file, header, encoded.length, Mode.CREATE, backend, op);
        }
    }

    private static Tensor open(Path file, Mode mode, Backend backend, String op) throws IOException {
        // a private mapping needs a channel open for writing, though nothing is written to the file
        boolean write = mode == Mode.READ_WRITE || mode == Mode.COPY_ON_WRITE && Files.isWritable(file);
        StandardOpenOption[] options = write
                ? new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.READ};
        try (FileChannel channel = FileChannel.open(file, options)) {
            long length = channel.size();
            String source = op + ": " + file;
            NpyHeader header = NpyHeader.read(Channels.newInputStream(channel), length, source);
            long offset = length - header.dataLength();
            return mapOrRead(channel, file, header, offset, mode, backend, op);
        }
    }

    private static Tensor mapOrRead(FileChannel channel, Path file, NpyHeader header, long offset, Mode mode,
                                    Backend backend, String op) throws IOException {
        String unusable = unusableInPlace(channel, header, offset);
        if (unusable != null && (mode == Mode.READ_WRITE || mode == Mode.CREATE)) {
            throw new IOException(op + ": " + file + " cannot be mapped for writing (mode 'r+'): " + unusable
                    + "; jtensor maps only the elements it can use in place");
        }
        long[] shape = header.shape();
        long[] storedShape = header.fortranOrder() ? reversed(shape) : shape;
        boolean privateWithoutWrite = mode == Mode.COPY_ON_WRITE && !Files.isWritable(file);
        Tensor mapped = unusable == null && !privateWithoutWrite ? map(channel, header, storedShape, offset, mode, backend)
                : null;
        if (mapped == null && mode != Mode.CREATE) {
            Tensor copy = NpyFormat.read(Channels.newInputStream(channel.position(0)), channel.size(), op + ": " + file,
                    backend);
            if (mode != Mode.READ_ONLY) {
                return copy;
            }
            try (copy) {
                return new Tensor(op, copy, copy.dtype, copy.shape.clone(), copy.strides.clone(), copy.offset, true);
            }
        }
        Tensor stored = mapped != null ? mapped : Tensor.allocate(backend, header.dtype(), storedShape);
        if (!header.fortranOrder() || shape.length < 2) {
            return stored;
        }
        try (stored) {
            return stored.transpose();
        }
    }

    /** The file's data as a C-contiguous tensor of the stored shape, or null when the backend maps no files. */
    private static Tensor map(FileChannel channel, NpyHeader header, long[] stored, long offset, Mode mode,
                              Backend backend) throws IOException {
        if (!backend.supports(header.dtype())) {
            return null;
        }
        Storage storage = backend.mapFile(channel, mode.mapMode(), offset, header.dataLength());
        return storage == null ? null : new Tensor(new SharedStorage(backend, storage), header.dtype(), stored,
                Shape.contiguousStrides(stored), 0, mode == Mode.READ_ONLY);
    }

    /** Why the file's data cannot be the tensor's memory, or null when it can. */
    private static String unusableInPlace(FileChannel channel, NpyHeader header, long offset) throws IOException {
        DType dtype = header.dtype();
        if (dtype.byteSize() > 1 && header.order() != ByteOrder.nativeOrder()) {
            return "its elements are " + (header.order() == ByteOrder.BIG_ENDIAN ? "big" : "little")
                    + "-endian, not in the platform's byte order";
        }
        if (offset % dtype.byteSize() != 0) {
            return "its data starts at byte " + offset + ", not a multiple of the " + dtype.byteSize()
                    + "-byte " + dtype.numpyName() + " elements";
        }
        if (dtype == DType.BOOL) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            for (long at = offset, end = offset + header.dataLength(); at < end; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
                int n = channel.read(buffer, at);
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    int b = buffer.get(i) & 0xff;
                    if (b > 1) {
                        return String.format(Locale.ROOT, "its bool at byte %d is 0x%02x, not 0 or 1", at + i, b);
                    }
                }
                at += n;
            }
        }
        return null;
    }

    private static long[] reversed(long[] shape) {
        long[] r = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            r[i] = shape[shape.length - 1 - i];
        }
        return r;
    }
}
