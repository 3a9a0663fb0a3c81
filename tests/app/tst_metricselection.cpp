// MetricSelection (issue 10, deliverable 1): requested metric keys -> the stages that run.
#include "evaluation/metricselection.h"
#include "models/evaluationrequest.h"

#include <QJsonArray>
#include <QtTest>

using namespace genlens::app;

Q_DECLARE_METATYPE(genlens::app::MetricStage)

class TestMetricSelection : public QObject
{
    Q_OBJECT

private slots:
    void everythingByDefault()
    {
        const MetricSelection all;
        QVERIFY(all.isEverything());
        QVERIFY(all.needs(MetricStage::Kid));
        QVERIFY(all.needs(MetricStage::PerUser));
        QCOMPARE(all.toJson(), QJsonValue(QStringLiteral("all")));
        QString error;
        QVERIFY(MetricSelection::parse(QStringLiteral("image"), {}, &error).isEverything());
        QVERIFY(error.isEmpty());
    }

    void keysSelectStages_data()
    {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QList<MetricStage>>("needed");
        QTest::addColumn<QList<MetricStage>>("skipped");
        using S = MetricStage;
        QTest::addRow("fid: statistics only")
            << QStringLiteral("image") << QStringList {QStringLiteral("fid")}
            << QList<S> {S::FidStatistics}
            << QList<S> {S::Prdc,           S::Memorization, S::Kid,           S::VendiReal,
                         S::VendiGenerated, S::FeatureMap,   S::ImageMeasures, S::InceptionScore};
        QTest::addRow("precision, recall: the k-NN stage")
            << QStringLiteral("image")
            << QStringList {QStringLiteral("precision"), QStringLiteral("RECALL ")}
            << QList<S> {S::Prdc}
            << QList<S> {S::FidStatistics, S::Kid, S::VendiReal, S::Memorization, S::FeatureMap};
        QTest::addRow("memorisation alone")
            << QStringLiteral("image") << QStringList {QStringLiteral("memorized_fraction")}
            << QList<S> {S::Memorization} << QList<S> {S::Prdc, S::FidStatistics};
        QTest::addRow("a measure")
            << QStringLiteral("image") << QStringList {QStringLiteral("sharpness_ks")}
            << QList<S> {S::ImageMeasures} << QList<S> {S::Prdc};
        QTest::addRow("self_bleu")
            << QStringLiteral("text") << QStringList {QStringLiteral("self_bleu")}
            << QList<S> {S::SelfBleu}
            << QList<S> {S::Mauve,     S::Embeddings, S::LanguageModel,
                         S::Diversity, S::Copies,     S::ReferenceMetrics};
        QTest::addRow("mauve needs the embeddings")
            << QStringLiteral("text") << QStringList {QStringLiteral("mauve")}
            << QList<S> {S::Embeddings, S::Mauve}
            << QList<S> {S::EmbeddingPrdc, S::EmbeddingFid, S::FeatureMap, S::SelfBleu};
        QTest::addRow("recsys accuracy always runs")
            << QStringLiteral("recsys") << QStringList {QStringLiteral("novelty")}
            << QList<S> {S::Accuracy, S::BeyondAccuracy} << QList<S> {S::PerUser};
        QTest::addRow("recsys cut-off key")
            << QStringLiteral("recsys") << QStringList {QStringLiteral("ndcg@10")}
            << QList<S> {S::Accuracy} << QList<S> {S::BeyondAccuracy, S::PerUser};
    }

    void keysSelectStages()
    {
        QFETCH(QString, modality);
        QFETCH(QStringList, keys);
        QFETCH(QList<MetricStage>, needed);
        QFETCH(QList<MetricStage>, skipped);
        QString error;
        const MetricSelection selection = MetricSelection::parse(modality, keys, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!selection.isEverything());
        for (const MetricStage stage : needed) {
            QVERIFY2(selection.needs(stage), qPrintable(QString::number(int(stage))));
        }
        for (const MetricStage stage : skipped) {
            QVERIFY2(!selection.needs(stage), qPrintable(QString::number(int(stage))));
        }
        QCOMPARE(selection.toJson().toArray().size(), keys.size());
    }

    void unknownKeysListTheValidOnes_data()
    {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("listed");
        QTest::addRow("image") << QStringLiteral("image") << QStringLiteral("nosuch")
                               << QStringLiteral("vendi_generated");
        QTest::addRow("text key on images")
            << QStringLiteral("image") << QStringLiteral("mauve") << QStringLiteral("fid");
        QTest::addRow("text") << QStringLiteral("text") << QStringLiteral("distinct_5")
                              << QStringLiteral("distinct_4");
        QTest::addRow("recsys without cut-off")
            << QStringLiteral("recsys") << QStringLiteral("ndcg") << QStringLiteral("ndcg@K");
        QTest::addRow("recsys cut-off 0")
            << QStringLiteral("recsys") << QStringLiteral("precision@0")
            << QStringLiteral("precision@K");
        QTest::addRow("cut-off on images")
            << QStringLiteral("image") << QStringLiteral("precision@10")
            << QStringLiteral("precision");
    }

    void unknownKeysListTheValidOnes()
    {
        QFETCH(QString, modality);
        QFETCH(QString, key);
        QFETCH(QString, listed);
        QString error;
        const MetricSelection selection
            = MetricSelection::parse(modality, {QStringLiteral("fid"), key}, &error);
        QVERIFY(selection.isEverything());
        QVERIFY2(error.contains(key), qPrintable(error));
        QVERIFY2(error.contains(listed), qPrintable(error));
        // The same message from the options object both front ends validate.
        EvaluationRequest request;
        request.modality = modality;
        request.real = request.generated = QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy");
        request.metrics = QStringList {key};
        QVERIFY2(request.validate().contains(listed), qPrintable(request.validate()));
    }

    void recsysCutoffsAreAdded()
    {
        EvaluationRequest request;
        request.modality = QStringLiteral("recsys");
        request.metrics = MetricSelection::splitList(QStringLiteral("ndcg@7, precision@10,mrr"));
        const RecsysEvalOptions options = request.recsysOptions();
        QCOMPARE(options.cutoffs, (QList<int> {5, 7, 10, 20}));
        QVERIFY(!options.metrics.needs(MetricStage::BeyondAccuracy));
    }

    void requestValidationSpeaksDomainWords()
    {
        EvaluationRequest request;
        QCOMPARE(request.validate(), QStringLiteral("no real set given"));
        request.real = QStringLiteral(GENLENS_TEST_DATA "/cli/real.npy");
        QCOMPARE(request.validate(), QStringLiteral("no generated set given"));
        request.modality = QStringLiteral("recsys");
        request.real.clear();
        QCOMPARE(request.validate(), QStringLiteral("no ground truth given"));
    }

    void dialogGroupsCoverTheirStages()
    {
        for (const QString& modality :
             {QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("recsys")}) {
            QStringList keys;
            for (const MetricGroup& group : MetricSelection::groups(modality)) {
                QVERIFY(!group.label.isEmpty());
                QVERIFY2(!group.keys.isEmpty(), qPrintable(group.label));
                keys << group.keys;
            }
            QString error;
            MetricSelection::parse(modality, keys, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricSelection)
#include "tst_metricselection.moc"
