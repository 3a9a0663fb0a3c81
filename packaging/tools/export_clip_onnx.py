#!/usr/bin/python3
"""Export the image tower of an OpenAI CLIP checkpoint to the ONNX file GenLens runs.

GenLens cannot download weights: bring your own checkpoint (OpenAI's ViT-B-32.pt / ViT-L-14.pt,
TorchScript archives, or a plain state dict with the "visual." keys) and run, with Debian's
python3-torch and python3-onnx:

    /usr/bin/python3 packaging/tools/export_clip_onnx.py --checkpoint ViT-L-14.pt --out clip_vitl14.onnx
    genlens features image --input DIR --extractor onnx:clip_vitl14.onnx:clip

The size (ViT-B/32, B/16, L/14 at 224) is read from the checkpoint's own tensors (CLIP's
build_model rule). The network is genlens_vit.ClipVisual (beside this script): conv1 without bias,
class_embedding, positional_embedding, ln_pre, residual attention blocks with QuickGELU, ln_post on
the class token, @ proj. Its output is the projected image embedding, NOT L2-normalised (the
"clip" preset normalises it).

The ONNX model: input "input", float32 N x 3 x 224 x 224 (the resized, centre-cropped image with
CLIP's mean/std; dynamic batch axis, fixed by GenLens when it loads the model), output "features",
N x output_dim. Opset 17 by default; 13 and 14 also work.

--random-weights --arch ViT-B/32|ViT-B/16|ViT-L/14 exports the same structure with random weights
(tests, speed measurements). --check FILE.npy writes PyTorch's output for genlens_vit.check_input().
"""
import argparse
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genlens_vit  # noqa: E402


def load_state(path):
    try:
        state = torch.jit.load(path, map_location="cpu").state_dict()
    except RuntimeError:
        state = torch.load(path, map_location="cpu")
        if isinstance(state, dict) and "state_dict" in state:
            state = state["state_dict"]
    return {k: v.float() for k, v in state.items() if k.startswith("visual.")}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--checkpoint", help="CLIP checkpoint (.pt TorchScript archive or state dict)")
    src.add_argument("--random-weights", action="store_true", help="random weights (tests, benchmarks)")
    ap.add_argument("--arch", default="ViT-L/14", help="with --random-weights: ViT-B/32, ViT-B/16, ViT-L/14 "
                    "or tiny:WIDTH:LAYERS:HEADS:PATCH:OUT")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="ONNX file to write")
    ap.add_argument("--opset", type=int, default=17)
    ap.add_argument("--check", help="write PyTorch's features for genlens_vit.check_input() to this .npy")
    args = ap.parse_args()

    if args.checkpoint:
        state = load_state(args.checkpoint)
        dims = genlens_vit.clip_dims(state)
        if dims["grid"] * dims["patch"] != genlens_vit.INPUT_SIZE:
            sys.exit(f"{args.checkpoint}: the image tower's input is {dims['grid'] * dims['patch']} pixels, "
                     f"GenLens's clip preset uses {genlens_vit.INPUT_SIZE}")
        model = genlens_vit.ClipImageTower(**dims)
        model.load_state_dict(state, strict=True)
        model.eval()
    else:
        model = genlens_vit.random_clip(args.arch, args.seed)
    genlens_vit.export_onnx(model, args.out, 2, args.opset)
    print(f"{args.out}: CLIP image tower, {sum(p.numel() for p in model.parameters()) / 1e6:.1f} M parameters, "
          f"embedding {model.visual.proj.shape[1]}-d, opset {args.opset}")
    if args.check:
        with torch.no_grad():
            np.save(args.check, model(genlens_vit.check_input(4)).numpy())


if __name__ == "__main__":
    main()
