#pragma once

#include <opencv2/core.hpp>

namespace genlens::metrics::image {

// Pillow's bicubic resize of an 8-bit image, `Image.resize((width, height), Image.BICUBIC)`, to
// the last bit (Pillow 9.4, src/libImaging/Resample.c; the formula, written here afresh):
//  - Keys' cubic convolution with a = -0.5 and support 2; on downscaling the kernel is widened by
//    the scale (in/out), which antialiases; on upscaling it keeps support 2;
//  - the output sample j of a pass has its centre at (j + 0.5) * in/out in the input; the taps
//    are the input samples i in [int(centre - support + 0.5), int(centre + support + 0.5)),
//    clamped to the image, weighted by cubic((i - centre + 0.5) / filterscale) and normalised to
//    sum 1;
//  - the weights become integers with 22 fractional bits (rounded half away from zero), each
//    channel is accumulated in 32-bit integers from 2^21 (rounding), shifted back and clipped to
//    0..255;
//  - two passes, horizontal first into an 8-bit intermediate of the rows the vertical pass
//    reads, then vertical; a pass whose size does not change is skipped.
// This is what torchvision's Resize(..., BICUBIC) computes on a PIL image (dgm-eval's DINOv2
// transform, OpenAI CLIP's preprocess). `rgb` is CV_8UC3 (any channel order); returns CV_8UC3.
cv::Mat pilResizeBicubic(const cv::Mat& image, int width, int height);

} // namespace genlens::metrics::image
