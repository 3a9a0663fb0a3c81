#include "models/neighbourindex.h"

#include <algorithm>

namespace genlens::app {

NeighbourIndex::NeighbourIndex(const std::vector<Neighbour>& neighbours)
    : m_neighbours(neighbours)
{
    for (size_t i = 0; i < m_neighbours.size(); ++i) {
        const Neighbour& n = m_neighbours[i];
        m_forward[key(n.fromSet, n.from)].push_back(i);
        m_reverse[key(n.toSet, n.to)].push_back(i);
    }
    for (auto& entry : m_forward) {
        std::sort(entry.second.begin(), entry.second.end(), [this](size_t a, size_t b) {
            return m_neighbours[a].rank < m_neighbours[b].rank;
        });
    }
    for (auto& entry : m_reverse) {
        std::sort(entry.second.begin(), entry.second.end(), [this](size_t a, size_t b) {
            return m_neighbours[a].distance < m_neighbours[b].distance;
        });
    }
}

QList<NeighbourLink> NeighbourIndex::links(SetRole set, qint64 index) const
{
    QList<NeighbourLink> result;
    if (const auto it = m_forward.find(key(set, index)); it != m_forward.end()) {
        for (size_t i : it->second) {
            const Neighbour& n = m_neighbours[i];
            result.append({n.toSet, n.to, n.rank, n.distance, false});
        }
    }
    if (const auto it = m_reverse.find(key(set, index)); it != m_reverse.end()) {
        for (size_t i : it->second) {
            const Neighbour& n = m_neighbours[i];
            result.append({n.fromSet, n.from, n.rank, n.distance, true});
        }
    }
    return result;
}

QList<qint64> NeighbourIndex::linkedIn(SetRole set, qint64 index, SetRole other) const
{
    QList<qint64> result;
    for (const NeighbourLink& link : links(set, index)) {
        if (link.set == other && !result.contains(link.index)) {
            result << link.index;
        }
    }
    return result;
}

} // namespace genlens::app
