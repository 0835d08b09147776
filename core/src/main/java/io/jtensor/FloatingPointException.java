package io.jtensor;

/**
 * A floating-point error met by an element-wise op whose category's mode is
 * {@link FloatErrorMode#RAISE raise}: NumPy's {@code FloatingPointError}, with its message
 * ("divide by zero encountered in divide", "overflow encountered in exp", "underflow encountered
 * in multiply", "invalid value encountered in sqrt"). Thrown after the op has written its result
 * (into {@code out} too, as NumPy).
 */
public final class FloatingPointException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The four categories, in the order NumPy checks them, with NumPy's names and flag bits. */
    public enum Category {
        /** An exact infinity from finite input (x / 0, log(0)). */
        DIVIDE("divide by zero", 1),
        /** A finite result too large for the type. */
        OVER("overflow", 2),
        /** A tiny result that lost precision. */
        UNDER("underflow", 4),
        /** A NaN from non-NaN input. */
        INVALID("invalid value", 8);

        private final String numpyName;
        private final int flag;

        Category(String numpyName, int flag) {
            this.numpyName = numpyName;
            this.flag = flag;
        }

        /** NumPy's name, e.g. "divide by zero". */
        public String numpyName() {
            return numpyName;
        }

        /** NumPy's bit of the category in a callback's flags (divide 1, over 2, under 4, invalid 8). */
        public int flag() {
            return flag;
        }
    }

    private final transient Category category;
    private final String op;

    FloatingPointException(Category category, String op) {
        super(category.numpyName() + " encountered in " + op);
        this.category = category;
        this.op = op;
    }

    /** The category met. */
    public Category category() {
        return category;
    }

    /** The NumPy name of the op that met it, e.g. "divide". */
    public String op() {
        return op;
    }
}
