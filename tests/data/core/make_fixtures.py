#!/usr/bin/python3
"""Fixtures for tests/core (tst_npy, tst_ks). Run: /usr/bin/python3 tests/data/core/make_fixtures.py

.npy/.npz files written by numpy itself (so the reader is tested against the real writer), some
deliberately broken by hand, and scipy.stats.ks_2samp statistics in ks.json.
Every valid array holds np.arange(n) reshaped, so the C++ test knows the values.
"""
import io
import json
import os
import struct
import zipfile

import numpy as np
import scipy.stats
from numpy.lib import format as npfmt

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


def write(name, arr, version):
    with open(path(name), "wb") as f:
        npfmt.write_array(f, arr, version=version)


def raw_npy(header_dict, payload, version=(1, 0)):
    """An .npy image with a hand-written header (for refusal cases)."""
    text = repr(header_dict).encode("latin1")
    pre = 10 if version[0] == 1 else 12
    total = pre + len(text) + 1
    pad = (64 - total % 64) % 64
    text = text + b" " * pad + b"\n"
    if version[0] == 1:
        head = b"\x93NUMPY" + bytes(version) + struct.pack("<H", len(text))
    else:
        head = b"\x93NUMPY" + bytes(version) + struct.pack("<I", len(text))
    return head + text + payload


def main():
    # Valid files, one per dtype, across header versions 1.0, 2.0, 3.0.
    write("f4_v1.npy", np.arange(12, dtype="<f4").reshape(3, 4), (1, 0))
    write("f8_v2.npy", np.arange(6, dtype="<f8").reshape(2, 3), (2, 0))
    write("u1_v3.npy", np.arange(10, dtype="u1").reshape(5, 2), (3, 0))
    write("i8_v1.npy", np.arange(7, dtype="<i8"), (1, 0))
    write("f4_0d.npy", np.array(5.0, dtype="<f4"), (1, 0))
    write("f4_empty.npy", np.zeros((0, 3), dtype="<f4"), (1, 0))
    # Refusals.
    write("fortran.npy", np.asfortranarray(np.arange(6, dtype="<f4").reshape(2, 3)), (1, 0))
    write("object.npy", np.array([1, "a", None], dtype=object), (1, 0))
    write("bigendian.npy", np.arange(4, dtype=">f4"), (1, 0))
    write("complex.npy", np.arange(4, dtype="<c8"), (1, 0))
    good = open(path("f4_v1.npy"), "rb").read()
    with open(path("truncated.npy"), "wb") as f:
        f.write(good[:-8])  # header claims 12 floats, 10 follow
    with open(path("huge_claim.npy"), "wb") as f:  # claims 10^12 floats, holds 16 bytes
        f.write(raw_npy({"descr": "<f4", "fortran_order": False, "shape": (1000000, 1000000)},
                        b"\0" * 16))
    with open(path("overflow.npy"), "wb") as f:  # element count overflows int64
        f.write(raw_npy({"descr": "<f8", "fortran_order": False,
                         "shape": (2**40, 2**40, 2**40)}, b"\0" * 16))
    with open(path("bytes_overflow.npy"), "wb") as f:  # count fits, bytes overflow
        f.write(raw_npy({"descr": "<f8", "fortran_order": False, "shape": (2**61, 2)}, b""))
    with open(path("not_npy.npy"), "wb") as f:
        f.write(b"hello, this is not an array\n")
    with open(path("bad_version.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x07\x00" + good[8:])
    with open(path("bad_header.npy"), "wb") as f:
        f.write(raw_npy({"descr": "<f4", "shape": (3,)}, b"\0" * 12))
    # .npz: stored (np.savez) and deflated (np.savez_compressed).
    a = np.arange(12, dtype="<f4").reshape(3, 4)
    b = np.arange(5, dtype="<i8")
    np.savez(path("stored.npz"), features=a, labels=b)
    np.savez_compressed(path("deflated.npz"), features=a, labels=b)
    # Zip bomb: a deflated member of 64 MiB of zeros whose header is honest (the test uses a
    # small limit); and a member whose header claims 2^40 floats (far past the 8 GiB default)
    # while the member itself is tiny.
    with zipfile.ZipFile(path("bomb.npz"), "w", zipfile.ZIP_DEFLATED) as z:
        buf = io.BytesIO()
        npfmt.write_array(buf, np.zeros((4096, 4096), dtype="<f4"), version=(1, 0))
        z.writestr("zeros.npy", buf.getvalue())
        z.writestr("claims_huge.npy", raw_npy({"descr": "<f4", "fortran_order": False,
                                               "shape": (2**20, 2**20)}, b"\0" * 64))
        z.writestr("truncated.npy", good[:-8])
    # A member whose zip directory understates its inflated size (4096 bytes declared, 64 MiB
    # inflated): patched in the local header (offset 22) and the central directory (offset 24).
    with zipfile.ZipFile(path("lying.npz"), "w", zipfile.ZIP_DEFLATED) as z:
        buf = io.BytesIO()
        npfmt.write_array(buf, np.zeros((4096, 4096), dtype="<f4"), version=(1, 0))
        z.writestr("zeros.npy", buf.getvalue())
    data = bytearray(open(path("lying.npz"), "rb").read())
    real_size = struct.pack("<I", len(buf.getvalue()))
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(sig)
        assert data[at + off:at + off + 4] == real_size
        data[at + off:at + off + 4] = struct.pack("<I", 4096)
    open(path("lying.npz"), "wb").write(bytes(data))
    # KS statistic (scipy.stats.ks_2samp), including ties and unequal sizes.
    rng = np.random.default_rng(7)
    cases = []
    for na, nb, loc, rounding in [(50, 60, 0.0, None), (200, 150, 0.4, None), (40, 40, 0.0, 0),
                                  (30, 90, 1.0, 1), (1, 5, 0.0, None)]:
        x = rng.normal(size=na)
        y = rng.normal(loc=loc, size=nb)
        if rounding is not None:
            x = np.round(x, rounding)
            y = np.round(y, rounding)
        cases.append(dict(a=x.tolist(), b=y.tolist(),
                          statistic=float(scipy.stats.ks_2samp(x, y).statistic)))
    with open(path("ks.json"), "w") as f:
        json.dump(cases, f)


if __name__ == "__main__":
    main()
