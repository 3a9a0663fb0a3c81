#include "pages/runcomparisonpage.h"

#include "models/projectsession.h"
#include "models/runcomparisonmodel.h"
#include "models/runlistmodel.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace genlens::widgets {

namespace {

// Colours the verdict (green better, red worse) from the model's ImprovedRole.
class VerdictColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::ForegroundRole
            && (index.column() == app::RunComparisonModel::VerdictColumn
                || index.column() == app::RunComparisonModel::DifferenceColumn)) {
            const int v
                = QIdentityProxyModel::data(index, app::RunComparisonModel::ImprovedRole).toInt();
            if (v > 0) {
                return QBrush(QColor(26, 127, 55));
            }
            if (v < 0) {
                return QBrush(QColor(176, 0, 32));
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

RunComparisonPage::RunComparisonPage(app::ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new app::RunComparisonModel(this))
{
    auto* colours = new VerdictColours(this);
    colours->setSourceModel(m_model);
    m_table->setModel(colours);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_a->setObjectName(QStringLiteral("runA"));
    m_b->setObjectName(QStringLiteral("runB"));
    auto* top = new QHBoxLayout;
    auto* aLabel = new QLabel(tr("Run &A:"), this);
    aLabel->setBuddy(m_a);
    auto* bLabel = new QLabel(tr("Run &B:"), this);
    bLabel->setBuddy(m_b);
    top->addWidget(aLabel);
    top->addWidget(m_a, 1);
    top->addSpacing(12);
    top->addWidget(bLabel);
    top->addWidget(m_b, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_session->runs(), &QAbstractItemModel::modelReset, this,
            &RunComparisonPage::refreshChoices);
    connect(m_a, &QComboBox::currentIndexChanged, this, &RunComparisonPage::update);
    connect(m_b, &QComboBox::currentIndexChanged, this, &RunComparisonPage::update);
    refreshChoices();
}

void RunComparisonPage::refreshChoices()
{
    const qint64 a = m_a->currentData().toLongLong();
    const qint64 b = m_b->currentData().toLongLong();
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        m_a->clear();
        m_b->clear();
        const app::RunListModel* runs = m_session->runs();
        for (int row = 0; row < runs->rowCount(); ++row) {
            const QString text = runs->index(row, 0).data().toString() + QStringLiteral(" — ")
                + runs->index(row, app::RunListModel::StartedColumn).data().toString();
            const qint64 id = runs->index(row, 0).data(app::RunListModel::RunIdRole).toLongLong();
            m_a->addItem(text, id);
            m_b->addItem(text, id);
        }
        // Default: the previous run as A, the newest as B (the usual "did it get better?").
        const int ia = m_a->findData(a);
        const int ib = m_b->findData(b);
        m_a->setCurrentIndex(ia >= 0 ? ia : std::min(1, m_a->count() - 1));
        m_b->setCurrentIndex(ib >= 0 ? ib : 0);
    }
    update();
}

void RunComparisonPage::compare(qint64 runA, qint64 runB)
{
    const QSignalBlocker blockA(m_a);
    m_a->setCurrentIndex(m_a->findData(runA));
    m_b->setCurrentIndex(m_b->findData(runB)); // updates
    update();
}

void RunComparisonPage::update()
{
    const qint64 a = m_a->currentData().toLongLong();
    const qint64 b = m_b->currentData().toLongLong();
    if (a == 0 || b == 0) {
        m_model->clear();
        m_note->setText(tr("The project needs two runs to compare."));
        return;
    }
    try {
        const app::RunSummary sa = m_session->runSummary(a);
        const app::RunSummary sb = m_session->runSummary(b);
        const auto ra = m_session->loadRun(a);
        const auto rb = m_session->loadRun(b);
        m_model->setRuns(tr("run %1").arg(a), ra->metrics, tr("run %1").arg(b), rb->metrics);
        QString note;
        if (sa.modality != sb.modality) {
            note = tr("The runs are of different modalities; only shared metrics are comparable.");
        } else if (sa.realSetId != sb.realSetId) {
            note
                = tr("The runs use different real sets: differences mix the models with the data.");
        } else {
            note = tr("Same real set: differences come from the generated sets (the models).");
        }
        const QString ea = ra->extractor.value(QStringLiteral("id")).toString();
        const QString eb = rb->extractor.value(QStringLiteral("id")).toString();
        if (ea != eb) {
            note += QLatin1Char(' ')
                + tr("The extractors differ (%1, %2): feature-space metrics are not comparable.")
                      .arg(ea, eb);
        }
        m_note->setText(note);
    } catch (const app::StoreError& error) {
        m_model->clear();
        m_note->setText(tr("Could not load the runs: %1").arg(QString::fromUtf8(error.what())));
    }
}

} // namespace genlens::widgets
