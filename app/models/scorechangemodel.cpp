#include "models/scorechangemodel.h"

#include "models/metricsmodel.h"
#include "models/sampletablemodel.h"

#include <cmath>

namespace genlens::app {

ScoreChangeModel::ScoreChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ScoreChangeModel::setRuns(std::shared_ptr<const RunResult> a,
                               std::shared_ptr<const RunResult> b, bool sharedRealSet)
{
    m_a = std::move(a);
    m_b = std::move(b);
    m_sharedReal = sharedRealSet;
    if (!keys(m_changes.set).contains(m_changes.key)) {
        m_changes.key.clear();
    }
    recompute();
}

void ScoreChangeModel::setScore(SetRole set, const QString& key)
{
    m_changes.set = set;
    m_changes.key = key;
    recompute();
}

void ScoreChangeModel::clear()
{
    setRuns(nullptr, nullptr, false);
}

QStringList ScoreChangeModel::keys(SetRole set) const
{
    QStringList keys;
    if (!m_a || !m_b) {
        return keys;
    }
    const QList<ScoreColumn>& columnsA
        = set == SetRole::Real ? m_a->realScores : m_a->generatedScores;
    const QList<ScoreColumn>& columnsB
        = set == SetRole::Real ? m_b->realScores : m_b->generatedScores;
    for (const ScoreColumn& column : columnsA) {
        for (const ScoreColumn& other : columnsB) {
            if (other.key == column.key && !keys.contains(column.key)) {
                keys << column.key;
            }
        }
    }
    return keys;
}

void ScoreChangeModel::recompute()
{
    beginResetModel();
    const SetRole set = m_changes.set;
    const QString key = m_changes.key;
    if (m_a && m_b) {
        m_changes = scoreChanges(*m_a, *m_b, set, key, m_sharedReal);
    } else {
        m_changes = ScoreChanges {};
        m_changes.set = set;
        m_changes.key = key;
    }
    endResetModel();
}

qint64 ScoreChangeModel::indexB(int row) const
{
    return row >= 0 && size_t(row) < m_changes.changes.size()
        ? m_changes.changes[size_t(row)].indexB
        : -1;
}

QString ScoreChangeModel::label(const RunResult& run, qint64 index) const
{
    const SampleSet& set = m_changes.set == SetRole::Real ? run.real : run.generated;
    if (index < 0 || size_t(index) >= set.samples.size()) {
        return {};
    }
    const Sample& sample = set.samples[size_t(index)];
    return sample.label.isEmpty() ? sample.source : sample.label;
}

int ScoreChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.changes.size());
}

int ScoreChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ScoreChange& change = m_changes.changes[size_t(index.row())];
    const double difference = change.change();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelAColumn:
            return label(*m_a, change.indexA);
        case LabelBColumn:
            return label(*m_b, change.indexB);
        case ValueAColumn:
            return MetricsModel::formatValue(change.valueA);
        case ValueBColumn:
            return MetricsModel::formatValue(change.valueB);
        case ChangeColumn:
            return (difference > 0 ? QStringLiteral("+") : QString())
                + MetricsModel::formatValue(difference);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= ValueAColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LabelAColumn || index.column() == LabelBColumn) {
            const RunResult& run = index.column() == LabelAColumn ? *m_a : *m_b;
            const qint64 at = index.column() == LabelAColumn ? change.indexA : change.indexB;
            const SampleSet& set = m_changes.set == SetRole::Real ? run.real : run.generated;
            return set.samples[size_t(at)].source;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case LabelAColumn:
            return label(*m_a, change.indexA);
        case LabelBColumn:
            return label(*m_b, change.indexB);
        case ValueAColumn:
            return change.valueA;
        case ValueBColumn:
            return change.valueB;
        case ChangeColumn:
            return std::abs(difference);
        default:
            return {};
        }
    case ChangeRole:
        return difference;
    case AbsoluteChangeRole:
        return std::abs(difference);
    case IndexARole:
        return change.indexA;
    case IndexBRole:
        return change.indexB;
    case SetRoleRole:
        return static_cast<int>(m_changes.set);
    default:
        return {};
    }
}

QVariant ScoreChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section >= ValueAColumn && section < ColumnCount) {
        return scoreDisplayName(m_changes.key);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case LabelAColumn:
        return tr("Sample in A");
    case LabelBColumn:
        return tr("Sample in B");
    case ValueAColumn:
        return tr("Value in A");
    case ValueBColumn:
        return tr("Value in B");
    case ChangeColumn:
        return tr("Change (B − A)");
    default:
        return {};
    }
}

} // namespace genlens::app
