package io.jtensor.opencl;

import io.jtensor.backend.Storage;
import org.jocl.CL;
import org.jocl.cl_mem;

/**
 * A device buffer. Releasing it is safe from any thread: OpenCL frees the memory once the
 * commands already enqueued on it have finished.
 */
final class OpenClStorage implements Storage {

    final cl_mem memory;
    private final long byteSize;

    OpenClStorage(cl_mem memory, long byteSize) {
        this.memory = memory;
        this.byteSize = byteSize;
    }

    @Override
    public long byteSize() {
        return byteSize;
    }

    @Override
    public void release() {
        CL.clReleaseMemObject(memory);
    }
}
