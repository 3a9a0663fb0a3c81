#pragma once

#include "evaluation/runresult.h"

#include <QList>
#include <unordered_map>
#include <vector>

namespace genlens::app {

struct NeighbourLink
{
    SetRole set = SetRole::Real;
    qint64 index = 0;
    int rank = 0;
    double distance = 0;
    bool reverse = false; // true: the other sample lists this one among its neighbours
};

// Lookup of RunResult::neighbours in both directions, for linked selection and the drill-down.
class NeighbourIndex
{
public:
    NeighbourIndex() = default;
    explicit NeighbourIndex(const std::vector<Neighbour>& neighbours);

    // This sample's own neighbours by rank, then the samples that list it as a neighbour
    // (nearest first).
    QList<NeighbourLink> links(SetRole set, qint64 index) const;
    // The samples of `other` linked to this one in either direction, without duplicates.
    QList<qint64> linkedIn(SetRole set, qint64 index, SetRole other) const;
    bool isEmpty() const { return m_neighbours.empty(); }

private:
    static quint64 key(SetRole set, qint64 index)
    {
        return (static_cast<quint64>(set) << 62) | static_cast<quint64>(index);
    }
    std::vector<Neighbour> m_neighbours;
    std::unordered_map<quint64, std::vector<size_t>> m_forward;
    std::unordered_map<quint64, std::vector<size_t>> m_reverse;
};

} // namespace genlens::app
