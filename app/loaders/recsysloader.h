#pragma once

#include "evaluation/runresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <genlens/metrics/progress.h>
#include <genlens/metrics/recsys/beyondaccuracy.h>
#include <genlens/metrics/recsys/interactions.h>
#include <vector>

namespace genlens::app {

// How one input file is read. Empty column names = detect (header names such as user/userId/
// user_id, item/itemId/movieId/docno, relevance/rating/score/prediction, rank; RecBole's
// "name:type" headers are understood) or take the columns by position.
struct RecsysFileOptions
{
    QString path;
    QString format = QStringLiteral("auto"); // "auto", "delimited", "trec"
    QString userColumn;
    QString itemColumn;
    QString valueColumn; // relevance (truth), score (recommendations), rating (training)
    // Set by the loader: the file actually read when `path` had to be converted to UTF-8 with
    // LF line ends (UTF-16/32, CR-only); messages always name `path`.
    QString readPath;
};

// What was read from one file, for the report and the JSON's "inputs".
struct RecsysFileReport
{
    QString path;
    QString format; // "csv", "tsv", "trec-qrels", "trec-run", "delimited(;)", ...
    bool header = false;
    QStringList columns; // the columns used: user, item[, value][, rank]
    qint64 lines = 0; // physical lines
    qint64 records = 0; // usable records
    qint64 issueCount = 0; // every skipped or questionable record, stored or not
    QList<InputIssue> issues; // at most kMaxStoredIssues, in file order
};

// One recommendations file's records (two can be held side by side for a comparison).
struct RecommendationFile
{
    std::vector<metrics::recsys::RecRecord> records;
    bool hasScores = false;
    bool hasRanks = false;
    std::vector<std::uint32_t> firstLine; // by user id: first line of the user, 0 = none
    std::vector<std::uint8_t> emptyList; // by user id: rows with the user but no item
    RecsysFileReport report;
};

// Reads the inputs of a recommendation evaluation (docs/recsys.md "Inputs"). Users and items of
// every file share one id space, interned in load order (truth, recommendations, training,
// items). Files are read in 1 MiB blocks (memory stays O(records), never O(file)). Unusable files
// (missing, unreadable, no usable record, unknown column name) throw InputError; bad records are
// skipped and reported as InputIssue{file, line, reason}.
class RecsysInputs
{
public:
    static constexpr int kMaxStoredIssues = 1000;

    // Recommendation files at least this large are parsed in two halves at once.
    qint64 parallelThreshold = qint64(16) << 20;

    RecsysFileReport loadTruth(const RecsysFileOptions& options,
                               const metrics::Progress& progress = {});
    RecommendationFile loadRecommendations(const RecsysFileOptions& options,
                                           const metrics::Progress& progress = {});
    RecsysFileReport loadTraining(const RecsysFileOptions& options,
                                  const metrics::Progress& progress = {});
    // item,category[|category...] (also space-separated RecBole token_seq), or item,v1,...,vd
    // (two or more numbers: a vector; every row must have the same dimension).
    RecsysFileReport loadItems(const RecsysFileOptions& options,
                               const metrics::Progress& progress = {});

    metrics::recsys::IdInterner users;
    metrics::recsys::IdInterner items;
    std::vector<metrics::recsys::TruthRecord> truth;
    std::vector<std::uint32_t> truthFirstLine; // by user id, 0 = not in the truth
    std::vector<metrics::recsys::TrainRecord> training;
    bool hasTraining = false;
    metrics::recsys::ItemFeatures features; // categories or vectors, by item id (grown on use)
    std::vector<std::uint8_t> itemFileItems; // by item id: listed in the item file
    bool hasItemFile = false;
    metrics::recsys::IdInterner categories;

    // Sizes features to the current item count (items interned after the item file included).
    void finalizeFeatures();
};

// Appends an issue, keeping at most kMaxStoredIssues.
void addIssue(RecsysFileReport& report, qint64 line, const QString& reason);

} // namespace genlens::app
