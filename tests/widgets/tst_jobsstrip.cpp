// The jobs strip with a fake job: a row with the stage and progress appears, Cancel stops the job
// within a second, the row goes away and the outcome is reported.
#include "jobs/jobqueue.h"
#include "jobsstrip.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <atomic>

using namespace genlens;

namespace {

// A pipeline that works until cancelled, the way real ones do: stages, frequent advance().
app::RunResult endlessPipeline(app::PipelineContext& context, std::atomic<bool>& stopped)
{
    context.beginStage(QStringLiteral("features"), 1000000);
    for (qint64 i = 0;; ++i) {
        if (!context.advance(i % 1000000, 1000000)) {
            stopped = true;
            context.checkCanceled();
        }
        QThread::msleep(2);
    }
}

} // namespace

class TestJobsStrip : public QObject
{
    Q_OBJECT
private slots:
    void cancelStopsTheJob()
    {
        app::JobQueue queue;
        widgets::JobsStrip strip(&queue);
        QVERIFY(strip.isHidden());
        QSignalSpy canceled(&queue, &app::JobQueue::canceled);
        QSignalSpy message(&strip, &widgets::JobsStrip::message);
        std::atomic<bool> stopped {false};
        const quint64 id = queue.start(QStringLiteral("fake evaluation"),
                                       [&stopped](app::PipelineContext& context) {
                                           return endlessPipeline(context, stopped);
                                       });
        QTRY_VERIFY(strip.cancelButton(id) != nullptr);
        QVERIFY(strip.isVisible());
        QCOMPARE(strip.rowCount(), 1);
        // Progress arrives and turns the busy bar into a determinate one.
        QTRY_COMPARE(strip.progressBar(id)->maximum(), 1000);

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(strip.cancelButton(id), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 1000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(stopped.load());
        QCOMPARE(canceled.first().at(0).toULongLong(), id);
        QCOMPARE(strip.rowCount(), 0);
        QVERIFY(strip.isHidden());
        QCOMPARE(message.count(), 1);
        QVERIFY(message.first().at(0).toString().contains(QStringLiteral("fake evaluation")));
        QVERIFY(queue.waitForDone(5000));
    }

    void failureIsReported()
    {
        app::JobQueue queue;
        widgets::JobsStrip strip(&queue);
        QSignalSpy message(&strip, &widgets::JobsStrip::message);
        queue.start(QStringLiteral("bad input"), [](app::PipelineContext&) -> app::RunResult {
            throw app::InputError("real.npy: not an npy file");
        });
        QTRY_COMPARE(message.count(), 1);
        QVERIFY(message.first().at(0).toString().contains(QStringLiteral("not an npy file")));
        QCOMPARE(strip.rowCount(), 0);
    }
};

QTEST_MAIN(TestJobsStrip)
#include "tst_jobsstrip.moc"
