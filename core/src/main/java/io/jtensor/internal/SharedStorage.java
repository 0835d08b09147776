package io.jtensor.internal;

import io.jtensor.backend.Backend;
import io.jtensor.backend.Storage;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend {@link Storage} with a count of the tensors (a base and its views) that use it. The
 * storage is released when the count drops to zero, and stays released: a view made after that
 * (another thread closed its base's last user between the view's checks and its creation) is
 * refused rather than given memory that is already freed.
 */
public final class SharedStorage {

    /** The count of a released storage. */
    private static final int RELEASED = Integer.MIN_VALUE;

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

    /**
     * Registers one more tensor using this storage (the first one of a fresh storage, or a view).
     *
     * @throws IllegalStateException when the storage is already released
     */
    public void retain() {
        for (int n = users.get(); ; n = users.get()) {
            if (n == RELEASED) {
                throw new IllegalStateException("the memory of this tensor was already released (closed by another"
                        + " thread while a view of it was made)");
            }
            if (users.compareAndSet(n, n + 1)) {
                return;
            }
        }
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

    /**
     * Unregisters a tensor; the last one out releases the memory (unless a view was registered in
     * between, which then keeps it).
     */
    public void release() {
        if (users.decrementAndGet() == 0 && users.compareAndSet(0, RELEASED)) {
            storage.release();
        }
    }

    /** True once the memory is released. */
    public boolean isReleased() {
        return users.get() == RELEASED;
    }
}
