#pragma once

#include "models/evaluationrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace genlens::widgets {

class AttachedFeaturesForm;

// File → New evaluation: the modality, the two sets (folders, files, batches or feature
// matrices), the extractor, the metrics to compute (checkable list: arrows and Space) and the
// settings (k, seed, threads). Produces an app::EvaluationRequest; the window
// turns it into a job.
class NewEvaluationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewEvaluationDialog(QWidget* parent = nullptr);

    app::EvaluationRequest request() const;
    void setRequest(const app::EvaluationRequest& request);

private:
    QWidget* pathRow(QLineEdit* edit, bool allowFolder);
    void updateForModality();
    // Fills the metric choices of `modality`, checked where `keys` asks (all when empty).
    void fillMetrics(const QString& modality, const QStringList& keys);
    QStringList checkedMetricKeys() const;
    void validate();

    QComboBox* m_modality;
    QLabel* m_realLabel;
    QLabel* m_generatedLabel;
    QLabel* m_extraLabel;
    QLineEdit* m_real;
    QLineEdit* m_generated;
    QLineEdit* m_extra;
    QWidget* m_extraRow;
    QComboBox* m_extractor;
    QLineEdit* m_onnx;
    QWidget* m_onnxRow;
    QLabel* m_extractorLabel;
    AttachedFeaturesForm* m_attached;
    QSpinBox* m_k;
    QSpinBox* m_seed;
    QSpinBox* m_threads;
    QListWidget* m_metrics;
    QString m_metricsModality;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace genlens::widgets
