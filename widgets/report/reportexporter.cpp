#include "report/reportexporter.h"

#include "project/projectstore.h"
#include "report/reportcontent.h"
#include "report/reportwriter.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <optional>

namespace genlens::widgets {

namespace {
struct Outcome
{
    std::optional<app::ReportContent> content;
    QString error;
};
} // namespace

ReportExporter::ReportExporter(QObject* parent)
    : QObject(parent)
{ }

ReportExporter::~ReportExporter()
{
    for (auto* watcher : findChildren<QFutureWatcher<Outcome>*>()) {
        watcher->waitForFinished();
    }
}

bool ReportExporter::start(const QString& projectPath, qint64 runId,
                           std::optional<qint64> compareId, const QString& pdfPath)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pdfPath] {
        watcher->deleteLater();
        Outcome outcome = watcher->result();
        if (outcome.content) {
            try {
                writeReportPdf(*outcome.content, pdfPath);
            } catch (const std::exception& error) {
                outcome.error = QString::fromUtf8(error.what());
            }
        }
        m_running = false;
        if (outcome.error.isEmpty()) {
            emit written(pdfPath);
        } else {
            emit failed(outcome.error);
        }
    });
    watcher->setFuture(QtConcurrent::run([projectPath, runId, compareId] {
        Outcome outcome;
        try {
            app::ProjectStore store;
            store.openReadOnly(projectPath);
            outcome.content = app::buildReportContent(store, runId, compareId);
        } catch (const std::exception& error) {
            outcome.error = QString::fromUtf8(error.what());
        }
        return outcome;
    }));
    return true;
}

} // namespace genlens::widgets
