#!/usr/bin/python3
"""Fixtures for tst_npy's feature-row reading (metrics/core/npyrows.cpp) and the dtypes added
with it (float16, big-endian). Run: /usr/bin/python3 tests/data/core/make_row_fixtures.py

rows_*.npy / rows.npz hold the same 6x5 matrix (NaN in row 1, -Inf in row 4) in several dtypes
and byte orders; rows_expected.json lists the kept rows, their float32 values and the SHA-1 of
each kept row's values as little-endian float64 (hashlib, independent of the C++ code).
f2_special.npy: float16 values of every kind (normal, subnormal, max, inf, nan, -0) with their
float32 conversion by numpy in f2_special_as_f4.npy.
"""
import hashlib
import json
import os

import numpy as np
from numpy.lib import format as npfmt

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def write(name, arr, version=(1, 0)):
    with open(path(name), "wb") as f:
        npfmt.write_array(f, arr, version=version)


def main():
    rng = np.random.default_rng(11)
    # float16-representable values, so every dtype below holds exactly the same numbers.
    base = (rng.integers(-512, 512, size=(6, 5)) / 64.0).astype(np.float64)
    base[1, 2] = np.nan
    base[4, 0] = -np.inf
    for name, dtype in [("rows_f4.npy", "<f4"), ("rows_f4_be.npy", ">f4"), ("rows_f8.npy", "<f8"),
                        ("rows_f8_be.npy", ">f8"), ("rows_f2.npy", "<f2"), ("rows_f2_be.npy", ">f2")]:
        write(name, base.astype(dtype))
    # A member of an .npz (stored, fixed timestamp so the file is reproducible).
    import io
    import zipfile
    buf = io.BytesIO()
    npfmt.write_array(buf, base.astype("<f4"), version=(1, 0))
    with zipfile.ZipFile(path("rows.npz"), "w", zipfile.ZIP_STORED) as z:
        z.writestr(zipfile.ZipInfo("features.npy", date_time=(2020, 1, 1, 0, 0, 0)), buf.getvalue())
    kept = [r for r in range(base.shape[0]) if np.isfinite(base[r]).all()]
    expected = {
        "dropped": [r for r in range(base.shape[0]) if r not in kept],
        "kept": kept,
        "values": [[float(v) for v in base[r].astype(np.float32)] for r in kept],
        "sha1": [hashlib.sha1(base[r].astype("<f8").tobytes()).hexdigest() for r in kept],
    }
    with open(path("rows_expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
    special = np.array([0.5, -2.0, 65504.0, 6e-8, 3e-5, -0.0, np.inf, -np.inf, np.nan, 1 / 3],
                       dtype="<f2")
    write("f2_special.npy", special.reshape(2, 5))
    write("f2_special_as_f4.npy", special.astype("<f4").reshape(2, 5))


if __name__ == "__main__":
    main()
