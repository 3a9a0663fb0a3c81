#include "project/projectstore.h"
#include "report/reportexporter.h"
#include "reportfixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace genlens::app;
using genlens::widgets::ReportExporter;
using reporttest::imageRun;

// File → Export report goes through ReportExporter: the run is read off the GUI thread, the PDF
// drawn on it, and the outcome arrives by signal.
class TestReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void writesTheReportInTheBackground()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.genlens"));
        qint64 runId = 0;
        {
            ProjectStore store;
            store.open(project);
            runId = store.saveRun(imageRun(12.5));
        }
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        ReportExporter exporter;
        QSignalSpy written(&exporter, &ReportExporter::written);
        QSignalSpy failed(&exporter, &ReportExporter::failed);
        QVERIFY(exporter.start(project, runId, pdf));
        // Returns at once; a second export waits for the first.
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(project, runId, pdf));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(written.constFirst().constFirst().toString(), pdf);
        QVERIFY(!exporter.isRunning());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void reportsAMissingRun()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.genlens"));
        {
            ProjectStore store;
            store.open(project);
            store.saveRun(imageRun(12.5));
        }
        ReportExporter exporter;
        QSignalSpy written(&exporter, &ReportExporter::written);
        QSignalSpy failed(&exporter, &ReportExporter::failed);
        QVERIFY(exporter.start(project, 999, dir.filePath(QStringLiteral("none.pdf"))));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QCOMPARE(written.count(), 0);
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("999")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
