package io.jtensor.cpu;

import io.jtensor.DType;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.Operand;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.TernaryOp;
import io.jtensor.op.UnaryOp;

import java.lang.foreign.MemorySegment;

/**
 * Cache-blocked element-wise maps (without {@code where}) whose output is written along a
 * unit-stride axis while an input is read across its own smallest stride: a transposed or
 * permuted view into a C-ordered result, {@code exp(x.T)} or {@code x.T.astype(...)}.
 *
 * <p>Read in the output's order, such an input costs a cache line, often a page, per element.
 * Here the iteration space is cut into tiles of up to {@value #ROWS} output rows (consecutive
 * positions along the input's smallest-stride axis, the tile axis) by {@value #COLUMNS} columns
 * (along the output's unit-stride axis). Each such input's tile is first copied, raw in its stored
 * type, into per-thread scratch rows, reading {@value #ROWS} neighbouring elements per column so
 * the lines fetched are used whole (with {@link Simd#transposeTile} where it can, one element at a
 * time otherwise); then every row is computed contiguously, the way the
 * contiguous paths would: with {@link Simd} where {@link MapKernels} would use it on contiguous
 * data, as a bulk copy for a same-type copy, else with {@link BufferedMap#row}. So results are
 * bit-identical to the same op on a contiguous copy of the input. Work is split over threads by
 * tiles.
 *
 * <p>When the output's rows fit one block of columns and lie end to end, as do those of every
 * input that is not staged, a tile takes as many rows as fill {@value #ROWS} x {@value #COLUMNS}
 * elements and is computed as one row: {@code exp(x.T)} of a 32 x 32 {@code x} is one staged tile
 * and one vector call, where 16-row tiles took two tiles and 32 calls of 32 elements.
 */
final class TiledMap {

    /** Output rows per tile (positions along the tile axis): a 64-byte line of float32 per column. */
    static final int ROWS = 16;
    /** Columns per tile; a tile of an 8-byte type is 32 KiB of scratch. */
    static final int COLUMNS = 256;
    /**
     * Outputs with fewer columns than this keep the buffered path: reading in output order then
     * walks only that many input lines at a time, which the caches already serve.
     */
    static final int MIN_COLUMNS = 16;

    private final MapPlan plan;
    private final Operand[] operands;
    private final long[] shape;
    private final long[][] strides;
    private final int axis;
    private final int last;
    private final boolean[] staged;
    private final MemorySegment[] segments;
    private final long[] outerShape;
    private final long[][] outerStrides;
    private final long[] base;
    private final int tileRows;
    private final boolean merged;
    private final long tiles;
    private final long blocks;
    private final Simd simd;
    private final Simd vector;
    private final boolean copy;
    private final BufferedMap buffered;

    private TiledMap(MapPlan plan, Dims dims, Operand[] operands, long[] base, int axis, Simd simd) {
        this.plan = plan;
        this.operands = operands;
        this.shape = dims.shape();
        this.strides = dims.strides();
        this.axis = axis;
        this.last = shape.length - 1;
        this.base = base;
        this.staged = new boolean[operands.length];
        this.segments = new MemorySegment[operands.length];
        for (int op = 1; op < operands.length; op++) {
            if (!operands[op].isScalar()) {
                staged[op] = strides[op][last] != 1 && strides[op][last] != 0;
                segments[op] = MapKernels.segment(operands[op]);
            }
        }
        segments[0] = denseOutput() ? MapKernels.overwrittenSegment(operands[0], plan.size())
                : MapKernels.segment(operands[0]);
        int outer = shape.length - 2;
        this.outerShape = new long[outer];
        this.outerStrides = Dims.rows(operands.length, outer);
        for (int d = 0, o = 0; d < last; d++) {
            if (d != axis) {
                outerShape[o] = shape[d];
                for (int op = 0; op < operands.length; op++) {
                    outerStrides[op][o] = strides[op][d];
                }
                o++;
            }
        }
        this.blocks = (shape[last] + COLUMNS - 1) / COLUMNS;
        this.merged = rowsMerge();
        this.tileRows = merged ? mergedRows() : ROWS;
        this.tiles = (shape[axis] + tileRows - 1) / tileRows;
        this.copy = sameTypeCopy();
        this.simd = simd;
        this.vector = copy || !vectorised(simd) ? null : simd;
        this.buffered = copy || vector != null ? null
                : new BufferedMap(plan, dims, operands, base, false, segments[0], simd);
    }

    /**
     * Runs an unmasked plan tiled when it has the shape this class is for.
     *
     * @param dims     the simplified iteration space (dimensions sorted by the output's strides)
     * @param operands the output, then the inputs
     * @param base     per operand, the offset of index 0
     * @param simd     the vector kernels, or null
     * @return false when the plan is not of that shape (nothing was done)
     */
    static boolean run(MapPlan plan, Dims dims, Operand[] operands, long[] base, Simd simd) {
        int axis = tileAxis(dims, operands);
        if (axis < 0) {
            return false;
        }
        new TiledMap(plan, dims, operands, base, axis, simd).execute();
        return true;
    }

    /**
     * The axis whose positions make a tile's rows: the smallest non-zero stride of the first
     * input read across it; -1 when the output's innermost stride is not 1, its rows are shorter
     * than {@value #MIN_COLUMNS} or no input needs tiling.
     */
    private static int tileAxis(Dims dims, Operand[] operands) {
        int nd = dims.ndim();
        if (nd < 2 || dims.strides()[0][nd - 1] != 1 || dims.shape()[nd - 1] < MIN_COLUMNS) {
            return -1;
        }
        for (int op = 1; op < operands.length; op++) {
            long[] s = dims.strides()[op];
            long inner = Math.abs(s[nd - 1]);
            if (operands[op].isScalar() || inner <= 1) {
                continue;
            }
            int best = -1;
            for (int d = 0; d < nd - 1; d++) {
                long stride = Math.abs(s[d]);
                if (stride != 0 && stride < inner && (best < 0 || stride < Math.abs(s[best]))) {
                    best = d;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private boolean denseOutput() {
        long expected = 1;
        for (int d = last; d >= 0; d--) {
            if (strides[0][d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /**
     * True when a tile's rows lie end to end in the output and in every input that is not staged,
     * so that a tile is computed as one row: the output's rows fit one block of columns and follow
     * each other along the tile axis, and every unstaged input is a scalar, constant over the tile
     * or laid out as the output.
     */
    private boolean rowsMerge() {
        long width = shape[last];
        if (blocks != 1 || strides[0][axis] != width) {
            return false;
        }
        for (int op = 1; op < operands.length; op++) {
            if (operands[op].isScalar() || staged[op]) {
                continue;
            }
            long along = strides[op][last];
            long across = strides[op][axis];
            if (!(along == 1 && across == width) && !(along == 0 && across == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rows per tile when a tile is one row: as many multiples of {@value #ROWS} as fill a tile of
     * {@value #ROWS} x {@value #COLUMNS} elements, at most the tile axis rounded up to {@value #ROWS}.
     * A 32 x 32 transpose is then one tile and one vector call instead of 32 calls of 32 elements.
     */
    private int mergedRows() {
        long fit = (long) ROWS * COLUMNS / shape[last] / ROWS * ROWS;
        long needed = (shape[axis] + ROWS - 1) / ROWS * ROWS;
        return (int) Math.max(ROWS, Math.min(fit, needed));
    }

    /**
     * A same-type copy moves raw bits, float16 (computed in float32) included, as the contiguous
     * copy does: its NaN payloads are kept, where the buffered rows' float32 round trip quieted them.
     */
    private boolean sameTypeCopy() {
        DType type = operands[0].dtype();
        return plan.op() == UnaryOp.COPY && plan.computeType() == type.computeType() && operands[1].dtype() == type
                && !operands[1].isScalar() && strides[1][last] != 0;
    }

    /** True when {@link MapKernels} would run this op on contiguous rows with {@code simd}. */
    private boolean vectorised(Simd simd) {
        DType type = plan.computeType();
        if (simd == null || !Conversions.isSimdFloat(type) || operands[0].dtype() != type
                || plan.op() instanceof TernaryOp || plan.op().givesBool()) {
            return false;
        }
        for (int op = 1; op < operands.length; op++) {
            if (!operands[op].isScalar() && operands[op].dtype() != type) {
                return false;
            }
        }
        if (plan.op() instanceof UnaryOp u) {
            return !operands[1].isScalar() && strides[1][last] != 0 && simd.unary(u, type, null, 0, null, 0, 0);
        }
        return simd.binary((BinaryOp) plan.op(), type, null, 0, 0, null, 0, 0, null, 0, 0);
    }

    private void execute() {
        long items = outerSize() * tiles * blocks;
        long grain = Math.max(1, MapKernels.grain(plan.op()) / ((long) ROWS * COLUMNS));
        ParallelLoop.forRange(items, grain, 1, (s, e) -> new Worker().items(s, e));
    }

    private long outerSize() {
        long n = 1;
        for (long d : outerShape) {
            n *= d;
        }
        return n;
    }

    /** One thread's cursor, scratch tiles and row descriptors. */
    private final class Worker {
        private final StridedCursor outer = new StridedCursor(outerShape, outerStrides, base);
        private final MemorySegment[] tile = new MemorySegment[operands.length];
        private final MemorySegment[] rowSegments = segments.clone();
        private final long[] start = new long[operands.length];
        private final long[] rowOffsets = new long[operands.length];
        private final long[] rowStrides = new long[operands.length];
        private final double[] scalars = new double[2];
        /** Where {@link #touch} leaves its loads' sum, so that they are not optimised away. */
        private long touched;

        Worker() {
            long bytes = (long) ROWS * COLUMNS * Long.BYTES;
            MemorySegment scratch = ScratchMemory.get(bytes * operands.length);
            for (int op = 1; op < operands.length; op++) {
                if (staged[op]) {
                    tile[op] = scratch.asSlice(op * bytes, bytes);
                    rowSegments[op] = tile[op];
                }
            }
        }

        void items(long from, long to) {
            for (long item = from; item < to; item++) {
                long row0 = item % tiles * tileRows;
                long rest = item / tiles;
                long col0 = rest % blocks * COLUMNS;
                outer.seek(rest / blocks);
                int rows = (int) Math.min(tileRows, shape[axis] - row0);
                int width = (int) Math.min(COLUMNS, shape[last] - col0);
                for (int op = 0; op < operands.length; op++) {
                    start[op] = outer.offset(op) + row0 * strides[op][axis] + col0 * strides[op][last];
                    if (staged[op]) {
                        stage(op, rows, width);
                    }
                }
                if (merged) {
                    computeMerged(rows * width);
                    continue;
                }
                for (int t = 0; t < rows; t++) {
                    for (int op = 0; op < operands.length; op++) {
                        rowOffsets[op] = staged[op] ? (long) t * width : start[op] + t * strides[op][axis];
                        rowStrides[op] = staged[op] ? 1 : strides[op][last];
                    }
                    computeRow(width);
                }
            }
        }

        /** Copies the tile of input {@code op} into its scratch: row t holds its elements at positions row0 + t. */
        private void stage(int op, int rows, int width) {
            MemorySegment in = segments[op];
            MemorySegment dst = tile[op];
            long from = start[op];
            long across = strides[op][axis];
            long along = strides[op][last];
            int bytes = operands[op].dtype().byteSize();
            touch(in, bytes, from, across, along, rows, width);
            if (simd != null && across == 1 && simd.transposeTile(bytes, in, from, along, rows, width, dst)) {
                return;
            }
            switch (bytes) {
                case 1 -> {
                    for (int j = 0; j < width; j++) {
                        long src = from + j * along;
                        for (int t = 0; t < rows; t++) {
                            dst.set(ElementIO.BYTE, (long) t * width + j, in.get(ElementIO.BYTE, src + t * across));
                        }
                    }
                }
                case 2 -> {
                    for (int j = 0; j < width; j++) {
                        long src = from + j * along;
                        for (int t = 0; t < rows; t++) {
                            dst.setAtIndex(ElementIO.SHORT, (long) t * width + j,
                                    in.getAtIndex(ElementIO.SHORT, src + t * across));
                        }
                    }
                }
                case 4 -> {
                    for (int j = 0; j < width; j++) {
                        long src = from + j * along;
                        for (int t = 0; t < rows; t++) {
                            dst.setAtIndex(ElementIO.INT, (long) t * width + j,
                                    in.getAtIndex(ElementIO.INT, src + t * across));
                        }
                    }
                }
                default -> {
                    for (int j = 0; j < width; j++) {
                        long src = from + j * along;
                        for (int t = 0; t < rows; t++) {
                            dst.setAtIndex(ElementIO.LONG, (long) t * width + j,
                                    in.getAtIndex(ElementIO.LONG, src + t * across));
                        }
                    }
                }
            }
        }

        /**
         * Loads one byte of every line of the tile before it is copied. These loads have no stores
         * behind them, so their cache misses overlap, where the copy's own misses queue behind its
         * stores to scratch: about 15% off the copy of a transposed 4096 x 4096 float32 view.
         */
        private void touch(MemorySegment in, int bytes, long from, long across, long along, int rows, int width) {
            int perLine = Math.max(1, 64 / bytes);
            long sum = 0;
            for (int j = 0; j < width; j++) {
                for (int t = 0; t < rows; t += perLine) {
                    sum += in.get(ElementIO.BYTE, (from + t * across + j * along) * bytes);
                }
            }
            touched += sum;
        }

        /**
         * Computes a tile whose rows lie end to end ({@link #rowsMerge}) as one row of {@code n}
         * elements; {@link BufferedMap#row} takes it in pieces of at most {@link MapKernels#BLOCK}.
         */
        private void computeMerged(int n) {
            int piece = buffered == null ? n : MapKernels.BLOCK;
            for (int done = 0; done < n; done += piece) {
                for (int op = 0; op < operands.length; op++) {
                    rowStrides[op] = staged[op] ? 1 : strides[op][last];
                    rowOffsets[op] = (staged[op] ? 0 : start[op]) + done * rowStrides[op];
                }
                computeRow(Math.min(piece, n - done));
            }
        }

        private void computeRow(int width) {
            if (copy) {
                long bytes = operands[0].dtype().byteSize();
                MemorySegment.copy(rowSegments[1], rowOffsets[1] * bytes, rowSegments[0], rowOffsets[0] * bytes,
                        width * bytes);
            } else if (vector == null) {
                buffered.row(rowSegments, rowOffsets, rowStrides, width);
            } else if (plan.op() instanceof UnaryOp u) {
                vector.unary(u, plan.computeType(), rowSegments[1], rowOffsets[1], rowSegments[0], rowOffsets[0],
                        width);
            } else {
                DType type = plan.computeType();
                MemorySegment a = rowInput(1, type);
                MemorySegment b = rowInput(2, type);
                vector.binary((BinaryOp) plan.op(), type, a, rowOffsets[1], scalars[0], b, rowOffsets[2],
                        scalars[1], rowSegments[0], rowOffsets[0], width);
            }
        }

        /** Input {@code op}'s row for {@link Simd#binary}: its memory, or null with its value in {@code scalars}. */
        private MemorySegment rowInput(int op, DType type) {
            Operand in = operands[op];
            if (in.isScalar()) {
                scalars[op - 1] = Conversions.round(in.scalar(), type);
                return null;
            }
            if (rowStrides[op] == 0) {
                scalars[op - 1] = ElementIO.readDouble(rowSegments[op], in.dtype(), rowOffsets[op], type);
                return null;
            }
            return rowSegments[op];
        }
    }
}
