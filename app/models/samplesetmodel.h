#pragma once

#include "project/projectstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace genlens::app {

// The sample sets stored in a project (ProjectStore::sampleSets()).
class SampleSetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, CountColumn, SkippedColumn, ColumnCount };
    enum Role { SetIdRole = Qt::UserRole, ModalityRole, SourceRole, KindRole };
    Q_ENUM(Role)

    explicit SampleSetModel(QObject* parent = nullptr);

    void setSets(const QList<SampleSetSummary>& sets);
    const QList<SampleSetSummary>& sets() const { return m_sets; }
    int rowOfSet(qint64 setId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SampleSetSummary> m_sets;
};

} // namespace genlens::app
