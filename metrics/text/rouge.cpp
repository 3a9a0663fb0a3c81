#include "genlens/metrics/text/rouge.h"

#include "genlens/metrics/text/utf8.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace genlens::metrics::text {

namespace {

double fmeasure(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

} // namespace

std::vector<std::string> rougeTokenize(std::string_view utf8)
{
    const std::u32string decoded = decodeUtf8(utf8);
    std::vector<std::string> tokens;
    std::string current;
    const auto flush = [&]() {
        if (!current.empty()) {
            tokens.push_back(std::move(current));
            current.clear();
        }
    };
    for (char32_t c : decoded) {
        // Python's str.lower() maps only these non-ASCII code points into [a-z0-9]:
        // U+0130 (I with dot above -> "i" + U+0307) and U+212A (Kelvin sign -> "k").
        char lowered = 0;
        if (c >= U'A' && c <= U'Z') {
            lowered = static_cast<char>(c - U'A' + U'a');
        } else if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
            lowered = static_cast<char>(c);
        } else if (c == 0x130) {
            current.push_back('i');
            flush(); // the combining dot that follows is a separator
            continue;
        } else if (c == 0x212A) {
            lowered = 'k';
        }
        if (lowered != 0) {
            current.push_back(lowered);
        } else {
            flush();
        }
    }
    flush();
    return tokens;
}

std::size_t lcsLength(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.empty() || b.empty()) {
        return 0;
    }
    const std::vector<std::string>& shorter = a.size() < b.size() ? a : b;
    const std::vector<std::string>& longer = a.size() < b.size() ? b : a;
    std::vector<std::size_t> prev(shorter.size() + 1, 0);
    std::vector<std::size_t> cur(shorter.size() + 1, 0);
    for (const std::string& x : longer) {
        for (std::size_t j = 1; j <= shorter.size(); ++j) {
            cur[j] = x == shorter[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        }
        std::swap(prev, cur);
    }
    return prev[shorter.size()];
}

RougeScore rougeL(const std::vector<std::string>& target,
                  const std::vector<std::string>& prediction)
{
    RougeScore s;
    if (target.empty() || prediction.empty()) {
        return s;
    }
    const auto lcs = static_cast<double>(lcsLength(target, prediction));
    s.precision = lcs / static_cast<double>(prediction.size());
    s.recall = lcs / static_cast<double>(target.size());
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

RougeScore rougeN(const std::vector<std::string>& target,
                  const std::vector<std::string>& prediction, int n)
{
    if (n < 1) {
        throw std::invalid_argument("rougeN: n must be >= 1");
    }
    const auto count = [n](const std::vector<std::string>& tokens) {
        std::map<std::vector<std::string>, double> m;
        const auto len = static_cast<std::size_t>(n);
        for (std::size_t i = 0; i + len <= tokens.size(); ++i) {
            m[std::vector<std::string>(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                                       tokens.begin() + static_cast<std::ptrdiff_t>(i + len))]
                += 1;
        }
        return m;
    };
    const auto t = count(target);
    const auto p = count(prediction);
    double overlap = 0;
    double nt = 0;
    double np = 0;
    for (const auto& [g, c] : t) {
        nt += c;
        const auto it = p.find(g);
        if (it != p.end()) {
            overlap += std::min(c, it->second);
        }
    }
    for (const auto& [g, c] : p) {
        (void)g;
        np += c;
    }
    RougeScore s;
    s.precision = overlap / std::max(np, 1.0);
    s.recall = overlap / std::max(nt, 1.0);
    s.fmeasure = fmeasure(s.precision, s.recall);
    return s;
}

} // namespace genlens::metrics::text
