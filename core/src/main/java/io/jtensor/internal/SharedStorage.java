package io.jtensor.internal;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Storage;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend {@link Storage} with a count of the tensors (a base and its views) that use it. The
 * storage is released when the count drops to zero.
 */
public final class SharedStorage {

    private final Backend backend;
    private final Storage storage;
    private final AtomicInteger users = new AtomicInteger();

    /** Wraps a freshly allocated storage that no tensor uses yet. */
    public SharedStorage(Backend backend, Storage storage) {
        this.backend = backend;
        this.storage = storage;
    }

    /** The backend that owns the memory. */
    public Backend backend() {
        return backend;
    }

    /** The backend's storage. */
    public Storage storage() {
        return storage;
    }

    /** Registers one more tensor using this storage. */
    public void retain() {
        users.incrementAndGet();
    }

    /** Unregisters a tensor; the last one out releases the memory. */
    public void release() {
        if (users.decrementAndGet() == 0) {
            storage.release();
        }
    }
}
