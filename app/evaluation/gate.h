#pragma once

#include "evaluation/runresult.h"

#include <QList>
#include <QString>

namespace genlens::app {

// A --fail-if condition such as "fid>30", "precision<0.6" or "ndcg@10 <= 0.25": the run fails the
// gate when the condition holds. "slice:NAME:KEY>X" (issue 13) gates on a slice's metric.
struct Gate
{
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
    QString slice; // empty: the whole-set metric
    QString key;
    Op op = Op::Greater;
    double threshold = 0;
    QString text; // as the user wrote it, for messages

    bool holdsFor(double value) const;
};

// Parses a comma-separated list of conditions. Throws InputError naming the bad condition.
QList<Gate> parseGates(const QString& text);

struct GateVerdict
{
    QStringList failed;  // "fid>30 (fid = 41.2)"
    QStringList unknown; // keys the result does not have ("slice:cat:foo" for a slice's)
    QStringList unknownSlices; // slice names the result does not have
    QStringList slices;        // the slices the result has (for the message)
};

GateVerdict checkGates(const QList<Gate>& gates, const RunResult& result);

} // namespace genlens::app
