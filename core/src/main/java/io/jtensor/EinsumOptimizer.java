package io.jtensor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code np.einsum_path} and {@code np.einsum(..., optimize=...)}: NumPy's "greedy" and "optimal"
 * searches for a contraction order (numpy/_core/einsumfunc.py, ported step for step, costs in
 * exact integers as Python's), the report it prints, and the einsum that follows the order, one
 * {@link Einsum} per step. Labels of the ellipsis block are named with unused letters in
 * alphabetical order (NumPy picks them from a set, so its choice varies between runs).
 */
final class EinsumOptimizer {

    private static final String SYMBOLS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** One step: the positions contracted (descending), its einsum expression, the terms left after it. */
    private record Step(int[] positions, String expression, List<String> remaining) {
    }

    /** A candidate of the greedy search: (-removed size, cost), the pair, the operand sets after it. */
    private record Candidate(BigInteger removed, BigInteger cost, int[] pair, List<Set<Character>> sets) {
    }

    /** A partial path of the optimal search. */
    private record Partial(BigInteger cost, List<int[]> path, List<Set<Character>> sets) {
    }

    private final String subscripts;
    private final List<String> inputs = new ArrayList<>();
    private final String output;
    private final Map<Character, BigInteger> sizes = new HashMap<>();

    private EinsumOptimizer(String subscripts, Tensor[] operands) {
        this.subscripts = subscripts;
        Einsum.Analysis analysis = Einsum.analyse(subscripts, operands);
        Map<Integer, Character> names = names(analysis);
        for (int[] labels : analysis.labels()) {
            inputs.add(text(labels, names));
        }
        output = text(analysis.output(), names);
        for (Map.Entry<Integer, Character> e : names.entrySet()) {
            sizes.put(e.getValue(), BigInteger.valueOf(analysis.sizes()[e.getKey()]));
        }
    }

    static EinsumPath path(String subscripts, String optimize, long memoryLimit, Tensor... operands) {
        EinsumOptimizer optimizer = new EinsumOptimizer(subscripts, operands);
        List<int[]> path = optimizer.search(optimize, memoryLimit);
        return new EinsumPath(path.stream().map(p -> Arrays.stream(p).boxed().toList()).toList(),
                optimizer.report(path));
    }

    /** {@code np.einsum(subscripts, *operands, optimize=optimize)}: each step of the path as one einsum. */
    static Tensor einsum(String subscripts, String optimize, Tensor... operands) {
        checkOptimize(optimize);
        if (optimize.equals("none") || operands.length <= 2) {
            return Einsum.einsum(subscripts, operands);
        }
        EinsumOptimizer optimizer = new EinsumOptimizer(subscripts, operands);
        List<int[]> path = optimizer.search(optimize, -1);
        List<Tensor> current = new ArrayList<>(Arrays.asList(operands));
        Set<Tensor> made = Collections.newSetFromMap(new IdentityHashMap<>());
        try {
            for (Step step : optimizer.steps(path)) {
                Tensor[] chosen = new Tensor[step.positions().length];
                for (int k = 0; k < chosen.length; k++) {
                    chosen[k] = current.remove(step.positions()[k]);
                }
                Tensor result = Einsum.einsum(step.expression(), chosen);
                for (Tensor t : chosen) {
                    if (made.remove(t) && t != result) {
                        t.close();
                    }
                }
                made.add(result);
                current.add(result);
            }
            Tensor result = current.getFirst();
            made.remove(result);
            return result;
        } finally {
            for (Tensor t : made) {
                t.close();
            }
        }
    }

    private static void checkOptimize(String optimize) {
        if (!optimize.equals("greedy") && !optimize.equals("optimal") && !optimize.equals("none")) {
            throw new IllegalArgumentException("einsum: optimize '" + optimize + "' is not one of 'greedy', 'optimal'"
                    + " or 'none'");
        }
    }

    /** Letters name themselves; the ellipsis block's labels take the unused letters in order. */
    private Map<Integer, Character> names(Einsum.Analysis analysis) {
        Set<Integer> labels = new TreeSet<>();
        for (int[] term : analysis.labels()) {
            for (int l : term) {
                labels.add(l);
            }
        }
        Map<Integer, Character> names = new HashMap<>();
        Set<Character> used = new HashSet<>();
        for (int l : labels) {
            if (l < Einsum.ellipsisLabel(0)) {
                names.put(l, (char) l);
                used.add((char) l);
            }
        }
        int next = 0;
        for (int l : labels) {
            if (l >= Einsum.ellipsisLabel(0)) {
                while (next < SYMBOLS.length() && used.contains(SYMBOLS.charAt(next))) {
                    next++;
                }
                if (next == SYMBOLS.length()) {
                    throw new IllegalArgumentException("einsum: more than " + SYMBOLS.length()
                            + " labels with the ellipsis' axes; no letters are left to name them (subscripts '"
                            + subscripts + "')");
                }
                names.put(l, SYMBOLS.charAt(next++));
            }
        }
        return names;
    }

    private static String text(int[] labels, Map<Integer, Character> names) {
        StringBuilder s = new StringBuilder();
        for (int l : labels) {
            s.append(names.get(l));
        }
        return s.toString();
    }

    private static Set<Character> set(String term) {
        Set<Character> s = new HashSet<>();
        for (char c : term.toCharArray()) {
            s.add(c);
        }
        return s;
    }

    private BigInteger size(Iterable<Character> labels) {
        BigInteger r = BigInteger.ONE;
        for (char c : labels) {
            r = r.multiply(sizes.get(c));
        }
        return r;
    }

    private BigInteger size(String term) {
        BigInteger r = BigInteger.ONE;
        for (char c : term.toCharArray()) {
            r = r.multiply(sizes.get(c));
        }
        return r;
    }

    /** NumPy's {@code _flop_count}. */
    private BigInteger flops(Set<Character> contracted, boolean inner, int terms) {
        int factor = Math.max(1, terms - 1) + (inner ? 1 : 0);
        return size(contracted).multiply(BigInteger.valueOf(factor));
    }

    /** NumPy's {@code _find_contraction}: (the result's labels, the sets after it, removed, contracted). */
    private record Contraction(Set<Character> result, List<Set<Character>> sets, Set<Character> removed,
                               Set<Character> contracted) {
    }

    private Contraction contraction(int[] positions, List<Set<Character>> sets) {
        Set<Character> contracted = new HashSet<>();
        Set<Character> remain = set(output);
        List<Set<Character>> remaining = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            int index = i;
            if (Arrays.stream(positions).anyMatch(p -> p == index)) {
                contracted.addAll(sets.get(i));
            } else {
                remaining.add(sets.get(i));
                remain.addAll(sets.get(i));
            }
        }
        Set<Character> result = new HashSet<>(remain);
        result.retainAll(contracted);
        Set<Character> removed = new HashSet<>(contracted);
        removed.removeAll(result);
        remaining.add(result);
        return new Contraction(result, remaining, removed, contracted);
    }

    private List<Set<Character>> inputSets() {
        List<Set<Character>> sets = new ArrayList<>();
        for (String term : inputs) {
            sets.add(set(term));
        }
        return sets;
    }

    private List<int[]> search(String optimize, long memoryLimit) {
        Objects.requireNonNull(optimize, "einsum: optimize is null");
        checkOptimize(optimize);
        int n = inputs.size();
        BigInteger limit;
        if (memoryLimit >= 0) {
            limit = BigInteger.valueOf(memoryLimit);
        } else {
            limit = size(output);
            for (String term : inputs) {
                limit = limit.max(size(term));
            }
        }
        Set<Character> all = new HashSet<>();
        for (String term : inputs) {
            all.addAll(set(term));
        }
        int[] everything = new int[n];
        Arrays.setAll(everything, i -> i);
        if (optimize.equals("none") || n <= 2 || all.equals(set(output))) {
            return List.<int[]>of(everything);
        }
        return optimize.equals("greedy") ? greedy(inputSets(), limit) : optimal(inputSets(), limit);
    }

    /** NumPy's {@code _optimal_path}. */
    private List<int[]> optimal(List<Set<Character>> inputSets, BigInteger limit) {
        int n = inputSets.size();
        List<Partial> full = List.of(new Partial(BigInteger.ZERO, List.of(), inputSets));
        for (int iteration = 0; iteration < n - 1; iteration++) {
            List<Partial> next = new ArrayList<>();
            for (Partial current : full) {
                int m = n - iteration;
                for (int a = 0; a < m; a++) {
                    for (int b = a + 1; b < m; b++) {
                        int[] pair = {a, b};
                        Contraction c = contraction(pair, current.sets());
                        if (size(c.result()).compareTo(limit) > 0) {
                            continue;
                        }
                        BigInteger cost = current.cost().add(flops(c.contracted(), !c.removed().isEmpty(), 2));
                        List<int[]> path = new ArrayList<>(current.path());
                        path.add(pair);
                        next.add(new Partial(cost, path, c.sets()));
                    }
                }
            }
            if (next.isEmpty()) {
                List<int[]> path = new ArrayList<>(cheapest(full).path());
                int[] rest = new int[n - iteration];
                Arrays.setAll(rest, i -> i);
                path.add(rest);
                return path;
            }
            full = next;
        }
        return cheapest(full).path();
    }

    private static Partial cheapest(List<Partial> partials) {
        Partial best = partials.getFirst();
        for (Partial p : partials) {
            if (p.cost().compareTo(best.cost()) < 0) {
                best = p;
            }
        }
        return best;
    }

    /** NumPy's {@code _parse_possible_contraction}, or null where it sieves the pair out. */
    private Candidate candidate(int[] pair, List<Set<Character>> sets, BigInteger limit, BigInteger pathCost,
                                BigInteger naiveCost) {
        Contraction c = contraction(pair, sets);
        BigInteger newSize = size(c.result());
        if (newSize.compareTo(limit) > 0) {
            return null;
        }
        BigInteger removed = size(sets.get(pair[0])).add(size(sets.get(pair[1]))).subtract(newSize);
        BigInteger cost = flops(c.contracted(), !c.removed().isEmpty(), pair.length);
        if (pathCost.add(cost).compareTo(naiveCost) > 0) {
            return null;
        }
        return new Candidate(removed.negate(), cost, pair, c.sets());
    }

    /** NumPy's {@code _greedy_path}. */
    private List<int[]> greedy(List<Set<Character>> inputSets, BigInteger limit) {
        int[] everything = new int[inputSets.size()];
        Arrays.setAll(everything, i -> i);
        Contraction whole = contraction(everything, inputSets);
        BigInteger naiveCost = flops(whole.contracted(), !whole.removed().isEmpty(), inputSets.size());
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < inputSets.size(); a++) {
            for (int b = a + 1; b < inputSets.size(); b++) {
                pairs.add(new int[] {a, b});
            }
        }
        List<Candidate> known = new ArrayList<>();
        BigInteger pathCost = BigInteger.ZERO;
        List<int[]> path = new ArrayList<>();
        List<Set<Character>> sets = inputSets;
        int n = inputSets.size();
        for (int iteration = 0; iteration < n - 1; iteration++) {
            for (int[] pair : pairs) {
                if (Collections.disjoint(sets.get(pair[0]), sets.get(pair[1]))) {
                    continue;
                }
                Candidate c = candidate(pair, sets, limit, pathCost, naiveCost);
                if (c != null) {
                    known.add(c);
                }
            }
            if (known.isEmpty()) {
                for (int a = 0; a < sets.size(); a++) {
                    for (int b = a + 1; b < sets.size(); b++) {
                        Candidate c = candidate(new int[] {a, b}, sets, limit, pathCost, naiveCost);
                        if (c != null) {
                            known.add(c);
                        }
                    }
                }
                if (known.isEmpty()) {
                    int[] rest = new int[sets.size()];
                    Arrays.setAll(rest, i -> i);
                    path.add(rest);
                    break;
                }
            }
            Candidate best = Collections.min(known,
                    Comparator.comparing(Candidate::removed).thenComparing(Candidate::cost));
            known = updated(known, best);
            sets = best.sets();
            int newest = sets.size() - 1;
            pairs = new ArrayList<>();
            for (int i = 0; i < newest; i++) {
                pairs.add(new int[] {i, newest});
            }
            path.add(best.pair());
            pathCost = pathCost.add(best.cost());
        }
        return path;
    }

    /** NumPy's {@code _update_other_results}: the candidates not touching best, renumbered after it. */
    private static List<Candidate> updated(List<Candidate> known, Candidate best) {
        int bx = best.pair()[0];
        int by = best.pair()[1];
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : known) {
            int x = c.pair()[0];
            int y = c.pair()[1];
            if (x == bx || x == by || y == bx || y == by) {
                continue;
            }
            List<Set<Character>> sets = new ArrayList<>(c.sets());
            sets.remove(by - (by > x ? 1 : 0) - (by > y ? 1 : 0));
            sets.remove(bx - (bx > x ? 1 : 0) - (bx > y ? 1 : 0));
            sets.add(sets.size() - 1, best.sets().getLast());
            int[] pair = {x - (x > bx ? 1 : 0) - (x > by ? 1 : 0), y - (y > bx ? 1 : 0) - (y > by ? 1 : 0)};
            result.add(new Candidate(c.removed(), c.cost(), pair, sets));
        }
        return result;
    }

    /** NumPy's contraction list: each step's positions (descending), expression and remaining terms. */
    private List<Step> steps(List<int[]> path) {
        List<String> terms = new ArrayList<>(inputs);
        List<Set<Character>> sets = inputSets();
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < path.size(); s++) {
            int[] positions = Arrays.stream(path.get(s)).boxed().sorted(Comparator.reverseOrder())
                    .mapToInt(Integer::intValue).toArray();
            Contraction c = contraction(positions, sets);
            sets = c.sets();
            List<String> taken = new ArrayList<>();
            for (int p : positions) {
                taken.add(terms.remove(p));
            }
            String result;
            if (s == path.size() - 1) {
                result = output;
            } else {
                List<Character> labels = new ArrayList<>(c.result());
                labels.sort(Comparator.comparing((Character l) -> sizes.get(l)).thenComparing(l -> l));
                StringBuilder b = new StringBuilder();
                labels.forEach(b::append);
                result = b.toString();
            }
            terms.add(result);
            steps.add(new Step(positions, String.join(",", taken) + "->" + result, List.copyOf(terms)));
        }
        return steps;
    }

    /** NumPy's printed report of the path. */
    private String report(List<int[]> path) {
        List<Set<Character>> sets = inputSets();
        List<BigInteger> costs = new ArrayList<>();
        List<Integer> scales = new ArrayList<>();
        List<BigInteger> results = new ArrayList<>();
        for (int[] step : path) {
            int[] positions = Arrays.stream(step).boxed().sorted(Comparator.reverseOrder())
                    .mapToInt(Integer::intValue).toArray();
            Contraction c = contraction(positions, sets);
            sets = c.sets();
            costs.add(flops(c.contracted(), !c.removed().isEmpty(), positions.length));
            scales.add(c.contracted().size());
            results.add(size(c.result()));
        }
        Set<Character> indices = new HashSet<>();
        int distinctPerTerm = 0;
        for (String term : inputs) {
            indices.addAll(set(term));
            distinctPerTerm += set(term).size();
        }
        BigInteger naive = flops(indices, distinctPerTerm - indices.size() > 0, inputs.size());
        BigInteger optimized = costs.stream().reduce(BigInteger.ONE, BigInteger::add);
        double speedup = new BigDecimal(naive).divide(new BigDecimal(optimized), MathContext.DECIMAL128).doubleValue();
        String whole = String.join(",", inputs) + "->" + output;
        StringBuilder r = new StringBuilder();
        r.append("  Complete contraction:  ").append(whole).append('\n');
        r.append("         Naive scaling:  ").append(indices.size()).append('\n');
        r.append("     Optimized scaling:  ").append(Collections.max(scales)).append('\n');
        r.append("      Naive FLOP count:  ").append(scientific(naive)).append('\n');
        r.append("  Optimized FLOP count:  ").append(scientific(optimized)).append('\n');
        r.append("   Theoretical speedup:  ").append(new BigDecimal(speedup).setScale(3, RoundingMode.HALF_EVEN)
                .toPlainString()).append('\n');
        r.append("  Largest intermediate:  ").append(scientific(Collections.max(results))).append(" elements\n");
        r.append("-".repeat(74)).append('\n');
        r.append(String.format("%6s %24s %40s%n", "scaling", "current", "remaining").replace(System.lineSeparator(), "\n"));
        r.append("-".repeat(74));
        List<Step> steps = steps(path);
        for (int s = 0; s < steps.size(); s++) {
            r.append(String.format("\n%4d    %24s %40s", scales.get(s), steps.get(s).expression(),
                    String.join(",", steps.get(s).remaining()) + "->" + output));
        }
        return r.toString();
    }

    /** Python's {@code format(float(n), '.3e')}: the nearest double, 4 digits rounded half to even. */
    private static String scientific(BigInteger n) {
        double d = n.doubleValue();
        if (d == 0) {
            return "0.000e+00";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(4, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        digits = (digits + "000").substring(0, 4);
        return digits.charAt(0) + "." + digits.substring(1) + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
}
