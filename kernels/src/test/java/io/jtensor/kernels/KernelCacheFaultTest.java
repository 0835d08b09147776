package io.jtensor.kernels;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Injected faults in the kernel disk cache: truncated and corrupt entries are detected, compiled
 * again and rewritten; a directory that cannot be written falls back to memory with one warning.
 */
class KernelCacheFaultTest {

    private static final KernelKey KEY = KernelKey.of("device A", "kernel source", "-O2", "driver 1.0");

    /** A compiler whose binary is {@code {7, 7, 7, 7}}; counts its compilations. */
    private static final class CountingCompiler implements KernelCache.Compiler<String> {
        final AtomicInteger compiled = new AtomicInteger();

        @Override
        public KernelCache.Compiled<String> compile() {
            compiled.incrementAndGet();
            return new KernelCache.Compiled<>("from source", () -> new byte[] {7, 7, 7, 7});
        }

        @Override
        public Optional<String> load(byte[] binary) {
            return Optional.of("from disk " + Arrays.toString(binary));
        }
    }

    private static Path onlyFile(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
    }

    @Test
    void truncatedAndCorruptEntriesAreCompiledAgainAndRewritten(@TempDir Path dir) throws Exception {
        new KernelCache<String>(new DiskKernelCache(dir)).get(KEY, new CountingCompiler());
        Path file = onlyFile(dir);
        byte[] good = Files.readAllBytes(file);
        for (byte[] damaged : new byte[][] {Arrays.copyOf(good, good.length - 3), Arrays.copyOf(good, 10),
                new byte[0], flipped(good, good.length - 2), flipped(good, 30)}) {
            Files.write(file, damaged);
            CountingCompiler compiler = new CountingCompiler();
            KernelCache<String> cache = new KernelCache<>(new DiskKernelCache(dir));
            assertEquals("from source", cache.get(KEY, compiler), "a damaged entry is not used");
            assertEquals(1, compiler.compiled.get());
            assertEquals(0, cache.diskHits());
            assertArrayEquals(good, Files.readAllBytes(file), "the entry was rebuilt");
            assertEquals("from disk [7, 7, 7, 7]", new KernelCache<String>(new DiskKernelCache(dir)).get(KEY, compiler));
        }
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x40;
        return copy;
    }

    @Test
    void anUnwritableDirectoryFallsBackToMemoryWithOneWarning(@TempDir Path dir) throws Exception {
        // a regular file where the directory should be: no one, root included, can create it
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "x");
        DiskKernelCache disk = new DiskKernelCache(blocker.resolve("kernels"));
        KernelCache<String> cache = new KernelCache<>(disk);
        CountingCompiler compiler = new CountingCompiler();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 5; i++) {
                KernelKey key = KernelKey.of("device A", "kernel source " + i, "-O2", "driver 1.0");
                assertEquals("from source", cache.get(key, compiler));
                assertEquals("from source", cache.get(key, compiler), "kept in memory");
            }
        } finally {
            System.setErr(err);
        }
        assertEquals(5, compiler.compiled.get(), "each kernel compiled once, then served from memory");
        assertFalse(disk.writable(), "the cache stopped writing");
        String log = captured.toString(StandardCharsets.UTF_8);
        assertEquals(1, log.lines().filter(l -> l.contains("cannot write kernel cache file")).count(), log);
        assertTrue(log.contains("kept in memory only"), log);
    }
}
