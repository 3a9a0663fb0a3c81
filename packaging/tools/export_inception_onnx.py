#!/usr/bin/python3
"""Export pytorch-fid's FID InceptionV3 to ONNX for GenLens (`--extractor onnx:FILE:inception`).

GenLens cannot download weights. Get pytorch-fid's weight file yourself
(pt_inception-2015-12-05-6726825d.pth, the port of TensorFlow's 2015-12-05 Inception that every
paper's FID uses), then run, with Debian's python3-torch and python3-onnx:

    /usr/bin/python3 packaging/tools/export_inception_onnx.py \
        --weights pt_inception-2015-12-05-6726825d.pth --out pt_inception.onnx
    genlens evaluate image --real REAL_DIR --generated GEN_DIR \
        --extractor onnx:pt_inception.onnx:inception

The network is built here (no torchvision needed) with pytorch-fid's FID-specific changes to
torchvision's InceptionV3: average pools with count_include_pad=False in Mixed_5b-d, 6b-e and 7b,
a max pool in Mixed_7c's pool branch, batch-norm eps 1e-3, a 1008-way fc. The ONNX model takes the
already resized and normalised 299x299 tensor (GenLens resizes with bilinear half-pixel
interpolation without antialiasing and scales to [-1, 1], as pytorch-fid does) and has two outputs:
"pool3" (N x 2048, the FID features) and "logits_unbiased" (N x 1008, pool3 times the fc weight
without its bias, what torch-fidelity and StyleGAN use for the Inception Score).

--random-weights SEED builds the same architecture with random weights (batch-norm statistics
calibrated on random images) so that the export can be checked without the real file;
--check-dir DIR additionally writes DIR/inception.onnx, a few test images (PNG) and PyTorch's pool3
features for them (expected_pool3.txt) following pytorch-fid's preprocessing; GenLens's test
tst_onnx compares against them when GENLENS_INCEPTION_CHECK_DIR=DIR is set.
"""
import argparse
import os
import struct
import sys
import zlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicConv2d(nn.Module):
    def __init__(self, cin, cout, **kw):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, bias=False, **kw)
        self.bn = nn.BatchNorm2d(cout, eps=0.001)

    def forward(self, x):
        return F.relu(self.bn(self.conv(x)), inplace=True)


def avg_exclude_pad(x):
    return F.avg_pool2d(x, kernel_size=3, stride=1, padding=1, count_include_pad=False)


class InceptionA(nn.Module):
    def __init__(self, cin, pool_features):
        super().__init__()
        self.branch1x1 = BasicConv2d(cin, 64, kernel_size=1)
        self.branch5x5_1 = BasicConv2d(cin, 48, kernel_size=1)
        self.branch5x5_2 = BasicConv2d(48, 64, kernel_size=5, padding=2)
        self.branch3x3dbl_1 = BasicConv2d(cin, 64, kernel_size=1)
        self.branch3x3dbl_2 = BasicConv2d(64, 96, kernel_size=3, padding=1)
        self.branch3x3dbl_3 = BasicConv2d(96, 96, kernel_size=3, padding=1)
        self.branch_pool = BasicConv2d(cin, pool_features, kernel_size=1)

    def forward(self, x):
        b1 = self.branch1x1(x)
        b5 = self.branch5x5_2(self.branch5x5_1(x))
        b3 = self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x)))
        bp = self.branch_pool(avg_exclude_pad(x))
        return torch.cat([b1, b5, b3, bp], 1)


class InceptionB(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.branch3x3 = BasicConv2d(cin, 384, kernel_size=3, stride=2)
        self.branch3x3dbl_1 = BasicConv2d(cin, 64, kernel_size=1)
        self.branch3x3dbl_2 = BasicConv2d(64, 96, kernel_size=3, padding=1)
        self.branch3x3dbl_3 = BasicConv2d(96, 96, kernel_size=3, stride=2)

    def forward(self, x):
        b3 = self.branch3x3(x)
        bd = self.branch3x3dbl_3(self.branch3x3dbl_2(self.branch3x3dbl_1(x)))
        return torch.cat([b3, bd, F.max_pool2d(x, kernel_size=3, stride=2)], 1)


class InceptionC(nn.Module):
    def __init__(self, cin, c7):
        super().__init__()
        self.branch1x1 = BasicConv2d(cin, 192, kernel_size=1)
        self.branch7x7_1 = BasicConv2d(cin, c7, kernel_size=1)
        self.branch7x7_2 = BasicConv2d(c7, c7, kernel_size=(1, 7), padding=(0, 3))
        self.branch7x7_3 = BasicConv2d(c7, 192, kernel_size=(7, 1), padding=(3, 0))
        self.branch7x7dbl_1 = BasicConv2d(cin, c7, kernel_size=1)
        self.branch7x7dbl_2 = BasicConv2d(c7, c7, kernel_size=(7, 1), padding=(3, 0))
        self.branch7x7dbl_3 = BasicConv2d(c7, c7, kernel_size=(1, 7), padding=(0, 3))
        self.branch7x7dbl_4 = BasicConv2d(c7, c7, kernel_size=(7, 1), padding=(3, 0))
        self.branch7x7dbl_5 = BasicConv2d(c7, 192, kernel_size=(1, 7), padding=(0, 3))
        self.branch_pool = BasicConv2d(cin, 192, kernel_size=1)

    def forward(self, x):
        b1 = self.branch1x1(x)
        b7 = self.branch7x7_3(self.branch7x7_2(self.branch7x7_1(x)))
        bd = self.branch7x7dbl_1(x)
        for layer in (self.branch7x7dbl_2, self.branch7x7dbl_3, self.branch7x7dbl_4, self.branch7x7dbl_5):
            bd = layer(bd)
        bp = self.branch_pool(avg_exclude_pad(x))
        return torch.cat([b1, b7, bd, bp], 1)


class InceptionD(nn.Module):
    def __init__(self, cin):
        super().__init__()
        self.branch3x3_1 = BasicConv2d(cin, 192, kernel_size=1)
        self.branch3x3_2 = BasicConv2d(192, 320, kernel_size=3, stride=2)
        self.branch7x7x3_1 = BasicConv2d(cin, 192, kernel_size=1)
        self.branch7x7x3_2 = BasicConv2d(192, 192, kernel_size=(1, 7), padding=(0, 3))
        self.branch7x7x3_3 = BasicConv2d(192, 192, kernel_size=(7, 1), padding=(3, 0))
        self.branch7x7x3_4 = BasicConv2d(192, 192, kernel_size=3, stride=2)

    def forward(self, x):
        b3 = self.branch3x3_2(self.branch3x3_1(x))
        b7 = self.branch7x7x3_4(self.branch7x7x3_3(self.branch7x7x3_2(self.branch7x7x3_1(x))))
        return torch.cat([b3, b7, F.max_pool2d(x, kernel_size=3, stride=2)], 1)


class InceptionE(nn.Module):
    def __init__(self, cin, max_pool_branch):
        super().__init__()
        self.max_pool_branch = max_pool_branch  # FIDInceptionE_2 (Mixed_7c) uses a max pool
        self.branch1x1 = BasicConv2d(cin, 320, kernel_size=1)
        self.branch3x3_1 = BasicConv2d(cin, 384, kernel_size=1)
        self.branch3x3_2a = BasicConv2d(384, 384, kernel_size=(1, 3), padding=(0, 1))
        self.branch3x3_2b = BasicConv2d(384, 384, kernel_size=(3, 1), padding=(1, 0))
        self.branch3x3dbl_1 = BasicConv2d(cin, 448, kernel_size=1)
        self.branch3x3dbl_2 = BasicConv2d(448, 384, kernel_size=3, padding=1)
        self.branch3x3dbl_3a = BasicConv2d(384, 384, kernel_size=(1, 3), padding=(0, 1))
        self.branch3x3dbl_3b = BasicConv2d(384, 384, kernel_size=(3, 1), padding=(1, 0))
        self.branch_pool = BasicConv2d(cin, 192, kernel_size=1)

    def forward(self, x):
        b1 = self.branch1x1(x)
        b3 = self.branch3x3_1(x)
        b3 = torch.cat([self.branch3x3_2a(b3), self.branch3x3_2b(b3)], 1)
        bd = self.branch3x3dbl_2(self.branch3x3dbl_1(x))
        bd = torch.cat([self.branch3x3dbl_3a(bd), self.branch3x3dbl_3b(bd)], 1)
        if self.max_pool_branch:
            pooled = F.max_pool2d(x, kernel_size=3, stride=1, padding=1)
        else:
            pooled = avg_exclude_pad(x)
        return torch.cat([b1, b3, bd, self.branch_pool(pooled)], 1)


class FIDInceptionV3(nn.Module):
    """pytorch-fid's fid_inception_v3() with torchvision's parameter names."""

    def __init__(self):
        super().__init__()
        self.Conv2d_1a_3x3 = BasicConv2d(3, 32, kernel_size=3, stride=2)
        self.Conv2d_2a_3x3 = BasicConv2d(32, 32, kernel_size=3)
        self.Conv2d_2b_3x3 = BasicConv2d(32, 64, kernel_size=3, padding=1)
        self.Conv2d_3b_1x1 = BasicConv2d(64, 80, kernel_size=1)
        self.Conv2d_4a_3x3 = BasicConv2d(80, 192, kernel_size=3)
        self.Mixed_5b = InceptionA(192, 32)
        self.Mixed_5c = InceptionA(256, 64)
        self.Mixed_5d = InceptionA(288, 64)
        self.Mixed_6a = InceptionB(288)
        self.Mixed_6b = InceptionC(768, 128)
        self.Mixed_6c = InceptionC(768, 160)
        self.Mixed_6d = InceptionC(768, 160)
        self.Mixed_6e = InceptionC(768, 192)
        self.Mixed_7a = InceptionD(768)
        self.Mixed_7b = InceptionE(1280, max_pool_branch=False)
        self.Mixed_7c = InceptionE(2048, max_pool_branch=True)
        self.fc = nn.Linear(2048, 1008)

    def forward(self, x):
        """x: N x 3 x 299 x 299, already scaled to [-1, 1]."""
        x = self.Conv2d_2b_3x3(self.Conv2d_2a_3x3(self.Conv2d_1a_3x3(x)))
        x = F.max_pool2d(x, kernel_size=3, stride=2)
        x = self.Conv2d_4a_3x3(self.Conv2d_3b_1x1(x))
        x = F.max_pool2d(x, kernel_size=3, stride=2)
        for name in ("5b", "5c", "5d", "6a", "6b", "6c", "6d", "6e", "7a", "7b", "7c"):
            x = getattr(self, "Mixed_" + name)(x)
        pool3 = torch.flatten(F.adaptive_avg_pool2d(x, (1, 1)), 1)
        logits_unbiased = pool3 @ self.fc.weight.t()
        return pool3, logits_unbiased


def pytorch_fid_preprocess(rgb_uint8):
    """pytorch-fid: ToTensor ([0, 1]), F.interpolate bilinear 299 (align_corners=False), 2x - 1."""
    t = torch.from_numpy(rgb_uint8.astype(np.float32) / 255.0).permute(2, 0, 1).unsqueeze(0)
    t = F.interpolate(t, size=(299, 299), mode="bilinear", align_corners=False)
    return 2 * t - 1


def write_png(path, rgb):
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].astype(np.uint8).tobytes() for y in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def build(weights, seed):
    model = FIDInceptionV3()
    if weights:
        state = torch.load(weights, map_location="cpu")
        state = {k: v for k, v in state.items() if not k.startswith("AuxLogits.")}
        missing, unexpected = model.load_state_dict(state, strict=False)
        if missing or unexpected:
            sys.exit("weights do not fit pytorch-fid's FID InceptionV3: missing %s, unexpected %s"
                     % (missing[:5], unexpected[:5]))
    else:
        torch.manual_seed(seed)
        # Calibrate batch-norm statistics on random images so activations stay in a sane range.
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.momentum = None
        model.train()
        with torch.no_grad():
            for _ in range(2):
                model(torch.rand(4, 3, 299, 299) * 2 - 1)
    return model.eval()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weights", help="pytorch-fid's pt_inception-2015-12-05-6726825d.pth")
    ap.add_argument("--random-weights", type=int, metavar="SEED", help="random weights (for checking)")
    ap.add_argument("--out", help="ONNX file to write")
    ap.add_argument("--check-dir", help="also write test images and PyTorch's pool3 features here")
    args = ap.parse_args()
    if bool(args.weights) == (args.random_weights is not None):
        ap.error("give exactly one of --weights and --random-weights")
    model = build(args.weights, args.random_weights)
    out = args.out or (os.path.join(args.check_dir, "inception.onnx") if args.check_dir else None)
    if not out:
        ap.error("--out is required")
    if args.check_dir:
        os.makedirs(args.check_dir, exist_ok=True)
    dummy = torch.zeros(2, 3, 299, 299)
    torch.onnx.export(model, dummy, out, input_names=["input"], output_names=["pool3", "logits_unbiased"],
                      dynamic_axes={"input": {0: "n"}, "pool3": {0: "n"}, "logits_unbiased": {0: "n"}},
                      opset_version=11, do_constant_folding=True)
    print("wrote", out)
    if args.check_dir:
        os.makedirs(args.check_dir, exist_ok=True)
        rng = np.random.default_rng(3)
        rows = []
        for i, (h, w) in enumerate(((64, 64), (120, 90), (299, 299), (300, 500), (37, 53), (256, 256))):
            y, x = np.mgrid[0:h, 0:w]
            base = np.stack([255.0 * x / w, 255.0 * y / h, 128 + 90 * np.sin(0.2 * x + 0.13 * y)], -1)
            img = np.clip(base + rng.normal(0, 25, base.shape), 0, 255).astype(np.uint8)
            write_png(os.path.join(args.check_dir, "check_%d.png" % i), img)
            with torch.no_grad():
                rows.append(model(pytorch_fid_preprocess(img))[0][0].numpy())
        with open(os.path.join(args.check_dir, "expected_pool3.txt"), "w") as f:
            for r in rows:
                f.write(" ".join("%.9g" % v for v in r) + "\n")
        print("wrote", len(rows), "check images and expected_pool3.txt to", args.check_dir)


if __name__ == "__main__":
    main()
