// Helper for tst_projectstore's interruption tests. Usage: store_writer PROJECT SAMPLES
// Saves a run's sets and metrics, prints "metrics-committed RUN_ID" on stdout, then writes score
// columns of SAMPLES values in a loop until it is killed (the test sends SIGKILL mid-write).
// store_writer PROJECT BATCH thumbnails: writes thumbnails in batches of BATCH (one transaction
// each, as an image import does), prints "thumbnails-committed" after the first, until killed.
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace genlens::app;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && !(args.size() == 4 && args.at(3) == QStringLiteral("thumbnails"))) {
        QTextStream(stderr) << "usage: store_writer PROJECT SAMPLES | PROJECT BATCH thumbnails\n";
        return 2;
    }
    const qint64 count = args.at(2).toLongLong();
    if (args.size() == 4) {
        try {
            ProjectStore store;
            store.open(args.at(1));
            for (qint64 batch = 0;; ++batch) {
                QList<QByteArray> hashes;
                QList<QByteArray> images;
                for (qint64 i = 0; i < count; ++i) {
                    hashes.append(QByteArray::number(batch * count + i, 16).rightJustified(40, '0'));
                    images.append(QByteArray(4096, static_cast<char>(i % 251)));
                }
                store.storeThumbnails(hashes, images);
                if (batch == 0) {
                    std::printf("thumbnails-committed\n");
                    std::fflush(stdout);
                }
            }
        } catch (const std::exception& error) {
            QTextStream(stderr) << "store_writer: " << QString::fromUtf8(error.what()) << '\n';
            return 1;
        }
    }
    try {
        ProjectStore store;
        store.open(args.at(1));
        RunResult setup;
        setup.modality = QStringLiteral("image");
        setup.settings = QJsonObject {{QStringLiteral("seed"), 0}, {QStringLiteral("k"), 5}};
        for (SampleSet* set : {&setup.real, &setup.generated}) {
            const bool real = set == &setup.real;
            set->role = real ? SetRole::Real : SetRole::Generated;
            set->source = real ? QStringLiteral("/data/real") : QStringLiteral("/data/generated");
            set->kind = QStringLiteral("folder");
            for (qint64 i = 0; i < count; ++i) {
                Sample sample;
                sample.source = QStringLiteral("%1/%2.png").arg(set->source).arg(i);
                sample.label = QStringLiteral("%1.png").arg(i);
                sample.contentHash
                    = QByteArray::number(i * 2 + (real ? 0 : 1), 16).rightJustified(40, '0');
                sample.thumbnailPng = QByteArray(512, static_cast<char>(i % 251));
                set->samples.push_back(sample);
            }
        }
        const qint64 runId = store.beginRun(setup);
        store.saveMetrics(runId,
                          {MetricValue {QStringLiteral("fid"), 12.5, std::nan("")},
                           MetricValue {QStringLiteral("kid"), 0.012, 0.0004}});
        std::printf("metrics-committed %lld\n", static_cast<long long>(runId));
        std::fflush(stdout);
        for (qint64 batch = 0;; ++batch) {
            ScoreColumn column;
            column.key = QStringLiteral("score_%1").arg(batch);
            column.values.assign(static_cast<std::size_t>(count), static_cast<double>(batch));
            store.saveScores(runId, SetRole::Generated, {column});
        }
    } catch (const std::exception& error) {
        QTextStream(stderr) << "store_writer: " << QString::fromUtf8(error.what()) << '\n';
        return 1;
    }
}
