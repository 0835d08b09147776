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

    /**
     * Registers one more user unless the memory is already released (every user gone): an
     * operation pins the storages it reads and writes this way, so that a tensor closed by
     * another thread or reclaimed by the garbage collector mid-call cannot free them under it.
     *
     * @return false when the storage is already released
     */
    public boolean tryRetain() {
        for (int n = users.get(); n > 0; n = users.get()) {
            if (users.compareAndSet(n, n + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Unregisters a tensor; the last one out releases the memory. */
    public void release() {
        if (users.decrementAndGet() == 0) {
            storage.release();
        }
    }
}
