#include "onnxfold.h"

#include <genlens/metrics/image/onnxextractor.h>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace genlens::metrics::image {

namespace {

// Operators that OpenCV 4.6's ONNX importer has no layer for and that mark transformer models
// (GELU arrived in 4.8, attention and Einsum in 4.9); LayerNormalization is rewritten
// (onnxfold.cpp) and refused only in the forms the rewrite does not cover.
const std::set<std::string>& transformerOperators()
{
    static const std::set<std::string> ops = {
        "SkipLayerNormalization", "SimplifiedLayerNormalization",
        "Attention", "MultiHeadAttention", "GroupQueryAttention", "RotaryEmbedding",
        "Einsum", "Gelu", "FastGelu", "BiasGelu", "EmbedLayerNormalization"};
    return ops;
}

const onnx::AttributeProto* attribute(const onnx::NodeProto& node, const std::string& name)
{
    for (const auto& a : node.attribute()) {
        if (a.name() == name) {
            return &a;
        }
    }
    return nullptr;
}

// A graph with shape computations (a batch-dependent Reshape target, an expanded class token) or
// transformer compute ops goes through the folding pass; a plain CNN keeps its dynamic batch.
bool needsFolding(const onnx::GraphProto& graph)
{
    static const std::set<std::string> ops = {"Shape", "Size", "Expand", "Tile", "Range",
                                              "ConstantOfShape", "Erf", "LayerNormalization", "MatMul"};
    for (const auto& node : graph.node()) {
        if (ops.count(node.op_type()) != 0) {
            return true;
        }
    }
    return false;
}

std::string nodeLabel(const onnx::NodeProto& node)
{
    return node.name().empty() ? ("producing '" + (node.output_size() ? node.output(0) : "") + "'")
                               : ("'" + node.name() + "'");
}

} // namespace

std::string repairOnnxForOpenCv(const std::string& modelBytes, const std::string& file,
                                OnnxRepairs* repairs, int batch, int height, int width)
{
    onnx::ModelProto model;
    if (!model.ParseFromString(modelBytes)) {
        throw std::invalid_argument(file + ": not an ONNX model (protobuf parse failed)");
    }
    onnx::GraphProto* graph = model.mutable_graph();
    for (const auto& t : graph->initializer()) {
        if (t.data_location() == onnx::TensorProto::EXTERNAL) {
            // Files over protobuf's 2 GB limit (a float32 ViT-g/14 is 4.5 GB) keep their weights
            // beside the .onnx; OpenCV 4.6 reads a model from one buffer only.
            throw std::invalid_argument(file + ": the weight '" + t.name()
                                        + "' is stored in an external data file (a model over "
                                          "2 GB), which OpenCV 4.6 cannot load");
        }
    }
    OnnxRepairs done;
    done.originalProducer = model.producer_name();

    std::int64_t opset = 1;
    for (const auto& o : model.opset_import()) {
        if (o.domain().empty() || o.domain() == "ai.onnx") {
            opset = o.version();
        }
    }

    // (a) Identity on initializers.
    std::set<std::string> initializers;
    for (const auto& t : graph->initializer()) {
        initializers.insert(t.name());
    }
    std::set<std::string> graphOutputs;
    for (const auto& o : graph->output()) {
        graphOutputs.insert(o.name());
    }
    std::map<std::string, std::string> rename;
    for (int i = 0; i < graph->node_size();) {
        const onnx::NodeProto& node = graph->node(i);
        if (node.op_type() == "Identity" && node.input_size() == 1 && node.output_size() == 1
            && initializers.count(node.input(0)) != 0 && graphOutputs.count(node.output(0)) == 0) {
            rename[node.output(0)] = node.input(0);
            graph->mutable_node()->DeleteSubrange(i, 1);
            ++done.identitiesFolded;
            continue;
        }
        ++i;
    }
    if (!rename.empty()) {
        for (auto& node : *graph->mutable_node()) {
            for (auto& input : *node.mutable_input()) {
                auto it = rename.find(input);
                if (it != rename.end()) {
                    input = it->second;
                }
            }
        }
    }

    // (b) Average pooling: make every count_include_pad=1 pool explicit, then rename the producer
    // so that the importer excludes the padding of the remaining pools.
    bool anyPaddedPool = false;
    std::vector<std::pair<int, onnx::NodeProto>> pads;  // insert before node index
    for (int i = 0; i < graph->node_size(); ++i) {
        onnx::NodeProto* node = graph->mutable_node(i);
        if (node->op_type() != "AveragePool") {
            continue;
        }
        const onnx::AttributeProto* cipAttr = attribute(*node, "count_include_pad");
        const bool includePad = cipAttr && cipAttr->i() != 0;
        const onnx::AttributeProto* autoPad = attribute(*node, "auto_pad");
        const std::string autoPadValue = autoPad ? autoPad->s() : "NOTSET";
        const onnx::AttributeProto* padsAttr = attribute(*node, "pads");
        std::vector<std::int64_t> padValues;
        if (padsAttr) {
            padValues.assign(padsAttr->ints().begin(), padsAttr->ints().end());
        }
        const bool padded = std::any_of(padValues.begin(), padValues.end(),
                                        [](std::int64_t v) { return v != 0; })
                            || autoPadValue == "SAME_UPPER" || autoPadValue == "SAME_LOWER";
        if (!padded) {
            continue;
        }
        anyPaddedPool = true;
        if (!includePad) {
            continue;
        }
        if (autoPadValue != "NOTSET" && autoPadValue != "VALID") {
            throw std::invalid_argument(file + ": AveragePool " + nodeLabel(*node)
                                        + " has count_include_pad=1 with auto_pad " + autoPadValue
                                        + ", which OpenCV 4.6 cannot be made to compute exactly");
        }
        // ONNX Pad pads: [x1_begin, x2_begin, ..., x1_end, x2_end, ...] over all axes (N, C first).
        const std::size_t spatial = padValues.size() / 2;
        std::vector<std::int64_t> full(2 * (spatial + 2), 0);
        for (std::size_t k = 0; k < spatial; ++k) {
            full[2 + k] = padValues[k];
            full[spatial + 2 + 2 + k] = padValues[spatial + k];
        }
        const std::string padded0 = node->input(0) + "_genlens_padded_" + std::to_string(i);
        onnx::NodeProto pad;
        pad.set_op_type("Pad");
        pad.set_name(node->name() + "_genlens_pad");
        pad.add_input(node->input(0));
        pad.add_output(padded0);
        auto* mode = pad.add_attribute();
        mode->set_name("mode");
        mode->set_type(onnx::AttributeProto::STRING);
        mode->set_s("constant");
        if (opset >= 11) {
            const std::string padsName = pad.name() + "_pads";
            onnx::TensorProto* t = graph->add_initializer();
            t->set_name(padsName);
            t->set_data_type(onnx::TensorProto::INT64);
            t->add_dims(std::int64_t(full.size()));
            for (std::int64_t v : full) {
                t->add_int64_data(v);
            }
            pad.add_input(padsName);
        } else {
            auto* p = pad.add_attribute();
            p->set_name("pads");
            p->set_type(onnx::AttributeProto::INTS);
            for (std::int64_t v : full) {
                p->add_ints(v);
            }
        }
        node->set_input(0, padded0);
        for (auto& a : *node->mutable_attribute()) {
            if (a.name() == "pads") {
                for (int k = 0; k < a.ints_size(); ++k) {
                    a.set_ints(k, 0);
                }
            } else if (a.name() == "count_include_pad") {
                a.set_i(0);
            }
        }
        pads.emplace_back(i, pad);
        ++done.poolsMadeExplicit;
    }
    if (!pads.empty()) {
        // Rebuild the node list with each Pad right before its pool (topological order kept).
        std::vector<onnx::NodeProto> nodes(graph->node().begin(), graph->node().end());
        graph->clear_node();
        std::size_t next = 0;
        for (int i = 0; i < int(nodes.size()); ++i) {
            while (next < pads.size() && pads[next].first == i) {
                *graph->add_node() = pads[next].second;
                ++next;
            }
            *graph->add_node() = nodes[std::size_t(i)];
        }
    }
    if (anyPaddedPool && model.producer_name() == "pytorch") {
        model.set_producer_name("pytorch (repaired by GenLens for OpenCV)");
        done.producerRenamed = true;
    }

    // (c) Vision transformers: static shapes for a fixed batch, then ops OpenCV 4.6 runs.
    if (needsFolding(*graph)) {
        foldOnnxShapes(model, file, std::max(1, batch), height, width, done);
        done.batchFixed = std::max(1, batch);
        rewriteOnnxForOpenCv(model, file, done);
    }
    for (const auto& node : graph->node()) {
        if (transformerOperators().count(node.op_type()) != 0) {
            throw std::invalid_argument(
                file + ": uses the operator " + node.op_type() + " (node " + nodeLabel(node)
                + "), which OpenCV 4.6's dnn module cannot run and GenLens cannot rewrite; "
                  "use a CNN, a ViT exported by packaging/tools/export_dinov2_onnx.py or "
                  "export_clip_onnx.py, or precomputed .npy features.");
        }
    }

    if (repairs) {
        *repairs = done;
    }
    std::string out;
    if (!model.SerializeToString(&out)) {
        throw std::invalid_argument(file + ": cannot serialize the repaired ONNX model");
    }
    return out;
}

} // namespace genlens::metrics::image
