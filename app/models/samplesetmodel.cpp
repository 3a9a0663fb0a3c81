#include "models/samplesetmodel.h"

#include "models/runlistmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace genlens::app {

SampleSetModel::SampleSetModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SampleSetModel::setSets(const QList<SampleSetSummary>& sets)
{
    beginResetModel();
    m_sets = sets;
    endResetModel();
}

int SampleSetModel::rowOfSet(qint64 setId) const
{
    for (int row = 0; row < m_sets.size(); ++row) {
        if (m_sets[row].id == setId) {
            return row;
        }
    }
    return -1;
}

int SampleSetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sets.size());
}

int SampleSetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleSetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SampleSetSummary& set = m_sets[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn: {
            // The last path component is what tells sets apart in a narrow panel; the tooltip
            // has the whole path.
            const QString name = QFileInfo(set.source).fileName();
            return name.isEmpty() ? set.source : name;
        }
        case CountColumn:
            return QLocale().toString(set.count);
        case SkippedColumn:
            return QLocale().toString(set.skippedCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\n%2, %3 samples, %4 skipped")
            .arg(set.source, RunListModel::modalityText(set.modality),
                 QLocale().toString(set.count), QLocale().toString(set.skippedCount));
    case Qt::TextAlignmentRole:
        if (index.column() != SourceColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SetIdRole:
        return set.id;
    case ModalityRole:
        return set.modality;
    case SourceRole:
        return set.source;
    case KindRole:
        return set.kind;
    default:
        return {};
    }
}

QVariant SampleSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SourceColumn:
        return tr("Sample set");
    case CountColumn:
        return tr("Samples");
    case SkippedColumn:
        return tr("Skipped");
    default:
        return {};
    }
}

} // namespace genlens::app
