"""Random printing cases against NumPy: printing_fuzz.csv (the committed draw) or a long run's file.

    python3 tests/reference/printing_fuzz.py                       # the committed file
    python3 tests/reference/printing_fuzz.py --seed 7 --count 50000 --out /tmp/print.csv

The committed draw complements printing.csv's hand-picked cases: random dtypes, shapes (0-d, empty,
summarised), values across the magnitudes where NumPy's float formatting switches (1e16, 1e-4, a
max/min ratio of 1e3, subnormals, integers held in floats, NaN/inf/-0.0) and random combinations of
the print options and of format_float_positional/scientific's keywords, NumPy's errors included.
Replay: PrintingConformance (file name or -Djtensor.printFuzz.file=PATH).
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402

FLOATS = ["float64", "float32", "float16"]
INTS = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64"]
LIMITS = {"int8": (-128, 127), "uint8": (0, 255), "int16": (-32768, 32767), "uint16": (0, 65535),
          "int32": (-2**31, 2**31 - 1), "uint32": (0, 2**32 - 1), "int64": (-2**63, 2**63 - 1)}
MAX_EXP = {"float64": 300, "float32": 37, "float16": 4}


def float_values(rng, dtype, n):
    """n values of one 'style', so that the array's own format decisions (positional vs scientific,
    suppression, unique digits) are exercised rather than always the scientific fallback."""
    top = MAX_EXP[dtype]
    style = rng.integers(0, 9)
    if style == 0:                          # one decade, any position
        e = rng.integers(-top // 4 - 1, top // 4 + 2)
        v = rng.uniform(-1, 1, n) * 10.0 ** e
    elif style == 1:                        # a few decades around 1
        v = rng.normal(0, 1, n) * 10.0 ** rng.uniform(-5, 5, n)
    elif style == 2:                        # integers held in floats, some large
        v = np.round(rng.normal(0, 10.0 ** rng.integers(0, min(top, 18)), n))
    elif style == 3:                        # short decimals
        v = np.round(rng.uniform(-100, 100, n), rng.integers(0, 5))
    elif style == 4:                        # wide dynamic range
        v = rng.choice([-1.0, 1.0], n) * 10.0 ** rng.uniform(-top, top, n)
    elif style == 5:                        # near the cutoffs: 1e16, 1e-4, 1e8, ratio 1e3
        base = rng.choice([1e16, 1e-4, 1e8, 1e3, 1e-3, 0.1, 65504.0, 1e4])
        v = base * (1 + rng.choice([-1, 1], n) * 10.0 ** rng.uniform(-8, -1, n))
    elif style == 6:                        # tiny: subnormals of the type
        tiny = np.finfo(g.NP[dtype]).smallest_subnormal
        v = rng.integers(0, 1000, n) * float(tiny) * rng.choice([-1, 1], n)
    elif style == 7:                        # binary fractions
        v = rng.integers(-64, 65, n) / 2.0 ** rng.integers(0, 12)
    else:                                   # plain normals
        v = rng.normal(0, 1, n)
    v = np.asarray(v, dtype=np.float64)
    specials = rng.random(n) < rng.choice([0.0, 0.05, 0.3])
    v[specials] = rng.choice([np.nan, np.inf, -np.inf, -0.0, 0.0], int(specials.sum()))
    with np.errstate(over="ignore"):
        return v.astype(g.NP[dtype])


def int_values(rng, dtype, n):
    lo, hi = LIMITS[dtype]
    style = rng.integers(0, 3)
    if style == 0:
        return np.array([int(rng.integers(lo, hi, endpoint=True, dtype=np.int64)) if dtype != "uint32"
                         else int(rng.integers(lo, hi + 1)) for _ in range(n)], dtype=object).astype(g.NP[dtype])
    width = 10 ** int(rng.integers(0, 6))
    low = max(lo, -width if lo < 0 and style == 1 else 0)
    return rng.integers(low, min(hi, width) + 1, n).astype(g.NP[dtype])


def shape(rng):
    kind = rng.integers(0, 40)
    if kind < 3:
        return ()
    if kind < 6:
        dims = [int(d) for d in rng.integers(0, 4, rng.integers(1, 4))]
        dims[int(rng.integers(0, len(dims)))] = 0
        return tuple(dims)
    if kind == 6:                           # summarised (over the default threshold of 1000)
        big = [(1001,), (40, 30), (11, 10, 10), (3, 400), (2, 2, 260)]
        return big[int(rng.integers(0, len(big)))]
    ndim = int(rng.choice([1, 1, 2, 2, 3, 4]))
    return tuple(int(d) for d in rng.integers(1, [12, 8, 5, 3][ndim - 1] + 1, ndim))


def array_options(rng, for_print_options, floating):
    opts = {}
    if rng.random() < 0.35:
        opts["precision"] = int(rng.integers(0, 18))
    if rng.random() < 0.2:
        opts["suppressSmall"] = bool(rng.random() < 0.7)
    if rng.random() < 0.25:
        opts["maxLineWidth"] = int(rng.integers(8, 160))
    if rng.random() < 0.2:
        opts["threshold"] = int(rng.integers(0, 40))
        opts["edgeItems"] = int(rng.integers(1, 5))   # edgeitems=0 is refused (README)
    if rng.random() < 0.2:
        opts["sign"] = str(rng.choice(["-", "+", " "]))
    if rng.random() < 0.3:
        opts["floatMode"] = str(rng.choice(["fixed", "unique", "maxprec", "maxprec_equal"]))
    if for_print_options:
        if rng.random() < 0.1:
            opts["nanStr"] = str(rng.choice(["NaN", "nan?", "-"]))
            opts["infStr"] = str(rng.choice(["Infinity", "oo", "i"]))
    else:
        if rng.random() < 0.3:
            opts["separator"] = str(rng.choice([", ", ",", " | ", "  ", ""]))
        if rng.random() < 0.15:
            opts["prefix"] = str(rng.choice(["array(", "x: ", "    ", "p"]))
        if rng.random() < 0.1:
            opts["suffix"] = str(rng.choice([")", ":", " end"]))
    if rng.random() < 0.02:                 # NumPy refuses these
        # NumPy checks precision only when it formats floats with it (not 0-d str, not floatmode
        # 'unique'); jtensor when the option is set (README)
        bad = rng.integers(0, 3 if floating and opts.get("floatMode") != "unique" else 2)
        if bad == 0:
            opts["floatMode"] = "bad"
        elif bad == 1:
            opts["sign"] = "x"
        else:
            opts["precision"] = -1
    return opts


def float_options(rng, scientific):
    opts = {}
    if rng.random() < 0.5:
        opts["precision"] = int(rng.integers(0, 25))
    if rng.random() < 0.3:
        opts["unique"] = bool(rng.random() < 0.5)
    if not scientific and rng.random() < 0.3:
        opts["fractional"] = bool(rng.random() < 0.5)
    if rng.random() < 0.3:
        opts["trim"] = str(rng.choice(["k", ".", "0", "-"]))
    if rng.random() < 0.2:
        opts["sign"] = bool(rng.random() < 0.5)
    if rng.random() < 0.2:
        opts["padLeft"] = int(rng.integers(0, 8))
    if rng.random() < 0.2:
        opts["padRight"] = int(rng.integers(0, 8))
    if scientific and rng.random() < 0.25:
        opts["expDigits"] = int(rng.integers(0, 6))
    if rng.random() < 0.2:
        opts["minDigits"] = int(rng.integers(0, 12))
    if rng.random() < 0.02:
        # -1 is jtensor's spelling of None (README), so the refused values start at -2
        opts[str(rng.choice(["precision", "padLeft"] + (["expDigits"] if scientific else [])))] = -2
    return opts


FLOAT_KEYS = {"precision": "precision", "unique": "unique", "fractional": "fractional", "trim": "trim",
              "sign": "sign", "padLeft": "pad_left", "padRight": "pad_right", "expDigits": "exp_digits",
              "minDigits": "min_digits"}
A2S_KEYS = {"maxLineWidth": "max_line_width", "precision": "precision", "suppressSmall": "suppress_small",
            "separator": "separator", "prefix": "prefix", "suffix": "suffix", "threshold": "threshold",
            "edgeItems": "edgeitems", "sign": "sign", "floatMode": "floatmode"}
PO_KEYS = {"maxLineWidth": "linewidth", "precision": "precision", "suppressSmall": "suppress",
           "threshold": "threshold", "edgeItems": "edgeitems", "sign": "sign", "floatMode": "floatmode",
           "nanStr": "nanstr", "infStr": "infstr"}


def options_text(opts):
    parts = []
    for k, v in opts.items():
        v = ("true" if v else "false") if isinstance(v, bool) else str(v)
        assert ";" not in v and "=" not in v, (k, v)
        parts.append("%s=%s" % (k, v))
    return ";".join(parts) if parts else "-"


def draw(rng):
    """One row: [op, input, options, expected]."""
    roll = rng.random()
    if roll < 0.25:
        dtype = str(rng.choice(FLOATS))
        scientific = bool(rng.random() < 0.5)
        op = "format_float_scientific" if scientific else "format_float_positional"
        opts = float_options(rng, scientific)
        spec = g.T(dtype, float_values(rng, dtype, 1)[0], ())
        f = np.format_float_scientific if scientific else np.format_float_positional
        return emit(op, spec, opts, lambda a: f(a[()], **{FLOAT_KEYS[k]: v for k, v in opts.items()}))
    kind = rng.random()
    dtype = str(rng.choice(FLOATS)) if kind < 0.7 else "bool" if kind < 0.75 else str(rng.choice(INTS))
    s = shape(rng)
    n = int(np.prod(s))
    if dtype == "bool":
        values = rng.random(n) < 0.5
    elif dtype in FLOATS:
        values = float_values(rng, dtype, n)
    else:
        values = int_values(rng, dtype, n)
    spec = g.T(dtype, values, s)
    if roll < 0.6:
        opts = array_options(rng, False, dtype in FLOATS and n > 0 and s != ())
        return emit("array2string", spec, opts,
                    lambda a: np.array2string(a, **{A2S_KEYS[k]: v for k, v in opts.items()}))
    opts = array_options(rng, True, dtype in FLOATS and n > 0 and s != ())
    op = "str" if rng.random() < 0.5 else "repr"

    def compute(a):
        with np.printoptions(**{PO_KEYS[k]: v for k, v in opts.items()}):
            return str(a) if op == "str" else repr(a)
    return emit(op, spec, opts, compute)


def emit(op, spec, opts, compute):
    text, value = g.manip_operand(spec)
    try:
        out = g.print_escape(compute(value))
    except (ValueError, TypeError) as e:
        out = "error:" + type(e).__name__
    return [op, text, g.print_escape(options_text(opts)), out]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--out", default=os.path.join(g.OUT, "printing_fuzz.csv"))
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    rows = [draw(rng) for _ in range(args.count)]
    g.OUT, name = os.path.split(os.path.abspath(args.out))
    g.write(name, ["op", "input", "options", "expected"], rows, """
Random printing cases (tests/reference/printing_fuzz.py --seed %d --count %d): op, input tensor,
options and NumPy's exact output, in printing.csv's format and escapes (see its header). Drawn:
float64/float32/float16 values in styles that cross NumPy's format switches, integer and bool
tensors, 0-d, empty and summarised shapes, random print options and format_float_* keywords,
NumPy's refusals as error:<exception>.""" % (args.seed, args.count))


if __name__ == "__main__":
    main()
