package io.jtensor;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * NumPy's one-character type codes and the small predicates around them: {@code typename},
 * {@code mintypecode}, {@code isscalar} and {@code iterable}.
 */
final class TypeCodes {

    /** {@code numpy._core.numerictypes._namefromtype}. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("S1", "character"),
            Map.entry("?", "bool"), Map.entry("b", "signed char"), Map.entry("B", "unsigned char"),
            Map.entry("h", "short"), Map.entry("H", "unsigned short"), Map.entry("i", "integer"),
            Map.entry("I", "unsigned integer"), Map.entry("l", "long integer"), Map.entry("L", "unsigned long integer"),
            Map.entry("q", "long long integer"), Map.entry("Q", "unsigned long long integer"),
            Map.entry("f", "single precision"), Map.entry("d", "double precision"), Map.entry("g", "long precision"),
            Map.entry("F", "complex single precision"), Map.entry("D", "complex double precision"),
            Map.entry("G", "complex long double precision"), Map.entry("S", "string"), Map.entry("U", "unicode"),
            Map.entry("V", "void"), Map.entry("O", "object"));

    /** {@code numpy.lib._type_check_impl._typecodes_by_elsize}. */
    private static final String BY_SIZE = "GDFgdfQqLlIiHhBb?";

    private TypeCodes() {
    }

    /** NumPy's {@code dtype.char} of a jtensor type (int64 is {@code 'l'}, as on 64-bit Linux and macOS). */
    static char charOf(DType dtype) {
        return switch (dtype) {
            case BOOL -> '?';
            case INT8 -> 'b';
            case UINT8 -> 'B';
            case INT16 -> 'h';
            case UINT16 -> 'H';
            case INT32 -> 'i';
            case UINT32 -> 'I';
            case INT64 -> 'l';
            case FLOAT16 -> 'e';
            case FLOAT32 -> 'f';
            case FLOAT64 -> 'd';
        };
    }

    /** {@code np.typename(char)}: see {@link Np#typename(String)}. */
    static String typename(String code) {
        Objects.requireNonNull(code, "typename: char is null");
        String name = NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("typename: no name for type code '" + code + "' (NumPy's KeyError); known: "
                    + String.join(" ", new java.util.TreeSet<>(NAMES.keySet())));
        }
        return name;
    }

    /** {@code np.mintypecode(typechars, typeset, default)}: see {@link Np#mintypecode(Object[], String, String)}. */
    static String mintypecode(Object[] typechars, String typeset, String defaultCode) {
        String name = "mintypecode";
        Objects.requireNonNull(typechars, name + ": typechars is null");
        Objects.requireNonNull(typeset, name + ": typeset is null");
        Set<String> intersection = new LinkedHashSet<>();
        for (int i = 0; i < typechars.length; i++) {
            String code = code(name, i, typechars[i]);
            if (typeset.contains(code)) {
                intersection.add(code);
            }
        }
        if (intersection.isEmpty()) {
            return defaultCode;
        }
        if (intersection.contains("F") && intersection.contains("d")) {
            return "D";
        }
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (String code : intersection) {
            // NumPy's min(intersection, key=_typecodes_by_elsize.index): a substring search
            int at = BY_SIZE.indexOf(code);
            if (at < 0) {
                throw new IllegalArgumentException(name + ": type code '" + code + "' is in typeset '" + typeset
                        + "' but not one of '" + BY_SIZE + "' (NumPy's ValueError: substring not found)");
            }
            if (at < bestAt) {
                best = code;
                bestAt = at;
            }
        }
        return best;
    }

    /** A type character: a non-empty String as it is, a DType's or Tensor's char, NumPy's 'U' for "". */
    private static String code(String name, int i, Object item) {
        if (item instanceof String s) {
            return s.isEmpty() ? "U" : s;
        }
        if (item instanceof Character c) {
            return String.valueOf(c);
        }
        if (item instanceof DType d) {
            return String.valueOf(charOf(d));
        }
        if (item instanceof Tensor t) {
            return String.valueOf(charOf(t.dtype));
        }
        throw new IllegalArgumentException(name + ": typechars[" + i + "] is "
                + (item == null ? "null" : "a " + item.getClass().getSimpleName())
                + "; give type characters (String or Character), DTypes or Tensors");
    }

    /** {@code np.isscalar(element)}: see {@link Np#isscalar(Object)}. */
    static boolean isscalar(Object element) {
        return element instanceof Number || element instanceof Boolean || element instanceof Character
                || element instanceof CharSequence;
    }

    /** {@code np.iterable(y)}: see {@link Np#iterable(Object)}. */
    static boolean iterable(Object y) {
        if (y instanceof Tensor t) {
            return t.ndim() > 0;
        }
        return y instanceof Iterable<?> || y instanceof Iterator<?> || y instanceof Map<?, ?>
                || y instanceof CharSequence || y instanceof Character || y instanceof java.util.stream.BaseStream<?, ?>
                || (y != null && y.getClass().isArray());
    }
}
