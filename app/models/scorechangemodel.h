#pragma once

#include "models/scorechanges.h"

#include <QAbstractTableModel>
#include <memory>

namespace genlens::app {

// The run comparison's "changed most" table: the samples of one set paired across run A and
// run B (see scorechanges.h for the matching rules) with one per-sample score in both runs,
// largest |B − A| first. Sort through a QSortFilterProxyModel on SortRole (labels as text,
// values and the change as numbers; the change column sorts by |B − A|).
class ScoreChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelAColumn,
        LabelBColumn,
        ValueAColumn,
        ValueBColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        ChangeRole, // signed B − A (double)
        AbsoluteChangeRole, // |B − A|
        IndexARole, // the sample's index in run A's set
        IndexBRole, // … in run B's set
        SetRoleRole, // int(SetRole)
    };
    Q_ENUM(Role)

    explicit ScoreChangeModel(QObject* parent = nullptr);

    // The two runs; sharedRealSet says whether their real sets are the same stored set (then the
    // real set pairs by index). Keeps the chosen set and score when both runs still have it.
    void setRuns(std::shared_ptr<const RunResult> a, std::shared_ptr<const RunResult> b,
                 bool sharedRealSet);
    void setScore(SetRole set, const QString& key);
    void clear();

    // Score keys of the set that both runs have, in run A's order.
    QStringList keys(SetRole set) const;
    SetRole set() const { return m_changes.set; }
    QString key() const { return m_changes.key; }
    const ScoreChanges& changes() const { return m_changes; }
    // Run B's sample index of a row (for the drill-down).
    qint64 indexB(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void recompute();
    QString label(const RunResult& run, qint64 index) const;

    std::shared_ptr<const RunResult> m_a;
    std::shared_ptr<const RunResult> m_b;
    bool m_sharedReal = false;
    ScoreChanges m_changes;
};

} // namespace genlens::app
