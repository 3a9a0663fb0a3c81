#include "models/sampletablemodel.h"

#include "models/metricsmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace genlens::app {

SampleTableModel::SampleTableModel(SetRole set, QObject* parent)
    : QAbstractTableModel(parent)
    , m_set(set)
{ }

void SampleTableModel::setRun(std::shared_ptr<const RunResult> run)
{
    beginResetModel();
    m_run = std::move(run);
    const SampleSet* samples = sampleSet();
    m_marked.assign(samples != nullptr ? samples->samples.size() : 0, 0);
    m_markedList.clear();
    if (m_flagged.size() != m_marked.size()) {
        m_flagged.clear();
    }
    endResetModel();
}

void SampleTableModel::setFlagged(std::vector<char> flags)
{
    if (flags.size() != m_marked.size()) {
        flags.clear();
    }
    if (flags == m_flagged) {
        return;
    }
    m_flagged = std::move(flags);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {FlaggedRole});
    }
}

bool SampleTableModel::isFlagged(qint64 sampleIndex) const
{
    return sampleIndex >= 0 && static_cast<size_t>(sampleIndex) < m_flagged.size()
        && m_flagged[static_cast<size_t>(sampleIndex)] != 0;
}

void SampleTableModel::clear()
{
    setRun(nullptr);
}

const SampleSet* SampleTableModel::sampleSet() const
{
    if (!m_run) {
        return nullptr;
    }
    return m_set == SetRole::Real ? &m_run->real : &m_run->generated;
}

const QList<ScoreColumn>* SampleTableModel::scores() const
{
    if (!m_run) {
        return nullptr;
    }
    return m_set == SetRole::Real ? &m_run->realScores : &m_run->generatedScores;
}

bool SampleTableModel::hasImages(const RunResult& run, SetRole set)
{
    const SampleSet& samples = set == SetRole::Real ? run.real : run.generated;
    return run.modality == QLatin1String("image") && samples.kind != QLatin1String("features")
        && samples.kind != QLatin1String("statistics");
}

QStringList SampleTableModel::scoreKeys() const
{
    QStringList keys;
    if (const QList<ScoreColumn>* columns = scores()) {
        for (const ScoreColumn& column : *columns) {
            keys << column.key;
        }
    }
    return keys;
}

int SampleTableModel::columnOfScore(const QString& key) const
{
    const int at = static_cast<int>(scoreKeys().indexOf(key));
    return at < 0 ? -1 : at + 1;
}

void SampleTableModel::setMarked(const QList<qint64>& sampleIndices)
{
    const QList<qint64> previous = m_markedList;
    for (qint64 index : previous) {
        m_marked[static_cast<size_t>(index)] = 0;
    }
    m_markedList.clear();
    for (qint64 index : sampleIndices) {
        if (index >= 0 && static_cast<size_t>(index) < m_marked.size()) {
            m_marked[static_cast<size_t>(index)] = 1;
            m_markedList << index;
        }
    }
    // Few rows change; signal them one by one rather than resetting 100k rows.
    const int lastColumn = columnCount() - 1;
    for (const QList<qint64>* list :
         {&previous, static_cast<const QList<qint64>*>(&m_markedList)}) {
        for (qint64 index : *list) {
            const int row = static_cast<int>(index);
            emit dataChanged(this->index(row, 0), this->index(row, lastColumn), {MarkedRole});
        }
    }
}

bool SampleTableModel::isMarked(qint64 sampleIndex) const
{
    return sampleIndex >= 0 && static_cast<size_t>(sampleIndex) < m_marked.size()
        && m_marked[static_cast<size_t>(sampleIndex)] != 0;
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    const SampleSet* samples = sampleSet();
    if (parent.isValid() || samples == nullptr) {
        return 0;
    }
    return static_cast<int>(samples->samples.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    const QList<ScoreColumn>* columns = scores();
    return 1 + (columns != nullptr ? static_cast<int>(columns->size()) : 0);
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Sample& sample = sampleSet()->samples[static_cast<size_t>(index.row())];
    const bool isText = m_run->modality == QLatin1String("text");
    double score = std::numeric_limits<double>::quiet_NaN();
    if (index.column() > 0) {
        const ScoreColumn& column = (*scores())[index.column() - 1];
        if (static_cast<size_t>(index.row()) < column.values.size()) {
            score = column.values[static_cast<size_t>(index.row())];
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0) {
            if (isText && !sample.text.isEmpty()) {
                return sample.text;
            }
            return sample.label.isEmpty() ? QString::number(index.row()) : sample.label;
        }
        return MetricsModel::formatValue(score);
    case Qt::ToolTipRole:
        if (index.column() == 0) {
            return sample.source.isEmpty() ? sample.label : sample.source;
        }
        return scoreDisplayName((*scores())[index.column() - 1].key);
    case Qt::TextAlignmentRole:
        if (index.column() > 0) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SampleIndexRole:
        return static_cast<qint64>(index.row());
    case SetRoleRole:
        return static_cast<int>(m_set);
    case SourceRole:
        return sample.source;
    case LabelRole:
        return sample.label;
    case TextRole:
        return sample.text;
    case PayloadRole:
        return sample.payload;
    case MarkedRole:
        return m_marked[static_cast<size_t>(index.row())] != 0;
    case FlaggedRole:
        return isFlagged(index.row());
    case SortRole:
        if (index.column() == 0) {
            return sample.label;
        }
        return score;
    default:
        return {};
    }
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (section == 0) {
        return role == Qt::DisplayRole ? tr("Sample") : QVariant();
    }
    const QList<ScoreColumn>* columns = scores();
    if (columns == nullptr || section - 1 >= columns->size()) {
        return {};
    }
    const QString& key = (*columns)[section - 1].key;
    if (role == Qt::DisplayRole) {
        return scoreDisplayName(key);
    }
    if (role == Qt::ToolTipRole) {
        return key;
    }
    return {};
}

QString scoreDisplayName(const QString& key)
{
    // Names for the per-sample scores the pipelines write; any other key is shown as it is.
    static const struct
    {
        const char* key;
        const char* name;
    } s_names[] = {
        {"realism", QT_TRANSLATE_NOOP("ScoreName", "Realism")},
        {"nn_distance", QT_TRANSLATE_NOOP("ScoreName", "Distance to nearest real")},
        {"nn_ratio", QT_TRANSLATE_NOOP("ScoreName", "Nearest / second-nearest ratio")},
        {"sharpness", QT_TRANSLATE_NOOP("ScoreName", "Sharpness")},
        {"colourfulness", QT_TRANSLATE_NOOP("ScoreName", "Colourfulness")},
        {"colorfulness", QT_TRANSLATE_NOOP("ScoreName", "Colourfulness")},
        {"brightness", QT_TRANSLATE_NOOP("ScoreName", "Brightness")},
        {"clipped", QT_TRANSLATE_NOOP("ScoreName", "Clipped pixels")},
        {"noise", QT_TRANSLATE_NOOP("ScoreName", "Noise")},
        {"width", QT_TRANSLATE_NOOP("ScoreName", "Width")},
        {"height", QT_TRANSLATE_NOOP("ScoreName", "Height")},
        {"aspect", QT_TRANSLATE_NOOP("ScoreName", "Aspect ratio")},
        {"length", QT_TRANSLATE_NOOP("ScoreName", "Length")},
        {"perplexity", QT_TRANSLATE_NOOP("ScoreName", "Perplexity")},
        {"self_bleu", QT_TRANSLATE_NOOP("ScoreName", "Self-BLEU")},
        {"sentence_bleu", QT_TRANSLATE_NOOP("ScoreName", "Sentence BLEU")},
        {"ndcg", QT_TRANSLATE_NOOP("ScoreName", "NDCG")},
        {"hits", QT_TRANSLATE_NOOP("ScoreName", "Hits")},
        {"novelty", QT_TRANSLATE_NOOP("ScoreName", "Novelty")},
        {"covered", QT_TRANSLATE_NOOP("ScoreName", "Covered")},
        {"nearest_real_distance", QT_TRANSLATE_NOOP("ScoreName", "Distance to nearest real")},
        {"nearest_generated_distance",
         QT_TRANSLATE_NOOP("ScoreName", "Distance to nearest generated")},
        {"nearest_ratio", QT_TRANSLATE_NOOP("ScoreName", "Nearest / second-nearest ratio")},
        {"memorized", QT_TRANSLATE_NOOP("ScoreName", "Looks copied")},
        {"inside_real_manifold", QT_TRANSLATE_NOOP("ScoreName", "Inside real manifold")},
        {"low_realism", QT_TRANSLATE_NOOP("ScoreName", "Low realism (flag)")},
        {"inside_generated_manifold", QT_TRANSLATE_NOOP("ScoreName", "Inside generated manifold")},
        {"real_balls_containing",
         QT_TRANSLATE_NOOP("ScoreName", "Real neighbourhoods containing it")},
        {"radius", QT_TRANSLATE_NOOP("ScoreName", "k-NN radius")},
        {"knn_radius", QT_TRANSLATE_NOOP("ScoreName", "k-NN radius")},
        {"bleu", QT_TRANSLATE_NOOP("ScoreName", "Sentence BLEU")},
        {"bleu_real", QT_TRANSLATE_NOOP("ScoreName", "BLEU against real")},
        {"repetition", QT_TRANSLATE_NOOP("ScoreName", "Repetition")},
        {"copy_overlap", QT_TRANSLATE_NOOP("ScoreName", "Overlap with nearest real")},
        {"relevant_count", QT_TRANSLATE_NOOP("ScoreName", "Relevant items")},
        {"history_length", QT_TRANSLATE_NOOP("ScoreName", "History length")},
        {"list_length", QT_TRANSLATE_NOOP("ScoreName", "List length")},
        {"serendipity", QT_TRANSLATE_NOOP("ScoreName", "Serendipity")},
        {"mean_brightness", QT_TRANSLATE_NOOP("ScoreName", "Brightness")},
        {"clipped_share", QT_TRANSLATE_NOOP("ScoreName", "Clipped pixels")},
    };
    for (const auto& entry : s_names) {
        if (key == QLatin1String(entry.key)) {
            return QCoreApplication::translate("ScoreName", entry.name);
        }
    }
    return key;
}

} // namespace genlens::app
