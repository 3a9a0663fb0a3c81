#pragma once

#include "project/projectstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace genlens::app {

// The runs of a project, newest first, as the side panel and the run pickers show them. A view
// over ProjectStore::runs(); holds no connection.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RunColumn, StatusColumn, StartedColumn, ColumnCount };
    enum Role {
        RunIdRole = Qt::UserRole,
        ModalityRole,
        StatusRole, // int(RunStatus)
        RealSetIdRole,
        GeneratedSetIdRole,
    };
    Q_ENUM(Role)

    explicit RunListModel(QObject* parent = nullptr);

    void setRuns(const QList<RunSummary>& runs);
    const QList<RunSummary>& runs() const { return m_runs; }
    // Row of the run with this id, or -1.
    int rowOfRun(qint64 runId) const;
    const RunSummary* run(int row) const;

    static QString statusText(RunStatus status);
    static QString modalityText(const QString& modality);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RunSummary> m_runs;
};

} // namespace genlens::app
