package io.jtensor;

import io.jtensor.Elementwise.Arg;
import io.jtensor.op.BinaryOp;
import io.jtensor.op.ReduceOp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code np.einsum} in explicit ({@code "ij,jk->ik"}) and implicit ({@code "ij,jk"}) mode, with
 * repeated labels (diagonals), ellipsis broadcasting and labels of size 1 broadcasting as NumPy's.
 *
 * <p>One operand without summed labels gives a view of it, as NumPy's {@code get_single_op_view}.
 * Otherwise the plan: each operand's repeated labels become a diagonal view, it is broadcast to the
 * labels' common sizes, and labels no other term needs are summed away at once; then the operands
 * are contracted pairwise, left to right, each pair as one batched matmul of
 * (shared kept labels, labels of the left only, summed labels) by (shared kept, summed, right
 * only); the result is finally transposed to the output's order. Everything runs in NumPy's
 * result type of the operands: integer sums wrap in that type as NumPy's do, and bool operands
 * compute in int64 and give {@code count != 0}, which is NumPy's logical or of ands.
 */
final class Einsum {

    /**
     * {@code np.einsum(subscripts, *operands, out=out)}: the result written into out, which must
     * have exactly its shape and a type the result casts to under NumPy's default casting='safe'.
     */
    static Tensor einsumInto(String subscripts, Tensor[] operands, Tensor out) {
        Objects.requireNonNull(out, "einsum: out is null");
        out.checkOpen("einsum");
        try (Tensor result = einsum(subscripts, operands)) {
            Elementwise.commonBackend("einsum", java.util.List.of(result, out));
            if (!Arrays.equals(result.shape, out.shape)) {
                throw new IllegalArgumentException("einsum: out has shape " + Shape.toString(out.shape)
                        + " but the result of '" + subscripts + "' has shape " + Shape.toString(result.shape));
            }
            if (!result.dtype.canCastSafelyTo(out.dtype)) {
                throw new IllegalArgumentException("einsum: cannot cast the result from " + result.dtype.numpyName()
                        + " to out's " + out.dtype.numpyName() + " (casting='safe', NumPy's default for einsum)");
            }
            Elementwise.checkWritable("einsum", "out", out);
            Elementwise.copyInto("einsum", result, out);
        }
        return out;
    }

    /** Label ids: a letter is its char; the i-th dimension of the broadcast ellipsis block is ELLIPSIS + i. */
    private static final int ELLIPSIS = 1 << 16;

    private final String subscripts;
    private final Tensor[] operands;
    private final List<Tensor> owned = new ArrayList<>();

    private Einsum(String subscripts, Tensor[] operands) {
        this.subscripts = subscripts;
        this.operands = operands;
    }

    static Tensor einsum(String subscripts, Tensor... operands) {
        Objects.requireNonNull(subscripts, "einsum: subscripts are null");
        Objects.requireNonNull(operands, "einsum: operands are null");
        if (operands.length == 0) {
            throw new IllegalArgumentException("einsum: needs at least one operand (subscripts '" + subscripts + "')");
        }
        for (int i = 0; i < operands.length; i++) {
            Objects.requireNonNull(operands[i], "einsum: operand " + i + " is null");
            operands[i].checkOpen("einsum");
            if (operands[i].backend() != operands[0].backend()) {
                throw new IllegalArgumentException("einsum: operands 0 and " + i + " are on different backends ("
                        + operands[0].backend().name() + " and " + operands[i].backend().name()
                        + "); move one with Tensor.to(backend)");
            }
        }
        return new Einsum(subscripts, operands).run();
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("einsum: " + what + " (subscripts '" + subscripts + "', operand shapes "
                + Arrays.stream(operands).map(t -> Shape.toString(t.shape)).collect(Collectors.joining(", ")) + ")");
    }

    /** One term's labels, ellipsis as -1. */
    private List<Integer> parseTerm(String term, String where) {
        List<Integer> labels = new ArrayList<>();
        boolean ellipsis = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.') {
                if (!term.startsWith("...", i)) {
                    throw error("'.' that is not part of an ellipsis ('...') in " + where);
                }
                if (ellipsis) {
                    throw error("more than one ellipsis ('...') in " + where);
                }
                ellipsis = true;
                labels.add(-1);
                i += 2;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                labels.add((int) c);
            } else {
                throw error("invalid subscript '" + c + "' in " + where + "; subscripts must be letters");
            }
        }
        return labels;
    }

    /**
     * The subscripts resolved against the operands: each operand's label per axis (letters as
     * their char, the broadcast ellipsis block as {@code ELLIPSIS + i}), the output's labels, and
     * every label's size (indexed by label).
     */
    record Analysis(List<int[]> labels, int[] output, long[] sizes) {
    }

    /** Checks the subscripts against the operands as {@link #einsum} does, without computing. */
    static Analysis analyse(String subscripts, Tensor... operands) {
        return new Einsum(subscripts, operands).analysis();
    }

    /** The first label id of the ellipsis block (labels below are letters). */
    static int ellipsisLabel(int i) {
        return ELLIPSIS + i;
    }

    private Analysis analysis() {
        String spec = subscripts.replace(" ", "");
        int arrow = spec.indexOf("->");
        if (spec.indexOf('-') != arrow || spec.indexOf('>') != (arrow < 0 ? -1 : arrow + 1)
                || (arrow >= 0 && spec.indexOf("->", arrow + 1) >= 0)) {
            throw error("'-' and '>' may only appear once, together, as '->'");
        }
        String inputPart = arrow < 0 ? spec : spec.substring(0, arrow);
        String[] terms = inputPart.split(",", -1);
        if (terms.length != operands.length) {
            throw error(terms.length + " input term" + (terms.length == 1 ? "" : "s") + " but "
                    + operands.length + " operand" + (operands.length == 1 ? "" : "s"));
        }
        // resolve each term against its operand's dimensions
        int ellipsisDims = 0;
        List<List<Integer>> parsed = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            List<Integer> term = parseTerm(terms[i], "operand " + i);
            int letters = (int) term.stream().filter(l -> l >= 0).count();
            boolean hasEllipsis = term.contains(-1);
            int nd = operands[i].ndim();
            if (letters > nd) {
                throw error("operand " + i + " has " + nd + " dimension" + (nd == 1 ? "" : "s") + " but its term '"
                        + terms[i] + "' has " + letters + " subscripts");
            }
            if (!hasEllipsis && letters < nd) {
                throw error("operand " + i + " has " + nd + " dimensions but its term '" + terms[i] + "' has only "
                        + letters + " subscripts and no '...' to broadcast the rest");
            }
            ellipsisDims = Math.max(ellipsisDims, nd - letters);
            parsed.add(term);
        }
        List<int[]> labels = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            int[] ids = new int[operands[i].ndim()];
            int e = operands[i].ndim() - (int) parsed.get(i).stream().filter(l -> l >= 0).count();
            int d = 0;
            for (int label : parsed.get(i)) {
                if (label >= 0) {
                    ids[d++] = label;
                } else {
                    for (int t = 0; t < e; t++) {
                        ids[d++] = ELLIPSIS + ellipsisDims - e + t;
                    }
                }
            }
            labels.add(ids);
        }
        int[] output = outputLabels(arrow < 0 ? null : spec.substring(arrow + 2), labels, ellipsisDims);
        return new Analysis(labels, output, labelSizes(labels, ellipsisDims));
    }

    private Tensor run() {
        Analysis analysis = analysis();
        List<int[]> labels = analysis.labels();
        int[] output = analysis.output();
        long[] sizes = analysis.sizes();
        Tensor view = operands.length == 1 ? singleOperandView(operands[0], labels.getFirst(), output) : null;
        if (view != null && output.length > 0) {
            return view;
        }
        if (view != null) {
            try (view) {
                return view.copy();
            }
        }
        // NumPy's result_type of all operands at once: einsum of int8, uint8 and float16 is float16
        DType resultType = TypePromotion.promoteSequence(Arrays.stream(operands).map(t -> t.dtype).toList());
        DType work = resultType == DType.BOOL ? DType.INT64 : resultType;
        try {
            List<Tensor> prepared = new ArrayList<>();
            List<int[]> preparedLabels = new ArrayList<>();
            for (int i = 0; i < operands.length; i++) {
                prepare(i, labels, output, sizes, work, prepared, preparedLabels);
            }
            Tensor acc = prepared.getFirst();
            int[] accLabels = preparedLabels.getFirst();
            for (int i = 1; i < prepared.size(); i++) {
                TreeSet<Integer> keep = new TreeSet<>();
                for (int l : output) {
                    keep.add(l);
                }
                for (int j = i + 1; j < preparedLabels.size(); j++) {
                    for (int l : preparedLabels.get(j)) {
                        keep.add(l);
                    }
                }
                int[] pairLabels = contractPair(acc, accLabels, prepared.get(i), preparedLabels.get(i), keep, sizes);
                acc = owned.getLast();
                accLabels = pairLabels;
            }
            int[] order = new int[output.length];
            for (int i = 0; i < output.length; i++) {
                order[i] = indexOf(accLabels, output[i]);
            }
            Tensor arranged = own(acc.transpose(order));
            if (resultType == DType.BOOL) {
                return Elementwise.binary(BinaryOp.NOT_EQUAL, Arg.of(arranged), Arg.of(0L), null, null);
            }
            return arranged.reshape(arranged.shape);
        } finally {
            for (Tensor t : owned) {
                t.close();
            }
        }
    }

    /**
     * NumPy's {@code get_single_op_view}: when every label of the only operand is an output label,
     * the result re-strides x (an output axis' stride is the sum of the strides of x's axes with
     * its label, so a repeated label walks the diagonal), writable unless x is read-only; null
     * when some label is summed. The caller copies a 0-d view: NumPy's einsum returns a scalar there.
     */
    private static Tensor singleOperandView(Tensor x, int[] labels, int[] output) {
        long[] shape = new long[output.length];
        long[] strides = new long[output.length];
        for (int d = 0; d < labels.length; d++) {
            int position = indexOf(output, labels[d]);
            if (position < 0) {
                return null;
            }
            shape[position] = x.shape[d];
            strides[position] += x.strides[d];
        }
        return new Tensor("einsum", x, x.dtype, shape, strides, x.offset, x.readOnly);
    }

    private Tensor own(Tensor t) {
        owned.add(t);
        return t;
    }

    private int[] outputLabels(String explicit, List<int[]> labels, int ellipsisDims) {
        int[] counts = new int[ELLIPSIS + ellipsisDims];
        for (int[] ids : labels) {
            for (int l : ids) {
                counts[l]++;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (explicit == null) {
            for (int t = 0; t < ellipsisDims; t++) {
                out.add(ELLIPSIS + t);
            }
            for (int c = 'A'; c <= 'z'; c++) {
                if (counts[c] == 1) {
                    out.add(c);
                }
            }
        } else {
            boolean sawEllipsis = false;
            for (int l : parseTerm(explicit, "the output")) {
                if (l < 0) {
                    sawEllipsis = true;
                    for (int t = 0; t < ellipsisDims; t++) {
                        out.add(ELLIPSIS + t);
                    }
                    continue;
                }
                if (out.contains(l)) {
                    throw error("output subscript '" + (char) l + "' appears more than once");
                }
                if (counts[l] == 0) {
                    throw error("output subscript '" + (char) l + "' does not appear in any input term");
                }
                out.add(l);
            }
            if (!sawEllipsis && ellipsisDims > 0) {
                throw error("the output has no '...' but the inputs' ellipses cover " + ellipsisDims
                        + " dimension" + (ellipsisDims == 1 ? "" : "s"));
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each label's size: equal within an operand, equal or 1 (broadcast) across operands. */
    private long[] labelSizes(List<int[]> labels, int ellipsisDims) {
        long[] sizes = new long[ELLIPSIS + ellipsisDims];
        Arrays.fill(sizes, -1);
        for (int i = 0; i < labels.size(); i++) {
            int[] ids = labels.get(i);
            long[] shape = operands[i].shape;
            for (int d = 0; d < ids.length; d++) {
                for (int e = 0; e < d; e++) {
                    if (ids[e] == ids[d] && shape[e] != shape[d]) {
                        throw error("label '" + (char) ids[d] + "' is repeated in operand " + i
                                + " over dimensions of different sizes (" + shape[e] + " != " + shape[d] + ")");
                    }
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] ids = labels.get(i);
            long[] shape = operands[i].shape;
            for (int d = 0; d < ids.length; d++) {
                long previous = sizes[ids[d]];
                if (previous == -1 || previous == 1) {
                    sizes[ids[d]] = shape[d];
                } else if (shape[d] != 1 && shape[d] != previous) {
                    throw error(ids[d] >= ELLIPSIS
                            ? "the operands' ellipsis dimensions cannot be broadcast together (operand " + i
                                    + " has " + shape[d] + " where an earlier one has " + previous + ")"
                            : "size of label '" + (char) ids[d] + "' for operand " + i + " (" + shape[d]
                                    + ") does not match previous terms (" + previous + ")");
                }
            }
        }
        return sizes;
    }

    /** Operand i as a term with distinct labels: diagonals taken, broadcast, converted, lone labels summed. */
    private void prepare(int i, List<int[]> labels, int[] output, long[] sizes, DType work,
                         List<Tensor> terms, List<int[]> termLabels) {
        Tensor t = own(operands[i].reshape(operands[i].shape));
        List<Integer> ids = Arrays.stream(labels.get(i)).boxed().collect(Collectors.toList());
        for (int d = 0; d < ids.size(); d++) {
            int repeat = ids.lastIndexOf(ids.get(d));
            if (repeat != d) {
                t = own(Diagonals.diagonal("einsum", t, 0, d, repeat, false));
                int label = ids.get(d);
                ids.remove(repeat);
                ids.remove(d);
                ids.add(label);
                d = -1;
            }
        }
        long[] full = new long[ids.size()];
        for (int d = 0; d < full.length; d++) {
            full[d] = sizes[ids.get(d)];
        }
        t = own(t.broadcastTo(full));
        if (t.dtype != work) {
            t = own(t.astype(work));
        }
        List<Integer> summed = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            int label = ids.get(d);
            boolean needed = indexOf(output, label) >= 0;
            for (int j = 0; j < labels.size() && !needed; j++) {
                needed = j != i && indexOf(labels.get(j), label) >= 0;
            }
            if (!needed) {
                summed.add(d);
            }
        }
        if (!summed.isEmpty()) {
            t = own(sum(t, summed.stream().mapToInt(Integer::intValue).toArray()));
            for (int k = summed.size() - 1; k >= 0; k--) {
                ids.remove((int) summed.get(k));
            }
        }
        terms.add(t);
        termLabels.add(ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** np.sum in the term's own type: NumPy's einsum sums int32 in int32, so the int64 sum wraps back to it. */
    private Tensor sum(Tensor t, int[] axes) {
        Tensor s = Reductions.reduce(ReduceOp.SUM, t, axes, false, 0, "einsum");
        if (s.dtype == t.dtype) {
            return s;
        }
        try (s) {
            return s.astype(t.dtype);
        }
    }

    /** Contracts a with b into a new owned tensor (the last of {@link #owned}); returns its labels. */
    private int[] contractPair(Tensor a, int[] la, Tensor b, int[] lb, TreeSet<Integer> keep, long[] sizes) {
        List<Integer> batch = new ArrayList<>();
        List<Integer> summed = new ArrayList<>();
        List<Integer> onlyA = new ArrayList<>();
        List<Integer> onlyB = new ArrayList<>();
        for (int l : la) {
            if (indexOf(lb, l) >= 0) {
                (keep.contains(l) ? batch : summed).add(l);
            } else {
                onlyA.add(l);
            }
        }
        for (int l : lb) {
            if (indexOf(la, l) < 0) {
                onlyB.add(l);
            }
        }
        Tensor at = own(a.transpose(positions(la, batch, onlyA, summed)));
        Tensor bt = own(b.transpose(positions(lb, batch, summed, onlyB)));
        long nBatch = product(batch, sizes);
        long m = product(onlyA, sizes);
        long k = product(summed, sizes);
        long n = product(onlyB, sizes);
        Tensor a3 = own(at.reshape(nBatch, m, k));
        Tensor b3 = own(bt.reshape(nBatch, k, n));
        Tensor c3 = own(LinearAlgebra.matmul(a3, b3));
        List<Integer> result = new ArrayList<>(batch);
        result.addAll(onlyA);
        result.addAll(onlyB);
        long[] shape = new long[result.size()];
        for (int d = 0; d < shape.length; d++) {
            shape[d] = sizes[result.get(d)];
        }
        own(c3.reshape(shape));
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    @SafeVarargs
    private static int[] positions(int[] labels, List<Integer>... groups) {
        int[] perm = new int[labels.length];
        int p = 0;
        for (List<Integer> group : groups) {
            for (int l : group) {
                perm[p++] = indexOf(labels, l);
            }
        }
        return perm;
    }

    private static long product(List<Integer> labels, long[] sizes) {
        long n = 1;
        for (int l : labels) {
            n = Math.multiplyExact(n, sizes[l]);
        }
        return n;
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
