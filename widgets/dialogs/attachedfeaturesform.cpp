#include "dialogs/attachedfeaturesform.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace genlens::widgets {

AttachedFeaturesForm::AttachedFeaturesForm(QWidget* parent)
    : QGroupBox(tr("Features computed elsewhere (images are still shown)"), parent)
    , m_real(new QLineEdit(this))
    , m_realPaths(new QLineEdit(this))
    , m_generated(new QLineEdit(this))
    , m_generatedPaths(new QLineEdit(this))
    , m_id(new QLineEdit(this))
{
    setCheckable(true);
    setChecked(false);
    m_realPaths->setPlaceholderText(tr("optional: one path per row; else sorted file order"));
    m_generatedPaths->setPlaceholderText(tr("optional: one path per row; else sorted file order"));
    m_id->setPlaceholderText(tr("e.g. inception-pool3"));
    const QString matrices = tr("Feature matrices (*.npy *.npz)");
    const QString lists = tr("Paths files (*.txt);;All files (*)");
    auto* form = new QFormLayout(this);
    form->addRow(tr("Real features:"), fileRow(m_real, matrices));
    form->addRow(tr("Real paths:"), fileRow(m_realPaths, lists));
    form->addRow(tr("Generated features:"), fileRow(m_generated, matrices));
    form->addRow(tr("Generated paths:"), fileRow(m_generatedPaths, lists));
    form->addRow(tr("Feature space:"), m_id);
    for (QLineEdit* edit : {m_real, m_realPaths, m_generated, m_generatedPaths, m_id}) {
        connect(edit, &QLineEdit::textChanged, this, &AttachedFeaturesForm::changed);
    }
    connect(this, &QGroupBox::toggled, this, &AttachedFeaturesForm::changed);
}

QWidget* AttachedFeaturesForm::fileRow(QLineEdit* edit, const QString& filter)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(tr("File…"), row);
    connect(button, &QPushButton::clicked, this, [this, edit, filter] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    layout->addWidget(button);
    return row;
}

void AttachedFeaturesForm::fill(app::EvaluationRequest& request) const
{
    const bool on = isChecked() && !isHidden(); // hidden for recommendation lists
    request.realFeatures = on ? m_real->text().trimmed() : QString();
    request.realFeaturesPaths = on ? m_realPaths->text().trimmed() : QString();
    request.generatedFeatures = on ? m_generated->text().trimmed() : QString();
    request.generatedFeaturesPaths = on ? m_generatedPaths->text().trimmed() : QString();
    request.featuresId = on ? m_id->text().trimmed() : QString();
}

void AttachedFeaturesForm::set(const app::EvaluationRequest& request)
{
    m_real->setText(request.realFeatures);
    m_realPaths->setText(request.realFeaturesPaths);
    m_generated->setText(request.generatedFeatures);
    m_generatedPaths->setText(request.generatedFeaturesPaths);
    m_id->setText(request.featuresId);
    setChecked(!request.realFeatures.isEmpty() || !request.generatedFeatures.isEmpty());
}

} // namespace genlens::widgets
