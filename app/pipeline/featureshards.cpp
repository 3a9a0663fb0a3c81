#include "pipeline/featureshards.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/npyrows.h>

namespace genlens::app {

namespace {

QString stem(const QString& npyPath)
{
    return npyPath.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive) ? npyPath.chopped(4)
                                                                         : npyPath;
}

void saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw InputError(
            QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()).toStdString());
    }
}

QJsonObject metaToJson(const FeatureFileMeta& meta)
{
    QJsonArray skipped;
    for (const InputIssue& issue : meta.skipped) {
        QJsonObject item {{QStringLiteral("item"), issue.item},
                          {QStringLiteral("reason"), issue.reason}};
        if (issue.line > 0) {
            item.insert(QStringLiteral("line"), issue.line);
        }
        skipped.append(item);
    }
    return QJsonObject {
        {QStringLiteral("genlens"), QStringLiteral(GENLENS_VERSION)},
        {QStringLiteral("modality"), meta.modality},
        {QStringLiteral("extractor"),
         QJsonObject {{QStringLiteral("id"), meta.extractorId}, {QStringLiteral("dim"), meta.dim}}},
        {QStringLiteral("input"),
         QJsonObject {{QStringLiteral("source"), meta.input},
                      {QStringLiteral("kind"), meta.inputKind},
                      {QStringLiteral("items"), meta.totalItems}}},
        {QStringLiteral("shard"),
         QJsonObject {{QStringLiteral("index"), qint64(meta.shard.index)},
                      {QStringLiteral("count"), qint64(meta.shard.count)},
                      {QStringLiteral("first"), meta.first},
                      {QStringLiteral("end"), meta.end}}},
        {QStringLiteral("rows"), meta.rows},
        {QStringLiteral("paths"), meta.pathsFile},
        {QStringLiteral("skipped"), skipped},
    };
}

// The paths file as the sidecar names it: relative to the sidecar's folder when it lies there
// (so that a shard's three files can be moved together), absolute otherwise.
QString pathsEntry(const QString& npyPath, const QString& pathsFile)
{
    const QDir dir = QFileInfo(npyPath).absoluteDir();
    const QString relative = dir.relativeFilePath(QFileInfo(pathsFile).absoluteFilePath());
    return relative.startsWith(QStringLiteral("..")) ? QFileInfo(pathsFile).absoluteFilePath()
                                                     : relative;
}

} // namespace

metrics::Shard parseShard(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,9})/(\\d{1,9})$"));
    const QRegularExpressionMatch match = form.match(text.trimmed());
    const auto refuse = [&](const QString& why) {
        throw InputError(QStringLiteral("--shard '%1': %2").arg(text, why).toStdString());
    };
    if (!match.hasMatch()) {
        refuse(QStringLiteral("expected I/N, shard I (counted from 0) of N, e.g. 0/4"));
    }
    const qint64 index = match.captured(1).toLongLong();
    const qint64 count = match.captured(2).toLongLong();
    if (count < 1) {
        refuse(QStringLiteral("N must be at least 1"));
    }
    if (index >= count) {
        refuse(QStringLiteral("I must be below N (shards are numbered 0 to N-1)"));
    }
    return metrics::Shard {static_cast<std::size_t>(index), static_cast<std::size_t>(count)};
}

QString shardText(const metrics::Shard& shard)
{
    return QStringLiteral("%1/%2").arg(shard.index).arg(shard.count);
}

QString defaultPathsFile(const QString& npyPath)
{
    return stem(npyPath) + QStringLiteral(".paths.txt");
}

QString metaFile(const QString& npyPath)
{
    return stem(npyPath) + QStringLiteral(".meta.json");
}

void writePathsFile(const QString& path, const QStringList& rowPaths)
{
    QByteArray bytes;
    for (const QString& p : rowPaths) {
        bytes += p.toUtf8();
        bytes += '\n';
    }
    saveFile(path, bytes);
}

QStringList readPathsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(QStringLiteral("%1: cannot read the paths file (%2)")
                             .arg(path, file.errorString())
                             .toStdString());
    }
    QStringList paths;
    qint64 line = 0;
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        ++line;
        if (bytes.endsWith('\n')) {
            bytes.chop(1);
        }
        if (bytes.endsWith('\r')) {
            bytes.chop(1);
        }
        if (bytes.isEmpty()) {
            throw InputError(QStringLiteral("%1:%2: empty line (one path per line, one line per "
                                            "feature row)")
                                 .arg(path)
                                 .arg(line)
                                 .toStdString());
        }
        paths << QString::fromUtf8(bytes);
    }
    return paths;
}

void writeFeatureFile(const QString& npyPath, const QString& pathsFile,
                      const metrics::RowMatrixXf& features, const QStringList& rowPaths,
                      FeatureFileMeta meta)
{
    if (rowPaths.size() != features.rows()) {
        throw std::logic_error("writeFeatureFile: one path per row");
    }
    try {
        metrics::writeNpy(npyPath.toStdString(), metrics::npyFromMatrix(features));
    } catch (const std::exception& e) {
        throw InputError(e.what());
    }
    writePathsFile(pathsFile, rowPaths);
    meta.rows = features.rows();
    meta.dim = features.cols();
    meta.pathsFile = pathsEntry(npyPath, pathsFile);
    saveFile(metaFile(npyPath), QJsonDocument(metaToJson(meta)).toJson(QJsonDocument::Indented));
}

FeatureFileMeta readFeatureMeta(const QString& npyPath)
{
    const QString path = metaFile(npyPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw InputError(QStringLiteral("%1: no %2 beside it (feature shards are merged with the "
                                        "sidecar `genlens features` writes)")
                             .arg(npyPath, QFileInfo(path).fileName())
                             .toStdString());
    }
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    const QJsonObject extractor = json.value(QStringLiteral("extractor")).toObject();
    const QJsonObject input = json.value(QStringLiteral("input")).toObject();
    const QJsonObject shard = json.value(QStringLiteral("shard")).toObject();
    if (error.error != QJsonParseError::NoError || extractor.isEmpty() || shard.isEmpty()
        || !json.value(QStringLiteral("rows")).isDouble()) {
        throw InputError(QStringLiteral("%1: not a GenLens feature sidecar (%2)")
                             .arg(path,
                                  error.error != QJsonParseError::NoError
                                      ? error.errorString()
                                      : QStringLiteral("extractor, shard or rows missing"))
                             .toStdString());
    }
    FeatureFileMeta meta;
    meta.extractorId = extractor.value(QStringLiteral("id")).toString();
    meta.dim = extractor.value(QStringLiteral("dim")).toInteger();
    meta.modality = json.value(QStringLiteral("modality")).toString();
    meta.input = input.value(QStringLiteral("source")).toString();
    meta.inputKind = input.value(QStringLiteral("kind")).toString();
    meta.totalItems = input.value(QStringLiteral("items")).toInteger();
    const qint64 index = shard.value(QStringLiteral("index")).toInteger(-1);
    const qint64 count = shard.value(QStringLiteral("count")).toInteger(0);
    if (count < 1 || index < 0 || index >= count) {
        throw InputError(QStringLiteral("%1: invalid shard %2/%3")
                             .arg(path)
                             .arg(index)
                             .arg(count)
                             .toStdString());
    }
    meta.shard = metrics::Shard {static_cast<std::size_t>(index), static_cast<std::size_t>(count)};
    meta.first = shard.value(QStringLiteral("first")).toInteger();
    meta.end = shard.value(QStringLiteral("end")).toInteger();
    meta.rows = json.value(QStringLiteral("rows")).toInteger();
    meta.pathsFile = json.value(QStringLiteral("paths")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject item = value.toObject();
        meta.skipped << InputIssue {item.value(QStringLiteral("item")).toString(),
                                    item.value(QStringLiteral("line")).toInteger(),
                                    item.value(QStringLiteral("reason")).toString()};
    }
    return meta;
}

MergedFeatures mergeFeatureFiles(const QStringList& inputs, const QString& outNpy,
                                 const QString& pathsFile, PipelineContext& context)
{
    if (inputs.isEmpty()) {
        throw InputError("merge: no input files");
    }
    struct Input
    {
        QString npy;
        FeatureFileMeta meta;
        QString paths;
        std::unique_ptr<metrics::NpyRowReader> reader;
    };
    std::vector<Input> shards;
    QHash<QString, QPair<QString, qint64>> seen; // path -> (paths file, line)
    QStringList allPaths;
    qint64 totalRows = 0;
    for (const QString& npy : inputs) {
        Input in;
        in.npy = npy;
        in.meta = readFeatureMeta(npy);
        try {
            in.reader = metrics::openNpyMatrixRows(npy.toStdString());
        } catch (const std::exception& e) {
            throw InputError(e.what());
        }
        in.paths = in.meta.pathsFile.isEmpty()
            ? defaultPathsFile(npy)
            : QFileInfo(npy).absoluteDir().filePath(in.meta.pathsFile);
        if (!QFileInfo::exists(in.paths)) {
            in.paths = defaultPathsFile(npy);
        }
        const QStringList paths = readPathsFile(in.paths);
        const qint64 rows = in.reader->rows();
        if (rows != paths.size() || rows != in.meta.rows) {
            throw InputError(QStringLiteral("%1 has %2 rows but %3 lists %4 paths (and %5 says %6)")
                                 .arg(npy)
                                 .arg(rows)
                                 .arg(in.paths)
                                 .arg(paths.size())
                                 .arg(metaFile(npy))
                                 .arg(in.meta.rows)
                                 .toStdString());
        }
        if (in.reader->dtype() != metrics::NpyDtype::Float32) {
            throw InputError(QStringLiteral("%1: float32 expected (as `genlens features` writes)")
                                 .arg(npy)
                                 .toStdString());
        }
        const std::size_t position = shards.size();
        if (!shards.empty()) {
            const Input& first = shards.front();
            if (in.meta.extractorId != first.meta.extractorId) {
                throw InputError(
                    QStringLiteral("%1 was extracted with '%2' but %3 with '%4': features of "
                                   "different spaces cannot be merged")
                        .arg(npy, in.meta.extractorId, first.npy, first.meta.extractorId)
                        .toStdString());
            }
            if (metrics::npyMatrixCols(*in.reader) != metrics::npyMatrixCols(*first.reader)) {
                throw InputError(QStringLiteral("%1 has %2 dimensions but %3 has %4")
                                     .arg(npy)
                                     .arg(metrics::npyMatrixCols(*in.reader))
                                     .arg(first.npy)
                                     .arg(metrics::npyMatrixCols(*first.reader))
                                     .toStdString());
            }
            if (in.meta.totalItems != first.meta.totalItems) {
                throw InputError(QStringLiteral("%1 is a shard of a set of %2 items but %3 of %4: "
                                                "not the same input")
                                     .arg(npy)
                                     .arg(in.meta.totalItems)
                                     .arg(first.npy)
                                     .arg(first.meta.totalItems)
                                     .toStdString());
            }
        }
        const metrics::Shard expected {position, static_cast<std::size_t>(inputs.size())};
        if (in.meta.shard.index != expected.index || in.meta.shard.count != expected.count) {
            throw InputError(
                QStringLiteral("%1 is shard %2, but as input %3 of %4 it must be shard %5 "
                               "(give every shard, in shard order)")
                    .arg(npy, shardText(in.meta.shard))
                    .arg(position + 1)
                    .arg(inputs.size())
                    .arg(shardText(expected))
                    .toStdString());
        }
        const metrics::ShardRange range
            = metrics::shardRange(static_cast<std::size_t>(in.meta.totalItems), in.meta.shard);
        if (in.meta.first != qint64(range.begin) || in.meta.end != qint64(range.end)
            || rows + in.meta.skipped.size() != qint64(range.size())) {
            throw InputError(
                QStringLiteral("%1: shard %2 of %3 items must account for items %4 to %5, "
                               "but it has %6 rows and %7 skipped items: paths are missing")
                    .arg(npy, shardText(in.meta.shard))
                    .arg(in.meta.totalItems)
                    .arg(range.begin)
                    .arg(qint64(range.end) - 1)
                    .arg(rows)
                    .arg(in.meta.skipped.size())
                    .toStdString());
        }
        for (qsizetype line = 0; line < paths.size(); ++line) {
            const auto previous = seen.constFind(paths[line]);
            if (previous != seen.constEnd()) {
                throw InputError(QStringLiteral("%1:%2: '%3' is listed twice (also %4:%5)")
                                     .arg(in.paths)
                                     .arg(line + 1)
                                     .arg(paths[line], previous->first)
                                     .arg(previous->second)
                                     .toStdString());
            }
            seen.insert(paths[line], {in.paths, line + 1});
        }
        allPaths << paths;
        totalRows += rows;
        shards.push_back(std::move(in));
    }

    context.beginStage(QStringLiteral("merge"), totalRows);
    const FeatureFileMeta& first = shards.front().meta;
    FeatureFileMeta merged = first;
    merged.shard = metrics::Shard {};
    merged.first = 0;
    merged.end = first.totalItems;
    merged.skipped.clear();
    for (const Input& in : shards) {
        merged.skipped << in.meta.skipped;
    }
    const qint64 dim = metrics::npyMatrixCols(*shards.front().reader);
    try {
        metrics::NpyRowWriter writer(outNpy.toStdString(), metrics::NpyDtype::Float32, totalRows,
                                     dim);
        qint64 done = 0;
        // About 64 MB of rows at a time (every shard has the same row size, checked above).
        const std::size_t rowBytes = std::max<std::size_t>(shards.front().reader->rowBytes(), 1);
        const auto blockRows = std::int64_t(std::max<std::size_t>(1, (64u << 20) / rowBytes));
        std::vector<unsigned char> block(std::size_t(blockRows) * rowBytes);
        for (Input& in : shards) {
            for (;;) {
                const std::int64_t rows = in.reader->read(block.data(), blockRows);
                if (rows == 0) {
                    break;
                }
                writer.appendBytes(block.data(), std::uint64_t(rows) * in.reader->rowBytes());
                done += rows;
                if (!context.advance(done, totalRows)) {
                    throw metrics::Cancelled {};
                }
            }
        }
        writer.finish();
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
    writePathsFile(pathsFile, allPaths);
    merged.rows = totalRows;
    merged.dim = dim;
    merged.pathsFile = pathsEntry(outNpy, pathsFile);
    saveFile(metaFile(outNpy), QJsonDocument(metaToJson(merged)).toJson(QJsonDocument::Indented));
    return MergedFeatures {totalRows, dim, merged.extractorId, pathsFile};
}

} // namespace genlens::app
