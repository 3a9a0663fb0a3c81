#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace genlens::app {

// Values that a pipeline produces and that the store, the CLI's JSON, the models and the report
// consume. Plain values: they cross threads by queued signal (conventions.md habit 4).

enum class SetRole { Real = 0, Generated = 1 };

// A record that could not be used: file (or item), 1-based line/record (0 when none), reason.
struct InputIssue
{
    QString item;
    qint64 line = 0;
    QString reason;
};

// One usable sample of a set, in set order (index = position in SampleSet::samples).
struct Sample
{
    QString source;          // file path, or "file:line" for a record
    QString label;           // short human label: file name, first words, user id
    QByteArray contentHash;  // hex SHA-1 of the raw bytes (feature cache key)
    QString text;            // text modality: the sample; recsys: the user id
    QByteArray thumbnailPng; // images: encoded thumbnail (JPEG, longest side 128; PNG before
                             // schema 2), empty otherwise or once written to a project
    QJsonObject payload;     // modality extras: image size, a user's list with hits, ...
};

struct SampleSet
{
    SetRole role = SetRole::Real;
    QString source;          // what the user named: a folder, a file
    QString kind;            // "folder", "npz-batch", "features", "statistics", "text", "recsys"
    std::vector<Sample> samples;
    QList<InputIssue> skipped;
};

// A set-level metric. std is NaN when the metric has no spread.
struct MetricValue
{
    QString key;
    double value = std::numeric_limits<double>::quiet_NaN();
    double std = std::numeric_limits<double>::quiet_NaN();
};

// One per-sample score over a whole set (values.size() == set size; NaN where undefined).
struct ScoreColumn
{
    QString key;
    std::vector<double> values;
};

// A nearest-neighbour link from a sample of one set to a sample of the same or the other set.
struct Neighbour
{
    SetRole fromSet = SetRole::Generated;
    qint64 from = 0;
    SetRole toSet = SetRole::Real;
    qint64 to = 0;
    int rank = 0;            // 0 = nearest
    double distance = 0;
};

struct RunResult
{
    QString modality;                 // "image", "text", "recsys"
    QJsonObject extractor;            // {"id": "builtin-1", "dim": 512} when features are used
    QJsonObject settings;             // every setting that shaped the numbers (seed, k, ...)
    QString signature;                // text: sacrebleu-style; recsys: the convention; may be empty
    SampleSet real;
    SampleSet generated;
    QList<MetricValue> metrics;
    QList<ScoreColumn> realScores;
    QList<ScoreColumn> generatedScores;
    std::vector<Neighbour> neighbours;
    QJsonObject extra;                // modality-specific chart data (histograms, curves, ...)
    QMap<QString, qint64> timingsMs;  // stage -> wall milliseconds
    // Live k (issue 13): per feature space ("" for images, "emb_" for text embeddings), the
    // encoded metrics::LiveStatistics (metrics/sets/livek.h) that give PRDC, realism and
    // memorisation at any k ≤ 20 without the features. The project's live_statistics table.
    QMap<QString, QByteArray> liveStatistics;
    // Things the user should know about the numbers (a clamped cut-off, degenerate features):
    // the JSON's "warnings", and stderr in the CLI. Not stored in the project.
    QStringList warnings;

    const MetricValue* metric(const QString& key) const
    {
        for (const MetricValue& m : metrics) {
            if (m.key == key) {
                return &m;
            }
        }
        return nullptr;
    }
};

} // namespace genlens::app
