package io.jtensor;

import io.jtensor.internal.SharedStorage;

import java.util.Arrays;

/**
 * The memory of the tensors one backend call reads or writes, held until the call returns.
 *
 * <p>A backend call sees storages, not tensors, so without a pin the garbage collector may find
 * an input tensor unreachable while its elements are still being read and let the
 * {@link java.lang.ref.Cleaner} free them; another thread may also close the tensor mid-call.
 * A pin counts as one more user of each storage, so the memory outlives the call in both cases.
 *
 * <pre>{@code
 * try (Pinned pinned = Pinned.of("exp", x, out)) {
 *     backend.map(plan);
 * }
 * }</pre>
 */
final class Pinned implements AutoCloseable {

    private final SharedStorage[] storages;

    private Pinned(SharedStorage[] storages) {
        this.storages = storages;
    }

    /**
     * Pins the memory of {@code tensors} (null entries are skipped).
     *
     * @throws IllegalStateException when a tensor's memory was already freed: it and every view
     *                               sharing it were closed, possibly by another thread
     */
    static Pinned of(String op, Tensor... tensors) {
        SharedStorage[] pinned = new SharedStorage[tensors.length];
        int count = 0;
        for (Tensor t : tensors) {
            if (t == null) {
                continue;
            }
            if (!t.storage.tryRetain()) {
                new Pinned(Arrays.copyOf(pinned, count)).close();
                throw new IllegalStateException(op + ": the tensor " + Shape.toString(t.shape) + " "
                        + t.dtype.numpyName() + " is closed (it was closed while the operation was starting)");
            }
            pinned[count++] = t.storage;
        }
        return new Pinned(Arrays.copyOf(pinned, count));
    }

    /** Releases the pins; memory whose tensors were all closed meanwhile is freed now. */
    @Override
    public void close() {
        for (SharedStorage storage : storages) {
            storage.release();
        }
    }
}
