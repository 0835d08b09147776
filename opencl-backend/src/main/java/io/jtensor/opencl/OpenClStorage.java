package io.jtensor.opencl;

import io.jtensor.backend.CollectionNudge;
import io.jtensor.backend.Storage;
import org.jocl.CL;
import org.jocl.cl_mem;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A device buffer. Releasing it is safe from any thread: OpenCL frees the memory once the
 * commands already enqueued on it have finished, and core pins the storages of a call until the
 * call has enqueued its commands (a buffer released between {@code clSetKernelArg} and the
 * enqueue made PoCL 3.1 abort with {@code PTHREAD ERROR in can_run_command()}).
 */
final class OpenClStorage implements Storage {

    final cl_mem memory;
    private final long byteSize;

    private final AtomicLong inUse;
    private final CollectionNudge nudge;

    /** Memory of {@code byteSize} bytes, counted in {@code inUse} until released, and the release told to {@code nudge}. */
    OpenClStorage(cl_mem memory, long byteSize, AtomicLong inUse, CollectionNudge nudge) {
        this.memory = memory;
        this.byteSize = byteSize;
        this.inUse = inUse;
        this.nudge = nudge;
        inUse.addAndGet(byteSize);
    }

    @Override
    public long byteSize() {
        return byteSize;
    }

    @Override
    public void release() {
        nudge.released(inUse.addAndGet(-byteSize));
        CL.clReleaseMemObject(memory);
    }
}
