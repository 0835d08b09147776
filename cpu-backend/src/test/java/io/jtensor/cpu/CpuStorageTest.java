package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.UnaryOp;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CpuStorageTest {

    @Test
    void allocationsAreZeroFilledAndExactlySized() {
        long[] counts = {0, 1, 3, 100, 16 * 1024, 16 * 1024 + 1, 300_000};
        for (DType t : DType.values()) {
            for (long count : counts) {
                CpuStorage s = CpuStorage.allocate(t, count);
                assertEquals(count * t.byteSize(), s.byteSize());
                for (long i = 0; i < s.byteSize(); i += 97) {
                    assertEquals(0, s.segment().get(ValueLayout.JAVA_BYTE, i));
                }
                s.segment().fill((byte) 7);
                s.release();
            }
        }
        assertThrows(IllegalArgumentException.class, () -> CpuStorage.allocate(DType.FLOAT32, -1));
        assertThrows(ArithmeticException.class, () -> CpuStorage.allocate(DType.FLOAT64, Long.MAX_VALUE / 4));
    }

    @Test
    void recycledBlocksComeBackZeroed() {
        for (int round = 0; round < 50; round++) {
            CpuStorage s = CpuStorage.allocate(DType.INT64, 500);
            for (long i = 0; i < 500; i++) {
                assertEquals(0, s.segment().getAtIndex(ValueLayout.JAVA_LONG, i));
            }
            s.segment().fill((byte) -1);
            s.release();
        }
    }

    @Test
    void reusedLargeBlocksReadAsZeros() {
        int n = 100_000;
        for (int round = 0; round < 3; round++) {
            CpuStorage s = CpuStorage.allocate(DType.FLOAT64, n);
            for (long i = 0; i < n; i += 997) {
                assertEquals(0.0, s.segment().getAtIndex(ValueLayout.JAVA_DOUBLE, i));
            }
            s.segment().fill((byte) -1);
            s.release();
        }
    }

    @Test
    void mapsOverwriteReusedBlocksWholeAndMaskedMapsSeeZeros() {
        int n = 100_000;
        for (DType type : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (CpuBackend backend : new CpuBackend[] {TestSupport.CPU, TestSupport.SCALAR}) {
                CpuStorage in = TestSupport.storage(type, new double[n]);
                CpuStorage mask = CpuStorage.allocate(DType.BOOL, n);
                for (int i = 0; i < n; i += 2) {
                    mask.segment().set(ValueLayout.JAVA_BYTE, i, (byte) 1);
                }
                for (int round = 0; round < 3; round++) {
                    CpuStorage full = CpuStorage.allocate(type, n);
                    backend.map(TestSupport.map(UnaryOp.EXP, new long[] {n}, TestSupport.dense(full, type, n), type,
                            TestSupport.dense(in, type, n)));
                    assertEquals(1.0, TestSupport.get(full, type, n - 1));
                    full.release();
                    CpuStorage masked = CpuStorage.allocate(type, n);
                    backend.map(new MapPlan(UnaryOp.EXP, new long[] {n}, TestSupport.dense(masked, type, n),
                            List.of(TestSupport.dense(in, type, n)), TestSupport.dense(mask, DType.BOOL, n), type));
                    assertEquals(1.0, TestSupport.get(masked, type, 0));
                    assertEquals(0.0, TestSupport.get(masked, type, 1), "masked-out element of a reused block");
                    masked.release();
                }
                in.release();
                mask.release();
            }
        }
    }

    /**
     * The copy of a broadcast column into a reused block is not zeroed first (its output is in C
     * order) and must still write every element; into every other row of one, the rows between
     * must read as zeros.
     */
    @Test
    void broadcastCopiesIntoReusedBlocksLeaveNoStaleBytes() {
        int rows = 300;
        int cols = 70;
        for (DType type : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            CpuStorage column = TestSupport.storage(type, new double[rows]);
            for (int r = 0; r < rows; r++) {
                TestSupport.set(column, type, r, r + 1);
            }
            for (int round = 0; round < 3; round++) {
                CpuStorage full = CpuStorage.allocate(type, (long) rows * cols);
                TestSupport.CPU.map(TestSupport.map(UnaryOp.COPY, new long[] {rows, cols},
                        TestSupport.dense(full, type, rows, cols), type, Operand.of(column, type, 0, new long[] {1, 0})));
                for (int i = 0; i < rows * cols; i++) {
                    assertEquals(i / cols + 1, TestSupport.get(full, type, i), "element " + i);
                }
                full.segment().fill((byte) -1);
                full.release();
                CpuStorage half = CpuStorage.allocate(type, (long) rows * cols);
                TestSupport.CPU.map(TestSupport.map(UnaryOp.COPY, new long[] {rows / 2, cols},
                        Operand.of(half, type, 0, new long[] {2L * cols, 1}), type,
                        Operand.of(column, type, 0, new long[] {1, 0})));
                for (int i = 0; i < rows * cols; i++) {
                    int r = i / cols;
                    assertEquals(r % 2 == 0 ? r / 2 + 1 : 0.0, TestSupport.get(half, type, i), "element " + i);
                }
                half.segment().fill((byte) -1);
                half.release();
            }
            column.release();
        }
    }

    @Test
    void releaseIsIdempotentAndThreadSafe() throws Exception {
        CpuStorage big = CpuStorage.allocate(DType.FLOAT64, 1 << 20);
        CpuStorage small = CpuStorage.allocate(DType.FLOAT64, 10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    big.release();
                    small.release();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(big.isReleased());
        assertTrue(small.isReleased());
        assertThrows(IllegalStateException.class, () -> big.segment().get(ValueLayout.JAVA_BYTE, 0));
        big.release();
    }

    @Test
    void hostTransfersCopyRawBytesAtOffsets() {
        CpuBackend cpu = TestSupport.CPU;
        CpuStorage s = (CpuStorage) cpu.allocate(DType.INT32, 6);
        MemorySegment host = MemorySegment.ofArray(new int[]{1, 2, 3});
        cpu.copyFromHost(host, s, 8);
        assertArrayEquals(new double[]{0, 0, 1, 2, 3, 0}, TestSupport.all(s, DType.INT32));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment back = arena.allocate(8);
            cpu.copyToHost(s, 12, back);
            assertEquals(2, back.getAtIndex(ValueLayout.JAVA_INT, 0));
            assertEquals(3, back.getAtIndex(ValueLayout.JAVA_INT, 1));
        }
    }
}
