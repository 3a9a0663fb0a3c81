#include "genlens/metrics/text/copydetect.h"

#include "text/textparallel.h"

#include <algorithm>
#include <unordered_map>

namespace genlens::metrics::text {

namespace {

// A suffix automaton over integer symbols. Transitions live in one hash map keyed by
// (state, symbol); each state also lists its outgoing symbols so that a clone can copy them.
class SuffixAutomaton
{
public:
    explicit SuffixAutomaton(std::size_t expectedLength)
    {
        m_states.reserve(2 * expectedLength + 2);
        m_next.reserve(3 * expectedLength + 16);
        m_states.push_back(State {0, -1, -1, {}});
    }

    void extend(std::uint32_t c, std::int64_t position)
    {
        const auto cur = static_cast<std::int32_t>(m_states.size());
        m_states.push_back(State {state(m_last).len + 1, 0, position, {}});
        std::int32_t p = m_last;
        while (p != -1 && next(p, c) < 0) {
            addTransition(p, c, cur);
            p = state(p).link;
        }
        if (p != -1) {
            const std::int32_t q = next(p, c);
            if (state(p).len + 1 == state(q).len) {
                state(cur).link = q;
            } else {
                const auto clone = static_cast<std::int32_t>(m_states.size());
                m_states.push_back(State {state(p).len + 1, state(q).link, state(q).firstEnd, {}});
                const std::vector<std::uint32_t> symbols = state(q).symbols;
                for (std::uint32_t s : symbols) {
                    addTransition(clone, s, next(q, s));
                }
                while (p != -1) {
                    const auto it = m_next.find(key(p, c));
                    if (it == m_next.end() || it->second != q) {
                        break;
                    }
                    it->second = clone;
                    p = state(p).link;
                }
                state(q).link = clone;
                state(cur).link = clone;
            }
        }
        m_last = cur;
    }

    std::int32_t next(std::int32_t s, std::uint32_t c) const
    {
        const auto it = m_next.find(key(s, c));
        return it == m_next.end() ? -1 : it->second;
    }
    std::int32_t link(std::int32_t s) const { return state(s).link; }
    std::int32_t length(std::int32_t s) const { return state(s).len; }
    std::int64_t firstEnd(std::int32_t s) const { return state(s).firstEnd; }

private:
    struct State
    {
        std::int32_t len;
        std::int32_t link;
        std::int64_t firstEnd; // end position of the first occurrence of the state's strings
        std::vector<std::uint32_t> symbols;
    };

    static std::uint64_t key(std::int32_t s, std::uint32_t c)
    {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(s)) << 32) | c;
    }
    State& state(std::int32_t s) { return m_states[static_cast<std::size_t>(s)]; }
    const State& state(std::int32_t s) const { return m_states[static_cast<std::size_t>(s)]; }
    void addTransition(std::int32_t from, std::uint32_t c, std::int32_t to)
    {
        m_next.emplace(key(from, c), to);
        state(from).symbols.push_back(c);
    }

    std::vector<State> m_states;
    std::unordered_map<std::uint64_t, std::int32_t> m_next;
    std::int32_t m_last = 0;
};

} // namespace

std::vector<CopyMatch> longestCommonRuns(const std::vector<std::vector<std::string>>& generated,
                                         const std::vector<std::vector<std::string>>& real,
                                         const Progress& progress, int threads)
{
    std::unordered_map<std::string, std::uint32_t> vocabulary;
    const auto idOf = [&vocabulary](const std::string& t) {
        return vocabulary.try_emplace(t, static_cast<std::uint32_t>(vocabulary.size()))
            .first->second;
    };
    std::size_t totalReal = 0;
    for (const auto& r : real) {
        totalReal += r.size() + 1;
        for (const std::string& t : r) {
            idOf(t);
        }
    }
    // Separators: symbols above every token id, one per real sample.
    const auto separatorBase = static_cast<std::uint32_t>(vocabulary.size());
    SuffixAutomaton automaton(totalReal);
    std::vector<std::int64_t> sampleEnd; // exclusive end position of each real sample
    sampleEnd.reserve(real.size());
    std::int64_t position = 0;
    for (std::size_t j = 0; j < real.size(); ++j) {
        for (const std::string& t : real[j]) {
            automaton.extend(vocabulary.at(t), position++);
        }
        sampleEnd.push_back(position);
        automaton.extend(separatorBase + static_cast<std::uint32_t>(j), position++);
    }
    reportProgress(progress, 0, generated.size());

    // Matching only reads the automaton and the vocabulary: samples in parallel, in fixed tasks,
    // with progress reported between batches.
    constexpr std::size_t kTask = 64;
    constexpr std::size_t kBatch = 2048;
    std::vector<CopyMatch> out(generated.size());
    const auto match = [&](std::size_t i) {
        std::int32_t v = 0;
        std::int32_t l = 0;
        std::int32_t bestLen = 0;
        std::int32_t bestState = -1;
        for (const std::string& t : generated[i]) {
            const auto it = vocabulary.find(t);
            if (it == vocabulary.end()) {
                v = 0;
                l = 0;
                continue;
            }
            const std::uint32_t c = it->second;
            while (v != 0 && automaton.next(v, c) < 0) {
                v = automaton.link(v);
                l = automaton.length(v);
            }
            const std::int32_t n = automaton.next(v, c);
            if (n >= 0) {
                v = n;
                ++l;
            } else {
                v = 0;
                l = 0;
            }
            if (l > bestLen) {
                bestLen = l;
                bestState = v;
            }
        }
        CopyMatch& m = out[i];
        if (bestLen > 0) {
            const std::int64_t end = automaton.firstEnd(bestState);
            const auto it = std::upper_bound(sampleEnd.begin(), sampleEnd.end(), end);
            m.real = static_cast<std::int64_t>(it - sampleEnd.begin());
            m.longestRun = static_cast<std::size_t>(bestLen);
            m.overlap = static_cast<double>(bestLen) / static_cast<double>(generated[i].size());
        }
    };
    for (std::size_t batch = 0; batch < generated.size(); batch += kBatch) {
        reportProgress(progress, batch, generated.size());
        const std::size_t end = std::min(generated.size(), batch + kBatch);
        forChunks(end - batch, kTask, threads,
                  [&](std::size_t, std::size_t first, std::size_t last, int) {
                      for (std::size_t i = batch + first; i < batch + last; ++i) {
                          match(i);
                      }
                  });
    }
    reportProgress(progress, generated.size(), generated.size());
    return out;
}

} // namespace genlens::metrics::text
