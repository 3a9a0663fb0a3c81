// The New-evaluation dialog's "Features computed elsewhere" group (issue 11, item 1): it fills
// the request's attached-features fields, hides the extractor while checked, and the request's
// validation names what is missing.
#include "dialogs/attachedfeaturesform.h"
#include "dialogs/newevaluationdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace genlens;

class TestAttachedFeaturesDialog : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTripsAndValidates()
    {
        QTemporaryDir dir;
        for (const char* name : {"real.npy", "gen.npy", "real.txt"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        app::EvaluationRequest request;
        request.modality = QStringLiteral("image");
        request.real = dir.path();
        request.generated = dir.path();
        request.realFeatures = dir.filePath(QStringLiteral("real.npy"));
        request.realFeaturesPaths = dir.filePath(QStringLiteral("real.txt"));
        request.generatedFeatures = dir.filePath(QStringLiteral("gen.npy"));
        request.featuresId = QStringLiteral("inception-pool3");

        widgets::NewEvaluationDialog dialog;
        dialog.setRequest(request);
        dialog.show();
        const app::EvaluationRequest back = dialog.request();
        QCOMPARE(back.realFeatures, request.realFeatures);
        QCOMPARE(back.realFeaturesPaths, request.realFeaturesPaths);
        QCOMPARE(back.generatedFeatures, request.generatedFeatures);
        QCOMPARE(back.generatedFeaturesPaths, QString());
        QCOMPARE(back.featuresId, request.featuresId);
        QCOMPARE(back.validate(), QString());
        auto* form = dialog.findChild<widgets::AttachedFeaturesForm*>();
        QVERIFY(form);
        QVERIFY(form->isChecked());
        // The extractor does not apply to attached features.
        const auto combos = dialog.findChildren<QComboBox*>();
        QCOMPARE(std::count_if(combos.begin(), combos.end(),
                               [](QComboBox* c) { return !c->isHidden(); }),
                 1);
        if (!qEnvironmentVariableIsEmpty("GENLENS_SCREENSHOT_DIR")) {
            dialog.grab().save(QDir(qEnvironmentVariable("GENLENS_SCREENSHOT_DIR"))
                                   .filePath(QStringLiteral("new-evaluation-attached.png")));
        }

        // Unchecked: no attached features in the request, the extractor is back.
        form->setChecked(false);
        QVERIFY(dialog.request().realFeatures.isEmpty());
        QCOMPARE(std::count_if(combos.begin(), combos.end(),
                               [](QComboBox* c) { return !c->isHidden(); }),
                 2);

        app::EvaluationRequest oneSide = request;
        oneSide.generatedFeatures.clear();
        QCOMPARE(oneSide.validate(), QStringLiteral("Attach features to both sets."));
        app::EvaluationRequest unnamed = request;
        unnamed.featuresId = QStringLiteral("  ");
        QCOMPARE(unnamed.validate(),
                 QStringLiteral("Name the feature space of the attached features."));
        app::EvaluationRequest missing = request;
        missing.generatedFeaturesPaths = dir.filePath(QStringLiteral("none.txt"));
        QVERIFY(missing.validate().contains(QStringLiteral("none.txt")));

        // Recommendation lists have no feature space: the group is hidden and contributes nothing.
        app::EvaluationRequest recsys = request;
        recsys.modality = QStringLiteral("recsys");
        dialog.setRequest(recsys);
        QVERIFY(form->isHidden());
        QVERIFY(dialog.request().realFeatures.isEmpty());
    }
};

QTEST_MAIN(TestAttachedFeaturesDialog)
#include "tst_attachedfeaturesdialog.moc"
