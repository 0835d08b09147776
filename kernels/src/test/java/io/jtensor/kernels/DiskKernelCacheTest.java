package io.jtensor.kernels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiskKernelCacheTest {

    private static final KernelKey KEY = KernelKey.of("device A", "kernel source", "-O2", "driver 1.0");

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void storesAndLoadsABinaryWithoutLeavingTemporaryFiles(@TempDir Path dir) throws IOException {
        DiskKernelCache cache = new DiskKernelCache(dir.resolve("kernels"));
        assertTrue(cache.load(KEY).isEmpty());
        cache.store(KEY, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cache.load(KEY).orElseThrow());
        assertEquals(1, files(cache.directory()).size(), "only the entry, no temporary file");
    }

    @Test
    void ignoresACorruptFile(@TempDir Path dir) throws IOException {
        DiskKernelCache cache = new DiskKernelCache(dir);
        cache.store(KEY, new byte[] {1, 2, 3, 4});
        Path file = files(dir).getFirst();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x55;
        Files.write(file, bytes);
        assertTrue(cache.load(KEY).isEmpty());
    }

    @Test
    void ignoresAnEntryFromAnotherCompilerVersion(@TempDir Path dir) throws IOException {
        DiskKernelCache cache = new DiskKernelCache(dir);
        cache.store(KEY, new byte[] {9});
        KernelKey newer = new KernelKey(KEY.device(), KEY.sourceHash(), KEY.options(), "driver 2.0");
        // even a file renamed to the new key's name is rejected by its header
        Files.move(files(dir).getFirst(), dir.resolve(newer.digest() + ".bin"));
        assertTrue(cache.load(newer).isEmpty());
    }

    @Test
    void honoursTheDirectoryProperty(@TempDir Path dir) {
        String old = System.getProperty(DiskKernelCache.DIRECTORY_PROPERTY);
        System.setProperty(DiskKernelCache.DIRECTORY_PROPERTY, dir.toString());
        try {
            assertEquals(dir, DiskKernelCache.configured().directory());
        } finally {
            if (old == null) {
                System.clearProperty(DiskKernelCache.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(DiskKernelCache.DIRECTORY_PROPERTY, old);
            }
        }
    }

    @Test
    void compilesOncePerKeyThenUsesMemoryThenDisk(@TempDir Path dir) throws Exception {
        AtomicInteger compiled = new AtomicInteger();
        KernelCache.Compiler<String> compiler = new KernelCache.Compiler<>() {
            @Override
            public KernelCache.Compiled<String> compile() {
                compiled.incrementAndGet();
                return new KernelCache.Compiled<>("from source", () -> new byte[] {7});
            }

            @Override
            public Optional<String> load(byte[] binary) {
                return Optional.of("from disk " + binary[0]);
            }
        };
        KernelCache<String> first = new KernelCache<>(new DiskKernelCache(dir));
        String program = first.get(KEY, compiler);
        assertEquals("from source", program);
        assertSame(program, first.get(KEY, compiler));
        assertEquals(1, compiled.get());
        KernelCache<String> second = new KernelCache<>(new DiskKernelCache(dir));
        assertEquals("from disk 7", second.get(KEY, compiler));
        assertEquals(0, second.compilations());
        assertEquals(1, second.diskHits());
    }

    @Test
    void aReadOnlyCacheNeverFetchesOrWritesBinaries(@TempDir Path dir) throws Exception {
        KernelCache.Compiler<String> compiler = new KernelCache.Compiler<>() {
            @Override
            public KernelCache.Compiled<String> compile() {
                return new KernelCache.Compiled<>("from source", () -> {
                    throw new AssertionError("a read-only cache must not fetch the binary");
                });
            }

            @Override
            public Optional<String> load(byte[] binary) {
                return Optional.of("from disk");
            }
        };
        KernelCache<String> cache = new KernelCache<>(new DiskKernelCache(dir, false));
        assertEquals("from source", cache.get(KEY, compiler));
        assertEquals(1, cache.compilations());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
