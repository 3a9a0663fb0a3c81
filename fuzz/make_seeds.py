#!/usr/bin/python3
"""Writes the seed corpora under fuzz/corpus/<target>/ (small, committed; docs/fuzzing.md).

Run with Debian's python3 (numpy): /usr/bin/python3 fuzz/make_seeds.py
Files found by fuzzing (regressions) live next to these seeds and are kept as they are.
"""
import io
import json
import os
import struct
import zipfile
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def put(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def npy_bytes(a, version=None):
    buf = io.BytesIO()
    if version is None:
        np.save(buf, a)
    else:
        np.lib.format.write_array(buf, a, version=version)
    return buf.getvalue()


def npz_bytes(members, compressed):
    buf = io.BytesIO()
    (np.savez_compressed if compressed else np.savez)(buf, **members)
    return buf.getvalue()


def npy_seeds():
    rng = np.random.default_rng(15)
    f = rng.standard_normal((3, 4))
    put("npy", "f4_3x4.npy", npy_bytes(f.astype("<f4")))
    put("npy", "f8_2x3.npy", npy_bytes(f[:2, :3].astype("<f8")))
    put("npy", "f2_2x2.npy", npy_bytes(f[:2, :2].astype("<f2")))
    put("npy", "f4_be_2x3.npy", npy_bytes(f[:2, :3].astype(">f4")))
    put("npy", "f8_be_nan.npy", npy_bytes(np.array([[1.0, np.nan], [np.inf, 2.0]], ">f8")))
    put("npy", "u1_2x2x2x3.npy", npy_bytes(np.arange(24, dtype="u1").reshape(2, 2, 2, 3)))
    put("npy", "i8_vector.npy", npy_bytes(np.arange(5, dtype="<i8")))
    put("npy", "i8_scalar.npy", npy_bytes(np.array(7, dtype="<i8")))
    put("npy", "f4_0x3.npy", npy_bytes(np.zeros((0, 3), "<f4")))
    put("npy", "f4_v2.npy", npy_bytes(f[:1].astype("<f4"), version=(2, 0)))
    put("npy", "f4_v3.npy", npy_bytes(f[:1].astype("<f4"), version=(3, 0)))
    put("npy", "fortran.npy", npy_bytes(np.asfortranarray(f.astype("<f4"))))
    put("npy", "truncated.npy", npy_bytes(f.astype("<f4"))[:-5])
    put("npy", "i4_refused.npy", npy_bytes(np.arange(4, dtype="<i4")))


def npz_seeds():
    rng = np.random.default_rng(16)
    f = rng.standard_normal((4, 3))
    put("npz", "one_member_stored.npz", npz_bytes({"arr_0": f.astype("<f4")}, False))
    put("npz", "one_member_deflated.npz", npz_bytes({"arr_0": f.astype("<f4")}, True))
    put("npz", "images_u1.npz", npz_bytes({"arr_0": np.arange(2 * 2 * 2 * 3, dtype="u1").reshape(2, 2, 2, 3)}, True))
    # pytorch-fid statistics (mu, sigma) and GenLens's mergeable statistics (n, m2, extractor).
    mu = f.mean(axis=0)
    sigma = np.cov(f, rowvar=False)
    m2 = sigma * (len(f) - 1)
    put("npz", "stats_pytorch_fid.npz", npz_bytes({"mu": mu, "sigma": sigma}, False))
    put("npz", "stats_genlens.npz", npz_bytes({"mu": mu, "sigma": sigma, "n": np.array(4, "<i8"),
                                              "m2": m2, "extractor": np.frombuffer(b"builtin-1", "u1")}, True))
    put("npz", "two_members.npz", npz_bytes({"a": f.astype("<f8"), "b": f[:1].astype(">f4")}, True))
    put("npz", "truncated.npz", npz_bytes({"arr_0": f.astype("<f4")}, True)[:-30])
    put("npz", "empty.npz", npz_bytes({}, False))


def text_seeds():
    put("utf8", "ascii.txt", "The cat sat on the mat.\n")
    put("utf8", "mixed.txt", "naïve café — 東京 😀 \u00a0\u2028end\u3000 ")
    put("utf8", "overlong.bin", b"\xc0\xaf \xe0\x80\xaf")
    put("utf8", "surrogate.bin", b"\xed\xa0\x80 x")
    put("utf8", "above_max.bin", b"\xf4\x90\x80\x80")
    put("utf8", "truncated.bin", b"abc\xe6\x9d")
    lines = [json.dumps({"text": "A cat.", "id": 1}), json.dumps({"text": "東京 is big", "label": "x"}),
             '{"text": 3}', '{"other": "x"}', "not json", "", "   ", json.dumps({"text": "  "}),
             '{"text": "unterminated']
    put("jsonl", "records.jsonl", "\n".join(lines) + "\n")
    put("jsonl", "crlf.jsonl", "\r\n".join(lines[:3]))
    put("jsonl", "cr_only.jsonl", "\r".join(lines[:3]))
    put("jsonl", "bom_utf8.jsonl", b"\xef\xbb\xbf" + (lines[0] + "\n").encode())
    put("jsonl", "utf16le_bom.jsonl", b"\xff\xfe" + (lines[1] + "\n").encode("utf-16-le"))
    put("jsonl", "utf16be_bom.jsonl", b"\xfe\xff" + (lines[1] + "\n").encode("utf-16-be"))
    put("jsonl", "utf32le_bom.jsonl", b"\xff\xfe\x00\x00" + (lines[0] + "\n").encode("utf-32-le"))
    put("jsonl", "binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    put("jsonl", "bad_utf8.jsonl", b'{"text": "caf\xe9"}\n')
    # The tokenizer target: first byte chooses the tokenizer (none, 13a, intl, zh, char), the rest
    # is the segment.
    segments = ["The cat's hat, isn't it? (1,000.5) -- \"quoted\" &amp; &lt;x&gt;",
                "Hello <skipped> world-\nnext line", "東京は大きい。北京欢迎你！ abc 123",
                "¿Qué? «Bonjour» — 5€ + 3$ = ∑; a.b.c", "한국어 텍스트, テスト", "  trailing spaces \t\u3000"]
    for kind in range(5):
        for i, s in enumerate(segments):
            put("tokenizer", f"k{kind}_{i}.txt", bytes([kind]) + s.encode("utf-8"))


def png(w, h, colour_type=2, bit_depth=8, body=None):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    if body is None:
        raw = b"".join(b"\x00" + bytes(w * channels * bit_depth // 8) for _ in range(h))
        body = zlib.compress(raw)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bit_depth, colour_type, 0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))


def jpeg_with_exif(orientation):
    # SOI, APP1 Exif with one IFD entry (Orientation), then an incomplete frame.
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + b"\x00\x00\x00\x00"
    app1 = b"Exif\x00\x00" + tiff
    sof = struct.pack(">BBHBHHB", 0xFF, 0xC0, 17, 8, 4, 4, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    return b"\xff\xd8" + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + sof + b"\xff\xd9"


def bmp(w, h, bpp=24):
    row = ((w * bpp // 8) + 3) // 4 * 4
    pixels = bytes(row * abs(h))
    header = b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54)
    info = struct.pack("<IiiHHIIiiII", 40, w, h, 1, bpp, 0, len(pixels), 2835, 2835, 0, 0)
    return header + info + pixels


def webp_vp8x(w, h):
    payload = b"\x00\x00\x00\x00" + (w - 1).to_bytes(3, "little") + (h - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def image_seeds():
    put("imageheader", "rgb_4x3.png", png(4, 3))
    put("imageheader", "grey16_2x2.png", png(2, 2, colour_type=0, bit_depth=16))
    put("imageheader", "rgba_2x2.png", png(2, 2, colour_type=6))
    put("imageheader", "huge_claim.png", png(100000, 100000, body=zlib.compress(b"\x00" * 16)))
    for o in (1, 6, 8):
        put("imageheader", f"exif_{o}.jpg", jpeg_with_exif(o))
    put("imageheader", "bgr_3x2.bmp", bmp(3, 2))
    put("imageheader", "topdown.bmp", bmp(2, -2))
    put("imageheader", "huge_claim.bmp", bmp(1, 1)[:18] + struct.pack("<ii", 60000, 60000) + bmp(1, 1)[26:])
    put("imageheader", "vp8x_3x3.webp", webp_vp8x(3, 3))
    put("imageheader", "tiff_header.tif", b"II\x2a\x00\x08\x00\x00\x00\x00\x00")


def neighbour(frm, to, dist, rank, fset, tset):
    return struct.pack("<qqdi", frm, to, dist, rank) + bytes([fset, tset]) + b"\x00\x00"


def blob_seeds():
    # The target reads a little-endian int64 count, one kind byte (0 scores, 1 features,
    # 2 neighbours), then the stored blob.
    put("blobs", "scores.bin", struct.pack("<qB", 3, 0) + struct.pack("<3d", 1.5, float("nan"), -2.0))
    put("blobs", "scores_count_mismatch.bin", struct.pack("<qB", 4, 0) + struct.pack("<3d", 1.5, 0.0, -2.0))
    put("blobs", "features.bin", struct.pack("<qB", 2, 1) + struct.pack("<2f", 0.25, 3.0))
    put("blobs", "features_ragged.bin", struct.pack("<qB", 1, 1) + b"\x00\x00\x80")
    put("blobs", "neighbours.bin", struct.pack("<qB", 2, 2) + neighbour(0, 5, 0.5, 0, 1, 0) + neighbour(0, 7, 0.75, 1, 1, 0))
    put("blobs", "neighbours_huge_count.bin", struct.pack("<qB", 1 << 59, 2) + neighbour(0, 5, 0.5, 0, 1, 0))
    put("blobs", "neighbours_negative.bin", struct.pack("<qB", -1, 2))


if __name__ == "__main__":
    npy_seeds()
    npz_seeds()
    text_seeds()
    image_seeds()
    blob_seeds()
