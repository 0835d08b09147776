package io.jtensor.cpu;

import io.jtensor.Shape;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.TernaryOp;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@link TernaryOp#CLIP} on the CPU as the two steps of core's two-pass clip: {@code maximum(lo, x)}
 * into the output, then {@code minimum(hi, output)} in place, each through the map's own paths, so the
 * bits are the two steps' (float16's included: core plans its steps with the operands in this order
 * too, having swapped NumPy's, whose half loops keep the first operand on a tie). The GPU backends
 * fuse the steps into one kernel (one launch, one read of x); here the one pass (a fused select loop,
 * or the binary lanes per block through scratch) measured no faster than two passes over memory and up
 * to 1.8 times slower with scalar bounds (cpu-backend/PERFORMANCE.md, "clip in one pass"). The intermediate is stored in
 * the output's type, as core's steps store it in the result; a hi that is the output itself is kept by
 * taking the first step into a temporary instead.
 */
final class ClipSteps {

    private ClipSteps() {
    }

    /** Runs the clip plan as two maximum/minimum plans handed to {@code map}. */
    static void run(MapPlan plan, Consumer<MapPlan> map) {
        Operand out = plan.out();
        Operand x = plan.inputs().get(0);
        Operand lo = plan.inputs().get(1);
        Operand hi = plan.inputs().get(2);
        CpuStorage temporary = !hi.isScalar() && hi.storage() == out.storage()
                ? CpuStorage.allocateUninitialized(out.dtype(), plan.size()) : null;
        try {
            Operand bounded = temporary == null ? out
                    : Operand.of(temporary, out.dtype(), 0, Shape.contiguousStrides(plan.shape()));
            map.accept(step(BinaryOp.MAXIMUM, plan, bounded, List.of(lo, x)));
            map.accept(step(BinaryOp.MINIMUM, plan, out, List.of(hi, bounded)));
        } finally {
            if (temporary != null) {
                temporary.release();
            }
        }
    }

    private static MapPlan step(BinaryOp op, MapPlan clip, Operand out, List<Operand> inputs) {
        return new MapPlan(op, clip.shape(), out, inputs, clip.where(), clip.computeType());
    }
}
