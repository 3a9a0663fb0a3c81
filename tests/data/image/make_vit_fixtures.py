#!/usr/bin/python3
"""Small random-weight vision transformers and PyTorch's outputs for tests/image/tst_onnxvit.

Run with Debian's interpreter: /usr/bin/python3 tests/data/image/make_vit_fixtures.py
(python3-torch 1.13, python3-onnx). The networks are packaging/tools/genlens_vit.py's, exported as
packaging/tools/export_*_onnx.py export them (dynamic batch axis), at tiny sizes so that the files
stay small:
  vit_dino_op13.onnx / vit_dino_op17.onnx  DINOv2 structure, dim 32, 2 blocks, 2 heads, patch 14,
                                           pos_embed learned at 37 x 37 and resampled to 16 x 16;
                                           opset 13 (LayerNorm decomposed) and 17 (LayerNormalization)
  vit_clip_op14.onnx / vit_clip_op17.onnx  CLIP image-tower structure, width 32, 2 blocks, 2 heads,
                                           patch 16, projection to 24
  expected_vit_<dino|clip>_tensor.txt      PyTorch's output for genlens_vit.check_input(3)
  expected_vit_<dino|clip>_images.txt      PyTorch's output for img_a/b/c.png: float [0, 1],
                                           F.interpolate(224, bilinear, align_corners=False),
                                           (x - mean) / std with ImageNet's (dino) or CLIP's (clip)
                                           mean and std
  vit_refused_einsum.onnx                  a token graph with an Einsum (refused, named)
  vit_refused_layernorm.onnx               LayerNormalization over the token axis (refused, named)
  vit_refused_external.onnx (+ .data)      weights in an external data file, as models over 2 GB
                                           (ViT-g/14) are saved (refused)
"""
import os
import struct
import sys
import zlib

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from onnx import helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "packaging", "tools"))
import genlens_vit  # noqa: E402

IMAGENET = ((0.485, 0.456, 0.406), (0.229, 0.224, 0.225))
CLIP = ((0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711))


def read_png(path):
    """The 8-bit RGB, filter-0 PNGs that make_onnx_fixtures.py writes."""
    data = open(path, "rb").read()
    pos, idat, w, h = 8, b"", 0, 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (3 * w + 1):(y + 1) * (3 * w + 1)]
        assert line[0] == 0, "only filter 0"
        rows.append(np.frombuffer(line[1:], np.uint8).reshape(w, 3))
    return np.stack(rows)


def preprocess(img, mean, std):
    t = torch.from_numpy(img.astype(np.float32) / 255.0).permute(2, 0, 1).unsqueeze(0)
    t = F.interpolate(t, size=(224, 224), mode="bilinear", align_corners=False)
    return (t - torch.tensor(mean).view(1, 3, 1, 1)) / torch.tensor(std).view(1, 3, 1, 1)


def save_rows(name, out):
    with open(os.path.join(HERE, name), "w") as f:
        for row in out:
            f.write(" ".join("%.9g" % v for v in row) + "\n")


def refused_graphs():
    x = helper.make_tensor_value_info("input", onnx.TensorProto.FLOAT, ["n", 5, 8])
    y = helper.make_tensor_value_info("output", onnx.TensorProto.FLOAT, ["n", 5, 8])
    w = numpy_helper.from_array(np.eye(8, dtype=np.float32), "w")
    nodes = [helper.make_node("MatMul", ["input", "w"], ["h"], name="proj"),
             helper.make_node("Einsum", ["h", "h"], ["output"], equation="btd,btd->btd", name="mix")]
    m = helper.make_model(helper.make_graph(nodes, "einsum", [x], [y], [w]),
                          opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(m, os.path.join(HERE, "vit_refused_einsum.onnx"))
    scale = numpy_helper.from_array(np.ones(5, np.float32), "scale")
    bias = numpy_helper.from_array(np.zeros(5, np.float32), "bias")
    node = helper.make_node("LayerNormalization", ["input", "scale", "bias"], ["output"], axis=-2,
                            name="token_norm")
    m = helper.make_model(helper.make_graph([node], "ln", [x], [y], [scale, bias]),
                          opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(m, os.path.join(HERE, "vit_refused_layernorm.onnx"))
    m = helper.make_model(helper.make_graph([nodes[0]], "external", [x], [y], [w]),
                          opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(m, os.path.join(HERE, "vit_refused_external.onnx"), save_as_external_data=True,
              all_tensors_to_one_file=True, location="vit_refused_external.onnx.data", size_threshold=0)


def main():
    images = [read_png(os.path.join(HERE, n + ".png")) for n in ("img_a", "img_b", "img_c")]
    dino = genlens_vit.random_dino("tiny:32:2:2", seed=12)
    dino.fix_input_size()
    clip = genlens_vit.random_clip("tiny:32:2:2:16:24", seed=12)
    for name, model, opsets, (mean, std) in (("dino", dino, (13, 17), IMAGENET), ("clip", clip, (14, 17), CLIP)):
        for opset in opsets:
            genlens_vit.export_onnx(model, os.path.join(HERE, f"vit_{name}_op{opset}.onnx"), 2, opset)
        with torch.no_grad():
            save_rows(f"expected_vit_{name}_tensor.txt", model(genlens_vit.check_input(3)).numpy())
            batch = torch.cat([preprocess(i, mean, std) for i in images])
            save_rows(f"expected_vit_{name}_images.txt", model(batch).numpy())
    refused_graphs()


if __name__ == "__main__":
    main()
