#pragma once

// The vision-transformer part of repairOnnxForOpenCv (issue 12): OpenCV 4.6's ONNX importer runs
// only graphs whose shapes are static and whose compute ops it has layers for.

#include <onnx/onnx_pb.h>
#include <string>

namespace genlens::metrics::image {

struct OnnxRepairs;

// Fixes the batch size (and, when > 0, the height and width) of the graph's image input, then
// evaluates every node whose inputs are all constant (initializers, Constant nodes, Shape of a
// tensor whose shape is static) into an initializer, repeating ONNX shape inference in between,
// until nothing changes: Shape, Gather, Unsqueeze, Squeeze, Concat, Slice, Reshape, Expand, Tile,
// Range, ConstantOfShape, Cast, arithmetic, comparisons, Where, ... Dead nodes and initializers
// are removed. Counts go to `repairs`. Throws std::invalid_argument naming `file` and the node
// when a constant sub-graph cannot be evaluated.
void foldOnnxShapes(onnx::ModelProto& model, const std::string& file, int batch, int height,
                    int width, OnnxRepairs& repairs);

// Rewrites the compute operators that OpenCV 4.6 lacks (or computes wrongly) into ones it runs
// exactly; see docs/image.md, "Vision transformers". Expects a folded graph with static shapes.
void rewriteOnnxForOpenCv(onnx::ModelProto& model, const std::string& file, OnnxRepairs& repairs);

} // namespace genlens::metrics::image
