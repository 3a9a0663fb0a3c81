#pragma once

#include "evaluation/pipelinecontext.h"
#include "evaluation/runresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <genlens/metrics/core/matrix.h>
#include <genlens/metrics/core/shard.h>

namespace genlens::app {

// Feature files written by `genlens features` and joined by `genlens merge` (docs/cluster.md).
// A feature file F.npy (float32 N x D) travels with two files beside it:
//   F.paths.txt  one line per row: the image's path relative to the input folder ("#17" for row
//                17 of an image batch; the 1-based record number for text), or the --paths file;
//   F.meta.json  what the rows are: extractor id and dimension, the input, the shard, the share
//                of the set's items it covers and the items it skipped (see FeatureFileMeta).
// The paths file stays a plain list (usable as --real-features-paths); everything else about the
// rows is in the JSON sidecar, which a reader never has to parse out of the list.

// "I/N" with 0 <= I < N; throws InputError with the reason for anything else ("0/0", "5/4", "a/b").
metrics::Shard parseShard(const QString& text);
QString shardText(const metrics::Shard& shard); // "I/N"

QString defaultPathsFile(const QString& npyPath); // F.npy -> F.paths.txt
QString metaFile(const QString& npyPath); // F.npy -> F.meta.json

struct FeatureFileMeta
{
    QString extractorId;
    qint64 dim = 0;
    QString modality; // "image" or "text"
    QString input; // the --input as given
    QString inputKind; // "folder", "npz-batch", "text"
    metrics::Shard shard;
    qint64 totalItems
        = 0; // items of the whole input (image: files or batch rows; text: usable texts)
    qint64 first = 0; // the shard's items: [first, end) of the documented order
    qint64 end = 0;
    qint64 rows = 0; // rows in F.npy (= end - first - skipped)
    QString pathsFile; // as written: relative to the sidecar's folder when beside it
    QList<InputIssue> skipped; // items of the shard without a row (undecodable files, ...)
};

// Writes F.npy, the paths file and F.meta.json (meta.rows and meta.pathsFile are filled in here).
// Throws InputError naming the file that cannot be written.
void writeFeatureFile(const QString& npyPath, const QString& pathsFile,
                      const metrics::RowMatrixXf& features, const QStringList& rowPaths,
                      FeatureFileMeta meta);

FeatureFileMeta readFeatureMeta(const QString& npyPath); // throws InputError
// One entry per line (a trailing newline is optional); throws InputError naming the file and the
// line of an empty entry.
QStringList readPathsFile(const QString& path);
void writePathsFile(const QString& path, const QStringList& rowPaths);

struct MergedFeatures
{
    qint64 rows = 0;
    qint64 dim = 0;
    QString extractorId;
    QString pathsFile;
};

// Concatenates feature shards given in shard order into outNpy (+ paths file + sidecar), streaming
// (memory holds one block). Refuses, naming the files: a missing sidecar or paths file, row counts
// that disagree with the paths file, different extractor ids or dimensions, shards not numbered
// 0..N-1 in the given order or from different splits, a shard whose rows and skipped items do not
// cover its share (a path missing), a path listed twice.
MergedFeatures mergeFeatureFiles(const QStringList& inputs, const QString& outNpy,
                                 const QString& pathsFile, PipelineContext& context);

} // namespace genlens::app
