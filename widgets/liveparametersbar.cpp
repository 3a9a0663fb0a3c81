#include "liveparametersbar.h"

#include "models/liveparameters.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace genlens::widgets {

using Highlight = app::LiveParameters::Highlight;

LiveParametersBar::LiveParametersBar(app::LiveParameters* live, QWidget* parent)
    : QWidget(parent)
    , m_live(live)
    , m_kLabel(new QLabel(this))
    , m_kSlider(new QSlider(Qt::Horizontal, this))
    , m_kSpin(new QSpinBox(this))
    , m_factorLabel(new QLabel(this))
    , m_factor(new QDoubleSpinBox(this))
    , m_thresholdLabel(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_highlightLabel(new QLabel(this))
    , m_highlight(new QComboBox(this))
    , m_reset(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("liveParametersBar"));
    m_kSlider->setObjectName(QStringLiteral("liveKSlider"));
    m_kSpin->setObjectName(QStringLiteral("liveKSpin"));
    m_factor->setObjectName(QStringLiteral("liveMemorizationFactor"));
    m_threshold->setObjectName(QStringLiteral("liveRealismThreshold"));
    m_highlight->setObjectName(QStringLiteral("liveHighlight"));
    m_reset->setObjectName(QStringLiteral("liveReset"));
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_kSlider->setTickPosition(QSlider::TicksBelow);
    m_kSlider->setTickInterval(1);
    m_kSlider->setPageStep(5);
    m_kSlider->setMinimumWidth(160);
    m_factor->setRange(0.0, 10.0);
    m_factor->setSingleStep(0.05);
    m_factor->setDecimals(2);
    m_threshold->setRange(0.0, 10.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_kLabel->setBuddy(m_kSlider);
    m_factorLabel->setBuddy(m_factor);
    m_thresholdLabel->setBuddy(m_threshold);
    m_highlightLabel->setBuddy(m_highlight);
    m_status->setWordWrap(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kLabel);
    controls->addWidget(m_kSlider, 1);
    controls->addWidget(m_kSpin);
    controls->addSpacing(12);
    controls->addWidget(m_factorLabel);
    controls->addWidget(m_factor);
    controls->addSpacing(12);
    controls->addWidget(m_thresholdLabel);
    controls->addWidget(m_threshold);
    controls->addSpacing(12);
    controls->addWidget(m_highlightLabel);
    controls->addWidget(m_highlight);
    controls->addSpacing(12);
    controls->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    setTabOrder(m_kSlider, m_kSpin);
    setTabOrder(m_kSpin, m_factor);
    setTabOrder(m_factor, m_threshold);
    setTabOrder(m_threshold, m_highlight);
    setTabOrder(m_highlight, m_reset);

    // The controls write to the model; the model's state flows back through syncFromModel().
    connect(m_kSlider, &QSlider::valueChanged, m_live, &app::LiveParameters::setK);
    connect(m_kSpin, qOverload<int>(&QSpinBox::valueChanged), m_live, &app::LiveParameters::setK);
    connect(m_factor, qOverload<double>(&QDoubleSpinBox::valueChanged), m_live,
            &app::LiveParameters::setMemorizationFactor);
    connect(m_threshold, qOverload<double>(&QDoubleSpinBox::valueChanged), m_live,
            &app::LiveParameters::setRealismThreshold);
    connect(m_highlight, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int row) {
        m_live->setHighlight(static_cast<Highlight>(m_highlight->itemData(row).toInt()));
    });
    connect(m_reset, &QPushButton::clicked, m_live, &app::LiveParameters::reset);
    connect(m_live, &app::LiveParameters::stateChanged, this, &LiveParametersBar::syncFromModel);
    retranslateUi();
}

void LiveParametersBar::retranslateUi()
{
    m_kLabel->setText(tr("&k:"));
    m_kSlider->setToolTip(tr("Neighbourhood size for precision, recall, density, coverage and "
                             "realism, recomputed from the run's stored neighbours"));
    m_factorLabel->setText(tr("&Memorisation factor:"));
    m_factor->setToolTip(tr("A generated sample is a likely copy when its nearest real sample is "
                            "closer than this factor times the median real–real nearest "
                            "distance"));
    m_thresholdLabel->setText(tr("Realism &threshold:"));
    m_threshold->setToolTip(tr("Generated samples with a realism score below this are flagged "
                               "(below 1: outside every kept real neighbourhood)"));
    m_highlightLabel->setText(tr("&Highlight:"));
    {
        const QSignalBlocker block(m_highlight);
        m_highlight->clear();
        m_highlight->addItem(tr("Nothing"), int(Highlight::None));
        m_highlight->addItem(tr("Low realism"), int(Highlight::LowRealism));
        m_highlight->addItem(tr("Likely copies"), int(Highlight::Memorized));
        m_highlight->addItem(tr("Outside the other set's manifold"),
                             int(Highlight::OutsideManifold));
    }
    m_highlight->setToolTip(tr("Samples flagged at the current parameters are marked red in the "
                               "grids and on the feature map"));
    m_reset->setText(tr("&Reset to the run's values"));
    syncFromModel();
}

void LiveParametersBar::syncFromModel()
{
    const bool available = m_live->isAvailable();
    const int kMax = std::max(1, m_live->kMax());
    {
        const QSignalBlocker a(m_kSlider);
        const QSignalBlocker b(m_kSpin);
        const QSignalBlocker c(m_factor);
        const QSignalBlocker d(m_threshold);
        const QSignalBlocker e(m_highlight);
        m_kSlider->setRange(1, kMax);
        m_kSpin->setRange(1, kMax);
        m_kSlider->setValue(m_live->k());
        m_kSpin->setValue(m_live->k());
        m_factor->setValue(m_live->memorizationFactor());
        m_threshold->setValue(m_live->realismThreshold());
        m_highlight->setCurrentIndex(m_highlight->findData(int(m_live->highlight())));
    }
    for (QWidget* w : {static_cast<QWidget*>(m_kSlider), static_cast<QWidget*>(m_kSpin),
                       static_cast<QWidget*>(m_threshold), static_cast<QWidget*>(m_highlight)}) {
        w->setEnabled(available);
    }
    m_factor->setEnabled(available && m_live->hasMemorization());
    m_reset->setEnabled(m_live->isModified());
    m_status->setText(m_live->statusText());
}

void LiveParametersBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace genlens::widgets
