#!/usr/bin/python3
"""Small random-weight ONNX models, input images and PyTorch's outputs for tests/image/tst_onnx.

Run with Debian's interpreter: /usr/bin/python3 tests/data/image/make_onnx_fixtures.py
(python3-torch, python3-onnx, python3-numpy). Writes next to this script:
  img_a.png img_b.png img_c.png  - RGB test images of different sizes
  identity_init.onnx             - a CNN whose Conv weight is read through an Identity node on an
                                   initializer (what PyTorch's exporter emits for shared weights;
                                   OpenCV 4.6 rejects it)
  avgpool_exclude.onnx           - AvgPool2d(3, 1, 1, count_include_pad=False), producer "pytorch"
                                   (OpenCV 4.6 would count the padding because of the producer name)
  avgpool_include.onnx           - the same with count_include_pad=True
  avgpool_mixed.onnx             - both kinds in one graph
  avgpool_attr_include.onnx      - avgpool_include with AveragePool(pads, count_include_pad=1)
  avgpool_attr_mixed.onnx        - avgpool_mixed likewise (expected outputs: the originals')
  layernorm.onnx                 - uses LayerNormalization (opset 17), as vision transformers do
  classifier.onnx                - a 10-class classifier (logits) for the Inception Score test
  expected_<model>.txt           - one line per image: PyTorch's output, flattened, %.9g

Preprocessing that the expected outputs follow (the test configures GenLens the same way):
  image -> float [0, 1] -> F.interpolate(size=(16, 16), mode="bilinear", align_corners=False)
  -> (x - mean) / std per channel with mean = (0.5, 0.4, 0.3), std = (0.25, 0.2, 0.3).
"""
import os

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
SIZE = 16
MEAN = torch.tensor([0.5, 0.4, 0.3]).view(1, 3, 1, 1)
STD = torch.tensor([0.25, 0.2, 0.3]).view(1, 3, 1, 1)


def write_png(path, rgb):
    # Minimal PNG writer (no PIL needed): 8-bit RGB, zlib-compressed rows with filter 0.
    import struct
    import zlib
    h, w, _ = rgb.shape
    raw = b"".join(b"\x00" + rgb[y].astype(np.uint8).tobytes() for y in range(h))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def images():
    rng = np.random.default_rng(7)
    out = []
    for name, (h, w) in (("img_a", (23, 37)), ("img_b", (64, 64)), ("img_c", (50, 20))):
        y, x = np.mgrid[0:h, 0:w]
        base = np.stack([x * 255.0 / w, y * 255.0 / h, 128 + 100 * np.sin(x * 0.5 + y * 0.3)], -1)
        img = np.clip(base + rng.normal(0, 20, base.shape), 0, 255).astype(np.uint8)
        write_png(os.path.join(HERE, name + ".png"), img)
        out.append(img)
    return out


def preprocess(img):
    t = torch.from_numpy(img.astype(np.float32) / 255.0).permute(2, 0, 1).unsqueeze(0)
    t = F.interpolate(t, size=(SIZE, SIZE), mode="bilinear", align_corners=False)
    return (t - MEAN) / STD


class Small(nn.Module):
    def __init__(self, pools=()):
        super().__init__()
        self.c1 = nn.Conv2d(3, 6, 3, padding=1)
        self.pools = nn.ModuleList(nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=p) for p in pools)
        self.c2 = nn.Conv2d(6, 4, 3, padding=1, stride=2)

    def forward(self, x):
        x = F.relu(self.c1(x))
        for p in self.pools:
            x = p(x)
        return torch.flatten(F.relu(self.c2(x)), 1)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8 * 4 * 4, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.c1(x)), 4)
        return self.fc(torch.flatten(x, 1)) * 3.0


def export(model, name, batch):
    path = os.path.join(HERE, name + ".onnx")
    torch.onnx.export(model, batch, path, input_names=["input"], output_names=["output"],
                      dynamic_axes={"input": {0: "n"}, "output": {0: "n"}}, opset_version=11,
                      do_constant_folding=True)
    return path


def fuse_pads(m):
    """Pad(constant 0) -> AveragePool becomes AveragePool(pads=..., count_include_pad=1)."""
    producers = {o: n for n in m.graph.node for o in n.output}
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    for pool in [n for n in m.graph.node if n.op_type == "AveragePool"]:
        pad = producers.get(pool.input[0])
        if pad is None or pad.op_type != "Pad":
            continue
        pads = inits.get(pad.input[1])
        if pads is None:
            const = producers[pad.input[1]]
            pads = numpy_helper.to_array(const.attribute[0].t)
        pads = [int(v) for v in pads]
        rank = len(pads) // 2
        assert pads[0] == pads[1] == pads[rank] == pads[rank + 1] == 0, pads
        spatial = pads[2:rank] + pads[rank + 2:]
        pool.input[0] = pad.input[0]
        for a in pool.attribute:
            if a.name == "pads":
                del a.ints[:]
                a.ints.extend(spatial)
        pool.attribute.append(helper.make_attribute("count_include_pad", 1))
        m.graph.node.remove(pad)
    # Drop now unused Constant nodes.
    used = {i for n in m.graph.node for i in n.input}
    for n in [n for n in m.graph.node if n.op_type == "Constant" and n.output[0] not in used]:
        m.graph.node.remove(n)


def save_expected(name, out):
    with open(os.path.join(HERE, "expected_" + name + ".txt"), "w") as f:
        for row in out.reshape(out.shape[0], -1):
            f.write(" ".join("%.9g" % v for v in row) + "\n")


def main():
    torch.manual_seed(20261125)
    batch = torch.cat([preprocess(i) for i in images()])

    # (a) Identity on an initializer: route c2's weight through an Identity node.
    model = Small().eval()
    with torch.no_grad():
        save_expected("identity_init", model(batch).numpy())
    path = export(model, "identity_init", batch)
    m = onnx.load(path)
    conv2 = [n for n in m.graph.node if n.op_type == "Conv"][1]
    weight = conv2.input[1]
    assert weight in {i.name for i in m.graph.initializer}
    m.graph.node.insert(0, helper.make_node("Identity", [weight], [weight + "_identity"], name="IdentityOnInit"))
    conv2.input[1] = weight + "_identity"
    onnx.checker.check_model(m)
    onnx.save(m, path)

    # (b) Average pooling with and without padding counted; producer name stays "pytorch".
    for name, pools in (("avgpool_exclude", (False,)), ("avgpool_include", (True,)),
                        ("avgpool_mixed", (False, True))):
        model = Small(pools).eval()
        with torch.no_grad():
            save_expected(name, model(batch).numpy())
        m = onnx.load(export(model, name, batch))
        assert m.producer_name == "pytorch", m.producer_name
        # PyTorch 1.13 (opset 11) writes count_include_pad=False as AveragePool(pads) without the
        # attribute (default 0) and count_include_pad=True as Pad + AveragePool.
        ops = [n.op_type for n in m.graph.node if n.op_type in ("Pad", "AveragePool")]
        assert ops.count("AveragePool") == len(pools) and ops.count("Pad") == sum(pools), ops

    # The same pools written the other way ONNX allows: AveragePool(pads, count_include_pad=1)
    # instead of PyTorch's Pad + AveragePool (what other exporters write); same outputs.
    for name in ("avgpool_include", "avgpool_mixed"):
        m = onnx.load(os.path.join(HERE, name + ".onnx"))
        fuse_pads(m)
        onnx.checker.check_model(m)
        onnx.save(m, os.path.join(HERE, name.replace("avgpool_", "avgpool_attr_") + ".onnx"))

    # A classifier for the Inception Score.
    model = Classifier().eval()
    with torch.no_grad():
        save_expected("classifier", model(batch).numpy())
    export(model, "classifier", batch)

    # A graph with LayerNormalization (opset 17), as exported vision transformers have.
    x = helper.make_tensor_value_info("input", onnx.TensorProto.FLOAT, ["n", 3, SIZE, SIZE])
    y = helper.make_tensor_value_info("output", onnx.TensorProto.FLOAT, ["n", 3, SIZE, SIZE])
    scale = numpy_helper.from_array(np.ones(SIZE, np.float32), "scale")
    bias = numpy_helper.from_array(np.zeros(SIZE, np.float32), "bias")
    node = helper.make_node("LayerNormalization", ["input", "scale", "bias"], ["output"], axis=-1)
    graph = helper.make_graph([node], "ln", [x], [y], [scale, bias])
    m = helper.make_model(graph, producer_name="pytorch", opset_imports=[helper.make_opsetid("", 17)])
    onnx.save(m, os.path.join(HERE, "layernorm.onnx"))


if __name__ == "__main__":
    main()
