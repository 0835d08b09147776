"""NumPy's results for the SHAPE family of the jtensor fuzzer (io.jtensor.conformance.RandomShapeCases).

Each case names a NumPy shape function and its keywords (``params``, by NumPy's names); the inputs are
the case's operands. Results are NumPy's own, exact. An op that returns several arrays is compared
through one of them (``piece``); their number must be ``pieces`` (what the Java side expects jtensor
to return), else the generator is wrong and the script stops.
"""

import numpy as np


class ShapeRefused(ValueError):
    """A call NumPy refuses with an exception other than the ones random_cases.py catches."""


def _ints(v):
    return tuple(v) if isinstance(v, list) else v


def _pairs(v):
    # Java's int[][] / double[][]: a list of one-or-two-element lists; in a list of several, jtensor
    # reads {w} as {w, w} (NumPy would refuse the ragged list)
    if not isinstance(v, list):
        return v
    return [tuple(p) if len(v) == 1 or len(p) == 2 else (p[0], p[0]) for p in v]


def _piece(case, pieces):
    params = case["params"]
    if len(pieces) != params["pieces"]:
        raise SystemExit(f"seed {case['seed']}: {case['op']} gave {len(pieces)} arrays, the draw expects "
                         f"{params['pieces']}")
    if params["piece"] >= len(pieces):
        raise ShapeRefused("no array to compare")
    return pieces[params["piece"]]


def _split(case, x):
    params = case["params"]
    spec = params["indices_or_sections"]
    spec = list(spec) if isinstance(spec, list) else spec
    op = case["op"]
    if op in ("split", "array_split"):
        return getattr(np, op)(x, spec, axis=params["axis"])
    return getattr(np, op)(x, spec)


def _pad(params, x):
    mode = params["mode"]
    width = _pairs(params["pad_width"])
    kwargs = {}
    if "constant_values" in params:
        kwargs["constant_values"] = params["constant_values"]
    if "reflect_type" in params:
        kwargs["reflect_type"] = params["reflect_type"]
    if "stat_length" in params:
        kwargs["stat_length"] = _pairs(params["stat_length"])
    if "end_values" in params:
        kwargs["end_values"] = _pairs(params["end_values"])
    if mode == "empty":
        # jtensor does not offer it (the pad is left uninitialised): both refuse
        raise ShapeRefused("mode 'empty'")
    return np.pad(x, width, mode, **kwargs)


def _check_insert(x, values, p):
    """Refuses what jtensor documents as refused where NumPy's insert with an index list lets it pass:
    positions that collide after NumPy's shift (NumPy fills the extra place with arr's element when
    arr has one) and empty values that do not broadcast to the inserted block (NumPy assigns them to
    an empty selection without a shape check)."""
    obj = p["obj"]
    if not isinstance(obj, list) or len(obj) == 1:
        return
    axis = p["axis"]
    n = x.size if axis is None else x.shape[axis] if -x.ndim <= axis < x.ndim else None
    if n is None:
        return
    block = (len(obj),) if axis is None else x.shape[:axis % x.ndim] + (len(obj),) + x.shape[axis % x.ndim + 1:]
    # an assignment drops values' leading size-1 axes beyond the block's dimensions first
    shape = values.shape
    while len(shape) > len(block) and shape[0] == 1:
        shape = shape[1:]
    try:
        np.broadcast_to(values.reshape(shape), block)
    except ValueError:
        raise ShapeRefused("values do not broadcast to the inserted block")
    if len(obj) < 2:
        return
    indices = np.array(obj, np.intp)
    indices[indices < 0] += n
    order = indices.argsort(kind="mergesort")
    indices[order] += np.arange(len(obj))
    if np.unique(np.where(indices < 0, indices + n + len(obj), indices)).size != len(obj):
        raise ShapeRefused("insert positions collide")


def _call(case, inputs):
    op = case["op"]
    p = case["params"]
    x = inputs[0]
    if op == "reshape":
        if any(v < -1 for v in p["shape"]):
            # NumPy takes any negative size as the unknown one; jtensor only -1 (a documented deviation)
            raise ShapeRefused("negative dimension")
        return np.reshape(x, tuple(p["shape"]))
    if op == "transpose":
        return np.transpose(x, None if p["axes"] is None else tuple(p["axes"]))
    if op == "swapaxes":
        return np.swapaxes(x, p["axis1"], p["axis2"])
    if op == "rollaxis":
        return np.rollaxis(x, p["axis"], p["start"])
    if op == "moveaxis":
        return np.moveaxis(x, _ints(p["source"]), _ints(p["destination"]))
    if op == "squeeze":
        return np.squeeze(x, None if p["axis"] is None else tuple(p["axis"]))
    if op == "expand_dims":
        return np.expand_dims(x, tuple(p["axis"]))
    if op == "concatenate":
        return np.concatenate(inputs, axis=p["axis"])
    if op == "stack":
        return np.stack(inputs, axis=p["axis"])
    if op == "append":
        return np.append(x, inputs[1], axis=p["axis"])
    if op in ("hstack", "vstack", "dstack", "column_stack"):
        return getattr(np, op)(inputs)
    if op in ("split", "array_split", "hsplit", "vsplit", "dsplit"):
        return _piece(case, _split(case, x))
    if op == "unstack":
        return _piece(case, np.unstack(x, axis=p["axis"]))
    if op == "broadcast_arrays":
        return _piece(case, np.broadcast_arrays(*inputs))
    if op == "tile":
        return np.tile(x, tuple(p["reps"]))
    if op == "repeat":
        return np.repeat(x, p["repeats"], axis=p["axis"])
    if op == "pad":
        return _pad(p, x)
    if op == "rot90":
        return np.rot90(x, p["k"], axes=(0, 1) if p["axes"] is None else tuple(p["axes"]))
    if op in ("flipud", "fliplr", "ravel", "atleast_1d", "atleast_2d", "atleast_3d"):
        return getattr(np, op)(x)
    if op == "flatten":
        return x.flatten()
    if op in ("triu", "tril"):
        return getattr(np, op)(x, p["k"])
    if op in ("diagonal", "trace"):
        return getattr(np, op)(x, p["offset"], p.get("axis1", 0), p.get("axis2", 1))
    if op == "broadcast_to":
        return np.broadcast_to(x, tuple(p["shape"]))
    if op == "insert":
        _check_insert(x, inputs[1], p)
        return np.insert(x, p["obj"], inputs[1], axis=p["axis"])
    if op == "delete":
        return np.delete(x, slice(*p["slice"]) if "slice" in p else p["obj"], axis=p["axis"])
    if op == "resize":
        return np.resize(x, tuple(p["new_shape"]))
    if op == "trim_zeros":
        return np.trim_zeros(x, p["trim"])
    if op == "roll":
        return np.roll(x, _ints(p["shift"]), axis=_ints(p["axis"]))
    raise SystemExit(f"seed {case['seed']}: unknown shape function {op}")


def shape(case, inputs, jt_type):
    """NumPy's result of a SHAPE case, as (jtensor dtype name, array)."""
    try:
        r = np.asarray(_call(case, inputs))
    except ZeroDivisionError as e:
        raise ShapeRefused(str(e))
    return jt_type(r.dtype), r
