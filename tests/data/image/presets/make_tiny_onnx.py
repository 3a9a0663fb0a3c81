#!/usr/bin/python3
"""Tiny CNNs with the presets' input/output contract (1x3x224x224 -> 1xD) for the end-to-end tests
of the dinov2 and clip presets (tests/image/tst_onnxpresets.cpp, tests/cli/tst_presetspaces.cpp).

    /usr/bin/python3 tests/data/image/presets/make_tiny_onnx.py

Not vision transformers (those are issue 12's graph pass): the network only stands in for one so
that the preset's preprocessing, the output width check and the L2 normalisation run end to end.
Writes tiny_dinov2.onnx (D = 384, "ViT-S/14" by width), tiny_clip.onnx (D = 512) and
expected_tiny.txt: per preset and input image in_<W>x<H>.png, the features torch computes on the
reference preprocessing (dgm-eval's DINOv2 transform; OpenAI CLIP's transform and
x / x.norm(dim=-1)).
"""
import os

import numpy as np
import torch
from PIL import Image
from torchvision import transforms as T

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = ["37x53", "301x199", "225x224", "224x225", "512x384", "90x60", "224x224", "7x300"]
BICUBIC = T.InterpolationMode.BICUBIC
TRANSFORMS = {
    # dgm-eval dgm_eval/models/dinov2.py
    "dinov2": T.Compose([T.Resize((224, 224), BICUBIC), T.ToTensor(),
                         T.Normalize((0.485, 0.456, 0.406), (0.229, 0.224, 0.225))]),
    # openai/CLIP clip/clip.py _transform(224)
    "clip": T.Compose([T.Resize(224, interpolation=BICUBIC), T.CenterCrop(224), T.ToTensor(),
                       T.Normalize((0.48145466, 0.4578275, 0.40821073),
                                   (0.26862954, 0.26130258, 0.27577711))]),
}
WIDTHS = {"dinov2": 384, "clip": 512}


class Tiny(torch.nn.Module):
    def __init__(self, width):
        super().__init__()
        self.body = torch.nn.Sequential(
            torch.nn.Conv2d(3, 8, 5, stride=4, padding=2), torch.nn.ReLU(),
            torch.nn.Conv2d(8, 16, 3, stride=4, padding=1), torch.nn.ReLU(),
            torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten())
        self.head = torch.nn.Linear(16, width)

    def forward(self, x):
        return self.head(self.body(x))


def main():
    torch.manual_seed(12)
    lines = []
    for preset, width in WIDTHS.items():
        model = Tiny(width).eval()
        torch.onnx.export(model, torch.zeros(1, 3, 224, 224),
                          os.path.join(HERE, "tiny_%s.onnx" % preset), opset_version=13,
                          input_names=["input"], output_names=["features"])
        for size in SIZES:
            image = Image.open(os.path.join(HERE, "in_%s.png" % size)).convert("RGB")
            with torch.no_grad():
                features = model(TRANSFORMS[preset](image).unsqueeze(0))[0]
            if preset == "clip":
                features = features / features.norm(dim=-1, keepdim=True)
            lines.append("%s %s %s" % (preset, size,
                                       " ".join(repr(float(v)) for v in features.numpy())))
    with open(os.path.join(HERE, "expected_tiny.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
