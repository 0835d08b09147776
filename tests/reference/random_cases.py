#!/usr/bin/env python3
"""NumPy results for the random cases of the jtensor fuzzer (io.jtensor.conformance.RandomCase).

The cases are drawn in Java (one seed per case, so a case is reproducible alone) and exported as
JSON lines; this script evaluates each with the installed NumPy and writes the reference file the
suite replays on every backend (RandomCaseParityTest):

    mvn -B -o -pl tests -am test -Dtest=RandomCaseExport -Dsurefire.failIfNoSpecifiedTests=false \
        -Djtensor.fuzz.export=$PWD/tests/target/random-cases.jsonl
    python3 tests/reference/random_cases.py tests/target/random-cases.jsonl

Output: tests/src/test/resources/reference/random.csv (or the second argument's path, for a long run
with other cases: see RandomCaseExport) with columns seed, op, result_dtype, shape,
expected (``error`` when NumPy refuses the call; the format of generate.py).

Reference values: the exact ops (arithmetic, comparisons, rounding, integer ops, max/min, arg*,
all/any) are NumPy's own results in the operands' dtype.  Transcendental float ops are evaluated one
precision up (float16 and float32 in float64, float64 in x87 long double) and rounded once to the result type,
so they are the correctly rounded value except within 2^-11 ULP of a rounding boundary; the parity
test allows 1 ULP for that.  Sums, products and softmax rows use NumPy on float64 / long double; the
test compares them with an error scale.

jtensor's documented deviations are applied: no uint64 (sum and prod of uint8/uint16/uint32 give int64),
and positions masked by where= without out= are 0.  Bool input to float ufuncs gives float16,
as in NumPy (transcendental ones evaluated in float64 and rounded once to float16).
"""

import json
import math
import os
import sys
import warnings

import numpy as np

from random_cases_shape import shape
import random_cases_extra
import random_cases_gather
import random_cases_linalg
import random_cases_numeric
import random_cases_search

warnings.simplefilter("ignore")
np.seterr(all="ignore")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "reference",
                   "random.csv")
NP = {"bool": np.bool_, "int8": np.int8, "uint8": np.uint8, "int16": np.int16, "uint16": np.uint16, "int32": np.int32,
      "uint32": np.uint32, "int64": np.int64, "float16": np.float16, "float32": np.float32, "float64": np.float64}
# jtensor has no uint64: sum and prod of unsigned input give int64 (a documented deviation)
JT = {"bool": "bool", "int8": "int8", "uint8": "uint8", "int16": "int16", "uint16": "uint16", "int32": "int32",
      "uint32": "uint32", "int64": "int64", "uint64": "int64", "float16": "float16", "float32": "float32",
      "float64": "float64"}
UP = {"float16": np.float64, "float32": np.float64, "float64": np.longdouble}
TRANSCENDENTAL = {"exp", "expm1", "exp2", "log", "log1p", "log2", "log10", "sin", "cos", "tan", "tanh", "sigmoid",
                  "power", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "cbrt",
                  "arctan2", "hypot", "logaddexp", "logaddexp2"}


class Refused(Exception):
    pass


def operand(o):
    dtype = o["dtype"]
    values = [float(v) for v in o["values"]] if dtype.startswith("float") else [int(v) for v in o["values"]]
    a = np.array(values, dtype=NP[dtype] if dtype != "bool" else np.int64).astype(NP[dtype]).reshape(o["shape"])
    for v in o["views"]:
        if v["kind"] == "transpose":
            a = np.transpose(a, v["perm"])
        elif v["kind"] == "slice":
            index = [slice(None)] * a.ndim
            index[v["axis"]] = slice(v["start"], v["stop"], v["step"])
            a = a[tuple(index)]
        else:
            a = np.broadcast_to(a, v["shape"])
    return a


def jt_type(np_dtype):
    return JT[np.dtype(np_dtype).name]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    # jtensor's relu is +0.0 for -0.0 in every float type; NumPy's maximum(x, 0) keeps -0.0 for float16
    # (its half loop keeps the first operand on a tie): a documented deviation
    return np.where(np.isnan(x) | (x > 0), x, x.dtype.type(0))


UNARY = {"sigmoid": sigmoid, "relu": relu}
BINARY_NAMES = {"add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "equal", "not_equal", "less",
                "less_equal", "greater", "greater_equal"}


def ufunc(name):
    return UNARY.get(name) or getattr(np, name)


def elementwise(case, inputs):
    name = case["op"]
    f = ufunc(name)
    if name == "sigmoid":
        probe = np.exp(np.zeros(1, inputs[0].dtype))
    elif name == "relu":
        probe = inputs[0].reshape(-1)[:0]
    else:
        probe = f(*[x.reshape(-1)[:0] for x in inputs])
    result_type = jt_type(probe.dtype)
    if name == "power" and all(np.issubdtype(x.dtype, np.integer) or x.dtype == np.bool_ for x in inputs):
        if (inputs[1] < 0).any():
            raise Refused("integers to negative integer powers")
    if name == "subtract" and all(x.dtype == np.bool_ for x in inputs):
        raise Refused("boolean subtract")
    if name == "negative" and inputs[0].dtype == np.bool_:
        raise Refused("boolean negative")
    if name == "sign" and inputs[0].dtype == np.bool_:
        raise Refused("boolean sign")
    compute = NP[result_type]
    if result_type.startswith("float") and name in TRANSCENDENTAL:
        # integers become the result type first, as in NumPy's loops (int64 -> float64 rounds)
        args = [x.astype(compute).astype(UP[result_type]) for x in inputs]
        if name == "power":
            # full arrays: NumPy's float loops take the square root for a broadcast exponent of 0.5
            # (power(-inf, 0.5) nan), jtensor's pow for every tensor exponent (a documented deviation)
            full = np.broadcast_shapes(*[a.shape for a in args])
            args = [np.array(np.broadcast_to(a, full)) for a in args]
        value = f(*args).astype(compute)
    elif name == "ldexp" and np.dtype(probe.dtype).name != result_type:
        # float16 from bool: the mantissa becomes float64, the exponent stays an integer
        value = f(inputs[0].astype(compute), inputs[1].astype(np.int64)).astype(compute)
    elif np.dtype(probe.dtype).name != result_type and result_type != "bool":
        value = f(*[x.astype(compute) for x in inputs]).astype(compute)
    else:
        value = f(*inputs).astype(compute)
    shape = np.broadcast_shapes(*[x.shape for x in inputs])
    value = np.broadcast_to(value, shape)
    out = operand(case["out"]) if case.get("out") else None
    where = operand(case["where"]) if case.get("where") else None
    if out is None and where is None:
        return result_type, value
    if out is not None:
        if out.shape != shape:
            raise Refused("out shape")
        if not np.can_cast(compute, out.dtype, "same_kind"):
            raise Refused("cannot cast")
        target = out.copy()
    else:
        target = np.zeros(shape, compute)
    mask = np.broadcast_to(where, shape) if where is not None else np.ones(shape, bool)
    np.copyto(target, value.astype(target.dtype), where=mask)
    return jt_type(target.dtype), target


def reduce(case, x):
    name = case["op"]
    axes = case["axes"]
    axis = None if axes is None else tuple(axes)
    keepdims = case["keepdims"]
    if name in ("argmax", "argmin"):
        if axis is not None and len(axis) > 1:
            raise Refused("arg over several axes")
        a = None if axis is None else axis[0]
        r = getattr(np, name)(x, axis=a, keepdims=keepdims)
        return "int64", np.asarray(r, np.int64)
    if name in ("max", "min"):
        r = getattr(np, name)(x, axis=axis, keepdims=keepdims)
        return jt_type(np.asarray(r).dtype), np.asarray(r)
    if name in ("var", "std"):
        r = getattr(np, name)(x, axis=axis, keepdims=keepdims, ddof=case["ddof"])
    else:
        r = getattr(np, name)(x, axis=axis, keepdims=keepdims)
    r = np.asarray(r)
    t = jt_type(r.dtype)
    if t.startswith("float") and name in ("sum", "mean", "prod", "var", "std") and x.dtype != np.bool_:
        up = getattr(np, name)(x.astype(NP[t]).astype(UP[t] if t == "float64" else np.float64), axis=axis, keepdims=keepdims,
                               **({"ddof": case["ddof"]} if name in ("var", "std") else {}))
        up = np.asarray(up).astype(NP[t])
        # where NumPy's own float32 arithmetic overflows (a sum of squares past float32's range), its
        # result is inf, whatever the wider computation says
        native = np.asarray(r).astype(NP[t])
        r = np.where(np.isfinite(native) | ~np.isfinite(up), up, native)
        if name in ("var", "std") and reduced_count(x, axis) - case["ddof"] <= 0:
            # a quotient by zero degrees of freedom: inf or nan as the type's own sum of squares is
            # nonzero or zero (squares of subnormals vanish in float64, not in long double)
            r = native
    return t, r


def reduced_count(x, axis):
    if axis is None:
        return x.size
    return math.prod(x.shape[a] for a in axis)


def rows(case, x):
    name = case["op"]
    t = "float64" if not x.dtype.name.startswith("float") else x.dtype.name
    xu = x.astype(np.longdouble)
    axes = case["axes"]
    if name == "logsumexp":
        axis = None if axes is None else tuple(axes)
        if xu.size == 0:
            m = 0
        else:
            m = np.max(xu, axis=axis, keepdims=True) if all(xu.shape[a] > 0 for a in (axis or range(xu.ndim))) else 0
        s = np.sum(np.exp(xu - m), axis=axis, keepdims=True)
        r = np.log(s) + m
        r = np.squeeze(r, axis=axis) if axis is not None else r.reshape(())
        return t, np.asarray(r).astype(NP[t])
    axis = axes[0]
    if xu.shape[axis] == 0:
        return t, xu.astype(NP[t])
    m = np.max(xu, axis=axis, keepdims=True)
    e = np.exp(xu - m)
    s = np.sum(e, axis=axis, keepdims=True)
    r = e / s if name == "softmax" else (xu - m) - np.log(s)
    return t, r.astype(NP[t])


def matmul(x, y):
    r = np.matmul(x, y)
    t = jt_type(r.dtype)
    if t.startswith("float"):
        r = np.matmul(x.astype(np.longdouble), y.astype(np.longdouble)).astype(NP[t])
    return t, np.asarray(r)


def array(case, inputs):
    """The array functions: NumPy's own results (exact ops; sorts with kind="stable")."""
    name = case["op"]
    x = inputs[0]
    axis = None if case["axes"] is None else case["axes"][0]
    count = case["ddof"]
    if name in ("sort", "argsort"):
        r = getattr(np, name)(x, axis=axis, kind="stable")
    elif name in ("cumsum", "cumprod"):
        r = getattr(np, name)(x, axis=axis)
    elif name == "diff":
        r = np.diff(x, n=count, axis=axis)
    elif name == "flip":
        r = np.flip(x, axis=axis)
    elif name == "roll":
        r = np.roll(x, count, axis=axis)
    elif name == "repeat":
        r = np.repeat(x, count, axis=axis)
    elif name == "take":
        r = np.take(x, inputs[1], axis=axis)
    elif name == "concatenate":
        r = np.concatenate((x, inputs[1]), axis=axis)
    elif name == "where":
        r = np.where(x, inputs[1], inputs[2])
    elif name == "clip":
        r = np.clip(x, inputs[1], inputs[2])
    elif name == "median":
        r = np.median(x, axis=axis)
    elif name == "unique":
        r = np.unique(x)
    elif name == "argwhere":
        r = np.argwhere(x)
    elif name == "count_nonzero":
        r = np.count_nonzero(x, axis=axis)
    elif name == "round":
        r = np.round(x, count)
        if x.dtype == np.uint32 and count < 0:
            # NumPy rounds in float64 and casts back; a result past 2**32 - 1 meets its layout-dependent
            # float -> uint32 cast (0 in SIMD runs): jtensor's documented cast goes through int64
            f = 10.0 ** -count
            r = (np.rint(x / f) * f).astype(np.int64).astype(np.uint32)
    elif name == "copyto":
        np.copyto(x, inputs[1], where=True if inputs[2] is None else inputs[2])
        r = x
    elif name == "put":
        np.put(x, inputs[1], inputs[2])
        r = x
    elif name == "putmask":
        np.putmask(x, inputs[1], inputs[2])
        r = x
    elif name == "astype_uint32" and x.dtype.kind == "f":
        # float to uint32 through int64 and wrapped, as NumPy's scalar cast (its contiguous SIMD
        # cast gives 2147483648 for NaN): a documented deviation
        r = x.astype(np.int64).astype(np.uint32)
    else:
        r = x.astype(NP[name[len("astype_"):]])
    r = np.asarray(r)
    return jt_type(r.dtype), r


def index_item(item):
    kind = item["kind"]
    if kind == "int":
        return item["value"]
    if kind == "slice":
        return slice(item["start"], item["stop"], item["step"])
    if kind == "newaxis":
        return None
    if kind == "ellipsis":
        return Ellipsis
    a = operand(item["array"])
    if item["java"]:
        # a Java boolean, boolean[] or long[]: Python's bool or a fresh 1-d array
        return bool(a) if a.ndim == 0 else np.array(a)
    return a


def index(case, inputs):
    """x[index] (a copy of the view) or x[index] = v (then x): NumPy's own indexing."""
    x = inputs[0]
    key = tuple(index_item(i) for i in case["index"])
    if case["op"] == "getitem":
        r = np.array(x[key])
        return jt_type(r.dtype), r
    v = inputs[1]
    if case["ddof"] == 1:
        # a Java scalar: Python's bool, int or float
        v = v.item()
    before = np.array(x, order="C")
    x[key] = v
    positions = np.arange(x.size).reshape(x.shape)[key]
    if np.unique(positions).size != positions.size:
        # a position written twice: NumPy documents no order ("not possible to predict the final
        # result"); jtensor's is C order of the broadcast index, the last wins (README), applied here
        # with a 1-d index, which NumPy writes in order
        values = np.empty(positions.shape, x.dtype)
        values[...] = v
        before.reshape(-1)[positions.reshape(-1)] = values.reshape(-1)
        return jt_type(x.dtype), before
    return jt_type(x.dtype), x


def evaluate(case):
    inputs = [None if o is None else operand(o) for o in case["inputs"]]
    family = case["family"]
    if family == "SHAPE":
        return shape(case, inputs, jt_type)
    if family == "SEARCH":
        return random_cases_search.evaluate(case, inputs, sys.modules[__name__])
    if family == "NUMERIC":
        return random_cases_numeric.evaluate(case, inputs, sys.modules[__name__])
    if family == "INDEX":
        return index(case, inputs)
    if family == "GATHER":
        return random_cases_gather.evaluate(case, inputs, sys.modules[__name__])
    if family == "EXTRA":
        return random_cases_extra.evaluate(case, inputs, sys.modules[__name__])
    if family == "LINALG":
        return random_cases_linalg.evaluate(case, inputs)
    if family == "ARRAY":
        return array(case, inputs)
    if family in ("UNARY", "BINARY"):
        return elementwise(case, inputs)
    if family == "REDUCE":
        return reduce(case, inputs[0])
    if family == "ROWS":
        return rows(case, inputs[0])
    return matmul(*inputs)


def fmt(v, dtype):
    if dtype == "bool":
        return "true" if bool(v) else "false"
    if dtype in ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64"):
        # an int64 above 2**63 - 1 is NumPy's uint64 sum or prod, whose bits jtensor's int64 holds
        return str(int(v) - (1 << 64) if dtype == "int64" and int(v) >= 1 << 63 else int(v))
    f = float(v)
    return "nan" if math.isnan(f) else repr(f)


def main(path, out=OUT):
    lines = []
    refused = 0
    with open(path) as f:
        cases = [json.loads(line) for line in f if line.strip()]
    for case in cases:
        try:
            dtype, value = evaluate(case)
            value = np.asarray(value)
            shape = "0d" if value.ndim == 0 else "x".join(str(d) for d in value.shape)
            values = " ".join(fmt(v, dtype) for v in value.reshape(-1))
        except (Refused, ValueError, TypeError, IndexError, OverflowError, np.exceptions.AxisError,
                np.exceptions.DTypePromotionError):
            refused += 1
            dtype, shape, values = "error", "", ""
        lines.append(f"{case['seed']},{case['op']},{dtype},{shape},{values}")
    with open(out, "w") as f:
        f.write("# Random cases of io.jtensor.conformance.RandomCase (one seed each: RandomCase.of(seed) redraws\n")
        f.write("# the case) evaluated with NumPy by tests/reference/random_cases.py; 'error' when NumPy refuses.\n")
        f.write(f"# {len(cases)} cases, {refused} refused. NumPy {np.__version__}; do not edit.\n")
        f.write("seed,op,result_dtype,shape,expected\n")
        for line in lines:
            f.write(line + "\n")
    print(f"wrote {len(cases)} cases ({refused} refused) to {os.path.normpath(out)}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
