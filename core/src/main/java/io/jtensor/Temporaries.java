package io.jtensor;

import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate tensors of a composed op, closed together when it returns or fails: ops built
 * from several ufuncs and gathers ({@code interp}, {@code pad}, the set routines) would otherwise
 * nest a try-with-resources per step.
 */
final class Temporaries implements AutoCloseable {

    private final List<Tensor> tensors = new ArrayList<>();

    /** Registers {@code t} to be closed with the others and returns it. */
    Tensor add(Tensor t) {
        tensors.add(t);
        return t;
    }

    /** Takes {@code results} (registered or not) out of this scope, so they outlive it, and returns them. */
    Tensor[] keep(Tensor... results) {
        for (Tensor r : results) {
            tensors.removeIf(registered -> registered == r);
        }
        return results;
    }

    /** Closes the tensors of a partly built result array (null entries are the ones not built yet). */
    static void closeBuilt(Tensor[] result) {
        for (Tensor r : result) {
            if (r != null) {
                r.close();
            }
        }
    }

    @Override
    public void close() {
        for (int i = tensors.size() - 1; i >= 0; i--) {
            tensors.get(i).close();
        }
        tensors.clear();
    }
}
