#include "drilldownpanel.h"

#include "models/neighbourlistmodel.h"
#include "models/sampledetailmodel.h"
#include "models/sampletablemodel.h"
#include "models/textoverlap.h"
#include "thumbnails/thumbnailcache.h"
#include "views/imagescaling.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace genlens::widgets {

using app::SetRole;

namespace {

constexpr int kImageSide = 320;

QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString jsonToHtml(const QJsonValue& value)
{
    if (value.isArray()) {
        QString html = QStringLiteral("<ol>");
        for (const QJsonValue& item : value.toArray()) {
            html += QStringLiteral("<li>") + jsonToHtml(item) + QStringLiteral("</li>");
        }
        return html + QStringLiteral("</ol>");
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // A recommended item marked as a hit is shown in bold green.
        const bool hit = object.value(QStringLiteral("hit")).toBool()
            || object.value(QStringLiteral("relevant")).toBool();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray() || it.value().isObject()) {
                parts << QStringLiteral("<b>%1</b>: %2")
                             .arg(it.key().toHtmlEscaped(), jsonToHtml(it.value()));
            } else {
                parts << QStringLiteral("%1: %2").arg(
                    it.key().toHtmlEscaped(), it.value().toVariant().toString().toHtmlEscaped());
            }
        }
        const QString text = parts.join(QStringLiteral(", "));
        return hit ? QStringLiteral("<span style='color:#1a7f37'><b>%1</b></span>").arg(text)
                   : text;
    }
    return value.toVariant().toString().toHtmlEscaped();
}

} // namespace

DrillDownPanel::DrillDownPanel(ThumbnailCache* cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_title(new QLabel(this))
    , m_source(new QLabel(this))
    , m_scoresLabel(new QLabel(this))
    , m_neighboursLabel(new QLabel(this))
    , m_image(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_scoreView(makeTable(this))
    , m_neighbourView(makeTable(this))
    , m_scores(new app::SampleDetailModel(this))
    , m_neighbours(new app::NeighbourListModel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumHeight(120);
    m_image->setMaximumHeight(kImageSide);
    m_text->setOpenLinks(false);
    m_scoreView->setModel(m_scores);
    m_neighbourView->setModel(m_neighbours);
    // Names take what is left; numbers keep their natural width.
    for (QTableView* table : {m_scoreView, m_neighbourView}) {
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    }
    m_neighbourView->setObjectName(QStringLiteral("neighbourView"));

    m_scoresLabel->setBuddy(m_scoreView);
    m_neighboursLabel->setBuddy(m_neighbourView);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_source);
    layout->addWidget(m_image, 2);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_scoresLabel);
    layout->addWidget(m_scoreView, 1);
    layout->addWidget(m_neighboursLabel);
    layout->addWidget(m_neighbourView, 1);

    connect(m_neighbourView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const app::NeighbourLink& link = m_neighbours->link(index.row());
        emit neighbourActivated(link.set, link.index);
    });
    connect(m_cache, &ThumbnailCache::thumbnailReady, this, &DrillDownPanel::onThumbnailReady);
    retranslateUi();
}

void DrillDownPanel::retranslateUi()
{
    m_scoresLabel->setText(tr("&Scores"));
    m_neighboursLabel->setText(tr("&Nearest neighbours"));
    // The sample's own texts (title, list captions) are composed when it is shown.
    if (m_run && m_index >= 0) {
        showSample(m_set, m_index);
    } else {
        clear();
    }
}

void DrillDownPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DrillDownPanel::setRun(std::shared_ptr<const app::RunResult> run)
{
    m_run = std::move(run);
    m_scores->setRun(m_run);
    m_neighbours->setRun(m_run);
    clear();
}

void DrillDownPanel::clear()
{
    m_index = -1;
    m_title->setText(tr("No sample selected"));
    m_source->setText(tr("Click a sample in the Compare view to see it here."));
    m_image->clear();
    m_image->hide();
    m_text->clear();
    m_text->hide();
    m_scores->clear();
    m_neighbours->clear();
}

void DrillDownPanel::showSample(SetRole set, qint64 index)
{
    if (!m_run) {
        return;
    }
    const app::SampleSet& samples = set == SetRole::Real ? m_run->real : m_run->generated;
    if (index < 0 || static_cast<size_t>(index) >= samples.samples.size()) {
        clear();
        return;
    }
    m_set = set;
    m_index = index;
    const app::Sample& sample = samples.samples[static_cast<size_t>(index)];
    const QString setName = set == SetRole::Real ? tr("Real") : tr("Generated");
    m_title->setText(tr("%1 sample %2: %3").arg(setName).arg(index + 1).arg(sample.label));
    m_source->setText(sample.source);
    m_scores->setSample(set, index);
    m_neighbours->setSample(set, index);

    if (app::SampleTableModel::hasImages(*m_run, set)) {
        m_text->hide();
        m_image->show();
        showImage();
        return;
    }
    if (m_run->modality == QLatin1String("image")) {
        // A feature matrix or statistics file: there is no picture to show.
        m_image->hide();
        m_text->hide();
        return;
    }
    m_image->hide();
    m_text->show();
    if (m_run->modality == QLatin1String("text")) {
        // Words that take part in an n-gram shared with the nearest sample of the other set are
        // highlighted: a quick look at what was copied.
        const SetRole other = set == SetRole::Real ? SetRole::Generated : SetRole::Real;
        const app::SampleSet& otherSet = other == SetRole::Real ? m_run->real : m_run->generated;
        QString nearestText;
        for (const app::NeighbourLink& link :
             app::NeighbourIndex(m_run->neighbours).links(set, index)) {
            if (link.set == other && link.index >= 0
                && static_cast<size_t>(link.index) < otherSet.samples.size()) {
                nearestText = otherSet.samples[static_cast<size_t>(link.index)].text;
                break;
            }
        }
        QString html;
        const QString text = sample.text;
        const QList<app::TextSpan> spans = app::sharedNgramSpans(text, nearestText, 3);
        qsizetype at = 0;
        for (const app::TextSpan& span : spans) {
            html += text.mid(at, span.start - at).toHtmlEscaped();
            html += QStringLiteral("<span style='background:#ffe08a'>")
                + text.mid(span.start, span.length).toHtmlEscaped() + QStringLiteral("</span>");
            at = span.start + span.length;
        }
        html += text.mid(at).toHtmlEscaped();
        if (!nearestText.isEmpty()) {
            html += QStringLiteral("<hr><p><i>%1</i></p><p>%2</p>")
                        .arg(tr("Nearest sample in the other set:").toHtmlEscaped(),
                             nearestText.toHtmlEscaped());
        }
        m_text->setHtml(html);
        return;
    }
    // Recommendation lists: the user's list in rank order with the hits marked, then the rest of
    // the payload (history length, relevant count, ...).
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(sample.text.toHtmlEscaped());
    QJsonObject rest = sample.payload;
    const QJsonValue list = rest.take(QStringLiteral("list"));
    const QJsonValue hits = rest.take(QStringLiteral("hits"));
    QStringList items;
    if (list.isArray()) {
        for (const QJsonValue& item : list.toArray()) {
            items << item.toVariant().toString();
        }
    } else {
        // The recsys pipeline joins the items with tabs.
        items = list.toString().split(QRegularExpression(QStringLiteral("[\\t ]+")),
                                      Qt::SkipEmptyParts);
    }
    QSet<int> hitRanks; // 1-based ranks
    for (const QJsonValue& rank : hits.toArray()) {
        hitRanks.insert(rank.toInt());
    }
    if (!items.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ol>")
                    .arg(tr("Recommended list (hits in green):").toHtmlEscaped());
        for (int i = 0; i < items.size(); ++i) {
            const QString item = items[i].toHtmlEscaped();
            html += hitRanks.contains(i + 1)
                ? QStringLiteral("<li><span style='color:#1a7f37'><b>%1 ✓</b></span></li>")
                      .arg(item)
                : QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ol>");
    } else if (!hits.isUndefined()) {
        rest.insert(QStringLiteral("hits"), hits);
    }
    html += jsonToHtml(rest);
    m_text->setHtml(html);
}

void DrillDownPanel::showImage()
{
    const app::SampleSet& samples = m_set == SetRole::Real ? m_run->real : m_run->generated;
    const app::Sample& sample = samples.samples[static_cast<size_t>(m_index)];
    const int side = std::max(120, std::min(kImageSide, m_image->width()));
    if (!sample.source.isEmpty() && QFileInfo::exists(sample.source)) {
        QImageReader reader(sample.source);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > side || size.height() > side)) {
            reader.setScaledSize(size.scaled(side, side, Qt::KeepAspectRatio));
        }
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_image->setPixmap(QPixmap::fromImage(enlargeByWholePixels(image, side)));
            return;
        }
    }
    const QPixmap thumbnail = m_cache->pixmap(m_set, m_index);
    if (thumbnail.isNull()) {
        m_image->setText(tr("Loading…"));
        return;
    }
    const bool small = thumbnail.width() < side && thumbnail.height() < side;
    m_image->setPixmap(
        small ? QPixmap::fromImage(enlargeByWholePixels(thumbnail.toImage(), side))
              : thumbnail.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void DrillDownPanel::onThumbnailReady(SetRole set, qint64 index)
{
    if (m_run && set == m_set && index == m_index && m_image->isVisible()) {
        showImage();
    }
}

} // namespace genlens::widgets
