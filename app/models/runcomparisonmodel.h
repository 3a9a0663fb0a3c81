#pragma once

#include "evaluation/runresult.h"

#include <QAbstractTableModel>

namespace genlens::app {

// Two runs' set-level metrics side by side: A, B, the difference B − A and whether B is better
// (from the metric's direction). Metrics present in only one run show n/a for the other.
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, AColumn, BColumn, DifferenceColumn, VerdictColumn, ColumnCount };
    enum Role { DifferenceRole = Qt::UserRole, ImprovedRole };
    Q_ENUM(Role)

    explicit RunComparisonModel(QObject* parent = nullptr);

    void setRuns(const QString& nameA, const QList<MetricValue>& a, const QString& nameB,
                 const QList<MetricValue>& b);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        double a;
        double b;
    };
    // +1 when B is better, -1 when worse, 0 when equal or undecidable.
    int verdict(const Row& row) const;
    QString m_nameA;
    QString m_nameB;
    QList<Row> m_rows;
};

} // namespace genlens::app
