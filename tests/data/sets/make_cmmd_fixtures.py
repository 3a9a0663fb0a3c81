#!/usr/bin/python3
"""CMMD fixtures for tests/sets/tst_cmmd.cpp (issue 12).

    /usr/bin/python3 tests/data/sets/make_cmmd_fixtures.py

Writes cmmd_<case>_real.npy / cmmd_<case>_generated.npy (float32) and cmmd_expected.json. The
expected value follows google-research's cmmd/distance.py line by line, in float64 numpy on the
float32 values: sigma 10, scale 1000, kernel means over all pairs (diagonal included):
    gamma = 1 / (2 sigma^2)
    k_xx = mean(exp(-gamma * (-2 x x^T + |x|^2[:, None] + |x|^2[None, :])))   (same for yy, xy)
    cmmd = 1000 * (k_xx + k_yy - 2 k_xy)
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SIGMA = 10.0
SCALE = 1000.0


def cmmd_reference(x, y):
    x = x.astype(np.float64)
    y = y.astype(np.float64)
    xn = np.diag(x @ x.T)
    yn = np.diag(y @ y.T)
    gamma = 1 / (2 * SIGMA ** 2)
    k_xx = np.mean(np.exp(-gamma * (-2 * x @ x.T + xn[:, None] + xn[None, :])))
    k_xy = np.mean(np.exp(-gamma * (-2 * x @ y.T + xn[:, None] + yn[None, :])))
    k_yy = np.mean(np.exp(-gamma * (-2 * y @ y.T + yn[:, None] + yn[None, :])))
    return SCALE * (k_xx + k_yy - 2 * k_xy), k_xx, k_yy, k_xy


def normalised(a):
    return a / np.linalg.norm(a, axis=1, keepdims=True)


def main():
    rng = np.random.default_rng(12)
    cases = {}
    # L2-normalised embeddings, as the clip preset gives them; the generated set is shifted.
    real = normalised(rng.standard_normal((600, 64)))
    gen = normalised(rng.standard_normal((450, 64)) + 0.15 * rng.standard_normal(64))
    cases["clip_like"] = (real, gen)
    # Raw features far from the origin, spread comparable to sigma (the shift by the mean matters).
    real = 40.0 + 4.0 * rng.standard_normal((300, 16))
    gen = 40.5 + 5.0 * rng.standard_normal((200, 16))
    cases["raw"] = (real, gen)
    # The same set on both sides: 0.
    same = normalised(rng.standard_normal((123, 8)))
    cases["same"] = (same, same.copy())
    out = {}
    for name, (real, gen) in cases.items():
        real = real.astype(np.float32)
        gen = gen.astype(np.float32)
        np.save(os.path.join(HERE, "cmmd_%s_real.npy" % name), real)
        np.save(os.path.join(HERE, "cmmd_%s_generated.npy" % name), gen)
        value, k_xx, k_yy, k_xy = cmmd_reference(real, gen)
        out[name] = {"cmmd": value, "k_xx": k_xx, "k_yy": k_yy, "k_xy": k_xy}
    with open(os.path.join(HERE, "cmmd_expected.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
