#include "models/runlistmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace genlens::app {

RunListModel::RunListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunListModel::setRuns(const QList<RunSummary>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunListModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs[row].id == runId) {
            return row;
        }
    }
    return -1;
}

const RunSummary* RunListModel::run(int row) const
{
    if (row < 0 || row >= m_runs.size()) {
        return nullptr;
    }
    return &m_runs[row];
}

QString RunListModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Finished:
        return tr("Finished");
    case RunStatus::Cancelled:
        return tr("Cancelled");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString RunListModel::modalityText(const QString& modality)
{
    if (modality == QLatin1String("image")) {
        return tr("Images");
    }
    if (modality == QLatin1String("text")) {
        return tr("Text");
    }
    if (modality == QLatin1String("recsys")) {
        return tr("Recommendations");
    }
    return modality;
}

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunSummary& run = m_runs[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunColumn:
            return tr("Run %1 · %2").arg(run.id).arg(modalityText(run.modality));
        case StatusColumn:
            return statusText(run.status);
        case StartedColumn:
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = tr("Real: %1\nGenerated: %2")
                          .arg(run.realSource.isEmpty() ? tr("(none)") : run.realSource,
                               run.generatedSource.isEmpty() ? tr("(none)") : run.generatedSource);
        if (!run.error.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Error: %1").arg(run.error);
        }
        return tip;
    }
    case RunIdRole:
        return run.id;
    case ModalityRole:
        return run.modality;
    case StatusRole:
        return static_cast<int>(run.status);
    case RealSetIdRole:
        return run.realSetId;
    case GeneratedSetIdRole:
        return run.generatedSetId;
    default:
        return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RunColumn:
        return tr("Run");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

QHash<int, QByteArray> RunListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RunIdRole, "runId");
    names.insert(ModalityRole, "modality");
    names.insert(StatusRole, "status");
    names.insert(RealSetIdRole, "realSetId");
    names.insert(GeneratedSetIdRole, "generatedSetId");
    return names;
}

} // namespace genlens::app
