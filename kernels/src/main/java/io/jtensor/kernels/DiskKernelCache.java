package io.jtensor.kernels;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Compiled program binaries on disk, one file per {@link KernelKey} in
 * {@code ~/.cache/jtensor/kernels} (or the directory named by the system property
 * {@value #DIRECTORY_PROPERTY}).
 *
 * <p>A file holds a magic line, the full key, a SHA-256 checksum of the binary and the binary.
 * Writes go to a temporary file in the same directory that is then moved into place atomically, so
 * concurrent JVMs never see half a file. A file whose checksum does not match (a torn or corrupt
 * write) or whose key differs (another driver or compiler version) is ignored. I/O problems are
 * logged and never fail a kernel launch: the cache is only an optimisation.
 */
public final class DiskKernelCache {

    /** System property naming the cache directory. */
    public static final String DIRECTORY_PROPERTY = "jtensor.cache.dir";

    /**
     * System property: {@code false} makes the cache read-only. CI sets it for the test JVMs of a
     * fresh machine, which would never read what they write, because fetching a binary to store
     * can cost more than the build itself (PoCL compiles every kernel of the program for it).
     */
    public static final String WRITE_PROPERTY = "jtensor.cache.write";

    private static final Logger LOG = LoggerFactory.getLogger(DiskKernelCache.class);
    private static final String MAGIC = "jtensor-kernel-cache 1";

    private final Path directory;
    private final boolean writable;
    /** Set by the first failed write: the cache then keeps kernels in memory only, warning once. */
    private final AtomicBoolean writeFailed = new AtomicBoolean();

    /** A writable cache in {@code directory} (created on first write). */
    public DiskKernelCache(Path directory) {
        this(directory, true);
    }

    /** A cache in {@code directory}; a read-only one ignores {@link #store}. */
    public DiskKernelCache(Path directory, boolean writable) {
        this.directory = directory;
        this.writable = writable;
    }

    /**
     * The cache in the configured directory: {@value #DIRECTORY_PROPERTY}, else
     * ~/.cache/jtensor/kernels; read-only when {@value #WRITE_PROPERTY} is {@code false}.
     */
    public static DiskKernelCache configured() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path directory = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "jtensor", "kernels");
        return new DiskKernelCache(directory, !"false".equalsIgnoreCase(System.getProperty(WRITE_PROPERTY)));
    }

    /** Whether {@link #store} writes: configured so, and no write has failed yet. */
    public boolean writable() {
        return writable && !writeFailed.get();
    }

    /** The directory the files live in. */
    public Path directory() {
        return directory;
    }

    /** The binary stored for {@code key}, if a valid one is there. */
    public Optional<byte[]> load(KernelKey key) {
        Path file = fileOf(key);
        try (InputStream stream = Files.newInputStream(file); DataInputStream in = new DataInputStream(stream)) {
            if (!MAGIC.equals(in.readUTF()) || !key.device().equals(in.readUTF())
                    || !key.sourceHash().equals(in.readUTF()) || !key.options().equals(in.readUTF())
                    || !key.compilerVersion().equals(in.readUTF())) {
                LOG.debug("ignoring kernel cache file {}: written for another key or compiler version", file);
                return Optional.empty();
            }
            byte[] checksum = in.readNBytes(32);
            int length = in.readInt();
            byte[] binary = in.readNBytes(length);
            if (binary.length != length || !Arrays.equals(checksum, KernelKey.sha256(binary))) {
                LOG.warn("ignoring corrupt kernel cache file {} (checksum mismatch)", file);
                return Optional.empty();
            }
            return Optional.of(binary);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable kernel cache file {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Stores {@code binary} for {@code key}, atomically replacing any older file. */
    public void store(KernelKey key, byte[] binary) {
        if (!writable()) {
            return;
        }
        Path file = fileOf(key);
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(binary.length + 512);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeUTF(key.device());
                out.writeUTF(key.sourceHash());
                out.writeUTF(key.options());
                out.writeUTF(key.compilerVersion());
                out.write(KernelKey.sha256(binary));
                out.writeInt(binary.length);
                out.write(binary);
            }
            temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            Files.write(temporary, bytes.toByteArray());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | RuntimeException e) {
            if (writeFailed.compareAndSet(false, true)) {
                LOG.warn("cannot write kernel cache file {} ({}); kernels are kept in memory only from now on", file,
                        e.toString());
            }
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    LOG.debug("cannot delete {}: {}", temporary, e.toString());
                }
            }
        }
    }

    private Path fileOf(KernelKey key) {
        return directory.resolve(key.digest() + ".bin");
    }
}
