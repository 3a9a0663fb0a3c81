#!/usr/bin/python3
"""Export a DINOv2 ViT (facebookresearch/dinov2 checkpoint) to the ONNX file GenLens runs.

GenLens cannot download weights: bring your own checkpoint (for example dinov2_vitl14_pretrain.pth,
the plain state dict of the hub model) and run, with Debian's python3-torch and python3-onnx:

    /usr/bin/python3 packaging/tools/export_dinov2_onnx.py \
        --checkpoint dinov2_vitl14_pretrain.pth --out dinov2_vitl14.onnx
    genlens features image --input DIR --extractor onnx:dinov2_vitl14.onnx:dinov2

The size (ViT-S/14, B/14, L/14, g/14 with its SwiGLU FFN, optional register tokens) is read from
the checkpoint's own tensors. The network is genlens_vit.DinoViT (beside this script): DINOv2's
block structure, features = the class token after the final norm (x_norm_clstoken). pos_embed is
resampled once to the 16 x 16 patch grid of a 224 x 224 input exactly as DINOv2's
interpolate_pos_encoding does (bicubic, scale (16 + 0.1) / 37, no antialiasing).

The ONNX model: input "input", float32 N x 3 x 224 x 224 (the resized, ImageNet-normalised image;
the batch axis is dynamic and GenLens fixes it when it loads the model), output "features",
N x dim. Opset 17 by default (LayerNormalization; GenLens rewrites it for OpenCV 4.6), 13 or 14
(LayerNorm already decomposed) also work.

--random-weights --arch vits14|vitb14|vitl14|vitg14 exports the same architecture with random
weights, for tests and speed measurements. --check FILE.npy also writes PyTorch's features for a
deterministic input (see genlens_vit.check_input) next to the model, as FILE.npy.
"""
import argparse
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import genlens_vit  # noqa: E402


def load_state(path):
    state = torch.load(path, map_location="cpu")
    for key in ("teacher", "model", "state_dict"):
        if isinstance(state, dict) and key in state and isinstance(state[key], dict):
            state = state[key]
    prefix = "backbone."
    if any(k.startswith(prefix) for k in state):
        state = {k[len(prefix):]: v for k, v in state.items() if k.startswith(prefix)}
    # Training-only tensors of the hub models.
    return {k: v.float() for k, v in state.items() if k != "mask_token"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--checkpoint", help="DINOv2 state dict (.pth)")
    src.add_argument("--random-weights", action="store_true", help="random weights (tests, benchmarks)")
    ap.add_argument("--arch", default="vitl14", help="with --random-weights: vits14, vitb14, vitl14, vitg14 "
                    "or tiny:DIM:DEPTH:HEADS")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="ONNX file to write")
    ap.add_argument("--opset", type=int, default=17)
    ap.add_argument("--check", help="write PyTorch's features for genlens_vit.check_input() to this .npy")
    args = ap.parse_args()

    if args.checkpoint:
        state = load_state(args.checkpoint)
        dims = genlens_vit.dino_dims(state)
        model = genlens_vit.DinoViT(**dims)
        model.load_state_dict(state, strict=True)
        model.eval()
    else:
        model = genlens_vit.random_dino(args.arch, args.seed)
    model.fix_input_size(genlens_vit.INPUT_SIZE)
    genlens_vit.export_onnx(model, args.out, 2, args.opset)
    print(f"{args.out}: DINOv2 ViT, {sum(p.numel() for p in model.parameters()) / 1e6:.1f} M parameters, "
          f"features {model.norm.weight.shape[0]}-d, opset {args.opset}")
    if args.check:
        with torch.no_grad():
            np.save(args.check, model(genlens_vit.check_input(4)).numpy())


if __name__ == "__main__":
    main()
