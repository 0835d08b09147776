package io.jtensor.conformance;

import io.jtensor.DType;
import io.jtensor.backend.Backend;
import io.jtensor.backend.GatherPlan;
import io.jtensor.backend.MapPlan;
import io.jtensor.backend.MatmulPlan;
import io.jtensor.backend.MemoryUsage;
import io.jtensor.backend.ReducePlan;
import io.jtensor.backend.RowPlan;
import io.jtensor.backend.ScanPlan;
import io.jtensor.backend.SearchPlan;
import io.jtensor.backend.SortPlan;
import io.jtensor.backend.Storage;

import java.lang.foreign.MemorySegment;

/**
 * A second backend for tests that need two: it delegates every call to a real backend but is a
 * different {@link Backend} identity with its own name, so tensors created under it count as
 * living on another device (cross-backend errors, {@code Tensor.to}, random determinism across
 * backends) even in a CPU-only build. An optional hook runs at the start of every kernel call
 * (map, reduce, rows, matmul, gather, scan, sort, search) and of every copy to the host, so a test
 * can act while core is inside a backend call.
 */
final class ForeignBackend implements Backend {

    private final Backend delegate;
    private final Runnable beforeKernel;
    private final long memoryBytes;

    ForeignBackend(Backend delegate) {
        this(delegate, () -> { });
    }

    ForeignBackend(Backend delegate, Runnable beforeKernel) {
        this(delegate, beforeKernel, MemoryUsage.UNKNOWN);
    }

    private ForeignBackend(Backend delegate, Runnable beforeKernel, long memoryBytes) {
        this.delegate = delegate;
        this.beforeKernel = beforeKernel;
        this.memoryBytes = memoryBytes;
    }

    /**
     * A wrapper that reports a device of {@code memoryBytes} bytes, the delegate's bytes in use
     * counted against it, and throws {@link OutOfMemoryError} for an allocation past it, as a
     * device does.
     */
    static ForeignBackend withMemory(Backend delegate, long memoryBytes) {
        return new ForeignBackend(delegate, () -> { }, memoryBytes);
    }

    @Override
    public MemoryUsage memoryUsage() {
        return memoryBytes == MemoryUsage.UNKNOWN ? MemoryUsage.UNTRACKED
                : new MemoryUsage(delegate.memoryUsage().bytesInUse(), memoryBytes);
    }

    private void checkRoom(DType dtype, long elements) {
        if (memoryBytes != MemoryUsage.UNKNOWN
                && delegate.memoryUsage().bytesInUse() + elements * dtype.byteSize() > memoryBytes) {
            throw new OutOfMemoryError("foreign: device out of memory");
        }
    }

    @Override
    public String name() {
        return "foreign";
    }

    @Override
    public String deviceDescription() {
        return "test wrapper around " + delegate.name();
    }

    @Override
    public boolean supports(DType dtype) {
        return delegate.supports(dtype);
    }

    @Override
    public Storage allocate(DType dtype, long elements) {
        checkRoom(dtype, elements);
        return delegate.allocate(dtype, elements);
    }

    @Override
    public void copyFromHost(MemorySegment src, Storage dst, long dstByteOffset) {
        delegate.copyFromHost(src, dst, dstByteOffset);
    }

    @Override
    public void copyToHost(Storage src, long srcByteOffset, MemorySegment dst) {
        beforeKernel.run();
        delegate.copyToHost(src, srcByteOffset, dst);
    }

    @Override
    public void map(MapPlan plan) {
        beforeKernel.run();
        delegate.map(plan);
    }

    @Override
    public void reduce(ReducePlan plan) {
        beforeKernel.run();
        delegate.reduce(plan);
    }

    @Override
    public void rows(RowPlan plan) {
        beforeKernel.run();
        delegate.rows(plan);
    }

    @Override
    public void matmul(MatmulPlan plan) {
        beforeKernel.run();
        delegate.matmul(plan);
    }

    @Override
    public void gather(GatherPlan plan) {
        beforeKernel.run();
        delegate.gather(plan);
    }

    @Override
    public void scan(ScanPlan plan) {
        beforeKernel.run();
        delegate.scan(plan);
    }

    @Override
    public void sort(SortPlan plan) {
        beforeKernel.run();
        delegate.sort(plan);
    }

    @Override
    public void search(SearchPlan plan) {
        beforeKernel.run();
        delegate.search(plan);
    }

    @Override
    public void synchronize() {
        delegate.synchronize();
    }
}
