package io.jtensor;

import io.jtensor.backend.Backend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closes every tensor its thread creates while it is open, except the ones {@linkplain #keep kept}:
 * the intermediate results of an expression such as {@code exp(add(matmul(x, w), b))} are freed
 * when the scope closes instead of waiting for the garbage collector, which matters on a GPU whose
 * memory fills long before the Java heap does. The idea is TensorFlow.js's {@code tf.tidy} and
 * DJL's {@code NDManager}.
 *
 * <pre>{@code
 * Tensor probabilities;
 * try (TensorScope scope = Np.scope()) {
 *     Tensor logits = Np.add(Np.matmul(x, w), b);        // closed with the scope
 *     probabilities = scope.keep(Np.softmax(logits, -1)); // outlives it
 * }
 * }</pre>
 *
 * <p>Rules:
 * <ul>
 *   <li>A scope belongs to the thread that opened it ({@link Np#scope()}): only tensors created on
 *       that thread are registered, and only that thread may keep or close. Every tensor counts,
 *       views included (closing a view leaves its base alone; memory is freed when the last tensor
 *       sharing it is closed). Tensors created before the scope opened are not touched.</li>
 *   <li>Scopes nest: a tensor belongs to the innermost open scope of its thread. {@link #keep}
 *       hands a tensor to the enclosing scope, so it is closed with that one (or with none when the
 *       scope is the outermost).</li>
 *   <li>{@link #close()} closes the scope's tensors, newest first, and any scope opened inside it
 *       that is still open; it is idempotent. Closing a tensor earlier yourself is allowed.</li>
 *   <li>A scope holds its open tensors until it closes: a long loop opens a scope per iteration
 *       and keeps what the next iteration needs, rather than one scope around the loop.</li>
 * </ul>
 * {@link Np#tidy(java.util.function.Supplier)} is the lambda form.
 */
public final class TensorScope implements AutoCloseable {

    private static final ThreadLocal<TensorScope> CURRENT = new ThreadLocal<>();
    /** Scopes open on any thread: while none is, creating a tensor skips the thread-local lookup. */
    private static final AtomicInteger OPEN = new AtomicInteger();

    /** Registered tensors are compacted (closed ones dropped) each time the list doubles past this. */
    private static final int FIRST_COMPACTION = 1024;

    private final TensorScope parent;
    private final Thread owner;
    private final List<Tensor> tensors = new ArrayList<>();
    private int compactAt = FIRST_COMPACTION;
    private boolean closed;

    private TensorScope(TensorScope parent, Thread owner) {
        this.parent = parent;
        this.owner = owner;
    }

    /** Opens a scope on the calling thread, inside its current one if any. */
    static TensorScope open() {
        TensorScope scope = new TensorScope(CURRENT.get(), Thread.currentThread());
        CURRENT.set(scope);
        OPEN.incrementAndGet();
        return scope;
    }

    /** Registers a tensor just created on this thread with its innermost open scope, if any. */
    static void register(Tensor t) {
        if (OPEN.get() == 0) {
            return;
        }
        TensorScope scope = CURRENT.get();
        if (scope != null) {
            scope.add(t);
        }
    }

    private void add(Tensor t) {
        tensors.add(t);
        if (tensors.size() >= compactAt) {
            tensors.removeIf(Tensor::isClosed);
            compactAt = Math.max(FIRST_COMPACTION, 2 * tensors.size());
        }
    }

    /**
     * Takes {@code t} out of this scope so that closing the scope leaves it open; the enclosing
     * scope, if any, closes it instead. A tensor this scope does not hold (created before it, or
     * already kept) is returned unchanged.
     *
     * @return {@code t}
     * @throws IllegalStateException if {@code t} or this scope is closed, or the calling thread is
     *                               not the one that opened the scope
     */
    public Tensor keep(Tensor t) {
        checkUsable("keep");
        t.checkOpen("keep");
        for (int i = tensors.size() - 1; i >= 0; i--) {
            if (tensors.get(i) == t) {
                tensors.remove(i);
                if (parent != null) {
                    parent.add(t);
                }
                break;
            }
        }
        return t;
    }

    /** {@link #keep(Tensor)} for each tensor. */
    public void keep(Tensor... ts) {
        for (Tensor t : ts) {
            keep(t);
        }
    }

    /** The number of open tensors this scope would close now. */
    public int openTensors() {
        checkUsable("openTensors");
        int open = 0;
        for (Tensor t : tensors) {
            if (!t.isClosed()) {
                open++;
            }
        }
        return open;
    }

    /**
     * For an out-of-memory message: how many open tensors on {@code backend} the calling thread's
     * open scopes hold, and how many distinct bytes of memory they keep alive (a garbage
     * collection cannot free those), or "" when they hold none.
     */
    static String heldOnThisThread(Backend backend) {
        if (OPEN.get() == 0) {
            return "";
        }
        int count = 0;
        Set<Object> storages = Collections.newSetFromMap(new IdentityHashMap<>());
        long bytes = 0;
        for (TensorScope s = CURRENT.get(); s != null; s = s.parent) {
            for (Tensor t : s.tensors) {
                if (!t.isClosed() && t.backend() == backend) {
                    count++;
                    if (storages.add(t.storage)) {
                        bytes += t.storage.storage().byteSize();
                    }
                }
            }
        }
        return count == 0 ? "" : "; open TensorScopes of this thread hold " + count + " of them (" + bytes
                + " bytes), which only closing the scope (or the tensors) frees";
    }

    /** Whether this scope has been closed. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the scopes opened inside this one that are still open, then every tensor this scope
     * holds, newest first, and makes the enclosing scope current again; idempotent.
     *
     * @throws IllegalStateException if the calling thread is not the one that opened the scope
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        checkOwner("close");
        TensorScope inner = CURRENT.get();
        while (inner != null && inner != this) {
            inner.close();
            inner = CURRENT.get();
        }
        closed = true;
        OPEN.decrementAndGet();
        // a parent is never closed before this scope: closing it closes this one first
        if (parent != null) {
            CURRENT.set(parent);
        } else {
            CURRENT.remove();
        }
        for (int i = tensors.size() - 1; i >= 0; i--) {
            tensors.get(i).close();
        }
        tensors.clear();
    }

    private void checkUsable(String op) {
        if (closed) {
            throw new IllegalStateException("TensorScope." + op + ": the scope is closed");
        }
        checkOwner(op);
    }

    private void checkOwner(String op) {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("TensorScope." + op + ": the scope belongs to thread \"" + owner.getName()
                    + "\", not \"" + Thread.currentThread().getName() + "\"; a scope is used by the thread that opened it");
        }
    }
}
