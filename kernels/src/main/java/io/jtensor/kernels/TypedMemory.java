package io.jtensor.kernels;

import io.jtensor.DType;

import java.util.Set;

/**
 * Loads and stores of elements whose type is chosen at run time. A kernel receives an operand as a
 * byte pointer plus a type code ({@link #code}) and reads it through {@code jt_load_<type>(p, index,
 * code)}, which converts whatever is stored to the kernel's compute type with {@link Conversions};
 * {@code jt_store_<type>(p, index, code, value)} converts on the way out.
 *
 * <p>Why: each distinct kernel costs a driver compilation, and with operand types fixed at compile
 * time the conformance suite alone needed about 700 programs. The switch is on a value uniform
 * across the launch, so it costs no divergence; on PoCL it makes a float32 exp of 16M elements
 * about 15% slower (135 ms against 115 ms per launch, 2 cores) than a kernel with fixed types.
 */
public final class TypedMemory {

    private TypedMemory() {
    }

    /** The type code a kernel receives for {@code dtype}. */
    public static int code(DType dtype) {
        return dtype.ordinal();
    }

    /**
     * The load helpers converting to each of {@code loads} and the store helpers converting from
     * each of {@code stores}; the float64 cases are left out when {@code float64} is false, and the
     * stores of a float value as uint32, which no plan makes (core plans every copy into uint32 in
     * int64, and no op with a float result may write a uint32 out under casting='same_kind').
     */
    static String helpers(Set<DType> loads, Set<DType> stores, boolean float64) {
        StringBuilder code = new StringBuilder();
        for (DType to : loads) {
            String type = CTypes.name(to);
            code.append("DEVICE_FN ").append(type).append(" jt_load_").append(to.numpyName())
                    .append("(GLOBAL const jbyte* p, const jlong i, const jint type) {\n    switch (type) {\n");
            for (DType from : DType.values()) {
                if (from == DType.FLOAT64 && !float64) {
                    continue;
                }
                String element = "((GLOBAL const " + CTypes.name(from) + "*) p)[i]";
                code.append("        case ").append(code(from)).append(": return ")
                        .append(Conversions.convert(from, to, element)).append(";\n");
            }
            code.append("        default: return (").append(type).append(") 0;\n    }\n}\n\n");
        }
        for (DType from : stores) {
            String type = CTypes.name(from);
            code.append("DEVICE_FN void jt_store_").append(from.numpyName())
                    .append("(GLOBAL jbyte* p, const jlong i, const jint type, const ").append(type)
                    .append(" v) {\n    switch (type) {\n");
            for (DType to : DType.values()) {
                if ((to == DType.FLOAT64 && !float64) || (from.isFloatingPoint() && to == DType.UINT32)) {
                    continue;
                }
                code.append("        case ").append(code(to)).append(": ((GLOBAL ").append(CTypes.name(to))
                        .append("*) p)[i] = ").append(Conversions.convert(from, to, "v")).append("; break;\n");
            }
            code.append("        default: break;\n    }\n}\n\n");
        }
        return code.toString();
    }
}
