#include "onnxfold.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <genlens/metrics/image/onnxextractor.h>
#include <map>
#include <numeric>
#include <onnx/defs/schema.h>
#include <onnx/shape_inference/implementation.h>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace genlens::metrics::image {

namespace {

// A constant folded into an initializer may be at most this large (elements): shape tensors are
// tiny; the largest legitimate one is a class token expanded to the batch size.
constexpr std::int64_t kMaxFoldedElements = std::int64_t(1) << 24;

// A constant tensor while folding. Values are held as double: every integer a shape computation
// holds is exact in it, and a float32 operation computed in double and rounded once is the
// float32 operation (for +, -, *, /, sqrt).
struct Tensor
{
    std::int32_t type = onnx::TensorProto::FLOAT;
    std::vector<std::int64_t> dims;
    std::vector<double> v;

    std::int64_t size() const
    {
        return std::accumulate(dims.begin(), dims.end(), std::int64_t(1), std::multiplies<>());
    }
};

bool isIntegerType(std::int32_t t)
{
    return t == onnx::TensorProto::INT64 || t == onnx::TensorProto::INT32
        || t == onnx::TensorProto::INT8 || t == onnx::TensorProto::UINT8
        || t == onnx::TensorProto::INT16 || t == onnx::TensorProto::UINT16
        || t == onnx::TensorProto::UINT32 || t == onnx::TensorProto::UINT64
        || t == onnx::TensorProto::BOOL;
}

double roundToType(double x, std::int32_t t)
{
    switch (t) {
    case onnx::TensorProto::FLOAT:
        return double(float(x));
    case onnx::TensorProto::DOUBLE:
        return x;
    case onnx::TensorProto::BOOL:
        return x != 0.0 ? 1.0 : 0.0;
    default:
        return std::trunc(x);
    }
}

std::string nodeName(const onnx::NodeProto& node)
{
    return node.name().empty() ? ("producing '" + (node.output_size() ? node.output(0) : "") + "'")
                               : ("'" + node.name() + "'");
}

[[noreturn]] void fail(const std::string& file, const onnx::NodeProto& node, const std::string& why)
{
    throw std::invalid_argument(file + ": cannot evaluate the constant " + node.op_type()
                                + " (node " + nodeName(node) + "): " + why);
}

template<typename T> void readRaw(const std::string& raw, std::vector<double>& out)
{
    const std::size_t n = raw.size() / sizeof(T);
    out.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        T x;
        std::memcpy(&x, raw.data() + i * sizeof(T), sizeof(T));
        out[i] = double(x);
    }
}

std::optional<Tensor> fromProto(const onnx::TensorProto& p)
{
    if (p.data_location() == onnx::TensorProto::EXTERNAL) {
        return std::nullopt;
    }
    Tensor t;
    t.type = p.data_type();
    t.dims.assign(p.dims().begin(), p.dims().end());
    const std::string& raw = p.raw_data();
    switch (t.type) {
    case onnx::TensorProto::FLOAT:
        if (!raw.empty()) {
            readRaw<float>(raw, t.v);
        } else {
            t.v.assign(p.float_data().begin(), p.float_data().end());
        }
        break;
    case onnx::TensorProto::DOUBLE:
        if (!raw.empty()) {
            readRaw<double>(raw, t.v);
        } else {
            t.v.assign(p.double_data().begin(), p.double_data().end());
        }
        break;
    case onnx::TensorProto::INT64:
        if (!raw.empty()) {
            readRaw<std::int64_t>(raw, t.v);
        } else {
            t.v.assign(p.int64_data().begin(), p.int64_data().end());
        }
        break;
    case onnx::TensorProto::INT32:
        if (!raw.empty()) {
            readRaw<std::int32_t>(raw, t.v);
        } else {
            t.v.assign(p.int32_data().begin(), p.int32_data().end());
        }
        break;
    case onnx::TensorProto::BOOL:
    case onnx::TensorProto::UINT8:
        if (!raw.empty()) {
            readRaw<std::uint8_t>(raw, t.v);
        } else {
            t.v.assign(p.int32_data().begin(), p.int32_data().end());
        }
        break;
    case onnx::TensorProto::INT8:
        if (!raw.empty()) {
            readRaw<std::int8_t>(raw, t.v);
        } else {
            t.v.assign(p.int32_data().begin(), p.int32_data().end());
        }
        break;
    default:
        return std::nullopt;
    }
    if (std::int64_t(t.v.size()) != t.size()) {
        return std::nullopt;
    }
    return t;
}

template<typename T> void writeRaw(const std::vector<double>& v, onnx::TensorProto& p)
{
    std::string raw(v.size() * sizeof(T), '\0');
    for (std::size_t i = 0; i < v.size(); ++i) {
        const T x = T(v[i]);
        std::memcpy(&raw[i * sizeof(T)], &x, sizeof(T));
    }
    p.set_raw_data(raw);
}

onnx::TensorProto toProto(const Tensor& t, const std::string& name)
{
    onnx::TensorProto p;
    p.set_name(name);
    p.set_data_type(t.type);
    for (std::int64_t d : t.dims) {
        p.add_dims(d);
    }
    switch (t.type) {
    case onnx::TensorProto::FLOAT:
        writeRaw<float>(t.v, p);
        break;
    case onnx::TensorProto::DOUBLE:
        writeRaw<double>(t.v, p);
        break;
    case onnx::TensorProto::INT64:
        writeRaw<std::int64_t>(t.v, p);
        break;
    case onnx::TensorProto::INT32:
        writeRaw<std::int32_t>(t.v, p);
        break;
    case onnx::TensorProto::INT8:
        writeRaw<std::int8_t>(t.v, p);
        break;
    default: // BOOL, UINT8
        writeRaw<std::uint8_t>(t.v, p);
        break;
    }
    return p;
}

const onnx::AttributeProto* attr(const onnx::NodeProto& node, const std::string& name)
{
    for (const auto& a : node.attribute()) {
        if (a.name() == name) {
            return &a;
        }
    }
    return nullptr;
}

std::int64_t attrInt(const onnx::NodeProto& node, const std::string& name, std::int64_t fallback)
{
    const onnx::AttributeProto* a = attr(node, name);
    return a ? a->i() : fallback;
}

std::vector<std::int64_t> strides(const std::vector<std::int64_t>& dims)
{
    std::vector<std::int64_t> s(dims.size(), 1);
    for (int i = int(dims.size()) - 2; i >= 0; --i) {
        s[std::size_t(i)] = s[std::size_t(i) + 1] * dims[std::size_t(i) + 1];
    }
    return s;
}

std::int64_t normAxis(std::int64_t axis, std::size_t rank)
{
    return axis < 0 ? axis + std::int64_t(rank) : axis;
}

std::vector<std::int64_t> toInts(const Tensor& t)
{
    std::vector<std::int64_t> r;
    r.reserve(t.v.size());
    for (double x : t.v) {
        r.push_back(std::int64_t(x));
    }
    return r;
}

// numpy broadcasting of any number of inputs.
std::vector<std::int64_t> broadcastDims(const std::vector<const Tensor*>& ins)
{
    std::size_t rank = 0;
    for (const Tensor* t : ins) {
        rank = std::max(rank, t->dims.size());
    }
    std::vector<std::int64_t> out(rank, 1);
    for (const Tensor* t : ins) {
        const std::size_t off = rank - t->dims.size();
        for (std::size_t i = 0; i < t->dims.size(); ++i) {
            const std::int64_t d = t->dims[i];
            if (d == out[off + i] || d == 1) {
                continue;
            }
            if (out[off + i] != 1) {
                throw std::invalid_argument("shapes do not broadcast");
            }
            out[off + i] = d;
        }
    }
    return out;
}

// Index of the element of `t` that broadcasts to the flat position `flat` of `outDims`.
std::int64_t broadcastIndex(const Tensor& t, const std::vector<std::int64_t>& outDims,
                            std::int64_t flat)
{
    const std::size_t off = outDims.size() - t.dims.size();
    std::int64_t idx = 0, stride = 1;
    for (int i = int(outDims.size()) - 1; i >= 0; --i) {
        const std::int64_t coord = flat % outDims[std::size_t(i)];
        flat /= outDims[std::size_t(i)];
        if (std::size_t(i) >= off) {
            const std::int64_t d = t.dims[std::size_t(i) - off];
            idx += (d == 1 ? 0 : coord) * stride;
            stride *= d;
        }
    }
    return idx;
}

Tensor elementwise(const std::vector<const Tensor*>& ins, std::int32_t type,
                   const std::function<double(const std::vector<double>&)>& f)
{
    Tensor out;
    out.type = type;
    out.dims = broadcastDims(ins);
    const std::int64_t n = out.size();
    if (n > kMaxFoldedElements) {
        throw std::invalid_argument("result too large to fold");
    }
    out.v.resize(std::size_t(n));
    std::vector<double> args(ins.size());
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < ins.size(); ++k) {
            args[k] = ins[k]->v[std::size_t(broadcastIndex(*ins[k], out.dims, i))];
        }
        out.v[std::size_t(i)] = roundToType(f(args), type);
    }
    return out;
}

Tensor reshaped(Tensor t, std::vector<std::int64_t> dims)
{
    t.dims = std::move(dims);
    return t;
}

// Evaluates one node on constant inputs (an absent optional input is nullptr). Returns nullopt for
// an operator that is not folded (its node stays in the graph).
std::optional<std::vector<Tensor>>
evaluate(const onnx::NodeProto& node, const std::vector<const Tensor*>& in, std::int64_t opset)
{
    const std::string& op = node.op_type();
    auto input = [&](std::size_t i) -> const Tensor& {
        if (i >= in.size() || !in[i]) {
            throw std::invalid_argument("missing input " + std::to_string(i));
        }
        return *in[i];
    };
    auto single = [](Tensor t) {
        return std::optional<std::vector<Tensor>>(std::vector<Tensor> {std::move(t)});
    };

    if (op == "Identity") {
        return single(input(0));
    }
    if (op == "Cast") {
        Tensor t = input(0);
        t.type = std::int32_t(attrInt(node, "to", onnx::TensorProto::FLOAT));
        for (double& x : t.v) {
            x = roundToType(x, t.type);
        }
        return single(t);
    }
    if (op == "Unsqueeze" || op == "Squeeze") {
        const Tensor& x = input(0);
        std::vector<std::int64_t> axes;
        if (opset >= 13) {
            if (in.size() > 1 && in[1]) {
                axes = toInts(*in[1]);
            }
        } else if (const onnx::AttributeProto* a = attr(node, "axes")) {
            axes.assign(a->ints().begin(), a->ints().end());
        }
        std::vector<std::int64_t> dims;
        if (op == "Unsqueeze") {
            const std::size_t rank = x.dims.size() + axes.size();
            std::set<std::int64_t> at;
            for (std::int64_t a : axes) {
                at.insert(normAxis(a, rank));
            }
            std::size_t k = 0;
            for (std::size_t i = 0; i < rank; ++i) {
                dims.push_back(at.count(std::int64_t(i)) ? 1 : x.dims[k++]);
            }
        } else {
            std::set<std::int64_t> at;
            for (std::int64_t a : axes) {
                at.insert(normAxis(a, x.dims.size()));
            }
            for (std::size_t i = 0; i < x.dims.size(); ++i) {
                const bool drop = axes.empty() ? x.dims[i] == 1 : at.count(std::int64_t(i)) != 0;
                if (!drop) {
                    dims.push_back(x.dims[i]);
                }
            }
        }
        return single(reshaped(x, dims));
    }
    if (op == "Flatten") {
        const Tensor& x = input(0);
        const std::int64_t axis = normAxis(attrInt(node, "axis", 1), x.dims.size());
        std::int64_t a = 1;
        for (std::int64_t i = 0; i < axis; ++i) {
            a *= x.dims[std::size_t(i)];
        }
        return single(reshaped(x, {a, x.size() / std::max<std::int64_t>(a, 1)}));
    }
    if (op == "Reshape") {
        const Tensor& x = input(0);
        const std::vector<std::int64_t> shape = toInts(input(1));
        const bool allowZero = attrInt(node, "allowzero", 0) != 0;
        std::vector<std::int64_t> dims(shape.size());
        std::int64_t known = 1;
        int minusOne = -1;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            if (shape[i] == 0 && !allowZero) {
                dims[i] = x.dims.at(i);
            } else if (shape[i] == -1) {
                minusOne = int(i);
                continue;
            } else {
                dims[i] = shape[i];
            }
            known *= dims[i];
        }
        if (minusOne >= 0) {
            dims[std::size_t(minusOne)] = known ? x.size() / known : 0;
        }
        Tensor t = reshaped(x, dims);
        if (t.size() != x.size()) {
            throw std::invalid_argument("Reshape changes the number of elements");
        }
        return single(t);
    }
    if (op == "Shape") {
        // The input's dims come in as a tensor whose dims are the shape (see foldOnnxShapes).
        const Tensor& x = input(0);
        std::int64_t rank = std::int64_t(x.dims.size());
        std::int64_t start = attrInt(node, "start", 0), end = attrInt(node, "end", rank);
        start = std::clamp(start < 0 ? start + rank : start, std::int64_t(0), rank);
        end = std::clamp(end < 0 ? end + rank : end, std::int64_t(0), rank);
        Tensor t;
        t.type = onnx::TensorProto::INT64;
        for (std::int64_t i = start; i < end; ++i) {
            t.v.push_back(double(x.dims[std::size_t(i)]));
        }
        t.dims = {std::int64_t(t.v.size())};
        return single(t);
    }
    if (op == "Size") {
        Tensor t;
        t.type = onnx::TensorProto::INT64;
        t.v = {double(input(0).size())};
        return single(t);
    }
    if (op == "Gather") {
        const Tensor& x = input(0);
        const Tensor& idx = input(1);
        const std::int64_t axis = normAxis(attrInt(node, "axis", 0), x.dims.size());
        Tensor t;
        t.type = x.type;
        std::int64_t outer = 1, inner = 1;
        for (std::int64_t i = 0; i < axis; ++i) {
            outer *= x.dims[std::size_t(i)];
        }
        for (std::size_t i = std::size_t(axis) + 1; i < x.dims.size(); ++i) {
            inner *= x.dims[i];
        }
        const std::int64_t n = x.dims[std::size_t(axis)];
        t.dims.assign(x.dims.begin(), x.dims.begin() + axis);
        t.dims.insert(t.dims.end(), idx.dims.begin(), idx.dims.end());
        t.dims.insert(t.dims.end(), x.dims.begin() + axis + 1, x.dims.end());
        for (std::int64_t o = 0; o < outer; ++o) {
            for (double id : idx.v) {
                std::int64_t j = std::int64_t(id);
                j = j < 0 ? j + n : j;
                if (j < 0 || j >= n) {
                    throw std::invalid_argument("Gather index out of range");
                }
                for (std::int64_t k = 0; k < inner; ++k) {
                    t.v.push_back(x.v[std::size_t((o * n + j) * inner + k)]);
                }
            }
        }
        return single(t);
    }
    if (op == "Concat") {
        std::vector<const Tensor*> parts;
        for (const Tensor* t : in) {
            if (t) {
                parts.push_back(t);
            }
        }
        const Tensor& first = *parts.at(0);
        const std::int64_t axis = normAxis(attrInt(node, "axis", 0), first.dims.size());
        Tensor t;
        t.type = first.type;
        t.dims = first.dims;
        t.dims[std::size_t(axis)] = 0;
        std::int64_t outer = 1;
        for (std::int64_t i = 0; i < axis; ++i) {
            outer *= first.dims[std::size_t(i)];
        }
        for (const Tensor* p : parts) {
            t.dims[std::size_t(axis)] += p->dims.at(std::size_t(axis));
        }
        for (std::int64_t o = 0; o < outer; ++o) {
            for (const Tensor* p : parts) {
                const std::int64_t chunk = p->size() / std::max<std::int64_t>(outer, 1);
                t.v.insert(t.v.end(), p->v.begin() + o * chunk, p->v.begin() + (o + 1) * chunk);
            }
        }
        return single(t);
    }
    if (op == "Slice") {
        const Tensor& x = input(0);
        std::vector<std::int64_t> starts, ends, axes, steps;
        if (opset >= 10) {
            starts = toInts(input(1));
            ends = toInts(input(2));
            if (in.size() > 3 && in[3]) {
                axes = toInts(*in[3]);
            }
            if (in.size() > 4 && in[4]) {
                steps = toInts(*in[4]);
            }
        } else {
            const onnx::AttributeProto* s = attr(node, "starts");
            const onnx::AttributeProto* e = attr(node, "ends");
            const onnx::AttributeProto* a = attr(node, "axes");
            if (!s || !e) {
                throw std::invalid_argument("Slice without starts/ends");
            }
            starts.assign(s->ints().begin(), s->ints().end());
            ends.assign(e->ints().begin(), e->ints().end());
            if (a) {
                axes.assign(a->ints().begin(), a->ints().end());
            }
        }
        const std::size_t rank = x.dims.size();
        if (axes.empty()) {
            for (std::size_t i = 0; i < starts.size(); ++i) {
                axes.push_back(std::int64_t(i));
            }
        }
        steps.resize(starts.size(), 1);
        std::vector<std::int64_t> b(rank, 0), st(rank, 1), cnt(x.dims);
        for (std::size_t k = 0; k < starts.size(); ++k) {
            const std::size_t a = std::size_t(normAxis(axes[k], rank));
            const std::int64_t d = x.dims[a];
            const std::int64_t step = steps[k];
            if (step == 0) {
                throw std::invalid_argument("Slice step 0");
            }
            std::int64_t s = starts[k] < 0 ? starts[k] + d : starts[k];
            std::int64_t e = ends[k] < 0 ? ends[k] + d : ends[k];
            if (step > 0) {
                s = std::clamp(s, std::int64_t(0), d);
                e = std::clamp(e, std::int64_t(0), d);
                cnt[a] = std::max<std::int64_t>(0, (e - s + step - 1) / step);
            } else {
                s = std::clamp(s, std::int64_t(-1), d - 1);
                e = std::clamp(e, std::int64_t(-1), d - 1);
                cnt[a] = std::max<std::int64_t>(0, (s - e + (-step) - 1) / (-step));
            }
            b[a] = s;
            st[a] = step;
        }
        Tensor t;
        t.type = x.type;
        t.dims = cnt;
        const std::vector<std::int64_t> xs = strides(x.dims);
        const std::int64_t n = t.size();
        for (std::int64_t i = 0; i < n; ++i) {
            std::int64_t rest = i, src = 0;
            for (int k = int(rank) - 1; k >= 0; --k) {
                const std::int64_t c = rest % cnt[std::size_t(k)];
                rest /= cnt[std::size_t(k)];
                src += (b[std::size_t(k)] + c * st[std::size_t(k)]) * xs[std::size_t(k)];
            }
            t.v.push_back(x.v[std::size_t(src)]);
        }
        return single(t);
    }
    if (op == "Expand") {
        const Tensor& x = input(0);
        Tensor target;
        target.dims = toInts(input(1));
        const Tensor* both[2] = {&x, &target};
        Tensor t;
        t.type = x.type;
        t.dims = broadcastDims({both[0], both[1]});
        if (t.size() > kMaxFoldedElements) {
            throw std::invalid_argument("result too large to fold");
        }
        for (std::int64_t i = 0; i < t.size(); ++i) {
            t.v.push_back(x.v[std::size_t(broadcastIndex(x, t.dims, i))]);
        }
        return single(t);
    }
    if (op == "Tile") {
        const Tensor& x = input(0);
        const std::vector<std::int64_t> reps = toInts(input(1));
        Tensor t;
        t.type = x.type;
        t.dims = x.dims;
        for (std::size_t i = 0; i < t.dims.size(); ++i) {
            t.dims[i] *= reps.at(i);
        }
        if (t.size() > kMaxFoldedElements) {
            throw std::invalid_argument("result too large to fold");
        }
        const std::vector<std::int64_t> xs = strides(x.dims);
        for (std::int64_t i = 0; i < t.size(); ++i) {
            std::int64_t rest = i, src = 0;
            for (int k = int(t.dims.size()) - 1; k >= 0; --k) {
                const std::int64_t c = rest % t.dims[std::size_t(k)];
                rest /= t.dims[std::size_t(k)];
                src += (c % x.dims[std::size_t(k)]) * xs[std::size_t(k)];
            }
            t.v.push_back(x.v[std::size_t(src)]);
        }
        return single(t);
    }
    if (op == "Range") {
        const double start = input(0).v.at(0), limit = input(1).v.at(0), delta = input(2).v.at(0);
        if (delta == 0) {
            throw std::invalid_argument("Range delta 0");
        }
        Tensor t;
        t.type = input(0).type;
        const std::int64_t n
            = std::max<std::int64_t>(0, std::int64_t(std::ceil((limit - start) / delta)));
        if (n > kMaxFoldedElements) {
            throw std::invalid_argument("result too large to fold");
        }
        for (std::int64_t i = 0; i < n; ++i) {
            t.v.push_back(roundToType(start + double(i) * delta, t.type));
        }
        t.dims = {n};
        return single(t);
    }
    if (op == "ConstantOfShape") {
        Tensor t;
        t.dims = toInts(input(0));
        t.type = onnx::TensorProto::FLOAT;
        double value = 0.0;
        if (const onnx::AttributeProto* a = attr(node, "value")) {
            const std::optional<Tensor> v = fromProto(a->t());
            if (!v || v->v.empty()) {
                throw std::invalid_argument("unreadable value");
            }
            t.type = v->type;
            value = v->v[0];
        }
        if (t.size() > kMaxFoldedElements) {
            throw std::invalid_argument("result too large to fold");
        }
        t.v.assign(std::size_t(t.size()), value);
        return single(t);
    }
    if (op == "Transpose") {
        const Tensor& x = input(0);
        std::vector<std::int64_t> perm;
        if (const onnx::AttributeProto* a = attr(node, "perm")) {
            perm.assign(a->ints().begin(), a->ints().end());
        } else {
            for (int i = int(x.dims.size()) - 1; i >= 0; --i) {
                perm.push_back(i);
            }
        }
        Tensor t;
        t.type = x.type;
        for (std::int64_t p : perm) {
            t.dims.push_back(x.dims.at(std::size_t(p)));
        }
        const std::vector<std::int64_t> xs = strides(x.dims);
        for (std::int64_t i = 0; i < t.size(); ++i) {
            std::int64_t rest = i, src = 0;
            for (int k = int(t.dims.size()) - 1; k >= 0; --k) {
                const std::int64_t c = rest % t.dims[std::size_t(k)];
                rest /= t.dims[std::size_t(k)];
                src += c * xs[std::size_t(perm[std::size_t(k)])];
            }
            t.v.push_back(x.v[std::size_t(src)]);
        }
        return single(t);
    }
    // Element-wise arithmetic, comparisons and logic (numpy broadcasting).
    static const std::map<std::string, std::function<double(double, double, bool)>> binary = {
        {"Add", [](double a, double b, bool) { return a + b; }},
        {"Sub", [](double a, double b, bool) { return a - b; }},
        {"Mul", [](double a, double b, bool) { return a * b; }},
        {"Div",
         [](double a, double b, bool integer) {
             if (integer) {
                 if (b == 0) {
                     throw std::invalid_argument("integer division by zero");
                 }
                 return std::trunc(a / b);
             }
             return a / b;
         }},
        {"Mod",
         [](double a, double b, bool) {
             if (b == 0) {
                 throw std::invalid_argument("modulo by zero");
             }
             const double r = std::fmod(a, b);
             return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
         }},
        {"Pow", [](double a, double b, bool) { return std::pow(a, b); }},
        {"Min", [](double a, double b, bool) { return std::min(a, b); }},
        {"Max", [](double a, double b, bool) { return std::max(a, b); }},
    };
    static const std::map<std::string, std::function<double(double, double)>> compare = {
        {"Equal", [](double a, double b) { return double(a == b); }},
        {"Less", [](double a, double b) { return double(a < b); }},
        {"LessOrEqual", [](double a, double b) { return double(a <= b); }},
        {"Greater", [](double a, double b) { return double(a > b); }},
        {"GreaterOrEqual", [](double a, double b) { return double(a >= b); }},
        {"And", [](double a, double b) { return double(a != 0 && b != 0); }},
        {"Or", [](double a, double b) { return double(a != 0 || b != 0); }},
    };
    static const std::map<std::string, std::function<double(double)>> unary = {
        {"Neg", [](double a) { return -a; }},
        {"Abs", [](double a) { return std::abs(a); }},
        {"Sqrt", [](double a) { return std::sqrt(a); }},
        {"Floor", [](double a) { return std::floor(a); }},
        {"Ceil", [](double a) { return std::ceil(a); }},
        {"Not", [](double a) { return double(a == 0); }},
        {"Reciprocal", [](double a) { return 1.0 / a; }},
    };
    if (auto it = binary.find(op); it != binary.end() && in.size() == 2) {
        const bool integer = isIntegerType(input(0).type);
        const auto& f = it->second;
        return single(
            elementwise({&input(0), &input(1)}, input(0).type,
                        [&](const std::vector<double>& a) { return f(a[0], a[1], integer); }));
    }
    if (auto it = compare.find(op); it != compare.end()) {
        const auto& f = it->second;
        return single(elementwise({&input(0), &input(1)}, onnx::TensorProto::BOOL,
                                  [&](const std::vector<double>& a) { return f(a[0], a[1]); }));
    }
    if (auto it = unary.find(op); it != unary.end()) {
        const auto& f = it->second;
        return single(elementwise(
            {&input(0)}, op == "Not" ? std::int32_t(onnx::TensorProto::BOOL) : input(0).type,
            [&](const std::vector<double>& a) { return f(a[0]); }));
    }
    if (op == "Where") {
        return single(
            elementwise({&input(0), &input(1), &input(2)}, input(1).type,
                        [](const std::vector<double>& a) { return a[0] != 0 ? a[1] : a[2]; }));
    }
    return std::nullopt;
}

// Operators folded when all their inputs are constant. Float compute (MatMul, Conv, Softmax, ...)
// is deliberately absent: it stays OpenCV's, so that the numbers are the network's own.
const std::set<std::string>& foldableOps()
{
    // clang-format off
    static const std::set<std::string> ops = {
        "Identity", "Cast", "Unsqueeze", "Squeeze", "Flatten", "Reshape", "Shape", "Size", "Gather",
        "Concat", "Slice", "Expand", "Tile", "Range", "ConstantOfShape", "Transpose", "Add", "Sub",
        "Mul", "Div", "Mod", "Pow", "Min", "Max", "Equal", "Less", "LessOrEqual", "Greater",
        "GreaterOrEqual", "And", "Or", "Not", "Neg", "Abs", "Sqrt", "Floor", "Ceil", "Reciprocal",
        "Where"};
    // clang-format on
    return ops;
}

std::int64_t defaultOpset(const onnx::ModelProto& model)
{
    std::int64_t opset = 1;
    for (const auto& o : model.opset_import()) {
        if (o.domain().empty() || o.domain() == "ai.onnx") {
            opset = o.version();
        }
    }
    return opset;
}

// Static dims of every value ONNX shape inference could resolve (inputs, outputs, value_info).
std::unordered_map<std::string, std::vector<std::int64_t>> staticShapes(const onnx::GraphProto& g)
{
    std::unordered_map<std::string, std::vector<std::int64_t>> shapes;
    auto take = [&](const onnx::ValueInfoProto& vi) {
        if (!vi.type().has_tensor_type() || !vi.type().tensor_type().has_shape()) {
            return;
        }
        std::vector<std::int64_t> dims;
        for (const auto& d : vi.type().tensor_type().shape().dim()) {
            if (!d.has_dim_value()) {
                return;
            }
            dims.push_back(d.dim_value());
        }
        shapes[vi.name()] = dims;
    };
    for (const auto& vi : g.input()) {
        take(vi);
    }
    for (const auto& vi : g.value_info()) {
        take(vi);
    }
    for (const auto& vi : g.output()) {
        take(vi);
    }
    return shapes;
}

void inferShapes(onnx::ModelProto& model, const std::string& file)
{
    model.mutable_graph()->clear_value_info();
    for (auto& o : *model.mutable_graph()->mutable_output()) {
        // Outputs keep their element type; their shape is inferred again.
        if (o.type().has_tensor_type()) {
            o.mutable_type()->mutable_tensor_type()->clear_shape();
        }
    }
    try {
        onnx::ShapeInferenceOptions options {false, 0, true};
        onnx::shape_inference::InferShapes(model, onnx::OpSchemaRegistry::Instance(), options);
    } catch (const std::exception& e) {
        throw std::invalid_argument(file + ": ONNX shape inference failed: " + e.what());
    }
}

// Removes nodes none of whose outputs reach a graph output, then unused initializers.
void removeDead(onnx::GraphProto& g)
{
    std::set<std::string> live;
    for (const auto& o : g.output()) {
        live.insert(o.name());
    }
    std::vector<bool> keep(std::size_t(g.node_size()), false);
    for (int i = g.node_size() - 1; i >= 0; --i) {
        const onnx::NodeProto& n = g.node(i);
        for (const auto& o : n.output()) {
            if (live.count(o)) {
                keep[std::size_t(i)] = true;
            }
        }
        if (keep[std::size_t(i)]) {
            for (const auto& in : n.input()) {
                live.insert(in);
            }
        }
    }
    google::protobuf::RepeatedPtrField<onnx::NodeProto> nodes;
    for (int i = 0; i < g.node_size(); ++i) {
        if (keep[std::size_t(i)]) {
            *nodes.Add() = std::move(*g.mutable_node(i));
        }
    }
    g.mutable_node()->Swap(&nodes);
    google::protobuf::RepeatedPtrField<onnx::TensorProto> inits;
    for (auto& t : *g.mutable_initializer()) {
        if (live.count(t.name())) {
            *inits.Add() = std::move(t);
        }
    }
    g.mutable_initializer()->Swap(&inits);
    // Graph inputs that only declared initializers (older exporters) go with them.
    google::protobuf::RepeatedPtrField<onnx::ValueInfoProto> inputs;
    for (auto& vi : *g.mutable_input()) {
        if (live.count(vi.name())) {
            *inputs.Add() = std::move(vi);
        }
    }
    g.mutable_input()->Swap(&inputs);
}

} // namespace

void foldOnnxShapes(onnx::ModelProto& model, const std::string& file, int batch, int height,
                    int width, OnnxRepairs& repairs)
{
    onnx::GraphProto& g = *model.mutable_graph();
    const std::int64_t opset = defaultOpset(model);
    std::set<std::string> initNames;
    for (const auto& t : g.initializer()) {
        initNames.insert(t.name());
    }
    // The image input: the first graph input that is not an initializer.
    for (auto& vi : *g.mutable_input()) {
        if (initNames.count(vi.name()) || !vi.type().has_tensor_type()) {
            continue;
        }
        auto* shape = vi.mutable_type()->mutable_tensor_type()->mutable_shape();
        if (batch > 0 && shape->dim_size() >= 1) {
            shape->mutable_dim(0)->set_dim_value(batch);
        }
        if (height > 0 && width > 0 && shape->dim_size() == 4) {
            shape->mutable_dim(2)->set_dim_value(height);
            shape->mutable_dim(3)->set_dim_value(width);
        }
        break;
    }
    // Constant nodes become initializers.
    for (int i = 0; i < g.node_size();) {
        const onnx::NodeProto& n = g.node(i);
        if (n.op_type() != "Constant" || !n.domain().empty() || n.output_size() != 1) {
            ++i;
            continue;
        }
        onnx::TensorProto t;
        if (const onnx::AttributeProto* a = attr(n, "value")) {
            t = a->t();
        } else if (const onnx::AttributeProto* a = attr(n, "value_int")) {
            t.set_data_type(onnx::TensorProto::INT64);
            t.add_int64_data(a->i());
        } else if (const onnx::AttributeProto* a = attr(n, "value_ints")) {
            t.set_data_type(onnx::TensorProto::INT64);
            t.add_dims(a->ints_size());
            for (std::int64_t v : a->ints()) {
                t.add_int64_data(v);
            }
        } else if (const onnx::AttributeProto* a = attr(n, "value_float")) {
            t.set_data_type(onnx::TensorProto::FLOAT);
            t.add_float_data(a->f());
        } else if (const onnx::AttributeProto* a = attr(n, "value_floats")) {
            t.set_data_type(onnx::TensorProto::FLOAT);
            t.add_dims(a->floats_size());
            for (float v : a->floats()) {
                t.add_float_data(v);
            }
        } else {
            ++i;
            continue;
        }
        t.set_name(n.output(0));
        initNames.insert(t.name());
        *g.add_initializer() = std::move(t);
        g.mutable_node()->DeleteSubrange(i, 1);
    }

    // Decoded constants, on demand (the weights of a large ViT are never decoded).
    std::unordered_map<std::string, Tensor> cache;
    auto constant = [&](const std::string& name) -> const Tensor* {
        if (auto it = cache.find(name); it != cache.end()) {
            return &it->second;
        }
        if (!initNames.count(name)) {
            return nullptr;
        }
        for (const auto& t : g.initializer()) {
            if (t.name() == name) {
                if (std::int64_t(t.dims_size()) > 0) {
                    std::int64_t n = 1;
                    for (std::int64_t d : t.dims()) {
                        n *= d;
                    }
                    if (n > kMaxFoldedElements) {
                        return nullptr;
                    }
                }
                std::optional<Tensor> decoded = fromProto(t);
                if (!decoded) {
                    return nullptr;
                }
                return &cache.emplace(name, std::move(*decoded)).first->second;
            }
        }
        return nullptr;
    };

    for (int round = 0; round < 64; ++round) {
        inferShapes(model, file);
        const auto shapes = staticShapes(g);
        int folded = 0;
        for (int i = 0; i < g.node_size();) {
            const onnx::NodeProto& n = g.node(i);
            if (!n.domain().empty() || foldableOps().count(n.op_type()) == 0) {
                ++i;
                continue;
            }
            std::vector<Tensor> shapeOnly; // a Shape node's input: only its dims are read
            std::vector<const Tensor*> ins;
            bool allConstant = true;
            if (n.op_type() == "Shape") {
                auto it = shapes.find(n.input(0));
                const Tensor* c = it == shapes.end() ? constant(n.input(0)) : nullptr;
                if (it == shapes.end() && !c) {
                    allConstant = false;
                } else {
                    Tensor t;
                    t.dims = c ? c->dims : it->second;
                    shapeOnly.push_back(std::move(t));
                    ins.push_back(&shapeOnly.back());
                }
            } else {
                for (const auto& name : n.input()) {
                    if (name.empty()) {
                        ins.push_back(nullptr);
                        continue;
                    }
                    const Tensor* t = constant(name);
                    if (!t) {
                        allConstant = false;
                        break;
                    }
                    ins.push_back(t);
                }
            }
            if (!allConstant) {
                ++i;
                continue;
            }
            std::optional<std::vector<Tensor>> out;
            try {
                out = evaluate(n, ins, opset);
            } catch (const std::exception& e) {
                if (std::string(e.what()) == "result too large to fold") {
                    ++i;
                    continue;
                }
                fail(file, n, e.what());
            }
            if (!out || int(out->size()) != n.output_size()) {
                ++i;
                continue;
            }
            for (std::size_t k = 0; k < out->size(); ++k) {
                const std::string& name = n.output(int(k));
                *g.add_initializer() = toProto((*out)[k], name);
                initNames.insert(name);
                cache[name] = std::move((*out)[k]);
            }
            if (n.op_type() == "Shape") {
                ++repairs.shapeNodesFolded;
            }
            ++repairs.nodesFolded;
            g.mutable_node()->DeleteSubrange(i, 1);
            ++folded;
        }
        if (folded == 0) {
            break;
        }
    }
    removeDead(g);
    inferShapes(model, file);
}

namespace {

// Rewrites one folded graph, node by node, into nodes OpenCV 4.6 runs (see rewriteOnnxForOpenCv).
class OpenCvRewriter
{
public:
    OpenCvRewriter(onnx::ModelProto& model, const std::string& file, OnnxRepairs& repairs)
        : m_g(*model.mutable_graph())
        , m_file(file)
        , m_repairs(repairs)
        , m_opset(defaultOpset(model))
    {
        m_shapes = staticShapes(m_g);
        for (const auto& t : m_g.initializer()) {
            m_constDims[t.name()].assign(t.dims().begin(), t.dims().end());
        }
    }

    void run()
    {
        std::vector<onnx::NodeProto> nodes(m_g.node().begin(), m_g.node().end());
        m_g.clear_node();
        for (onnx::NodeProto& n : nodes) {
            rewrite(std::move(n));
        }
    }

private:
    onnx::GraphProto& m_g;
    const std::string& m_file;
    OnnxRepairs& m_repairs;
    std::int64_t m_opset;
    std::unordered_map<std::string, std::vector<std::int64_t>> m_shapes;
    std::unordered_map<std::string, std::vector<std::int64_t>> m_constDims;
    int m_counter = 0;

    [[noreturn]] void refuse(const onnx::NodeProto& n, const std::string& why) const
    {
        throw std::invalid_argument(
            m_file + ": the " + n.op_type() + " node " + nodeName(n) + " " + why
            + ", which OpenCV 4.6's dnn module cannot run and GenLens cannot "
              "rewrite");
    }

    std::string fresh(const std::string& base)
    {
        return base + "_genlens_" + std::to_string(m_counter++);
    }

    bool isConst(const std::string& name) const { return m_constDims.count(name) != 0; }

    const std::vector<std::int64_t>* shapeOf(const std::string& name) const
    {
        if (auto it = m_constDims.find(name); it != m_constDims.end()) {
            return &it->second;
        }
        if (auto it = m_shapes.find(name); it != m_shapes.end()) {
            return &it->second;
        }
        return nullptr;
    }

    std::string addConst(const Tensor& t, const std::string& base)
    {
        const std::string name = fresh(base);
        *m_g.add_initializer() = toProto(t, name);
        m_constDims[name] = t.dims;
        return name;
    }

    std::string addInts(const std::vector<std::int64_t>& v, const std::string& base)
    {
        Tensor t;
        t.type = onnx::TensorProto::INT64;
        t.dims = {std::int64_t(v.size())};
        t.v.assign(v.begin(), v.end());
        return addConst(t, base);
    }

    std::string addScalar(float x, const std::string& base)
    {
        Tensor t;
        t.dims = {};
        t.v = {double(x)};
        return addConst(t, base);
    }

    // Appends a node as it is (its output shapes are recorded by the caller when new).
    void emit(const std::string& op, std::vector<std::string> ins, const std::string& out,
              const std::string& name, const std::vector<std::int64_t>& outShape)
    {
        onnx::NodeProto n;
        n.set_op_type(op);
        n.set_name(name);
        for (auto& i : ins) {
            n.add_input(i);
        }
        n.add_output(out);
        m_shapes[out] = outShape;
        m_g.add_node()->Swap(&n);
    }

    std::string reshape(const std::string& x, const std::vector<std::int64_t>& dims,
                        const std::string& name)
    {
        const std::string out = fresh(x + "_reshaped");
        emit("Reshape", {x, addInts(dims, name + "_shape")}, out, fresh(name + "_reshape"), dims);
        return out;
    }

    void rewrite(onnx::NodeProto n)
    {
        const std::string& op = n.op_type();
        if (n.domain().empty() && op == "LayerNormalization") {
            layerNorm(n);
            return;
        }
        if (n.domain().empty() && (op == "Add" || op == "Sub" || op == "Mul" || op == "Div")
            && n.input_size() == 2) {
            if (binary(n)) {
                return;
            }
        }
        m_g.add_node()->Swap(&n);
    }

    // Add/Sub/Mul/Div. OpenCV 4.6 maps an operation with a constant to a Scale/Shift layer that
    // lines the constant up with the input's dims from axis 1 (Mul, Div) or by rank (Add, Sub),
    // so (B, T, D) x (D) or x (1, T, D) fail for some of the four; and Add/Sub of two tensors
    // that broadcast fail. Rewritten: the tensor is viewed as (rows, K) with the constant as a
    // K-vector, which every one of them runs; a (.., 1) operand of Add/Sub is widened by a
    // MatMul with a row of ones (exact: one product with 1 per element).
    bool binary(onnx::NodeProto& n)
    {
        const std::string& op = n.op_type();
        const bool c0 = isConst(n.input(0)), c1 = isConst(n.input(1));
        if (c0 == c1) {
            if (c0) {
                return false; // both constant: left to OpenCV's own folding
            }
            const auto* s0 = shapeOf(n.input(0));
            const auto* s1 = shapeOf(n.input(1));
            if (!s0 || !s1 || *s0 == *s1 || op == "Mul" || op == "Div") {
                return false; // same shapes, or Scale with a second input: OpenCV runs these
            }
            const bool firstSmall = s0->size() == s1->size() && s0->back() == 1 && s1->back() != 1
                && std::equal(s0->begin(), s0->end() - 1, s1->begin());
            const bool secondSmall = s0->size() == s1->size() && s1->back() == 1 && s0->back() != 1
                && std::equal(s1->begin(), s1->end() - 1, s0->begin());
            if (!firstSmall && !secondSmall) {
                refuse(n, "broadcasts two tensors of different shapes");
            }
            const int small = firstSmall ? 0 : 1;
            const std::vector<std::int64_t>& full = firstSmall ? *s1 : *s0;
            Tensor ones;
            ones.dims = {1, full.back()};
            ones.v.assign(std::size_t(full.back()), 1.0);
            const std::string widened = fresh(n.input(small) + "_widened");
            emit("MatMul", {n.input(small), addConst(ones, n.name() + "_ones")}, widened,
                 fresh(n.name() + "_widen"), full);
            n.set_input(small, widened);
            m_g.add_node()->Swap(&n);
            ++m_repairs.opsRewritten;
            return true;
        }
        const int ci = c0 ? 0 : 1;
        const auto* xs = shapeOf(n.input(1 - ci));
        const auto& cd = m_constDims[n.input(ci)];
        const std::int64_t ctotal
            = std::accumulate(cd.begin(), cd.end(), std::int64_t(1), std::multiplies<>());
        if (ctotal == 1 || !xs || xs->empty()) {
            return false; // a scalar becomes a Power layer, which is right
        }
        if (cd.size() > xs->size()) {
            refuse(n, "broadcasts its input to a higher rank");
        }
        if (ci == 0 && op == "Div") {
            refuse(n, "divides a constant by a tensor");
        }
        const std::vector<std::int64_t>& s = *xs;
        std::vector<std::int64_t> aligned(s.size() - cd.size(), 1);
        aligned.insert(aligned.end(), cd.begin(), cd.end());
        std::size_t a = 0;
        while (a < aligned.size() && aligned[a] == 1) {
            ++a;
        }
        std::int64_t rows = 1, k = 1;
        for (std::size_t i = 0; i < s.size(); ++i) {
            (i < a ? rows : k) *= s[i];
        }
        // The constant broadcast over the tensor's trailing dims s[a..], as a K-vector.
        const onnx::TensorProto* proto = nullptr;
        for (const auto& t : m_g.initializer()) {
            if (t.name() == n.input(ci)) {
                proto = &t;
                break;
            }
        }
        std::optional<Tensor> c = proto ? fromProto(*proto) : std::nullopt;
        if (!c) {
            refuse(n, "has a constant operand of an unsupported type");
        }
        Tensor cv = *c;
        cv.dims = std::vector<std::int64_t>(aligned.begin() + std::ptrdiff_t(a), aligned.end());
        Tensor target;
        target.dims = std::vector<std::int64_t>(s.begin() + std::ptrdiff_t(a), s.end());
        Tensor vec;
        vec.type = cv.type;
        vec.dims = {k};
        for (std::int64_t i = 0; i < k; ++i) {
            vec.v.push_back(cv.v[std::size_t(broadcastIndex(cv, target.dims, i))]);
        }
        std::string x = n.input(1 - ci);
        const std::string base = n.name().empty() ? n.output(0) : n.name();
        if (ci == 0 && op == "Sub") {
            // c - x = (-1) x + c
            const std::string neg = fresh(x + "_neg");
            emit("Mul", {x, addScalar(-1.0f, base + "_minus_one")}, neg, fresh(base + "_negate"),
                 s);
            x = neg;
            n.set_op_type("Add");
        }
        const bool viewAs2d = !(s.size() == 2 && a == 1);
        if (!viewAs2d && cd.size() == 1 && cd[0] == k && !(ci == 0 && op == "Sub")) {
            return false; // already the form OpenCV runs (a graph repaired before)
        }
        const std::string x2 = viewAs2d ? reshape(x, {rows, k}, base) : x;
        const std::string out = n.output(0);
        const std::string out2 = viewAs2d ? fresh(out + "_2d") : out;
        emit(n.op_type(), {x2, addConst(vec, base + "_vector")}, out2, n.name(), {rows, k});
        if (viewAs2d) {
            emit("Reshape", {out2, addInts(s, base + "_back")}, out, fresh(base + "_unreshape"), s);
        }
        ++m_repairs.opsRewritten;
        return true;
    }

    // LayerNormalization (opset 17; OpenCV 4.6 has no layer for it) over the last axis:
    // d = x - mean(x), y = d / sqrt(mean(d * d) + eps) * scale + bias, the decomposition PyTorch
    // itself exports at opsets below 17; each step goes through binary() above.
    void layerNorm(const onnx::NodeProto& n)
    {
        const auto* s = shapeOf(n.input(0));
        if (!s || s->empty()) {
            refuse(n, "has an input of unknown shape");
        }
        const std::int64_t rank = std::int64_t(s->size());
        const std::int64_t axis = normAxis(attrInt(n, "axis", -1), s->size());
        if (axis != rank - 1) {
            refuse(n, "normalises over more than the last axis");
        }
        if (n.output_size() > 1 && !n.output(1).empty()) {
            refuse(n, "has a Mean or InvStdDev output");
        }
        const onnx::AttributeProto* epsAttr = attr(n, "epsilon");
        const float eps = epsAttr ? epsAttr->f() : 1e-5f;
        const std::string base = n.name().empty() ? n.output(0) : n.name();
        std::vector<std::int64_t> reduced = *s;
        reduced.back() = 1;
        auto reduceMean = [&](const std::string& in, const std::string& what) {
            onnx::NodeProto r;
            r.set_op_type("ReduceMean");
            r.set_name(fresh(base + "_" + what));
            r.add_input(in);
            const std::string out = fresh(base + "_" + what);
            r.add_output(out);
            if (m_opset >= 18) {
                r.add_input(addInts({-1}, base + "_axes"));
            } else {
                auto* a = r.add_attribute();
                a->set_name("axes");
                a->set_type(onnx::AttributeProto::INTS);
                a->add_ints(-1);
            }
            auto* k = r.add_attribute();
            k->set_name("keepdims");
            k->set_type(onnx::AttributeProto::INT);
            k->set_i(1);
            m_shapes[out] = reduced;
            m_g.add_node()->Swap(&r);
            return out;
        };
        auto step = [&](const std::string& op, const std::string& a, const std::string& b,
                        const std::string& what, const std::string& out = {}) {
            onnx::NodeProto m;
            m.set_op_type(op);
            m.set_name(fresh(base + "_" + what));
            m.add_input(a);
            m.add_input(b);
            const std::string o = out.empty() ? fresh(base + "_" + what) : out;
            m.add_output(o);
            const auto* sa = shapeOf(a);
            const auto* sb = shapeOf(b);
            m_shapes[o] = (sa && sa->size() == s->size())
                ? (sb && sb->size() == s->size() && sb->back() > sa->back() ? *sb : *sa)
                : *s;
            rewrite(std::move(m));
            return o;
        };
        const int rewrittenBefore = m_repairs.opsRewritten; // the steps count as one rewrite
        const std::string mean = reduceMean(n.input(0), "mean");
        const std::string d = step("Sub", n.input(0), mean, "centred");
        const std::string d2 = step("Mul", d, d, "squared");
        const std::string var = reduceMean(d2, "variance");
        const std::string ve = step("Add", var, addScalar(eps, base + "_epsilon"), "variance_eps");
        const std::string sd = fresh(base + "_std");
        emit("Sqrt", {ve}, sd, fresh(base + "_sqrt"), reduced);
        const bool hasBias = n.input_size() > 2 && !n.input(2).empty();
        const std::string normed = step("Div", d, sd, "normed");
        const std::string scaled
            = step("Mul", normed, n.input(1), "scaled", hasBias ? std::string() : n.output(0));
        if (hasBias) {
            step("Add", scaled, n.input(2), "shifted", n.output(0));
        }
        m_repairs.opsRewritten = rewrittenBefore + 1;
    }
};

} // namespace

void rewriteOnnxForOpenCv(onnx::ModelProto& model, const std::string& file, OnnxRepairs& repairs)
{
    OpenCvRewriter(model, file, repairs).run();
    removeDead(*model.mutable_graph());
}

} // namespace genlens::metrics::image
