#include "pages/metricspage.h"

#include "charts/fidcurvechart.h"
#include "delegates/intervalbardelegate.h"
#include "evaluation/featurespacename.h"
#include "models/metricsmodel.h"
#include "models/metrictext.h"
#include "models/runlistmodel.h"
#include "project/projectstore.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace genlens::widgets {

namespace {

QString setLine(const app::SampleSet& set)
{
    const QString name = set.source.isEmpty() ? MetricsPage::tr("(unnamed)") : set.source;
    if (set.skipped.isEmpty()) {
        return MetricsPage::tr("%1 — %2 samples")
            .arg(name, QLocale().toString(qint64(set.samples.size())));
    }
    return MetricsPage::tr("%1 — %2 samples, %3 skipped")
        .arg(name, QLocale().toString(qint64(set.samples.size())),
             QLocale().toString(qint64(set.skipped.size())));
}

QString settingsLine(const QJsonObject& settings)
{
    QStringList parts;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isDouble()) {
            text = QLocale().toString(v.toDouble(), 'g', 8);
        } else if (v.isString()) {
            text = v.toString();
        } else if (v.isBool()) {
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            text = QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                               : QJsonDocument(v.toObject()))
                                         .toJson(QJsonDocument::Compact));
        }
        parts << QStringLiteral("%1 = %2").arg(it.key(), text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

MetricsPage::MetricsPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_inputs(new QLabel(this))
    , m_extractor(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_settings(new QLabel(this))
    , m_table(new QTableView(this))
    , m_fidCurve(new QChartView(this))
    , m_model(new app::MetricsModel(this))
{
    m_title->setObjectName(QStringLiteral("metricsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_inputs, m_extractor, m_settings, m_warning}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_warning->setObjectName(QStringLiteral("extractorWarning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; border: "
                                            "1px solid #e0b84c; padding: 6px; }"));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(app::MetricsModel::MeaningColumn,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(app::MetricsModel::IntervalColumn,
                                      new IntervalBarDelegate(m_table));
    m_fidCurve->setObjectName(QStringLiteral("fidCurve"));
    m_fidCurve->setRenderHint(QPainter::Antialiasing);
    m_fidCurve->setMinimumHeight(260);
    m_fidCurve->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_inputs);
    layout->addWidget(m_extractor);
    layout->addWidget(m_warning);
    layout->addWidget(m_settings);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_fidCurve);
    retranslateUi();
}

void MetricsPage::retranslateUi()
{
    m_warning->setText(
        tr("The built-in extractor measures its own feature space: its FID, KID, precision and "
           "recall are good for comparing runs with each other, but are not comparable to numbers "
           "published with Inception features."));
    // The run's lines and the metric meanings are composed when the run is set.
    setRun(m_summary, m_run);
}

void MetricsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void MetricsPage::clear()
{
    m_summary = {};
    m_run.reset();
    m_title->setText(tr("No run selected"));
    m_inputs->setText(tr("Open a project and pick a run in the side panel."));
    m_extractor->hide();
    m_warning->hide();
    m_settings->hide();
    m_fidCurve->hide();
    m_model->clear();
}

void MetricsPage::setRun(const app::RunSummary& summary, std::shared_ptr<const app::RunResult> run)
{
    if (!run) {
        clear();
        return;
    }
    m_summary = summary;
    m_run = run;
    if (summary.id > 0) {
        m_title->setText(tr("Run %1 · %2 · %3")
                             .arg(summary.id)
                             .arg(app::RunListModel::modalityText(run->modality),
                                  app::RunListModel::statusText(summary.status)));
    } else if (summary.status == app::RunStatus::Finished) {
        // A finished result the project could not store.
        m_title->setText(tr("Evaluation finished, not stored · %1")
                             .arg(app::RunListModel::modalityText(run->modality)));
    } else {
        // A job's partial result, not yet stored.
        m_title->setText(
            tr("Evaluation in progress · %1").arg(app::RunListModel::modalityText(run->modality)));
    }
    // A run derived by the live parameters (app::LiveParameters) says so in its title.
    const QJsonValue liveK = run->settings.value(QStringLiteral("live_k"));
    if (!liveK.isUndefined()) {
        m_title->setText(tr("%1 · live values at k = %2 (run used %3)")
                             .arg(m_title->text())
                             .arg(liveK.toInt())
                             .arg(run->settings.value(QStringLiteral("k")).toInt()));
    }
    QString inputs = tr("Real: %1").arg(setLine(run->real)) + QLatin1Char('\n')
        + tr("Generated: %1").arg(setLine(run->generated));
    if (!summary.error.isEmpty()) {
        inputs += QLatin1Char('\n') + tr("Error: %1").arg(summary.error);
    }
    m_inputs->setText(inputs);

    const QString extractorId = run->extractor.value(QStringLiteral("id")).toString();
    if (extractorId.isEmpty()) {
        m_extractor->hide();
        m_warning->hide();
    } else {
        const int dim = run->extractor.value(QStringLiteral("dim")).toInt();
        QString line = dim > 0 ? tr("Extractor: %1 (%2 dimensions)").arg(extractorId).arg(dim)
                               : tr("Extractor: %1").arg(extractorId);
        // The space every distance below lives in (issue 12), with the model size when known.
        const QString space = app::featureSpaceOfRun(run->extractor);
        if (!space.isEmpty()) {
            const QString model = run->extractor.value(QStringLiteral("model")).toString();
            line += QLatin1Char('\n')
                + (model.isEmpty() ? tr("Feature space: %1").arg(app::featureSpaceTitle(space))
                                   : tr("Feature space: %1 (%2)")
                                         .arg(app::featureSpaceTitle(space), model));
        }
        m_extractor->setText(line);
        m_extractor->show();
        m_warning->setVisible(!app::extractorComparableToPublished(run->extractor));
    }
    QString settings = settingsLine(run->settings);
    if (!run->signature.isEmpty()) {
        settings += (settings.isEmpty() ? QString() : QStringLiteral("\n")) + run->signature;
    }
    m_settings->setText(tr("Settings: %1").arg(settings));
    m_settings->setVisible(!settings.isEmpty());
    // Metrics the run skipped show as "not computed", not as undefined values.
    m_model->setFeatureSpace(run->modality == QLatin1String("image")
                                 ? app::featureSpaceOfRun(run->extractor)
                                 : QString());
    m_model->setMetrics(run->metrics, run->extra.value(QStringLiteral("not_computed")).toObject(),
                        run->extra);
    const app::FidCurve curve = app::fidCurve(run->extra);
    if (curve.isValid()) {
        QChart* old = m_fidCurve->chart();
        m_fidCurve->setChart(makeFidCurveChart(curve));
        delete old;
        m_fidCurve->show();
    } else {
        m_fidCurve->hide();
    }
}

} // namespace genlens::widgets
