#pragma once

#include "evaluation/runresult.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace genlens::app {

// The binary columns of the project file (design.md §4), on their own so that they can be tested
// and fuzzed on raw bytes: score columns (float64) and cached feature vectors (float32) as
// little-endian arrays, neighbour lists as fixed 32-byte little-endian records
//   int64 from, int64 to, float64 distance, int32 rank, uint8 fromSet, uint8 toSet, 2 bytes 0.
// A stored row also holds the count it was written with; a blob that does not hold exactly that
// many values (a damaged or foreign file) decodes to nullopt, whatever the count says.
QByteArray encodeDoubles(const std::vector<double>& values);
std::optional<std::vector<double>> decodeDoubles(const QByteArray& blob, qint64 count);

QByteArray encodeFloats(const std::vector<float>& values);
std::optional<std::vector<float>> decodeFloats(const QByteArray& blob, qint64 count);

constexpr int kNeighbourRecordBytes = 32;
QByteArray encodeNeighbours(const std::vector<Neighbour>& neighbours);
std::optional<std::vector<Neighbour>> decodeNeighbours(const QByteArray& blob, qint64 count);

} // namespace genlens::app
