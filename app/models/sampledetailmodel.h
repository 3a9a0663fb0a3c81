#pragma once

#include "evaluation/runresult.h"
#include "models/scoredistributions.h"

#include <QAbstractTableModel>
#include <memory>

namespace genlens::app {

// Every per-sample score of one sample with its percentile in its own set (drill-down panel).
class SampleDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScoreColumn, ValueColumn, PercentileColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole, ValueRole, PercentileRole };
    Q_ENUM(Role)

    explicit SampleDetailModel(QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    void setSample(SetRole set, qint64 index);
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
        double value;
        double percentile;
    };
    std::shared_ptr<const RunResult> m_run;
    ScoreDistributions m_distributions;
    QList<Row> m_rows;
};

} // namespace genlens::app
