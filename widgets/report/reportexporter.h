#pragma once

#include <QObject>
#include <QString>

namespace genlens::widgets {

// Writes the PDF report of a stored run without freezing the window: the content (every score of
// the run, thumbnails) is read on a pool thread with its own project connection, then the PDF is
// drawn on the GUI thread, where Qt Charts must live. One export at a time.
class ReportExporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportExporter(QObject* parent = nullptr);
    ~ReportExporter() override;

    // Returns false (and does nothing) while an export is still running.
    bool start(const QString& projectPath, qint64 runId, const QString& pdfPath);
    bool isRunning() const { return m_running; }

signals:
    void written(const QString& pdfPath);
    void failed(const QString& message);

private:
    bool m_running = false;
};

} // namespace genlens::widgets
