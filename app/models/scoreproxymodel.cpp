#include "models/scoreproxymodel.h"

#include "models/sampletablemodel.h"

#include <cmath>

namespace genlens::app {

ScoreProxyModel::ScoreProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SampleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ScoreProxyModel::setScoreRange(int column, double minimum, double maximum)
{
    m_rangeColumn = column < 1 ? -1 : column;
    m_minimum = minimum;
    m_maximum = maximum;
    invalidateFilter();
}

void ScoreProxyModel::clearScoreRange()
{
    setScoreRange(-1, -std::numeric_limits<double>::infinity(),
                  std::numeric_limits<double>::infinity());
}

void ScoreProxyModel::setTextFilter(const QString& text)
{
    m_text = text;
    invalidateFilter();
}

void ScoreProxyModel::setMembers(const QList<qint64>& sampleIndices)
{
    m_hasMembers = true;
    m_members.clear();
    for (const qint64 index : sampleIndices) {
        if (index < 0) {
            continue;
        }
        if (std::size_t(index) >= m_members.size()) {
            m_members.resize(std::size_t(index) + 1, 0);
        }
        m_members[std::size_t(index)] = 1;
    }
    invalidateFilter();
}

void ScoreProxyModel::clearMembers()
{
    if (!m_hasMembers) {
        return;
    }
    m_hasMembers = false;
    m_members.clear();
    invalidateFilter();
}

bool ScoreProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        // Undefined scores go to the end whichever way the column is sorted: the view calls
        // lessThan with swapped arguments for descending order, so answer accordingly.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        if (std::isnan(x) || std::isnan(y)) {
            if (std::isnan(x) && std::isnan(y)) {
                return left.row() < right.row();
            }
            return descending ? std::isnan(x) : std::isnan(y);
        }
        if (x == y) {
            // Stable and deterministic for ties: set order.
            return descending ? left.row() > right.row() : left.row() < right.row();
        }
        return x < y;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ScoreProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    // Rows are samples in set order, so the row is the sample index.
    if (m_hasMembers
        && (sourceRow < 0 || std::size_t(sourceRow) >= m_members.size()
            || !m_members[std::size_t(sourceRow)])) {
        return false;
    }
    if (!m_text.isEmpty()) {
        const QModelIndex first = model->index(sourceRow, 0, sourceParent);
        const bool found = first.data(SampleTableModel::LabelRole)
                               .toString()
                               .contains(m_text, Qt::CaseInsensitive)
            || first.data(SampleTableModel::TextRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive)
            || first.data(SampleTableModel::SourceRole)
                   .toString()
                   .contains(m_text, Qt::CaseInsensitive);
        if (!found) {
            return false;
        }
    }
    if (m_rangeColumn >= 1 && m_rangeColumn < model->columnCount(sourceParent)) {
        const double value = model->index(sourceRow, m_rangeColumn, sourceParent)
                                 .data(SampleTableModel::SortRole)
                                 .toDouble();
        if (std::isnan(value) || value < m_minimum || value > m_maximum) {
            return false;
        }
    }
    return true;
}

} // namespace genlens::app
