#include "evaluation/gate.h"

#include "evaluation/pipelinecontext.h"
#include "slices/sliceresult.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace genlens::app {

bool Gate::holdsFor(double value) const
{
    switch (op) {
    case Op::Less:
        return value < threshold;
    case Op::LessEqual:
        return value <= threshold;
    case Op::Greater:
        return value > threshold;
    case Op::GreaterEqual:
        return value >= threshold;
    case Op::Equal:
        return value == threshold;
    case Op::NotEqual:
        return value != threshold;
    }
    return false;
}

QList<Gate> parseGates(const QString& text)
{
    // slice:NAME:KEY — NAME is everything up to the last ':' before the key.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(?:slice:(.+):)?([A-Za-z_][A-Za-z0-9_@]*)\s*(<=|>=|==|!=|<|>)\s*([-+0-9.eE]+)\s*$)"));
    QList<Gate> gates;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = pattern.match(part);
        bool numeric = false;
        const double threshold = match.hasMatch() ? match.captured(4).toDouble(&numeric) : 0;
        if (!match.hasMatch() || !numeric) {
            throw InputError(QStringLiteral("--fail-if: cannot read '%1' (expected KEY OP NUMBER "
                                            "with OP one of < <= > >= == !=, e.g. 'fid>30', or "
                                            "slice:NAME:KEY OP NUMBER)")
                                 .arg(part.trimmed())
                                 .toStdString());
        }
        Gate gate;
        gate.slice = match.captured(1);
        gate.key = match.captured(2).toLower();
        const QString op = match.captured(3);
        gate.op = op == QLatin1String("<")    ? Gate::Op::Less
                  : op == QLatin1String("<=") ? Gate::Op::LessEqual
                  : op == QLatin1String(">")  ? Gate::Op::Greater
                  : op == QLatin1String(">=") ? Gate::Op::GreaterEqual
                  : op == QLatin1String("==") ? Gate::Op::Equal
                                              : Gate::Op::NotEqual;
        gate.threshold = threshold;
        gate.text = part.trimmed();
        gates << gate;
    }
    // Issue 15: `--fail-if ''` (an unset CI variable) used to gate nothing and pass.
    if (gates.isEmpty()) {
        throw InputError(QStringLiteral("--fail-if: no condition in '%1' (expected e.g. 'fid>30')")
                             .arg(text)
                             .toStdString());
    }
    return gates;
}

GateVerdict checkGates(const QList<Gate>& gates, const RunResult& result)
{
    GateVerdict verdict;
    const QList<SliceResult> slices
        = slicesFromJson(result.extra.value(QStringLiteral("slices")).toArray());
    for (const SliceResult& slice : slices) {
        verdict.slices << slice.name;
    }
    for (const Gate& gate : gates) {
        const MetricValue* metric = nullptr;
        QString key = gate.key;
        if (!gate.slice.isEmpty()) {
            const auto slice = std::find_if(slices.cbegin(), slices.cend(),
                                            [&](const SliceResult& s) { return s.name == gate.slice; });
            if (slice == slices.cend()) {
                verdict.unknownSlices << gate.slice;
                continue;
            }
            key = QStringLiteral("slice:%1:%2").arg(gate.slice, gate.key);
            for (const MetricValue& m : slice->metrics) {
                if (m.key == gate.key) {
                    metric = &m;
                }
            }
        } else {
            metric = result.metric(gate.key);
        }
        if (!metric) {
            verdict.unknown << key;
        } else if (std::isnan(metric->value)) {
            // A gate on an undefined value cannot vouch for the run.
            verdict.failed << QStringLiteral("%1 (%2 is undefined)").arg(gate.text, key);
        } else if (gate.holdsFor(metric->value)) {
            verdict.failed << QStringLiteral("%1 (%2 = %3)")
                                  .arg(gate.text, key, QString::number(metric->value, 'g', 6));
        }
    }
    return verdict;
}

} // namespace genlens::app
