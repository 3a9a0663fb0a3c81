#include "project/blobcodec.h"

#include <QSysInfo>
#include <QtEndian>
#include <cstring>

namespace genlens::app {

namespace {

template<typename T> void putLE(char* out, T value)
{
    qToLittleEndian(value, out);
}

template<typename T> T getLE(const char* in)
{
    return qFromLittleEndian<T>(in);
}

// True when a blob of `size` bytes holds exactly `count` records of `recordBytes`; computed
// without multiplying, so that a count near 2^63 read from a damaged file cannot overflow.
bool holdsExactly(qsizetype size, qint64 count, qint64 recordBytes)
{
    return count >= 0 && size % recordBytes == 0 && size / recordBytes == count;
}

// On little-endian hosts (all the ones Debian ships Qt for in practice) one memcpy each way.
template<typename T> QByteArray valuesBlob(const std::vector<T>& values)
{
    QByteArray blob(static_cast<qsizetype>(values.size() * sizeof(T)), Qt::Uninitialized);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        if (!values.empty()) {
            std::memcpy(blob.data(), values.data(), blob.size());
        }
    } else {
        for (std::size_t i = 0; i < values.size(); ++i) {
            putLE(blob.data() + i * sizeof(T), values[i]);
        }
    }
    return blob;
}

template<typename T> std::optional<std::vector<T>> blobValues(const QByteArray& blob, qint64 count)
{
    if (!holdsExactly(blob.size(), count, sizeof(T))) {
        return std::nullopt;
    }
    std::vector<T> values(static_cast<std::size_t>(count));
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        if (!values.empty()) {
            std::memcpy(values.data(), blob.constData(), values.size() * sizeof(T));
        }
    } else {
        for (std::size_t i = 0; i < values.size(); ++i) {
            values[i] = getLE<T>(blob.constData() + i * sizeof(T));
        }
    }
    return values;
}

} // namespace

QByteArray encodeDoubles(const std::vector<double>& values)
{
    return valuesBlob(values);
}

std::optional<std::vector<double>> decodeDoubles(const QByteArray& blob, qint64 count)
{
    return blobValues<double>(blob, count);
}

QByteArray encodeFloats(const std::vector<float>& values)
{
    return valuesBlob(values);
}

std::optional<std::vector<float>> decodeFloats(const QByteArray& blob, qint64 count)
{
    return blobValues<float>(blob, count);
}

QByteArray encodeNeighbours(const std::vector<Neighbour>& neighbours)
{
    QByteArray blob(static_cast<qsizetype>(neighbours.size()) * kNeighbourRecordBytes, '\0');
    char* out = blob.data();
    for (const Neighbour& n : neighbours) {
        putLE<qint64>(out, n.from);
        putLE<qint64>(out + 8, n.to);
        putLE<double>(out + 16, n.distance);
        putLE<qint32>(out + 24, n.rank);
        out[28] = static_cast<char>(n.fromSet);
        out[29] = static_cast<char>(n.toSet);
        out += kNeighbourRecordBytes;
    }
    return blob;
}

std::optional<std::vector<Neighbour>> decodeNeighbours(const QByteArray& blob, qint64 count)
{
    if (!holdsExactly(blob.size(), count, kNeighbourRecordBytes)) {
        return std::nullopt;
    }
    std::vector<Neighbour> neighbours(static_cast<std::size_t>(count));
    const char* in = blob.constData();
    for (Neighbour& n : neighbours) {
        n.from = getLE<qint64>(in);
        n.to = getLE<qint64>(in + 8);
        n.distance = getLE<double>(in + 16);
        n.rank = getLE<qint32>(in + 24);
        n.fromSet = in[28] == 0 ? SetRole::Real : SetRole::Generated;
        n.toSet = in[29] == 0 ? SetRole::Real : SetRole::Generated;
        in += kNeighbourRecordBytes;
    }
    return neighbours;
}

} // namespace genlens::app
