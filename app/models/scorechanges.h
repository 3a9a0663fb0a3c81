#pragma once

#include "evaluation/runresult.h"

#include <limits>
#include <utility>
#include <vector>

namespace genlens::app {

// How the samples of one set are paired across two runs (run comparison). A pair is the same
// sample seen by both runs; samples without a partner are left out and counted, never paired
// with something else.
enum class SampleMatch {
    None, // nothing can be paired (a set is empty, or the samples carry no key)
    ByIndex, // the runs share the real set: the same index is the same sample
    ByContentHash, // images: identical bytes (Sample::contentHash)
    ByText, // text: identical text (Sample::text)
    ByUserId, // recommendation lists: the same user (Sample::text holds the user id)
};

// The rule for a set of two runs of `modality`: the shared real set by index, everything else
// by the modality's content key (images by content hash, text by text, lists by user id).
SampleMatch sampleMatchFor(const QString& modality, SetRole set, bool sharedRealSet);

// Pairs (index in A, index in B), in B's order. By key, the k-th sample of A with a key is paired
// with the k-th sample of B with the same key (duplicates pair in order; the rest stay
// unpaired); an empty key never matches. By index, a pair also needs equal content hashes when
// both samples have one.
std::vector<std::pair<qint64, qint64>> matchSamples(const RunResult& a, const RunResult& b,
                                                    SetRole set, SampleMatch rule);

struct ScoreChange
{
    qint64 indexA = -1;
    qint64 indexB = -1;
    double valueA = std::numeric_limits<double>::quiet_NaN();
    double valueB = std::numeric_limits<double>::quiet_NaN();
    double change() const { return valueB - valueA; } // signed, B − A
};

// One per-sample score of one set, compared sample by sample between run A and run B.
struct ScoreChanges
{
    SetRole set = SetRole::Generated;
    QString key;
    SampleMatch match = SampleMatch::None;
    qint64 countA = 0; // samples of the set in each run
    qint64 countB = 0;
    qint64 matched = 0; // pairs found
    qint64 undefined = 0; // pairs left out because the score is undefined (NaN) on a side
    // The pairs with the score defined on both sides, largest |B − A| first; ties by B's index.
    std::vector<ScoreChange> changes;
};

// Pairs the set's samples by sampleMatchFor() and ranks the pairs by |B − A| of `key` (a score
// column both runs have for the set; a run without it gives no changes, only the counts).
ScoreChanges scoreChanges(const RunResult& a, const RunResult& b, SetRole set, const QString& key,
                          bool sharedRealSet);

} // namespace genlens::app
