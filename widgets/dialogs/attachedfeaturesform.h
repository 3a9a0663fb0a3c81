#pragma once

#include "models/evaluationrequest.h"

#include <QGroupBox>

class QLineEdit;

namespace genlens::widgets {

// The New-evaluation dialog's "Features computed elsewhere" group (docs/image.md): when checked,
// a feature matrix per set (with an optional paths file) and the name of the feature space; the
// sets' images are still loaded, the metrics use these rows.
class AttachedFeaturesForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit AttachedFeaturesForm(QWidget* parent = nullptr);

    // Writes the group's fields into the request (clears them when unchecked).
    void fill(app::EvaluationRequest& request) const;
    void set(const app::EvaluationRequest& request);

signals:
    void changed();

private:
    QWidget* fileRow(QLineEdit* edit, const QString& filter);

    QLineEdit* m_real;
    QLineEdit* m_realPaths;
    QLineEdit* m_generated;
    QLineEdit* m_generatedPaths;
    QLineEdit* m_id;
};

} // namespace genlens::widgets
