"""NumPy's side of the .npy/.npz round trips in NpyNumpyInteropTest.

    python3 npy_interop.py write DIR   writes every layout NumPy can produce for jtensor's dtypes
    python3 npy_interop.py check DIR   checks the files jtensor wrote into DIR

The element values follow one formula, mirrored by NpyExpectedValues.java: element i (C order) of
a bool array is i % 3 == 0; int32 (37 i - 400) * 1000003; int64 (i - 11) * 1234567890123;
int8, uint8, int16, uint16, uint32 37 i - 100 wrapped to the type's width (C conversion);
float16/float32/float64 (i - 11.5) / 3 (rounded once from float64), except elements 1, 2, 3 which are inf, nan, -0.0 when present.
"""
import os
import sys

import numpy as np
from numpy.lib import format as npformat

DTYPES = ["bool", "int32", "int64", "float32", "float64", "float16", "int8", "uint8", "int16", "uint16", "uint32"]
SHAPE = (2, 3, 4)
VERSIONS = {"v1": (1, 0), "v2": (2, 0), "v3": (3, 0)}
ENDIANS = {"little": "<", "big": ">"}


def values(dtype, shape):
    n = int(np.prod(shape, dtype=np.int64))
    i = np.arange(n, dtype=np.int64)
    if dtype == "bool":
        v = i % 3 == 0
    elif dtype == "int32":
        v = (i * 37 - 400) * 1000003
    elif dtype == "int64":
        v = (i - 11) * 1234567890123
    elif dtype in ("int8", "uint8", "int16", "uint16", "uint32"):
        v = i * 37 - 100          # astype wraps to the width
    else:
        v = (i - 11.5) / 3.0
        for position, special in ((1, np.inf), (2, np.nan), (3, -0.0)):
            if n > position:
                v[position] = special
    return v.astype(dtype).reshape(shape)


def write(directory):
    for dtype in DTYPES:
        for order in "CF":
            for endian, code in ENDIANS.items():
                for version_name, version in VERSIONS.items():
                    a = values(dtype, SHAPE)
                    a = a.astype(a.dtype.newbyteorder(code))
                    a = np.asfortranarray(a) if order == "F" else np.ascontiguousarray(a)
                    name = f"{dtype}_{order}_{endian}_{version_name}.npy"
                    with open(os.path.join(directory, name), "wb") as f:
                        npformat.write_array(f, a, version=version)
        np.save(os.path.join(directory, f"{dtype}_scalar.npy"), values(dtype, (1,)).reshape(()))
        np.save(os.path.join(directory, f"{dtype}_empty.npy"), np.asfortranarray(values(dtype, (2, 0, 3))))
    arrays = {dtype: values(dtype, SHAPE) for dtype in DTYPES}
    np.savez(os.path.join(directory, "stored.npz"), **arrays)
    arrays["float64_F_big"] = np.asfortranarray(values("float64", SHAPE).astype(">f8"))
    np.savez_compressed(os.path.join(directory, "deflated.npz"), **arrays)


def same(actual, expected, what):
    if actual.dtype != expected.dtype or actual.shape != expected.shape:
        raise AssertionError(f"{what}: got {actual.dtype}{actual.shape}, expected {expected.dtype}{expected.shape}")
    if not np.array_equal(actual, expected, equal_nan=expected.dtype.kind == "f"):
        raise AssertionError(f"{what}: values differ\n{actual}\nexpected\n{expected}")
    if expected.dtype.kind == "f" and not np.array_equal(np.signbit(actual), np.signbit(expected)):
        raise AssertionError(f"{what}: signs of zero differ")


def check(directory):
    checked = 0
    for dtype in DTYPES:
        expected = values(dtype, SHAPE)
        c = np.load(os.path.join(directory, f"{dtype}_C.npy"))
        same(c, expected, f"{dtype}_C.npy")
        f = np.load(os.path.join(directory, f"{dtype}_F.npy"))
        same(f, expected, f"{dtype}_F.npy")
        if not (f.flags.f_contiguous and not f.flags.c_contiguous):
            raise AssertionError(f"{dtype}_F.npy: not stored in Fortran order")
        same(np.load(os.path.join(directory, f"{dtype}_strided.npy")), expected[..., ::2], f"{dtype}_strided.npy")
        same(np.load(os.path.join(directory, f"{dtype}_scalar.npy")), values(dtype, (1,)).reshape(()),
             f"{dtype}_scalar.npy")
        same(np.load(os.path.join(directory, f"{dtype}_empty.npy")), values(dtype, (2, 0, 3)), f"{dtype}_empty.npy")
        with open(os.path.join(directory, f"{dtype}_C.npy"), "rb") as file:
            if npformat.read_magic(file) != (1, 0):
                raise AssertionError(f"{dtype}_C.npy: not format version 1.0")
        checked += 5
    with np.load(os.path.join(directory, "all.npz")) as archive:
        if list(archive.keys()) != DTYPES:
            raise AssertionError(f"all.npz: keys {list(archive.keys())}, expected {DTYPES}")
        for dtype in DTYPES:
            same(archive[dtype], values(dtype, SHAPE), f"all.npz[{dtype}]")
            checked += 1
    print(f"numpy {np.__version__} checked {checked} arrays written by jtensor")


if __name__ == "__main__":
    {"write": write, "check": check}[sys.argv[1]](sys.argv[2])
