#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <limits>
#include <vector>

namespace genlens::app {

// Sorts a SampleTableModel by any column (scores numerically, undefined scores last in either
// order) and filters by a text fragment and by a score range.
class ScoreProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ScoreProxyModel(QObject* parent = nullptr);

    // Keeps rows whose score in `column` lies in [minimum, maximum] (undefined scores are
    // dropped while a range is set). column < 1 clears the range.
    void setScoreRange(int column, double minimum, double maximum);
    void clearScoreRange();
    int scoreRangeColumn() const { return m_rangeColumn; }
    // Keeps rows whose label, text or source contains `text` (case-insensitive); empty = all.
    void setTextFilter(const QString& text);
    // Keeps only these samples (set indices, e.g. a slice's members); clearMembers() shows all.
    void setMembers(const QList<qint64>& sampleIndices);
    void clearMembers();
    bool hasMemberFilter() const { return m_hasMembers; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_rangeColumn = -1;
    double m_minimum = -std::numeric_limits<double>::infinity();
    double m_maximum = std::numeric_limits<double>::infinity();
    QString m_text;
    bool m_hasMembers = false;
    std::vector<char> m_members; // by sample index (= source row)
};

} // namespace genlens::app
