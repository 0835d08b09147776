"""Writes core/src/main/java/io/jtensor/ZigguratTables.java: the 256-layer ziggurats of NumPy's
Generator (random_standard_normal[_f], random_standard_exponential[_f]) computed from their definition.

Layers: x[255] = R, x[i-1] = f^-1(V / x[i] + f(x[i])), x[0] = 0, for the density f and the common layer
area V. For a b-bit abscissa a (b = 52 normal float64, 53 exponential float64, 23 float32) a sample is
a * w[i]; a < k[i] means it lies under the layer above; f[i] = f(x[i]). Layer 0 is the base strip plus
the tail: w[0] = V / f(R) / 2^b, k[0] = R f(R) / V * 2^b. k is rounded to the nearest integer, w and f to
the nearest double (float32 tables: to the nearest float).

How NumPy's tables were made (established by comparing draws, and the finished arrays with the
bytes of NumPy's compiled extension; no NumPy table entry is copied here):
- normal: the recurrence in double precision with correctly rounded log and exp, R to 29 digits and
  V = 0.0049286732339746519 (V = R f(R) + sqrt(pi/2) erfc(R/sqrt 2) to 17 digits), except that the
  exp of -x^2/2 for the layer whose upper edge is x[37] (0.873...) came out one ulp above the
  correctly rounded value (0.396 ulp above the lower neighbour: NumPy's generator ran on a libm
  with 0.6-ulp exp there). The recurrence amplifies that ulp into 37 layers, so it is reproduced.
- exponential: R = 7.6971174701310497140446280481, V = R e^-R + e^-R, the recurrence in 60-digit
  arithmetic; w and f match NumPy's; NumPy's float64 k are 0 to 2 units below these in 201 of 256
  layers (the acceptance test differs for at most 2 of 2^53 abscissas per layer: never seen), and
  its float32 w[226], f[128], f[154], f[171] are one float ulp off the correctly rounded values,
  which lie within 0.02 ulp of a rounding tie (NumPy's generator computed them less precisely).

Run: python3 tests/reference/ziggurat_tables.py (from the repository root); with --check it only
reports, table by table, whether the written file's arrays occur byte for byte in the installed
NumPy's random extensions (10 of 12 do; the exponential float64 k and float32 w and f do not, above).
"""
import math
import os

import mpmath

mpmath.mp.dps = 60
LAYERS = 256


def cr_exp(v):
    return float(mpmath.exp(mpmath.mpf(v)))


def cr_log(v):
    return float(mpmath.log(mpmath.mpf(v)))


def normal_layers():
    r = 3.6541528853610087963519472518
    area = 0.0049286732339746519
    quirk_layer = 37

    def density(x, layer):
        value = cr_exp(-0.5 * x * x)
        return math.nextafter(value, 2.0) if layer == quirk_layer + 1 else value

    x = [0.0] * LAYERS
    x[LAYERS - 1] = r
    for i in range(LAYERS - 1, 1, -1):
        x[i - 1] = math.sqrt(-2 * cr_log(density(x[i], i) + area / x[i]))
    f = [density(x[i], i) for i in range(LAYERS)]
    base = area / f[LAYERS - 1]
    tail_ratio = r * f[LAYERS - 1] / area
    return x, f, base, tail_ratio, r


def exponential_layers():
    r = mpmath.mpf("7.6971174701310497140446280481")
    area = r * mpmath.exp(-r) + mpmath.exp(-r)
    x = [mpmath.mpf(0)] * LAYERS
    x[LAYERS - 1] = r
    for i in range(LAYERS - 1, 1, -1):
        x[i - 1] = -mpmath.log(mpmath.exp(-x[i]) + area / x[i])
    f = [mpmath.exp(-v) for v in x]
    return x, f, area / mpmath.exp(-r), r * mpmath.exp(-r) / area, r


def table(x, f, base, tail_ratio, bits, exact):
    scale = 2 ** bits
    if exact:
        k = [int(mpmath.nint(tail_ratio * scale))] + [int(mpmath.nint(x[i - 1] / x[i] * scale)) for i in range(1, LAYERS)]
        w = [float(base / scale)] + [float(x[i] / scale) for i in range(1, LAYERS)]
        fs = [float(v) for v in f]
    else:
        k = [round(tail_ratio * scale)] + [round(x[i - 1] / x[i] * scale) for i in range(1, LAYERS)]
        w = [base / scale] + [x[i] / scale for i in range(1, LAYERS)]
        fs = list(f)
    return k, w, fs


def java_array(kind, name, values, doc):
    if kind == "long":
        items = ["0x%XL" % v for v in values]
    elif kind == "int":
        items = ["0x%X" % v for v in values]
    elif kind == "double":
        items = [float(v).hex() for v in values]
    else:
        items = [repr_float32(float(v)) for v in values]
    lines = ["    /** %s */" % doc, "    static final %s[] %s = {" % (kind, name)]
    per_line = 3 if kind in ("long", "double") else 4
    for i in range(0, len(items), per_line):
        lines.append("            " + ", ".join(items[i:i + per_line]) + ",")
    lines.append("    };")
    return "\n".join(lines)


def repr_float32(v):
    import struct
    rounded = struct.unpack("<f", struct.pack("<f", v))[0]
    return rounded.hex() + "f"


def main():
    nx, nf, nbase, nratio, nr = normal_layers()
    ex, ef, ebase, eratio, er = exponential_layers()
    parts = []
    for label, (x, f, base, ratio, exact), bits64 in (
            ("NORMAL", (nx, nf, nbase, nratio, False), 52), ("EXPONENTIAL", (ex, ef, ebase, eratio, True), 53)):
        k, w, fs = table(x, f, base, ratio, bits64, exact)
        kf, wf, ff = table(x, f, base, ratio, 23, exact)
        what = "normal" if label == "NORMAL" else "exponential"
        parts.append(java_array("long", label + "_K", k, "Float64 %s: acceptance bounds of the %d-bit abscissa." % (what, bits64)))
        parts.append(java_array("double", label + "_W", w, "Float64 %s: abscissa scale per layer." % what))
        parts.append(java_array("double", label + "_F", fs, "Float64 %s: density at each layer's edge." % what))
        parts.append(java_array("int", label + "_K_FLOAT", kf, "Float32 %s: acceptance bounds of the 23-bit abscissa." % what))
        parts.append(java_array("float", label + "_W_FLOAT", wf, "Float32 %s: abscissa scale per layer." % what))
        parts.append(java_array("float", label + "_F_FLOAT", ff, "Float32 %s: density at each layer's edge." % what))
    source = """package io.jtensor;

/**
 * The ziggurat tables of NumPy's Generator for {@link Ziggurat}. Generated by
 * {@code tests/reference/ziggurat_tables.py} from the ziggurats' definition (see there how they were
 * rounded); do not edit.
 */
final class ZigguratTables {

    /** Where the normal ziggurat's tail starts. */
    static final double NORMAL_R = %s;
    /** Where the exponential ziggurat's tail starts. */
    static final double EXPONENTIAL_R = %s;

%s

    private ZigguratTables() {
    }
}
""" % (float(nr).hex(), float(er).hex(), "\n\n".join(parts))
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    with open(os.path.join(root, "core/src/main/java/io/jtensor/ZigguratTables.java"), "w") as out:
        out.write(source)


def check():
    import glob
    import re
    import struct

    import numpy as np
    blob = b"".join(open(f, "rb").read() for f in glob.glob(os.path.dirname(np.__file__) + "/random/**/*.so", recursive=True))
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    source = open(os.path.join(root, "core/src/main/java/io/jtensor/ZigguratTables.java")).read()
    formats = {"long": ("Q", lambda t: int(t[:-1], 16)), "int": ("I", lambda t: int(t, 16)),
               "double": ("d", float.fromhex), "float": ("f", lambda t: float.fromhex(t[:-1]))}
    for kind, name, body in re.findall(r"static final (\w+)\[\] (\w+) = \{(.*?)\};", source, re.S):
        code, parse = formats[kind]
        values = [parse(t.strip()) for t in body.split(",") if t.strip()]
        print(name, "in NumPy's extension:", struct.pack("<%d%s" % (len(values), code), *values) in blob)


if __name__ == "__main__":
    import sys
    if "--check" in sys.argv:
        check()
    else:
        main()
