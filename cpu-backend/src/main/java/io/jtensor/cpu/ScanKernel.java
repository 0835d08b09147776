package io.jtensor.cpu;

import io.jtensor.backend.ScanPlan;
import io.jtensor.op.ScanOp;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Runs {@link ScanPlan}s (running sums, products, maxima and minima): each line along the axis is
 * accumulated in order in the plan's type
 * (float32 in float, as NumPy's loop, so the results are NumPy's bit for bit), lines split over
 * threads.
 */
final class ScanKernel {

    /** Elements per thread. */
    private static final long GRAIN = 64 * 1024;

    void run(ScanPlan plan) {
        long lines = plan.lines();
        if (lines == 0 || plan.length() == 0) {
            return;
        }
        MemorySegment in = MapKernels.segment(plan.input());
        MemorySegment out = MapKernels.overwrittenSegment(plan.out(), lines * plan.length());
        long inBase = plan.input().offset();
        long outBase = plan.out().offset();
        ScanOp op = plan.op();
        ParallelLoop.forRange(lines, Math.max(1, GRAIN / plan.length()), 1, (start, end) -> {
            for (long line = start; line < end; line++) {
                long first = (line / plan.inner()) * plan.length() * plan.inner() + line % plan.inner();
                switch (plan.dtype()) {
                    case FLOAT16 -> halves(in, inBase + first, out, outBase + first, plan, op);
                    case FLOAT32 -> floats(in, inBase + first, out, outBase + first, plan, op);
                    case FLOAT64 -> doubles(in, inBase + first, out, outBase + first, plan, op);
                    default -> longs(in, inBase + first, out, outBase + first, plan, op);
                }
            }
        });
    }

    private static void floats(MemorySegment in, long from, MemorySegment out, long to, ScanPlan plan, ScanOp op) {
        float acc = in.getAtIndex(ValueLayout.JAVA_FLOAT, from);
        out.setAtIndex(ValueLayout.JAVA_FLOAT, to, acc);
        for (long k = 1, step = plan.inner(); k < plan.length(); k++) {
            float x = in.getAtIndex(ValueLayout.JAVA_FLOAT, from + k * step);
            acc = switch (op) {
                case CUMSUM -> acc + x;
                case CUMPROD -> acc * x;
                case MAXIMUM_ACCUMULATE -> acc != acc || acc > x ? acc : x;
                case MINIMUM_ACCUMULATE -> acc != acc || acc < x ? acc : x;
            };
            out.setAtIndex(ValueLayout.JAVA_FLOAT, to + k * step, acc);
        }
    }

    /** Float16 lines as NumPy's half loops run them: each step in float32, rounded to float16. */
    private static void halves(MemorySegment in, long from, MemorySegment out, long to, ScanPlan plan, ScanOp op) {
        short acc = in.getAtIndex(ValueLayout.JAVA_SHORT, from);
        out.setAtIndex(ValueLayout.JAVA_SHORT, to, acc);
        for (long k = 1, step = plan.inner(); k < plan.length(); k++) {
            short h = in.getAtIndex(ValueLayout.JAVA_SHORT, from + k * step);
            float a = Float.float16ToFloat(acc);
            float x = Float.float16ToFloat(h);
            acc = switch (op) {
                case CUMSUM -> Float.floatToFloat16(a + x);
                case CUMPROD -> Float.floatToFloat16(a * x);
                case MAXIMUM_ACCUMULATE -> a != a || a > x ? acc : h;
                case MINIMUM_ACCUMULATE -> a != a || a < x ? acc : h;
            };
            out.setAtIndex(ValueLayout.JAVA_SHORT, to + k * step, acc);
        }
    }

    private static void doubles(MemorySegment in, long from, MemorySegment out, long to, ScanPlan plan, ScanOp op) {
        double acc = in.getAtIndex(ValueLayout.JAVA_DOUBLE, from);
        out.setAtIndex(ValueLayout.JAVA_DOUBLE, to, acc);
        for (long k = 1, step = plan.inner(); k < plan.length(); k++) {
            double x = in.getAtIndex(ValueLayout.JAVA_DOUBLE, from + k * step);
            acc = switch (op) {
                case CUMSUM -> acc + x;
                case CUMPROD -> acc * x;
                case MAXIMUM_ACCUMULATE -> acc != acc || acc > x ? acc : x;
                case MINIMUM_ACCUMULATE -> acc != acc || acc < x ? acc : x;
            };
            out.setAtIndex(ValueLayout.JAVA_DOUBLE, to + k * step, acc);
        }
    }

    private static void longs(MemorySegment in, long from, MemorySegment out, long to, ScanPlan plan, ScanOp op) {
        long acc = in.getAtIndex(ValueLayout.JAVA_LONG, from);
        out.setAtIndex(ValueLayout.JAVA_LONG, to, acc);
        for (long k = 1, step = plan.inner(); k < plan.length(); k++) {
            long x = in.getAtIndex(ValueLayout.JAVA_LONG, from + k * step);
            acc = switch (op) {
                case CUMSUM -> acc + x;
                case CUMPROD -> acc * x;
                case MAXIMUM_ACCUMULATE -> Math.max(acc, x);
                case MINIMUM_ACCUMULATE -> Math.min(acc, x);
            };
            out.setAtIndex(ValueLayout.JAVA_LONG, to + k * step, acc);
        }
    }
}
