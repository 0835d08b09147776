"""NumPy results for the fuzzer's GATHER family (io.jtensor.conformance.RandomGatherCases).

Imported by random_cases.py, which calls evaluate(case, inputs, helpers) for a case of the family.
Index utilities, gathers, scatters, bit packing and the small products are NumPy's own results
(an in-place op's result is its whole destination afterwards; a multi-output op's is output
``part``), except where jtensor documents a deviation from a NumPy 2.4 quirk (marked below:
piecewise's conditions of another shape, put_along_axis with axis=None into a non-contiguous view,
ufunc.at into a read-only view, unpackbits' padding past an empty axis); the norms are evaluated one precision up (float16 and float32 in float64, float64 in
long double) and rounded once, and the parity test compares them with an error scale.
"""

import numpy as np


def _part(case, outputs):
    return outputs[case["params"]["part"]]


def _number(v):
    """A JSON parameter as the Python number (or bool) NumPy gets."""
    if isinstance(v, bool) or isinstance(v, int):
        return v
    return float(v)


def _result(helpers, r):
    r = np.asarray(r)
    return helpers.jt_type(r.dtype), r


def _norm(name, x, p, helpers):
    ord_ = p["ord"]
    ord_ = ord_ if ord_ in ("fro", "nuc") else float(ord_)
    kwargs = {"keepdims": p["keepdims"], "ord": ord_}
    if name == "vector_norm" and p.get("axis") is not None:
        kwargs["axis"] = tuple(p["axis"])
    f = getattr(np.linalg, name)
    r = np.asarray(f(x, **kwargs))
    t = helpers.jt_type(r.dtype)
    if t.startswith("float") and x.size > 0:
        up = np.longdouble if t == "float64" else np.float64
        try:
            wide = np.asarray(f(x.astype(up), **kwargs))
        except (TypeError, np.linalg.LinAlgError):
            # LAPACK takes no long double (the singular-value ords): NumPy's own float64 result
            wide = np.asarray(f(x.astype(np.float64), **kwargs))
        # where NumPy's own arithmetic overflows (|x|**ord or the sum, in x's type), its result stands
        r = np.where(np.isfinite(r) | ~np.isfinite(wide), wide.astype(helpers.NP[t]), r)
    return t, r


def evaluate(case, inputs, helpers):
    """(jtensor result dtype, value) of a GATHER case; NumPy's exceptions mean it refuses."""
    name = case["op"]
    p = case["params"]
    x = inputs[0]
    if name == "choose":
        return _result(helpers, np.choose(x, inputs[1:], mode=p["mode"]))
    if name == "compress":
        return _result(helpers, np.compress(x, inputs[1], axis=p["axis"]))
    if name == "extract":
        return _result(helpers, np.extract(x, inputs[1]))
    if name == "select":
        k = p["conditions"]
        if p["default_operand"]:
            return _result(helpers, np.select(inputs[:k], inputs[k:-1], inputs[-1]))
        default = _number(p["default"]) if "default" in p else 0
        return _result(helpers, np.select(inputs[:k], inputs[k:], default))
    if name == "piecewise":
        if any(c.shape != x.shape for c in inputs[1:]):
            # NumPy also takes a 0-d condition or a mask of x's leading axes (its boolean indexing);
            # jtensor requires x's shape (README)
            raise IndexError("piecewise: a condition of another shape than x's")
        return _result(helpers, np.piecewise(x, list(inputs[1:]), [_number(v) for v in p["funclist"]]))
    if name == "take_along_axis":
        return _result(helpers, np.take_along_axis(x, inputs[1], axis=p["axis"]))
    if name == "put_along_axis":
        if p["axis"] is None and x.flags.writeable and not x.flags.c_contiguous:
            # NumPy 2.4 writes axis=None through np.array(arr.flat), a read-only copy for any other
            # layout ("assignment destination is read-only"); jtensor writes into the view (README)
            flat = x.flatten()
            np.put_along_axis(flat, inputs[1], inputs[2], axis=None)
            x[...] = flat.reshape(x.shape)
            return _result(helpers, x)
        np.put_along_axis(x, inputs[1], inputs[2], axis=p["axis"])
        return _result(helpers, x)
    if name == "fill_diagonal":
        val = _number(p["val"]) if "val" in p else inputs[1]
        np.fill_diagonal(x, val, wrap=p["wrap"])
        return _result(helpers, x)
    if name == "diag_indices":
        return "int64", np.asarray(_part(case, np.diag_indices(p["n"], p["ndim"])), np.int64)
    if name == "diag_indices_from":
        return "int64", np.asarray(_part(case, np.diag_indices_from(x)), np.int64)
    if name in ("tril_indices", "triu_indices"):
        r = getattr(np, name)(p["n"], p["k"], p.get("m"))
        return "int64", np.asarray(_part(case, r), np.int64)
    if name in ("tril_indices_from", "triu_indices_from"):
        return "int64", np.asarray(_part(case, getattr(np, name)(x, p["k"])), np.int64)
    if name == "mask_indices":
        return "int64", np.asarray(_part(case, np.mask_indices(p["n"], getattr(np, p["mask_func"]), p["k"])), np.int64)
    if name == "ravel_multi_index":
        return "int64", np.asarray(np.ravel_multi_index(tuple(inputs), tuple(p["dims"]), mode=p["mode"]), np.int64)
    if name == "unravel_index":
        return "int64", np.asarray(_part(case, np.unravel_index(x, tuple(p["shape"]))), np.int64)
    if name == "ix_":
        return _result(helpers, _part(case, np.ix_(*inputs)))
    if name == "flatnonzero":
        return "int64", np.asarray(np.flatnonzero(x), np.int64)
    if name == "meshgrid":
        return _result(helpers, _part(case, np.meshgrid(*inputs, indexing=p["indexing"])))
    if name == "packbits":
        return _result(helpers, np.packbits(x, axis=p["axis"], bitorder=p["bitorder"]))
    if name == "unpackbits":
        r = np.unpackbits(x, axis=p["axis"], count=p.get("count"), bitorder=p["bitorder"])
        if x.size == 0:
            # NumPy 2.4 leaves the zero padding of a count past an empty axis uninitialised (any
            # bytes); the padding is zeros by its documentation, and in jtensor (README)
            r = np.zeros_like(r)
        return _result(helpers, r)
    if name == "diagflat":
        return _result(helpers, np.diagflat(x, p["k"]))
    if name == "at":
        if not x.flags.writeable:
            # NumPy 2.4's ufunc.at writes into a read-only broadcast_to view; jtensor refuses (README)
            raise ValueError("at: a read-only destination")
        getattr(np, p["ufunc"]).at(x, inputs[1], inputs[2])
        return _result(helpers, x)
    if name == "accumulate":
        return _result(helpers, getattr(np, p["ufunc"]).accumulate(x, axis=p["axis"]))
    if name == "matrix_transpose":
        return _result(helpers, np.matrix_transpose(x))
    if name == "permute_dims":
        return _result(helpers, np.permute_dims(x, tuple(p["axes"])))
    if name == "matvec":
        return _result(helpers, np.matvec(x, inputs[1]))
    if name == "vecmat":
        return _result(helpers, np.vecmat(x, inputs[1]))
    if name == "vecdot":
        return _result(helpers, np.vecdot(x, inputs[1], axis=p.get("axis", -1)))
    if name == "multi_dot":
        return _result(helpers, np.linalg.multi_dot(inputs))
    if name in ("vector_norm", "matrix_norm"):
        return _norm(name, x, p, helpers)
    raise ValueError("unknown gather-family op " + name)
