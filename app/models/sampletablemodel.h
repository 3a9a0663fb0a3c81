#pragma once

#include "evaluation/runresult.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace genlens::app {

// One sample set of a run (real or generated) with its per-sample scores: column 0 is the
// sample (label, or the text for text samples), then one column per score. Image grids show
// column 0 through a delegate that paints the thumbnail; text and recommendation views show the
// whole table. Rows are in set order; sort and filter through ScoreProxyModel.
class SampleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SampleIndexRole = Qt::UserRole, // qint64, index in the set
        SetRoleRole, // int(SetRole)
        SourceRole,
        LabelRole,
        TextRole,
        PayloadRole, // QJsonObject
        MarkedRole, // bool: a neighbour of the selection in the other set
        SortRole, // double for score columns, label for column 0
        FlaggedRole, // bool: flagged by the live parameters' highlight (LiveParameters::flags)
    };
    Q_ENUM(Role)

    explicit SampleTableModel(SetRole set, QObject* parent = nullptr);

    void setRun(std::shared_ptr<const RunResult> run);
    void clear();
    SetRole set() const { return m_set; }
    std::shared_ptr<const RunResult> run() const { return m_run; }

    // Whether the set's samples are pictures (an image run whose set is not a feature matrix or
    // a statistics file): the views show a thumbnail grid only then.
    static bool hasImages(const RunResult& run, SetRole set);

    QStringList scoreKeys() const;
    // Column of a score key, or -1.
    int columnOfScore(const QString& key) const;

    // Marks exactly these samples (set indices); others are unmarked.
    void setMarked(const QList<qint64>& sampleIndices);
    bool isMarked(qint64 sampleIndex) const;
    // Flags samples (one entry per sample in set order; empty = none). Kept across setRun() when
    // the sizes still match, so a derived run of the same sets keeps them until new ones come.
    void setFlagged(std::vector<char> flags);
    bool isFlagged(qint64 sampleIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const SampleSet* sampleSet() const;
    const QList<ScoreColumn>* scores() const;

    SetRole m_set;
    std::shared_ptr<const RunResult> m_run;
    std::vector<char> m_marked;
    std::vector<char> m_flagged;
    QList<qint64> m_markedList;
};

// A human name for a per-sample score key ("nn_distance" -> "Distance to nearest real").
QString scoreDisplayName(const QString& key);

} // namespace genlens::app
