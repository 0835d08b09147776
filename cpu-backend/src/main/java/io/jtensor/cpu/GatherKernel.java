package io.jtensor.cpu;

import io.jtensor.backend.GatherPlan;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Runs {@link GatherPlan}s: each (outer, index) pair is one bulk copy of {@code inner} contiguous
 * elements, the pairs split over threads.
 */
final class GatherKernel {

    /** Bytes per thread (parallel from twice this). */
    private static final long GRAIN_BYTES = 1 << 20;

    void run(GatherPlan plan) {
        long pieces = plan.outer() * plan.count();
        if (plan.size() == 0) {
            return;
        }
        long width = plan.dtype().byteSize();
        long pieceBytes = plan.inner() * width;
        MemorySegment in = MapKernels.segment(plan.input());
        MemorySegment indices = MapKernels.segment(plan.indices());
        MemorySegment out = MapKernels.overwrittenSegment(plan.out(), plan.size());
        long inBase = plan.input().offset() * width;
        long outBase = plan.out().offset() * width;
        ParallelLoop.forRange(pieces, Math.max(1, GRAIN_BYTES / pieceBytes), 1, (start, end) -> {
            for (long p = start; p < end; p++) {
                long o = p / plan.count();
                long j = p % plan.count();
                long index = indices.getAtIndex(ValueLayout.JAVA_LONG, plan.indices().offset() + j);
                long from = inBase + (o * plan.axisLength() + index) * pieceBytes;
                MemorySegment.copy(in, from, out, outBase + p * pieceBytes, pieceBytes);
            }
        });
    }
}
