#!/usr/bin/python3
"""Reference preprocessing of the ONNX presets `dinov2` and `clip` (tests/image/tst_onnx.cpp).

Run with Debian's /usr/bin/python3 (python3-pil 9.4, python3-torchvision 0.14, python3-numpy):

    /usr/bin/python3 tests/data/image/presets/make_preset_fixtures.py

For each input image in_<W>x<H>.png (made here, deterministic) it writes
  dinov2_<W>x<H>.png  the 8-bit image after dgm-eval's DINOv2 resize:
                      torchvision Resize((224, 224), BICUBIC) on the PIL image
  clip_<W>x<H>.png    the 8-bit image after OpenAI CLIP's Resize(224, BICUBIC) + CenterCrop(224)
and expected.txt with, per preset and image, statistics of the normalised float32 tensor the
network receives (ToTensor + Normalize with the preset's mean/std): sum, sum of squares (float64
over the float32 values) and 16 values at fixed (c, y, x) positions.
"""
import os

import numpy as np
import torch
from PIL import Image
from torchvision import transforms as T

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [(37, 53), (301, 199), (225, 224), (224, 225), (512, 384), (90, 60), (224, 224), (7, 300)]
IMAGENET = ((0.485, 0.456, 0.406), (0.229, 0.224, 0.225))
CLIP = ((0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711))
BICUBIC = T.InterpolationMode.BICUBIC
# dgm-eval dgm_eval/models/dinov2.py (clean_resize False, the default)
DINOV2_RESIZE = T.Resize((224, 224), BICUBIC)
# openai/CLIP clip/clip.py _transform(224)
CLIP_RESIZE = T.Compose([T.Resize(224, interpolation=BICUBIC), T.CenterCrop(224)])
POSITIONS = [(c, y, x) for c in range(3) for (y, x) in ((0, 0), (0, 223), (223, 0), (223, 223),
                                                         (111, 112))] + [(1, 57, 201)]


def make_image(w, h, seed):
    """Gradients, hard edges (to overshoot the cubic into clipping) and a patch of noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    img = np.zeros((h, w, 3), np.float64)
    img[..., 0] = 255 * xx / max(1, w - 1)
    img[..., 1] = 255 * yy / max(1, h - 1)
    img[..., 2] = 127.5 + 127.5 * np.sin(xx / 3.0 + yy / 5.0)
    img[(xx // 8 + yy // 8) % 2 == 0] = (0, 255, 0)
    noise = (xx < w / 2) & (yy > h / 2)
    img[noise] = rng.integers(0, 256, size=(int(noise.sum()), 3))
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def summary(tensor):
    values = tensor.numpy().astype(np.float64)
    picks = [float(tensor[c, y, x]) for (c, y, x) in POSITIONS]
    return [values.sum(), (values * values).sum()] + picks


def main():
    lines = ["# preset image sum sumsq v(c,y,x)... at " + " ".join("%d,%d,%d" % p for p in POSITIONS)]
    for i, (w, h) in enumerate(SIZES):
        name = "%dx%d" % (w, h)
        pil = Image.fromarray(make_image(w, h, i))
        pil.save(os.path.join(HERE, "in_%s.png" % name))
        for preset, resize, (mean, std) in (("dinov2", DINOV2_RESIZE, IMAGENET),
                                            ("clip", CLIP_RESIZE, CLIP)):
            out = resize(pil)
            assert out.size == (224, 224)
            out.save(os.path.join(HERE, "%s_%s.png" % (preset, name)))
            tensor = T.Normalize(mean, std)(T.ToTensor()(out))
            assert tensor.dtype == torch.float32
            lines.append("%s %s %s" % (preset, name, " ".join(repr(v) for v in summary(tensor))))
    with open(os.path.join(HERE, "expected.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
