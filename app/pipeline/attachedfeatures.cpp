#include "pipeline/attachedfeatures.h"

#include "pipeline/featureshards.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/core/npyrows.h>
#include <genlens/metrics/image/decode.h>

namespace genlens::app {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw InputError(message.toStdString());
}

// The .npz member holding the features: --features-key, or the archive's only member.
std::string memberOf(const AttachedFeaturesSpec& spec)
{
    std::string key = spec.key.toStdString();
    if (key.empty()) {
        const std::vector<std::string> keys = metrics::npzKeys(spec.matrix.toStdString());
        if (keys.size() != 1) {
            refuse(QStringLiteral("%1: holds %2 arrays; name the features with --features-key")
                       .arg(spec.matrix)
                       .arg(keys.size()));
        }
        key = keys.front();
    }
    return key;
}

bool isNpz(const AttachedFeaturesSpec& spec)
{
    return spec.matrix.endsWith(QStringLiteral(".npz"), Qt::CaseInsensitive);
}

// Streamed into the matrix (no second copy), within the spec's limit.
metrics::RowMatrixXf readMatrix(const AttachedFeaturesSpec& spec)
{
    const metrics::NpyLimits limits = wholeArrayLimits(spec.maxBytes);
    try {
        if (isNpz(spec)) {
            return metrics::readNpzMatrixXf(spec.matrix.toStdString(), memberOf(spec), limits);
        }
        return metrics::readNpyMatrixXf(spec.matrix.toStdString(), limits);
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
}

// "#17" -> 17 (a batch row label), else -1.
qint64 batchRow(const QString& label)
{
    if (!label.startsWith(QLatin1Char('#'))) {
        return -1;
    }
    bool ok = false;
    const qint64 row = label.mid(1).toLongLong(&ok);
    return ok && row >= 0 ? row : -1;
}

QString absoluteClean(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// The documented order without a paths file: each usable sample's row.
std::vector<Eigen::Index> rowsByOrder(const AttachedFeaturesSpec& spec, const QString& setPath,
                                      const SampleSet& set, Eigen::Index rows)
{
    std::vector<Eigen::Index> at;
    at.reserve(set.samples.size());
    if (set.kind == QLatin1String("npz-batch")) {
        const qint64 items = qint64(set.samples.size()) + set.skipped.size();
        if (items != rows) {
            refuse(QStringLiteral("%1 has %2 rows but %3 has %4 images (row i belongs to image i)")
                       .arg(spec.matrix)
                       .arg(rows)
                       .arg(setPath)
                       .arg(items));
        }
        for (const Sample& sample : set.samples) {
            at.push_back(Eigen::Index(batchRow(sample.label)));
        }
        return at;
    }
    // Folder: the files with an image extension, sorted byte-wise (the loader's order).
    std::vector<QByteArray> files;
    for (const Sample& sample : set.samples) {
        files.push_back(sample.source.toUtf8());
    }
    for (const InputIssue& issue : set.skipped) {
        if (metrics::image::hasImageExtension(issue.item.toStdString())) {
            files.push_back(issue.item.toUtf8());
        }
    }
    std::sort(files.begin(), files.end());
    if (Eigen::Index(files.size()) != rows) {
        refuse(QStringLiteral("%1 has %2 rows but %3 has %4 image files (row i belongs to the i-th "
                              "image in sorted path order; give --*-features-paths otherwise)")
                   .arg(spec.matrix)
                   .arg(rows)
                   .arg(setPath)
                   .arg(files.size()));
    }
    for (const Sample& sample : set.samples) {
        const QByteArray key = sample.source.toUtf8();
        at.push_back(
            Eigen::Index(std::lower_bound(files.begin(), files.end(), key) - files.begin()));
    }
    return at;
}

std::vector<Eigen::Index> rowsByPaths(const AttachedFeaturesSpec& spec, const QString& setPath,
                                      const SampleSet& set, Eigen::Index rows)
{
    const QStringList lines = readPathsFile(spec.pathsFile);
    if (lines.size() != rows) {
        refuse(QStringLiteral("%1 has %2 rows but %3 lists %4 paths")
                   .arg(spec.matrix)
                   .arg(rows)
                   .arg(spec.pathsFile)
                   .arg(lines.size()));
    }
    const bool batch = set.kind == QLatin1String("npz-batch");
    const QString folder = batch ? QString() : absoluteClean(setPath);
    // Every item of the set (usable or not) by its key: absolute path, or "#row" for a batch.
    QHash<QString, qsizetype> sampleOf;
    for (qsizetype i = 0; i < qsizetype(set.samples.size()); ++i) {
        const Sample& s = set.samples[std::size_t(i)];
        sampleOf.insert(batch ? s.label : absoluteClean(s.source), i);
    }
    QHash<QString, qsizetype> skippedItems;
    for (const InputIssue& issue : set.skipped) {
        skippedItems.insert(
            batch ? QStringLiteral("#%1").arg(issue.line - 1) : absoluteClean(issue.item), 0);
    }
    std::vector<Eigen::Index> at(set.samples.size(), -1);
    QHash<QString, qsizetype> lineOf;
    for (qsizetype line = 0; line < lines.size(); ++line) {
        const QString& entry = lines[line];
        const QString key = batch         ? entry
            : QDir::isAbsolutePath(entry) ? QDir::cleanPath(entry)
                                          : QDir::cleanPath(folder + QLatin1Char('/') + entry);
        const auto twice = lineOf.constFind(key);
        if (twice != lineOf.constEnd()) {
            refuse(QStringLiteral(
                       "%1:%2: '%3' is listed twice (also line %4); %5 has one row per line")
                       .arg(spec.pathsFile)
                       .arg(line + 1)
                       .arg(entry)
                       .arg(*twice + 1)
                       .arg(spec.matrix));
        }
        lineOf.insert(key, line);
        const auto sample = sampleOf.constFind(key);
        if (sample != sampleOf.constEnd()) {
            at[std::size_t(*sample)] = Eigen::Index(line);
        } else if (!skippedItems.contains(key)) {
            refuse(QStringLiteral("%1:%2: '%3' is not an image of %4 (row %5 of %6 has no image)")
                       .arg(spec.pathsFile)
                       .arg(line + 1)
                       .arg(entry, setPath)
                       .arg(line)
                       .arg(spec.matrix));
        }
    }
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (at[i] < 0) {
            refuse(QStringLiteral("%1 does not list %2 (an image of %3 without a row in %4)")
                       .arg(spec.pathsFile, batch ? set.samples[i].label : set.samples[i].source,
                            setPath, spec.matrix));
        }
    }
    return at;
}

class PlaceholderExtractor final : public metrics::image::FeatureExtractor
{
public:
    explicit PlaceholderExtractor(int dim)
        : m_dim(dim)
    { }
    std::string id() const override { return "attached"; }
    int dim() const override { return m_dim; }
    metrics::RowMatrixXf extract(const std::vector<cv::Mat>& rgb) override
    {
        return metrics::RowMatrixXf::Zero(Eigen::Index(rgb.size()), m_dim);
    }

private:
    int m_dim;
};

} // namespace

metrics::NpyLimits wholeArrayLimits(std::uint64_t maxBytes)
{
    metrics::NpyLimits limits;
    limits.maxBytes = maxBytes;
    limits.raiseHint = "raise it with --max-member-mb";
    return limits;
}

void checkFeaturesId(const QString& id)
{
    if (id.trimmed().isEmpty()) {
        refuse(QStringLiteral("attached features need --features-id NAME (the feature space, e.g. "
                              "inception-pool3), stored with the run"));
    }
    if (id.startsWith(QLatin1String("builtin")) || id.startsWith(QLatin1String("onnx:"))) {
        refuse(QStringLiteral("--features-id '%1': names starting with 'builtin' or 'onnx:' are "
                              "GenLens's own extractors")
                   .arg(id));
    }
}

qint64 attachedFeaturesDim(const AttachedFeaturesSpec& spec)
{
    if (!QFileInfo::exists(spec.matrix)) {
        refuse(QStringLiteral("%1: no such file").arg(spec.matrix));
    }
    // The header only (an .npz member is inflated no further than its header), checked against
    // the limit before any row is read.
    try {
        const metrics::NpyLimits limits = wholeArrayLimits(spec.maxBytes);
        const std::string path = spec.matrix.toStdString();
        const metrics::NpyInfo info = isNpz(spec)
            ? metrics::readNpzMemberInfo(path, memberOf(spec), limits)
            : metrics::readNpyInfo(path, limits);
        if (info.shape.size() != 2) {
            refuse(QStringLiteral("%1: expected a 2-D feature matrix N×D, found %2 dimensions")
                       .arg(spec.matrix)
                       .arg(info.shape.size()));
        }
        return qint64(info.shape[1]);
    } catch (const metrics::NpyError& e) {
        throw InputError(e.what());
    }
}

metrics::RowMatrixXf alignAttachedFeatures(const AttachedFeaturesSpec& spec, const QString& setPath,
                                           const SampleSet& set)
{
    const metrics::RowMatrixXf all = readMatrix(spec);
    const std::vector<Eigen::Index> rows = spec.pathsFile.isEmpty()
        ? rowsByOrder(spec, setPath, set, all.rows())
        : rowsByPaths(spec, setPath, set, all.rows());
    metrics::RowMatrixXf out(Eigen::Index(rows.size()), all.cols());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!all.row(rows[i]).allFinite()) {
            refuse(QStringLiteral("%1: row %2 (%3) holds NaN or Inf")
                       .arg(spec.matrix)
                       .arg(rows[i])
                       .arg(set.samples[i].label));
        }
        out.row(Eigen::Index(i)) = all.row(rows[i]);
    }
    return out;
}

metrics::RowMatrixXf alignAttachedTextFeatures(const AttachedFeaturesSpec& spec,
                                               const QString& setPath,
                                               const std::vector<qint64>& records,
                                               qint64 recordCount)
{
    const metrics::RowMatrixXf all = readMatrix(spec);
    const qint64 usable = qint64(records.size());
    std::vector<Eigen::Index> at(records.size());
    if (spec.pathsFile.isEmpty()) {
        if (all.rows() == recordCount) {
            for (std::size_t i = 0; i < records.size(); ++i) {
                at[i] = Eigen::Index(records[i] - 1);
            }
        } else if (all.rows() == usable) {
            for (std::size_t i = 0; i < records.size(); ++i) {
                at[i] = Eigen::Index(i);
            }
        } else {
            refuse(QStringLiteral(
                       "%1 has %2 rows but %3 has %4 records (%5 usable): one row per record "
                       "or per usable text")
                       .arg(spec.matrix)
                       .arg(all.rows())
                       .arg(setPath)
                       .arg(recordCount)
                       .arg(usable));
        }
    } else {
        const QStringList lines = readPathsFile(spec.pathsFile);
        if (lines.size() != all.rows()) {
            refuse(QStringLiteral("%1 has %2 rows but %3 lists %4 records")
                       .arg(spec.matrix)
                       .arg(all.rows())
                       .arg(spec.pathsFile)
                       .arg(lines.size()));
        }
        QHash<qint64, qsizetype> rowOf;
        for (qsizetype line = 0; line < lines.size(); ++line) {
            bool ok = false;
            const qint64 record = lines[line].trimmed().toLongLong(&ok);
            if (!ok || record < 1 || record > recordCount) {
                refuse(QStringLiteral("%1:%2: '%3' is not a record number of %4 (1 to %5)")
                           .arg(spec.pathsFile)
                           .arg(line + 1)
                           .arg(lines[line], setPath)
                           .arg(recordCount));
            }
            if (rowOf.contains(record)) {
                refuse(QStringLiteral("%1:%2: record %3 is listed twice (also line %4)")
                           .arg(spec.pathsFile)
                           .arg(line + 1)
                           .arg(record)
                           .arg(rowOf.value(record) + 1));
            }
            rowOf.insert(record, line);
        }
        for (std::size_t i = 0; i < records.size(); ++i) {
            const auto row = rowOf.constFind(records[i]);
            if (row == rowOf.constEnd()) {
                refuse(
                    QStringLiteral("%1 does not list record %2 of %3 (a text without a row in %4)")
                        .arg(spec.pathsFile)
                        .arg(records[i])
                        .arg(setPath, spec.matrix));
            }
            at[i] = Eigen::Index(*row);
        }
    }
    metrics::RowMatrixXf out(Eigen::Index(at.size()), all.cols());
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (!all.row(at[i]).allFinite()) {
            refuse(QStringLiteral("%1: row %2 holds NaN or Inf").arg(spec.matrix).arg(at[i]));
        }
        out.row(Eigen::Index(i)) = all.row(at[i]);
    }
    return out;
}

std::unique_ptr<metrics::image::FeatureExtractor> makeAttachedPlaceholderExtractor(int dim)
{
    return std::make_unique<PlaceholderExtractor>(dim);
}

} // namespace genlens::app
