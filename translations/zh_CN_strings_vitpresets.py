# Chinese for the strings added on the vitpresets branch (issue 12: dinov2/clip presets, cmmd,
# fd_dinov2, feature spaces); read by fill_translations.py.
ZH = {
    "Squared MMD with a Gaussian kernel (sigma 10) x 1000, on CLIP embeddings as defined":
        "高斯核（sigma 10）平方 MMD × 1000，按定义在 CLIP 嵌入上计算",
    "Frechet distance between Gaussian fits of real and generated DINOv2 features":
        "真实与生成 DINOv2 特征的高斯拟合之间的 Fréchet 距离",
    "FID (mean and covariance; FD_DINOv2 with DINOv2 features)":
        "FID（均值与协方差；DINOv2 特征下为 FD_DINOv2）",
    "CMMD (Gaussian-kernel MMD; by default only with CLIP features)":
        "CMMD（高斯核 MMD；默认仅在 CLIP 特征下计算）",
    "fd_dinov2 needs DINOv2 features (the dinov2 ONNX preset, or features whose name starts with "
    "\"dinov2\"); the features of this run are %1":
        "fd_dinov2 需要 DINOv2 特征（dinov2 ONNX 预设，或名称以“dinov2”开头的特征）；本次运行的特征为 %1",
    "the features of this run are DINOv2 features (%1): their Fréchet distance is fd_dinov2, not fid":
        "本次运行的特征是 DINOv2 特征（%1）：其 Fréchet 距离为 fd_dinov2，而非 fid",
    "built-in": "内置",
    "ONNX, custom preprocessing": "ONNX，自定义预处理",
    "precomputed": "预先计算",
    "Feature space: %1": "特征空间：%1",
    "Feature space: %1 (%2)": "特征空间：%1（%2）",
    "Feature space of the distances: %1": "距离所在的特征空间：%1",
    "ONNX network (Inception preset: FID as pytorch-fid)": "ONNX 网络（Inception 预设：与 pytorch-fid 相同的 FID）",
    "ONNX network (DINOv2 preset: FD_DINOv2 as dgm-eval)": "ONNX 网络（DINOv2 预设：与 dgm-eval 相同的 FD_DINOv2）",
    "ONNX network (CLIP preset: CMMD)": "ONNX 网络（CLIP 预设：CMMD）",
}
