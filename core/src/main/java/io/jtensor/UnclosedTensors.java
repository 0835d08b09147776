package io.jtensor;

import io.jtensor.backend.Backend;
import io.jtensor.backend.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Frees the memory of tensors that were dropped without {@code close()} when an allocation does not
 * fit: a garbage collection lets the {@link java.lang.ref.Cleaner} release them, which otherwise
 * happens only when the Java heap (not the device) runs short. The first time a collection frees
 * device memory the backend is named in a warning, since it means tensors are not being closed.
 */
final class UnclosedTensors {

    private static final Logger LOG = LoggerFactory.getLogger(UnclosedTensors.class);

    private static final long POLL_MILLIS = 5;
    /** Polls without a further release after which the Cleaner is taken to be done. */
    private static final int QUIET_POLLS = 4;
    /** How long to wait for a first release before concluding the collection freed nothing. */
    private static final long GIVE_UP_NANOS = 250_000_000L;
    private static final long MAX_WAIT_NANOS = 2_000_000_000L;

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private UnclosedTensors() {
    }

    /**
     * Runs a garbage collection and waits until {@code backend}'s bytes in use stop falling (at
     * most 2 s; 250 ms when nothing is released). Does nothing when no memory is in use or the
     * allocation is larger than the whole device.
     *
     * @param needed the bytes of the allocation that did not fit
     * @return whether any memory was freed, so that retrying the allocation may succeed
     */
    static boolean reclaim(Backend backend, long needed) {
        MemoryUsage usage = backend.memoryUsage();
        long before = usage.bytesInUse();
        if (before == MemoryUsage.UNKNOWN || before == 0
                || (usage.bytesTotal() != MemoryUsage.UNKNOWN && needed > usage.bytesTotal())) {
            return false;
        }
        System.gc();
        long begun = System.nanoTime();
        long last = before;
        int quietPolls = 0;
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = backend.memoryUsage().bytesInUse();
            if (now < last) {
                last = now;
                quietPolls = 0;
            } else {
                quietPolls++;
            }
            long waited = System.nanoTime() - begun;
            boolean freedSome = last < before;
            if ((freedSome && quietPolls >= QUIET_POLLS) || (!freedSome && waited > GIVE_UP_NANOS)
                    || waited > MAX_WAIT_NANOS) {
                break;
            }
        }
        long freed = before - last;
        if (freed > 0) {
            String message = "allocate: the " + backend.name() + " backend was short of memory for " + needed
                    + " bytes; a garbage collection freed " + freed + " bytes of tensors that were never closed"
                    + " (close tensors, or use Np.scope()/Np.tidy, to free device memory as soon as it is unused)";
            if (WARNED.compareAndSet(false, true)) {
                LOG.warn(message);
            } else {
                LOG.debug(message);
            }
        }
        return freed > 0;
    }
}
