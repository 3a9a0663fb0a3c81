#include "models/slicesmodel.h"

#include "models/metrictext.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace genlens::app {

namespace {

QString numberText(double value)
{
    if (std::isnan(value)) {
        return QStringLiteral("\u2013");
    }
    if (std::isinf(value)) {
        return value > 0 ? QStringLiteral("\u221e") : QStringLiteral("\u2212\u221e");
    }
    return QLocale().toString(value, 'g', 4);
}

QString shareText(double share)
{
    if (std::isnan(share)) {
        return QStringLiteral("\u2013");
    }
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

SlicesModel::SlicesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SlicesModel::setRun(std::shared_ptr<const RunResult> run)
{
    setSlices(SliceSet::fromRun(run.get()), run ? run->modality : QString());
}

void SlicesModel::setSlices(const SliceSet& slices, const QString& modality)
{
    beginResetModel();
    m_slices = slices;
    m_rows.clear();
    for (qsizetype i = 0; i < m_slices.slices.size(); ++i) {
        m_rows << i;
    }
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    endResetModel();
    // Worst first by the headline metric; without a ranked metric, dropped modes first.
    const int column = columnOfMetric(defaultSliceMetric(modality, m_slices));
    worstFirst(column >= 0 ? column : int(RatioColumn));
}

void SlicesModel::clear()
{
    setSlices({}, {});
}

const Slice& SlicesModel::sliceAt(int row) const
{
    return m_slices.slices.at(m_rows.at(row));
}

int SlicesModel::rowOfSlice(qsizetype index) const
{
    return int(m_rows.indexOf(index));
}

QString SlicesModel::metricKey(int column) const
{
    return m_slices.metricKeys.value(column - FirstMetricColumn);
}

int SlicesModel::columnOfMetric(const QString& key) const
{
    const qsizetype at = key.isEmpty() ? -1 : m_slices.metricKeys.indexOf(key);
    return at < 0 ? -1 : int(FirstMetricColumn + at);
}

Qt::SortOrder SlicesModel::worstFirstOrder(int column) const
{
    if (column >= FirstMetricColumn) {
        return metricDirection(metricKey(column)) == MetricDirection::LowerIsBetter
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    }
    // Names alphabetically; counts, shares and the ratio smallest (least covered) first.
    return Qt::AscendingOrder;
}

int SlicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlicesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(FirstMetricColumn + m_slices.metricKeys.size());
}

double SlicesModel::number(const Slice& slice, int column) const
{
    switch (column) {
    case RealCountColumn:
        return double(slice.realCount);
    case GeneratedCountColumn:
        return double(slice.generatedCount);
    case RealShareColumn:
        return slice.realShare;
    case GeneratedShareColumn:
        return slice.generatedShare;
    case RatioColumn:
        return slice.ratio();
    default:
        return slice.metric(metricKey(column));
    }
}

QVariant SlicesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Slice& slice = sliceAt(index.row());
    const int column = index.column();
    const QString warning
        = column >= FirstMetricColumn ? slice.warnings.value(metricKey(column)) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return slice.name;
        case RealCountColumn:
        case GeneratedCountColumn:
            return QLocale().toString(qint64(number(slice, column)));
        case RealShareColumn:
        case GeneratedShareColumn:
            return shareText(number(slice, column));
        default:
            return numberText(number(slice, column));
        }
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!warning.isEmpty()) {
            return warning;
        }
        if (column == NameColumn || column == RatioColumn) {
            switch (slice.coverage()) {
            case Slice::Coverage::Dropped:
                return tr("Dropped mode: the model makes (almost) none of these samples.");
            case Slice::Coverage::Over:
                return tr("Over-produced: the model makes far more of these than the real set "
                          "has.");
            default:
                break;
            }
        }
        return column == NameColumn && !slice.by.isEmpty() ? tr("Slice by %1").arg(slice.by)
                                                           : QVariant();
    case SortRole:
        return column == NameColumn ? QVariant(slice.name) : QVariant(number(slice, column));
    case SliceRole:
        return int(m_rows.at(index.row()));
    case UnreliableRole:
        return !warning.isEmpty();
    case WarningRole:
        return warning;
    case CoverageRole:
        return int(slice.coverage());
    default:
        return {};
    }
}

QVariant SlicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Slice");
        case RealCountColumn:
            return tr("Real");
        case GeneratedCountColumn:
            return tr("Generated");
        case RealShareColumn:
            return tr("Real share");
        case GeneratedShareColumn:
            return tr("Generated share");
        case RatioColumn:
            return tr("Gen./real");
        default:
            return metricKey(section);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RealCountColumn:
            return tr("Real samples in the slice");
        case GeneratedCountColumn:
            return tr("Generated samples in the slice");
        case RealShareColumn:
            return tr("The slice's share of the real set");
        case GeneratedShareColumn:
            return tr("The slice's share of the generated set");
        case RatioColumn:
            return tr("Generated share ÷ real share: near 0 the model dropped this mode, above 2 "
                      "it over-produces it");
        default:
            return section >= FirstMetricColumn ? metricMeaning(metricKey(section)) : QVariant();
        }
    }
    return {};
}

void SlicesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount()) {
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> sliceOfPersistent;
    for (const QModelIndex& index : before) {
        sliceOfPersistent << m_rows.at(index.row());
    }
    const bool descending = order == Qt::DescendingOrder;
    // Stable, undefined values last in either order, ties by name.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](qsizetype a, qsizetype b) {
        const Slice& x = m_slices.slices.at(a);
        const Slice& y = m_slices.slices.at(b);
        if (column == NameColumn) {
            const int c = QString::localeAwareCompare(x.name, y.name);
            return descending ? c > 0 : c < 0;
        }
        // A dropped mode's undefined metric ranks as the worst value (Slice::rankValue).
        const double u = column >= FirstMetricColumn ? x.rankValue(metricKey(column))
                                                     : number(x, column);
        const double v = column >= FirstMetricColumn ? y.rankValue(metricKey(column))
                                                     : number(y, column);
        if (std::isnan(u) != std::isnan(v)) {
            return std::isnan(v);
        }
        if (!std::isnan(u) && u != v) {
            return descending ? u > v : u < v;
        }
        return x.name < y.name;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        after << index(int(m_rows.indexOf(sliceOfPersistent.at(i))), before.at(i).column());
    }
    changePersistentIndexList(before, after);
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace genlens::app
