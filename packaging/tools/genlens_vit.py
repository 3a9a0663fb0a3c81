"""Vision transformers with DINOv2's and CLIP's image-tower structure, written for GenLens.

No timm, no network: plain torch (Debian's python3-torch 1.13). The parameter names are those of
the reference checkpoints, so a user's own state dict loads with load_state_dict(strict=True):

  DinoViT  - facebookresearch/dinov2 hub models (vit_small/base/large/giant2, patch 14):
             cls_token, pos_embed, [register_tokens], patch_embed.proj.*, blocks.N.{norm1, attn.qkv,
             attn.proj, ls1.gamma, norm2, mlp.fc1 / mlp.fc2 (or SwiGLU mlp.w12 / mlp.w3 for
             ViT-g/14), ls2.gamma}, norm.*. Features: the class token after the final norm.
  ClipViT  - the image tower of openai/CLIP (ViT-B/32, ViT-B/16, ViT-L/14), keys under "visual.":
             conv1.weight, class_embedding, positional_embedding, ln_pre, transformer.resblocks.N.
             {attn.in_proj_weight, attn.in_proj_bias, attn.out_proj, ln_1, mlp.c_fc, mlp.c_proj,
             ln_2}, ln_post, proj. Features: ln_post(class token) @ proj (not L2-normalised: the
             "clip" preset of GenLens normalises).

Sizes come from the state dict itself (dims_from_*), never from a name.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

INPUT_SIZE = 224


# ----------------------------------------------------------------------------------------------
# DINOv2


class LayerScale(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return x * self.gamma


class DinoAttention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        # Shapes read from the tensor, as the reference does: the export then holds shape
        # sub-graphs (Shape/Gather/Concat/Reshape) that GenLens's graph pass folds.
        b, n, c = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, c // self.heads).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        q = q * (c // self.heads) ** -0.5
        attn = (q @ k.transpose(-2, -1)).softmax(dim=-1)
        x = (attn @ v).transpose(1, 2).reshape(b, n, c)
        return self.proj(x)


class DinoMlp(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.fc1 = nn.Linear(dim, hidden)
        self.act = nn.GELU()  # exact (erf) GELU, as DINOv2
        self.fc2 = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class DinoSwiGlu(nn.Module):
    """DINOv2's ViT-g/14 FFN: w3(silu(x W1) * (x W2)) with w12 = [W1; W2]."""

    def __init__(self, dim, hidden):
        super().__init__()
        self.w12 = nn.Linear(dim, 2 * hidden)
        self.w3 = nn.Linear(hidden, dim)

    def forward(self, x):
        x1, x2 = self.w12(x).chunk(2, dim=-1)
        return self.w3(F.silu(x1) * x2)


class DinoBlock(nn.Module):
    def __init__(self, dim, heads, hidden, swiglu):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = DinoAttention(dim, heads)
        self.ls1 = LayerScale(dim)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.mlp = DinoSwiGlu(dim, hidden) if swiglu else DinoMlp(dim, hidden)
        self.ls2 = LayerScale(dim)

    def forward(self, x):
        x = x + self.ls1(self.attn(self.norm1(x)))
        return x + self.ls2(self.mlp(self.norm2(x)))


class DinoViT(nn.Module):
    """DINOv2's ViT; pos_embed is stored at the checkpoint's resolution (37 x 37 + 1 for the hub
    models) and resampled once to the export input by fix_input_size()."""

    def __init__(self, dim, depth, heads, hidden, patch=14, pos_tokens=1370, registers=0, swiglu=False):
        super().__init__()
        self.patch = patch
        self.patch_embed = nn.Module()
        self.patch_embed.proj = nn.Conv2d(3, dim, patch, patch)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos_embed = nn.Parameter(torch.zeros(1, pos_tokens, dim))
        self.registers = registers
        if registers:
            self.register_tokens = nn.Parameter(torch.zeros(1, registers, dim))
        self.blocks = nn.ModuleList(DinoBlock(dim, heads, hidden, swiglu) for _ in range(depth))
        self.norm = nn.LayerNorm(dim, eps=1e-6)

    def fix_input_size(self, size=INPUT_SIZE):
        """DINOv2's interpolate_pos_encoding for a size x size input, done once: the patch grid
        of the checkpoint (sqrt(N) x sqrt(N)) resampled bicubically (no antialiasing) with scale
        (size/patch + 0.1)/sqrt(N), the +0.1 offset of the reference."""
        n = self.pos_embed.shape[1] - 1
        grid = int(round(math.sqrt(n)))
        assert grid * grid == n, "pos_embed does not hold a square patch grid"
        out = size // self.patch
        if out == grid:
            return
        dim = self.pos_embed.shape[2]
        with torch.no_grad():
            cls_pos = self.pos_embed[:, :1]
            patches = self.pos_embed[:, 1:].float().reshape(1, grid, grid, dim).permute(0, 3, 1, 2)
            scale = float((out + 0.1) / grid)
            patches = F.interpolate(patches, scale_factor=(scale, scale), mode="bicubic")
            assert patches.shape[-1] == out and patches.shape[-2] == out
            patches = patches.permute(0, 2, 3, 1).reshape(1, out * out, dim)
            self.pos_embed = nn.Parameter(torch.cat([cls_pos, patches], dim=1))

    def forward(self, x):
        x = self.patch_embed.proj(x).flatten(2).transpose(1, 2)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1)
        x = x + self.pos_embed
        if self.registers:
            x = torch.cat([x[:, :1], self.register_tokens.expand(x.shape[0], -1, -1), x[:, 1:]], dim=1)
        for blk in self.blocks:
            x = blk(x)
        return self.norm(x)[:, 0]


def dino_dims(state):
    """(dim, depth, heads, hidden, patch, pos_tokens, registers, swiglu) from a DINOv2 state dict;
    64 dimensions per head as in every DINOv2 model."""
    dim = state["cls_token"].shape[-1]
    depth = 1 + max(int(k.split(".")[1]) for k in state if k.startswith("blocks."))
    swiglu = "blocks.0.mlp.w12.weight" in state
    hidden = state["blocks.0.mlp.w3.weight"].shape[1] if swiglu else state["blocks.0.mlp.fc1.weight"].shape[0]
    patch = state["patch_embed.proj.weight"].shape[-1]
    registers = state["register_tokens"].shape[1] if "register_tokens" in state else 0
    return dict(dim=dim, depth=depth, heads=max(1, dim // 64), hidden=hidden, patch=patch,
                pos_tokens=state["pos_embed"].shape[1], registers=registers, swiglu=swiglu)


DINO_ARCHS = {
    # name: (dim, depth, heads, hidden, swiglu) of facebookresearch/dinov2's hub models
    "vits14": (384, 12, 6, 1536, False),
    "vitb14": (768, 12, 12, 3072, False),
    "vitl14": (1024, 24, 16, 4096, False),
    "vitg14": (1536, 40, 24, 4096, True),
}


def random_dino(arch, seed=0):
    """A random-weight DINOv2 model of a named size or "tiny:DIM:DEPTH:HEADS" (for tests)."""
    torch.manual_seed(seed)
    if arch.startswith("tiny:"):
        dim, depth, heads = (int(v) for v in arch.split(":")[1:])
        model = DinoViT(dim, depth, heads, 4 * dim)
    else:
        dim, depth, heads, hidden, swiglu = DINO_ARCHS[arch]
        model = DinoViT(dim, depth, heads, hidden, swiglu=swiglu)
    randomize(model)
    return model.eval()


# ----------------------------------------------------------------------------------------------
# CLIP image tower


class QuickGELU(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(1.702 * x)


class ClipBlock(nn.Module):
    def __init__(self, width, heads):
        super().__init__()
        self.attn = nn.MultiheadAttention(width, heads)
        self.ln_1 = nn.LayerNorm(width)
        self.mlp = nn.Sequential()
        self.mlp.add_module("c_fc", nn.Linear(width, 4 * width))
        self.mlp.add_module("gelu", QuickGELU())
        self.mlp.add_module("c_proj", nn.Linear(4 * width, width))
        self.ln_2 = nn.LayerNorm(width)

    def forward(self, x):
        # x: tokens x batch x width (sequence first, as CLIP and nn.MultiheadAttention use).
        y = self.ln_1(x)
        x = x + self.attn(y, y, y, need_weights=False)[0]
        return x + self.mlp(self.ln_2(x))


class ClipVisual(nn.Module):
    def __init__(self, width, layers, heads, patch, grid, output_dim):
        super().__init__()
        self.conv1 = nn.Conv2d(3, width, patch, patch, bias=False)
        self.class_embedding = nn.Parameter(torch.zeros(width))
        self.positional_embedding = nn.Parameter(torch.zeros(grid * grid + 1, width))
        self.ln_pre = nn.LayerNorm(width)
        self.transformer = nn.Module()
        self.transformer.resblocks = nn.Sequential(*[ClipBlock(width, heads) for _ in range(layers)])
        self.ln_post = nn.LayerNorm(width)
        self.proj = nn.Parameter(torch.zeros(width, output_dim))

    def forward(self, x):
        x = self.conv1(x)
        x = x.reshape(x.shape[0], x.shape[1], -1).permute(0, 2, 1)
        cls = self.class_embedding + torch.zeros(x.shape[0], 1, x.shape[-1], dtype=x.dtype)
        x = torch.cat([cls, x], dim=1) + self.positional_embedding
        x = self.ln_pre(x).permute(1, 0, 2)
        x = self.transformer.resblocks(x).permute(1, 0, 2)
        return self.ln_post(x[:, 0, :]) @ self.proj


class ClipImageTower(nn.Module):
    """Holds ClipVisual under the name "visual" so that CLIP's state-dict keys load as they are."""

    def __init__(self, **dims):
        super().__init__()
        self.visual = ClipVisual(**dims)

    def forward(self, x):
        return self.visual(x)


def clip_dims(state):
    """CLIP's own rule (openai/CLIP build_model) on the visual.* keys of a state dict."""
    width = state["visual.conv1.weight"].shape[0]
    layers = len({k.split(".")[3] for k in state
                  if k.startswith("visual.transformer.resblocks.") and k.endswith(".attn.in_proj_weight")})
    patch = state["visual.conv1.weight"].shape[-1]
    grid = round((state["visual.positional_embedding"].shape[0] - 1) ** 0.5)
    return dict(width=width, layers=layers, heads=max(1, width // 64), patch=patch, grid=grid,
                output_dim=state["visual.proj"].shape[1])


CLIP_ARCHS = {
    # name: (width, layers, heads, patch, output_dim) of openai/CLIP's image towers at 224
    "ViT-B/32": (768, 12, 12, 32, 512),
    "ViT-B/16": (768, 12, 12, 16, 512),
    "ViT-L/14": (1024, 24, 16, 14, 768),
}


def random_clip(arch, seed=0):
    """A random-weight CLIP image tower of a named size or "tiny:WIDTH:LAYERS:HEADS:PATCH:OUT"."""
    torch.manual_seed(seed)
    if arch.startswith("tiny:"):
        width, layers, heads, patch, out = (int(v) for v in arch.split(":")[1:])
    else:
        width, layers, heads, patch, out = CLIP_ARCHS[arch]
    model = ClipImageTower(width=width, layers=layers, heads=heads, patch=patch,
                           grid=INPUT_SIZE // patch, output_dim=out)
    randomize(model)
    return model.eval()


# ----------------------------------------------------------------------------------------------


def randomize(model):
    """Weights of a trained network's magnitude (so that layer norms, softmax and GELU are driven
    away from their trivial regions): normal(0, 1/sqrt(fan_in)) matrices, biases normal(0, 0.1),
    embeddings normal(0, 0.5), norm scales in [0.7, 1.3], layer scales in [0.3, 0.7]."""
    embeddings = ("cls_token", "pos_embed", "register_tokens", "visual.class_embedding",
                  "visual.positional_embedding")
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in embeddings:
                p.normal_(0.0, 0.5)
            elif name.endswith("gamma"):
                p.uniform_(0.3, 0.7)
            elif "norm" in name or ".ln" in name:
                if name.endswith("weight"):
                    p.uniform_(0.7, 1.3)
                else:
                    p.normal_(0.0, 0.1)
            elif name == "visual.proj":
                p.normal_(0.0, 1.0 / math.sqrt(p.shape[0]))
            elif p.dim() >= 2:
                p.normal_(0.0, 1.0 / math.sqrt(p[0].numel()))
            else:
                p.normal_(0.0, 0.1)


def export_onnx(model, path, batch, opset):
    """Exports model(x) for x of shape N x 3 x 224 x 224 with a dynamic batch axis named "n"
    (GenLens fixes it, and every shape computation with it, when it loads the model)."""
    x = torch.zeros(batch, 3, INPUT_SIZE, INPUT_SIZE)
    torch.onnx.export(model, x, path, input_names=["input"], output_names=["features"],
                      dynamic_axes={"input": {0: "n"}, "features": {0: "n"}}, opset_version=opset,
                      do_constant_folding=True)


def check_input(n):
    """A deterministic N x 3 x 224 x 224 float32 tensor that GenLens's tests rebuild in C++:
    x[b, c, y, x] = sin(0.01 * (i + 1) * (b + 1)) * 2 with i the flat index within the image."""
    i = torch.arange(3 * INPUT_SIZE * INPUT_SIZE, dtype=torch.float64)
    rows = [torch.sin(0.01 * (i + 1) * (b + 1)) * 2 for b in range(n)]
    return torch.stack(rows).reshape(n, 3, INPUT_SIZE, INPUT_SIZE).float()
