#include "dialogs/newevaluationdialog.h"

#include "dialogs/attachedfeaturesform.h"
#include "evaluation/featurespacename.h"
#include "evaluation/metricselection.h"
#include "models/evaluationjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace genlens::widgets {

NewEvaluationDialog::NewEvaluationDialog(QWidget* parent)
    : QDialog(parent)
    , m_modality(new QComboBox(this))
    , m_realLabel(new QLabel(this))
    , m_generatedLabel(new QLabel(this))
    , m_extraLabel(new QLabel(this))
    , m_real(new QLineEdit(this))
    , m_generated(new QLineEdit(this))
    , m_extra(new QLineEdit(this))
    , m_extraRow(nullptr)
    , m_extractor(new QComboBox(this))
    , m_onnx(new QLineEdit(this))
    , m_onnxRow(nullptr)
    , m_extractorLabel(new QLabel(tr("E&xtractor:"), this))
    , m_attached(new AttachedFeaturesForm(this))
    , m_k(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_threads(new QSpinBox(this))
    , m_metrics(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New evaluation"));
    const QStringList available = app::evaluationModalities();
    if (available.contains(QStringLiteral("image"))) {
        m_modality->addItem(tr("Images"), QStringLiteral("image"));
    }
    if (available.contains(QStringLiteral("text"))) {
        m_modality->addItem(tr("Text"), QStringLiteral("text"));
    }
    if (available.contains(QStringLiteral("recsys"))) {
        m_modality->addItem(tr("Recommendation lists"), QStringLiteral("recsys"));
    }
    m_extractor->addItem(tr("Built-in (no weights; not comparable to published FIDs)"),
                         QStringLiteral("builtin"));
    // The item data is the ONNX preset (docs/image.md, "ONNX extractors").
    m_extractor->addItem(tr("ONNX network (Inception preset: FID as pytorch-fid)"),
                         QStringLiteral("inception"));
    m_extractor->addItem(tr("ONNX network (DINOv2 preset: FD_DINOv2 as dgm-eval)"),
                         QStringLiteral("dinov2"));
    m_extractor->addItem(tr("ONNX network (CLIP preset: CMMD)"), QStringLiteral("clip"));
    m_onnx->setPlaceholderText(tr("inception.onnx"));
    m_k->setRange(1, 50);
    m_k->setValue(5);
    m_k->setToolTip(tr("Neighbourhood size for precision, recall, density and coverage"));
    m_seed->setRange(0, 1 << 30);
    m_seed->setToolTip(tr("Seed of every random choice (KID subsets)"));
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("All cores"));
    m_threads->setToolTip(tr("Worker threads for the heavy stages"));
    m_metrics->setToolTip(tr("Only the checked metrics are computed (Space toggles)"));
    m_metrics->setMaximumHeight(170);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));

    m_extraRow = pathRow(m_extra, false);
    m_onnxRow = pathRow(m_onnx, false);
    auto* form = new QFormLayout;
    auto* modalityLabel = new QLabel(tr("&Modality:"), this);
    modalityLabel->setBuddy(m_modality);
    form->addRow(modalityLabel, m_modality);
    form->addRow(m_realLabel, pathRow(m_real, true));
    form->addRow(m_generatedLabel, pathRow(m_generated, true));
    form->addRow(m_extraLabel, m_extraRow);
    m_extractorLabel->setBuddy(m_extractor);
    form->addRow(m_extractorLabel, m_extractor);
    form->addRow(QString(), m_onnxRow);
    form->addRow(m_attached);
    auto* kLabel = new QLabel(tr("&k:"), this);
    kLabel->setBuddy(m_k);
    form->addRow(kLabel, m_k);
    auto* seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, m_seed);
    auto* threadsLabel = new QLabel(tr("T&hreads:"), this);
    threadsLabel->setBuddy(m_threads);
    form->addRow(threadsLabel, m_threads);
    auto* metricsLabel = new QLabel(tr("Metr&ics:"), this);
    metricsLabel->setBuddy(m_metrics);
    form->addRow(metricsLabel, m_metrics);
    m_realLabel->setBuddy(m_real);
    m_generatedLabel->setBuddy(m_generated);
    m_extraLabel->setBuddy(m_extra);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_modality, &QComboBox::currentIndexChanged, this,
            &NewEvaluationDialog::updateForModality);
    connect(m_extractor, &QComboBox::currentIndexChanged, this,
            &NewEvaluationDialog::updateForModality);
    for (QLineEdit* edit : {m_real, m_generated, m_extra, m_onnx}) {
        connect(edit, &QLineEdit::textChanged, this, &NewEvaluationDialog::validate);
    }
    connect(m_metrics, &QListWidget::itemChanged, this, &NewEvaluationDialog::validate);
    connect(m_attached, &AttachedFeaturesForm::changed, this,
            &NewEvaluationDialog::updateForModality);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    updateForModality();
}

QWidget* NewEvaluationDialog::pathRow(QLineEdit* edit, bool allowFolder)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    if (allowFolder) {
        auto* folder = new QPushButton(tr("Folder…"), row);
        connect(folder, &QPushButton::clicked, this, [this, edit] {
            const QString path
                = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text());
            if (!path.isEmpty()) {
                edit->setText(path);
            }
        });
        layout->addWidget(folder);
    }
    auto* file = new QPushButton(tr("File…"), row);
    connect(file, &QPushButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    layout->addWidget(file);
    return row;
}

void NewEvaluationDialog::updateForModality()
{
    const QString modality = m_modality->currentData().toString();
    const bool image = modality == QLatin1String("image");
    const bool recsys = modality == QLatin1String("recsys");
    m_realLabel->setText(recsys ? tr("&Ground truth:") : tr("&Real samples:"));
    m_generatedLabel->setText(recsys ? tr("Reco&mmendations:") : tr("&Generated samples:"));
    m_extraLabel->setText(recsys ? tr("&Training interactions (optional):")
                                 : tr("Re&ferences (optional):"));
    m_extraLabel->setVisible(!image);
    m_extraRow->setVisible(!image);
    // Attached features replace the extractor (images and text embeddings alike).
    m_attached->setVisible(!recsys);
    const bool attached = !m_attached->isHidden() && m_attached->isChecked();
    m_extractorLabel->setVisible(image && !attached);
    m_extractor->setVisible(image && !attached);
    m_onnxRow->setVisible(image && !attached
                          && m_extractor->currentData().toString() != QLatin1String("builtin"));
    m_k->setEnabled(!recsys);
    if (modality != m_metricsModality) {
        fillMetrics(modality, {});
    }
    validate();
}

void NewEvaluationDialog::fillMetrics(const QString& modality, const QStringList& keys)
{
    const QSignalBlocker blocker(m_metrics);
    m_metrics->clear();
    m_metricsModality = modality;
    for (const app::MetricGroup& group : app::MetricSelection::groups(modality)) {
        auto* item = new QListWidgetItem(group.label, m_metrics);
        item->setData(Qt::UserRole, group.keys);
        bool checked = keys.isEmpty() || group.required;
        for (const QString& key : group.keys) {
            checked = checked || keys.contains(key);
        }
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (group.required) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setToolTip(tr("Always computed"));
        }
    }
    m_metrics->setCurrentRow(0);
}

QStringList NewEvaluationDialog::checkedMetricKeys() const
{
    QStringList keys;
    bool all = true;
    for (int row = 0; row < m_metrics->count(); ++row) {
        const QListWidgetItem* item = m_metrics->item(row);
        if (item->checkState() == Qt::Checked) {
            keys << item->data(Qt::UserRole).toStringList();
        } else {
            all = false;
        }
    }
    // Everything checked: the default, which also covers keys no group lists.
    return all ? QStringList() : keys;
}

app::EvaluationRequest NewEvaluationDialog::request() const
{
    app::EvaluationRequest r;
    r.modality = m_modality->currentData().toString();
    r.real = m_real->text().trimmed();
    r.generated = m_generated->text().trimmed();
    if (r.modality == QLatin1String("text")) {
        const QString references = m_extra->text().trimmed();
        if (!references.isEmpty()) {
            r.references = QStringList{references};
        }
    } else if (r.modality == QLatin1String("recsys")) {
        r.train = m_extra->text().trimmed();
    }
    const QString preset = m_extractor->currentData().toString();
    if (r.modality == QLatin1String("image") && preset != QLatin1String("builtin")) {
        r.extractor = QStringLiteral("onnx:%1:%2").arg(m_onnx->text().trimmed(), preset);
    } else {
        r.extractor = QStringLiteral("builtin");
    }
    r.k = m_k->value();
    r.seed = static_cast<quint64>(m_seed->value());
    r.threads = m_threads->value();
    r.metrics = checkedMetricKeys();
    m_attached->fill(r);
    // The FID group's Fréchet distance is fd_dinov2 in DINOv2 space (the pipeline refuses fid).
    const bool attached = !r.realFeatures.isEmpty() || !r.generatedFeatures.isEmpty();
    if (r.modality == QLatin1String("image")
        && app::isDinov2Space(attached ? r.featuresId.trimmed()
                                       : (preset == QLatin1String("dinov2") ? preset : QString()))) {
        r.metrics.replaceInStrings(QRegularExpression(QStringLiteral("^fid$")),
                                   QStringLiteral("fd_dinov2"));
    }
    return r;
}

void NewEvaluationDialog::setRequest(const app::EvaluationRequest& request)
{
    m_modality->setCurrentIndex(std::max(0, m_modality->findData(request.modality)));
    m_real->setText(request.real);
    m_generated->setText(request.generated);
    m_extra->setText(request.modality == QLatin1String("recsys") ? request.train
                                                                 : request.references.value(0));
    if (request.extractor.startsWith(QLatin1String("onnx:"))) {
        // onnx:FILE:preset (FILE may hold ':' itself).
        const QString preset = request.extractor.section(QLatin1Char(':'), -1);
        const int index = m_extractor->findData(preset);
        m_extractor->setCurrentIndex(index >= 0 ? index : m_extractor->findData(QStringLiteral("inception")));
        m_onnx->setText(index >= 0 ? request.extractor.mid(5, request.extractor.size() - 6 - preset.size())
                                   : request.extractor.mid(5));
    } else {
        m_extractor->setCurrentIndex(0);
    }
    m_k->setValue(request.k);
    m_seed->setValue(static_cast<int>(request.seed));
    m_threads->setValue(request.threads);
    m_attached->set(request);
    updateForModality();
    // The FID group stands for fd_dinov2 in DINOv2 space (request()).
    QStringList keys = request.metrics;
    keys.replaceInStrings(QRegularExpression(QStringLiteral("^fd_dinov2$")), QStringLiteral("fid"));
    fillMetrics(request.modality, keys);
    validate();
}

void NewEvaluationDialog::validate()
{
    QString problem = request().validate();
    if (problem.isEmpty() && m_onnxRow->isVisible() && m_onnx->text().trimmed().isEmpty()) {
        problem = tr("Choose the ONNX file.");
    }
    bool anyMetric = false;
    for (int row = 0; row < m_metrics->count(); ++row) {
        anyMetric = anyMetric || m_metrics->item(row)->checkState() == Qt::Checked;
    }
    if (problem.isEmpty() && m_metrics->count() > 0 && !anyMetric) {
        problem = tr("Choose at least one metric.");
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace genlens::widgets
