// Issue 15: hostile inputs that used to give wrong numbers, lose data or leave the user without a
// reason. Each case drives the real executable, as a user or a pipeline would, and is named after
// the case.
#include "genlens/metrics/core/npy.h"
#include "loaders/textinput.h"
#include "project/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <algorithm>
#include <cmath>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace genlens;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/cli/") + QLatin1String(name);
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs genlens; with `asOtherUser`, as an unprivileged user when the test runs as root (root may
// write any file, so a read-only file is read-only only for someone else).
Outcome runGenlens(const QStringList& arguments, bool asOtherUser = false,
                   const QProcessEnvironment& environment
                   = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    const QString genlens = QStringLiteral(GENLENS_BINARY_DIR "/genlens");
    if (asOtherUser && ::geteuid() == 0) {
        process.start(QStringLiteral("setpriv"),
                      QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups"), genlens}
                          + arguments);
    } else {
        process.start(genlens, arguments);
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList evaluateImage(const QString& real, const QString& generated, QStringList more = {})
{
    return QStringList {QStringLiteral("evaluate"),    QStringLiteral("image"),
                        QStringLiteral("--real"),      real,
                        QStringLiteral("--generated"), generated,
                        QStringLiteral("--quiet"),     QStringLiteral("--kid-subset-size"),
                        QStringLiteral("50"),          QStringLiteral("--kid-subsets"),
                        QStringLiteral("10")}
    + more;
}

QString statisticsFile(const QTemporaryDir& dir, const char* name, const Eigen::MatrixXd& sigma)
{
    const QString path = dir.filePath(QLatin1String(name));
    const metrics::RowMatrixXd rowSigma = sigma;
    metrics::writeNpz(path.toStdString(),
                      {{"mu", metrics::npyFromVector(Eigen::VectorXd::Zero(sigma.rows()))},
                       {"sigma", metrics::npyFromMatrix(rowSigma)}});
    return path;
}

// The MAUVE case: the same kind of text, written in several encodings.
QString sentences(bool generated)
{
    const QStringList animals
        = {QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird"),
           QStringLiteral("fox"), QStringLiteral("cow"), QStringLiteral("owl")};
    const QStringList verbs
        = {QStringLiteral("sees"),  QStringLiteral("likes"), QStringLiteral("chases"),
           QStringLiteral("hears"), QStringLiteral("finds"), QStringLiteral("meets")};
    QString text;
    for (int i = 0; i < 60; ++i) {
        text += generated
            ? QStringLiteral("a %1 %2 a %3 in the old house, ça va\n")
                  .arg(animals[(i + 1) % 6], verbs[(i * 5) % 6], animals[(i / 10) % 6])
            : QStringLiteral("the %1 %2 the %3 near the river, ça va\n")
                  .arg(animals[i % 6], verbs[i % 6], animals[(i / 6) % 6]);
    }
    return text;
}

QByteArray encode(const QString& text, const QString& encoding)
{
    if (encoding == QLatin1String("utf-8-cr")) {
        return text.toUtf8().replace('\n', '\r');
    }
    if (encoding == QLatin1String("utf-8-bom")) {
        return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    }
    QByteArray out;
    const bool utf32 = encoding.startsWith(QLatin1String("utf-32"));
    const bool big = encoding.endsWith(QLatin1String("be"));
    const auto put = [&](char32_t unit, int bytes) {
        for (int b = 0; b < bytes; ++b) {
            const int shift = 8 * (big ? bytes - 1 - b : b);
            out.append(static_cast<char>((unit >> shift) & 0xff));
        }
    };
    put(0xFEFF, utf32 ? 4 : 2); // the byte-order mark
    for (const char32_t c : text.toUcs4()) {
        if (utf32 || c < 0x10000) {
            put(c, utf32 ? 4 : 2);
        } else {
            put(0xD800 + ((c - 0x10000) >> 10), 2);
            put(0xDC00 + ((c - 0x10000) & 0x3ff), 2);
        }
    }
    return out;
}

QJsonObject jsonOf(const Outcome& outcome)
{
    return QJsonDocument::fromJson(outcome.out).object();
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    // Item 1: sigma = -5 I gave FID -250.14, exit 0, and --fail-if 'fid>30' passed.
    void negativeDefiniteSigmaRefused()
    {
        QTemporaryDir dir;
        const QString bad
            = statisticsFile(dir, "negdef.npz", -5.0 * Eigen::MatrixXd::Identity(64, 64));
        const QString good = statisticsFile(dir, "good.npz", Eigen::MatrixXd::Identity(64, 64));
        const Outcome outcome
            = runGenlens(evaluateImage(bad, good,
                                       {QStringLiteral("--fail-if"), QStringLiteral("fid>30"),
                                        QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(!outcome.out.contains("\"fid\""));
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(bad) && err.contains(QStringLiteral("not positive semi-definite")),
                 outcome.err.constData());
    }

    void asymmetricSigmaRefused()
    {
        QTemporaryDir dir;
        Eigen::MatrixXd sigma = Eigen::MatrixXd::Identity(16, 16);
        sigma(0, 5) = 0.5;
        const QString bad = statisticsFile(dir, "asym.npz", sigma);
        const QString good = statisticsFile(dir, "good.npz", Eigen::MatrixXd::Identity(16, 16));
        const Outcome outcome = runGenlens(evaluateImage(good, bad));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err)
                     .contains(bad + QStringLiteral(": sigma is not symmetric")),
                 outcome.err.constData());
    }

    // Item 3: `genlens report` wrote the schema into a 0-byte or empty SQLite file.
    void reportOnEmptyFileLeavesItUnchanged_data()
    {
        QTest::addColumn<bool>("sqlite");
        QTest::addRow("0-byte file") << false;
        QTest::addRow("empty SQLite database") << true;
    }

    void reportOnEmptyFileLeavesItUnchanged()
    {
        QFETCH(bool, sqlite);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.genlens"));
        QVERIFY(writeFile(path, {}));
        if (sqlite) {
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
                QVERIFY(query.exec(QStringLiteral("DROP TABLE t")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("maker"));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        const QByteArray before = fileBytes(path);
        const Outcome outcome = runGenlens({QStringLiteral("report"), path, QStringLiteral("--out"),
                                            dir.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err).contains(QStringLiteral("not a GenLens project")),
                 outcome.err.constData());
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("r.pdf"))));
    }

    // Item "unclear outcomes": a read-only project was refused as "not a GenLens project:
    // attempt to write a readonly database". It is reported, and shown by the window.
    void readOnlyProjectIsReportedAndShown()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                  | QFile::ExeGroup);
        const QString project = dir.filePath(QStringLiteral("ro.genlens"));
        QCOMPARE(runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                          {QStringLiteral("--project"), project}))
                     .exitCode,
                 0);
        QVERIFY(
            QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileBytes(project);
        // Written where the other user may write.
        QTemporaryDir out;
        QFile::setPermissions(out.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                  | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        const QString pdf = out.filePath(QStringLiteral("r.pdf"));
        const Outcome report
            = runGenlens({QStringLiteral("report"), project, QStringLiteral("--out"), pdf}, true);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 0);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), out.path()); // settings of the other user
        const QString shots = out.filePath(QStringLiteral("shots"));
        const Outcome window
            = runGenlens({project, QStringLiteral("--screenshots"), shots}, true, environment);
        QVERIFY2(window.exitCode == 0, window.err.constData());
        QVERIFY2(!QDir(shots).entryList({QStringLiteral("*.png")}).isEmpty(),
                 window.err.constData());
        QCOMPARE(fileBytes(project), before);
    }

    // Item "unclear outcomes": --screenshots never quit when the project failed to open (a
    // modal box waited for a click).
    void screenshotsQuitWhenTheProjectFailsToOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.genlens"));
        QVERIFY(writeFile(path, QByteArray(4096, 'x')));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        const Outcome outcome = runGenlens(
            {path, QStringLiteral("--screenshots"), dir.filePath(QStringLiteral("shots"))}, false,
            environment);
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err).contains(path), outcome.err.constData());
        QCOMPARE(fileBytes(path), QByteArray(4096, 'x'));
    }

    // Item 4: UTF-16 text (with BOM) was read as NUL-interleaved bytes: MAUVE 0.006 instead of
    // 0.998. Decoded, every encoding gives exactly the UTF-8 result.
    void utf16TextGivesTheSameResultAsUtf8_data()
    {
        QTest::addColumn<QString>("encoding");
        for (const char* e :
             {"utf-16le", "utf-16be", "utf-32le", "utf-32be", "utf-8-bom", "utf-8-cr"}) {
            QTest::addRow("%s", e) << QString::fromLatin1(e);
        }
    }

    void utf16TextGivesTheSameResultAsUtf8()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.txt"));
        const QString generated = dir.filePath(QStringLiteral("generated.txt"));
        const QString other = dir.filePath(QStringLiteral("generated-other.txt"));
        QVERIFY(writeFile(real, sentences(false).toUtf8()));
        QVERIFY(writeFile(generated, sentences(true).toUtf8()));
        QVERIFY(writeFile(other, encode(sentences(true), encoding)));
        const QStringList common {
            QStringLiteral("evaluate"), QStringLiteral("text"),   QStringLiteral("--real"), real,
            QStringLiteral("--quiet"),  QStringLiteral("--json"), QStringLiteral("-")};
        const Outcome utf8
            = runGenlens(common + QStringList {QStringLiteral("--generated"), generated});
        const Outcome encoded
            = runGenlens(common + QStringList {QStringLiteral("--generated"), other});
        QCOMPARE(utf8.exitCode, 0);
        QVERIFY2(encoded.exitCode == 0, encoded.err.constData());
        const QJsonObject a = jsonOf(utf8).value(QStringLiteral("metrics")).toObject();
        const QJsonObject b = jsonOf(encoded).value(QStringLiteral("metrics")).toObject();
        QVERIFY(a.contains(QStringLiteral("mauve")));
        QCOMPARE(b, a);
        QCOMPARE(jsonOf(encoded)
                     .value(QStringLiteral("inputs"))
                     .toObject()
                     .value(QStringLiteral("generated"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 60);
        // The same text against itself, one side UTF-16: MAUVE as for UTF-8 (was 0.006).
        const QString realOther = dir.filePath(QStringLiteral("real-other.txt"));
        QVERIFY(writeFile(realOther, encode(sentences(false), encoding)));
        const Outcome same
            = runGenlens(common + QStringList {QStringLiteral("--generated"), realOther});
        const double mauve = jsonOf(same)
                                 .value(QStringLiteral("metrics"))
                                 .toObject()
                                 .value(QStringLiteral("mauve"))
                                 .toObject()
                                 .value(QStringLiteral("value"))
                                 .toDouble();
        QVERIFY2(mauve > 0.99, qPrintable(QString::number(mauve)));
    }

    // Item 4: a PNG passed as a text, reference or truth file was "evaluated".
    void binaryFileRefusedAsText_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("text set") << QStringLiteral("text");
        QTest::addRow("references") << QStringLiteral("references");
        QTest::addRow("recsys truth") << QStringLiteral("truth");
        QTest::addRow("recsys recommendations") << QStringLiteral("recommendations");
        QTest::addRow("recsys training") << QStringLiteral("train");
    }

    void binaryFileRefusedAsText()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("picture.png"));
        QVERIFY(writeFile(
            png,
            QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008020000")
                + QByteArray(64, 'a')));
        const QString text = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(text, sentences(false).toUtf8()));
        const QString truth = dir.filePath(QStringLiteral("truth.csv"));
        QVERIFY(writeFile(truth, "user,item\nu1,i1\nu2,i2\n"));
        const QString recs = dir.filePath(QStringLiteral("recs.csv"));
        QVERIFY(writeFile(recs, "user,item\nu1,i1\nu1,i2\nu2,i1\n"));
        QStringList arguments;
        if (kind == QLatin1String("text") || kind == QLatin1String("references")) {
            arguments = {QStringLiteral("evaluate"),    QStringLiteral("text"),
                         QStringLiteral("--real"),      text,
                         QStringLiteral("--generated"), kind == QLatin1String("text") ? png : text};
            if (kind == QLatin1String("references")) {
                arguments << QStringLiteral("--references") << png;
            }
        } else {
            arguments = {QStringLiteral("evaluate"),
                         QStringLiteral("recsys"),
                         QStringLiteral("--truth"),
                         kind == QLatin1String("truth") ? png : truth,
                         QStringLiteral("--recommendations"),
                         kind == QLatin1String("recommendations") ? png : recs};
            if (kind == QLatin1String("train")) {
                arguments << QStringLiteral("--train") << png;
            }
        }
        const Outcome outcome = runGenlens(arguments << QStringLiteral("--quiet"));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err)
                     .contains(png + QStringLiteral(": looks binary: NUL byte at offset 8")),
                 outcome.err.constData());
    }

    // Item 4 for recommendation files: UTF-16 truth and CR-only recommendations read as UTF-8.
    void utf16RecsysFilesGiveTheSameResult()
    {
        QTemporaryDir dir;
        const QString truth
            = QStringLiteral("user,item,relevance\nu1,i1,1\nu1,i3,1\nu2,i2,1\nu3,i4,2\n");
        const QString recs
            = QStringLiteral("user,item\nu1,i1\nu1,i2\nu1,i3\nu2,i1\nu2,i2\nu3,i5\nu3,i4\n");
        const QString truth8 = dir.filePath(QStringLiteral("truth.csv"));
        const QString recs8 = dir.filePath(QStringLiteral("recs.csv"));
        const QString truth16 = dir.filePath(QStringLiteral("truth16.csv"));
        const QString recsCr = dir.filePath(QStringLiteral("recs_cr.csv"));
        QVERIFY(writeFile(truth8, truth.toUtf8()));
        QVERIFY(writeFile(recs8, recs.toUtf8()));
        QVERIFY(writeFile(truth16, encode(truth, QStringLiteral("utf-16le"))));
        QVERIFY(writeFile(recsCr, encode(recs, QStringLiteral("utf-8-cr"))));
        const auto run = [](const QString& t, const QString& r) {
            return runGenlens({QStringLiteral("evaluate"), QStringLiteral("recsys"),
                               QStringLiteral("--truth"), t, QStringLiteral("--recommendations"), r,
                               QStringLiteral("--quiet"), QStringLiteral("--json"),
                               QStringLiteral("-")});
        };
        const Outcome plain = run(truth8, recs8);
        const Outcome converted = run(truth16, recsCr);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        QCOMPARE(jsonOf(converted).value(QStringLiteral("metrics")).toObject(),
                 jsonOf(plain).value(QStringLiteral("metrics")).toObject());
    }

    // Item 5: two evaluations storing into the same new project at once: both runs stored.
    void twoProcessesCreateOneProject()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 3; ++round) {
            const QString project = dir.filePath(QStringLiteral("same%1.genlens").arg(round));
            std::vector<std::unique_ptr<QProcess>> runs;
            for (int p = 0; p < 2; ++p) {
                runs.push_back(std::make_unique<QProcess>());
                runs.back()->start(QStringLiteral(GENLENS_BINARY_DIR "/genlens"),
                                   evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                                 {QStringLiteral("--project"), project}));
            }
            for (const auto& run : runs) {
                QVERIFY(run->waitForFinished(120000));
                QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
            }
            app::ProjectStore store;
            store.openReadOnly(project);
            QCOMPARE(store.runs().size(), 2);
        }
    }

    // Item 8 of the issue (memory): --cutoffs 10000000 on 50 users x 20 items took 3.2 GB. The
    // lists are evaluated to the longest list's depth, values unchanged, and that is reported.
    void hugeCutoffEvaluatedToTheLongestList()
    {
        QTemporaryDir dir;
        QByteArray truth("user,item\n");
        QByteArray recs("user,item\n");
        for (int u = 0; u < 50; ++u) {
            for (int i = 0; i < 5; ++i) {
                truth += QStringLiteral("u%1,i%2\n").arg(u).arg((u * 7 + i * 13) % 100).toUtf8();
            }
            for (int i = 0; i < 20; ++i) {
                recs += QStringLiteral("u%1,i%2\n").arg(u).arg((u * 3 + i * 11) % 100).toUtf8();
            }
        }
        const QString truthPath = dir.filePath(QStringLiteral("truth.csv"));
        const QString recsPath = dir.filePath(QStringLiteral("recs.csv"));
        QVERIFY(writeFile(truthPath, truth));
        QVERIFY(writeFile(recsPath, recs));
        const auto run = [&](const QString& cutoffs) {
            return runGenlens({QStringLiteral("evaluate"), QStringLiteral("recsys"),
                               QStringLiteral("--truth"), truthPath,
                               QStringLiteral("--recommendations"), recsPath,
                               QStringLiteral("--cutoffs"), cutoffs, QStringLiteral("--quiet"),
                               QStringLiteral("--json"), QStringLiteral("-")});
        };
        const Outcome huge = run(QStringLiteral("10,10000000"));
        QVERIFY2(huge.exitCode == 0, huge.err.constData());
        const QJsonObject json = jsonOf(huge);
        const QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("longest_list")).toInt(), 20);
        QCOMPARE(settings.value(QStringLiteral("cutoffs_past_longest_list")).toArray(),
                 QJsonArray {10000000});
        QVERIFY(!json.value(QStringLiteral("warnings")).toArray().isEmpty());
        QVERIFY2(
            huge.err.contains(
                "warning: cut-off 10000000 exceeds the longest recommendation list (20 items)"),
            huge.err.constData());
        // Values as defined at the cut-off: recall and hit rate as at 20, precision divided by k.
        const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        const QJsonObject at20
            = jsonOf(run(QStringLiteral("20"))).value(QStringLiteral("metrics")).toObject();
        const auto value = [](const QJsonObject& m, const char* key) {
            return m.value(QLatin1String(key)).toObject().value(QStringLiteral("value")).toDouble();
        };
        QCOMPARE(value(metrics, "recall@10000000"), value(at20, "recall@20"));
        QCOMPARE(value(metrics, "hit_rate@10000000"), value(at20, "hit_rate@20"));
        QCOMPARE(value(metrics, "precision@10000000") * 10000000 / 20, value(at20, "precision@20"));
        QVERIFY(json.value(QStringLiteral("details"))
                    .toObject()
                    .value(QStringLiteral("coverage_by_cutoff"))
                    .toArray()
                    .size()
                <= 20);
    }

    // Item 9: --threads 100000 printed results, then crashed at exit in OpenCV's thread pool.
    void threadsAboveTheLimitRefused()
    {
        const Outcome outcome
            = runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                       {QStringLiteral("--threads"), QStringLiteral("100000")}));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("--threads: 100000 is more than the limit of"),
                 outcome.err.constData());
        QVERIFY(outcome.out.isEmpty());
    }

    // "--threads >= 3 prints a TBB warning": OpenCV's pool gets at most one thread per CPU.
    void manyThreadsWithoutTbbWarning_data()
    {
        QTest::addColumn<QString>("threads");
        QTest::addRow("3") << QStringLiteral("3");
        QTest::addRow("256") << QStringLiteral("256");
    }

    void manyThreadsWithoutTbbWarning()
    {
        QFETCH(QString, threads);
        const Outcome outcome
            = runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                       {QStringLiteral("--threads"), threads}));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(!outcome.err.contains("TBB"), outcome.err.constData());
    }

    // "--fail-if '' exits 0": an empty gate (an unset CI variable) is a usage error.
    void emptyFailIfIsAnError()
    {
        const Outcome outcome
            = runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                       {QStringLiteral("--fail-if"), QString()}));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains("--fail-if: no condition"), outcome.err.constData());
    }

    // "--extractor onnx:/missing.onnx says 'needs an input size' instead of 'cannot open'".
    void missingOnnxModelCannotOpen()
    {
        const QString images = QStringLiteral(GENLENS_TEST_DATA "/image");
        QTemporaryDir dir;
        for (const char* name : {"img_a.png", "img_b.png", "img_c.png"}) {
            QVERIFY(QFile::copy(images + QLatin1Char('/') + QLatin1String(name),
                                dir.filePath(QLatin1String(name))));
        }
        const QString model = dir.filePath(QStringLiteral("missing.onnx"));
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("image"), QStringLiteral("--real"),
             dir.path(), QStringLiteral("--generated"), dir.path(), QStringLiteral("--extractor"),
             QStringLiteral("onnx:") + model, QStringLiteral("--quiet")});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(QString::fromUtf8(outcome.err).contains(model + QStringLiteral(": cannot open")),
                 outcome.err.constData());
    }

    // "A truth file with no relevant item exits 0 with NaN metrics": said, and gates fail.
    void truthWithoutRelevantItemWarns()
    {
        QTemporaryDir dir;
        const QString truth = dir.filePath(QStringLiteral("truth.csv"));
        const QString recs = dir.filePath(QStringLiteral("recs.csv"));
        QVERIFY(writeFile(truth, "user,item,relevance\nu1,i1,0\nu2,i2,0\n"));
        QVERIFY(writeFile(recs, "user,item\nu1,i1\nu2,i3\n"));
        const QStringList arguments {QStringLiteral("evaluate"),
                                     QStringLiteral("recsys"),
                                     QStringLiteral("--truth"),
                                     truth,
                                     QStringLiteral("--recommendations"),
                                     recs,
                                     QStringLiteral("--quiet"),
                                     QStringLiteral("--json"),
                                     QStringLiteral("-")};
        const Outcome outcome = runGenlens(arguments);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(QString::fromUtf8(outcome.err)
                     .contains(truth + QStringLiteral(": no user has a relevant item")),
                 outcome.err.constData());
        const QJsonArray warnings = jsonOf(outcome).value(QStringLiteral("warnings")).toArray();
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const QJsonValue& w) {
            return w.toString().contains(QStringLiteral("no user has a relevant item"));
        }));
        const Outcome gated = runGenlens(
            arguments + QStringList {QStringLiteral("--fail-if"), QStringLiteral("ndcg@10<0.5")});
        QCOMPARE(gated.exitCode, 3);
    }

    // "A TREC run with a bad rank on line 1 fails with 'no usable record' without the reason".
    void trecRunBadRankOnLine1SaysWhy()
    {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run.trec"));
        const QString qrels = dir.filePath(QStringLiteral("qrels"));
        QVERIFY(writeFile(run, "q1 Q0 d1 x 1.0 tag\n"));
        QVERIFY(writeFile(qrels, "q1 0 d1 1\n"));
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"), qrels,
             QStringLiteral("--recommendations"), run, QStringLiteral("--quiet")});
        QCOMPARE(outcome.exitCode, 1);
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(run + QStringLiteral(": no usable record"))
                     && err.contains(QStringLiteral("its rank 'x' is not an integer")),
                 outcome.err.constData());
    }

    // "All-zero or constant feature sets give FID 0 and Vendi 1 without a warning".
    void constantFeatureSetsWarn()
    {
        QTemporaryDir dir;
        const QString zeros = dir.filePath(QStringLiteral("zeros.npy"));
        const QString ones = dir.filePath(QStringLiteral("ones.npy"));
        metrics::writeNpy(
            zeros.toStdString(),
            metrics::npyFromMatrix(metrics::RowMatrixXf(metrics::RowMatrixXf::Zero(40, 8))));
        metrics::writeNpy(ones.toStdString(),
                          metrics::npyFromMatrix(
                              metrics::RowMatrixXf(metrics::RowMatrixXf::Constant(40, 8, 3.0f))));
        const Outcome outcome = runGenlens(
            evaluateImage(zeros, ones, {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        const QJsonArray warnings = jsonOf(outcome).value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).toString().startsWith(
                     QStringLiteral("real set: all 40 features are identical")),
                 qPrintable(warnings.at(0).toString()));
        QVERIFY(outcome.err.contains("warning: generated set: all 40 features are identical"));
    }

    // "Features x1e30 give a NaN KID without a reason".
    void hugeFeaturesKidNanHasAReason()
    {
        QTemporaryDir dir;
        const metrics::RowMatrixXf real
            = metrics::readNpyMatrixXf(dataFile("real.npy").toStdString());
        const metrics::RowMatrixXf generated
            = metrics::readNpyMatrixXf(dataFile("generated.npy").toStdString());
        const QString realPath = dir.filePath(QStringLiteral("real.npy"));
        const QString generatedPath = dir.filePath(QStringLiteral("generated.npy"));
        metrics::writeNpy(realPath.toStdString(),
                          metrics::npyFromMatrix(metrics::RowMatrixXf(real * 1e30f)));
        metrics::writeNpy(generatedPath.toStdString(),
                          metrics::npyFromMatrix(metrics::RowMatrixXf(generated * 1e30f)));
        const Outcome outcome = runGenlens(evaluateImage(
            realPath, generatedPath, {QStringLiteral("--json"), QStringLiteral("-")}));
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY2(outcome.err.contains("warning: features of magnitude about")
                     && outcome.err.contains("kid is undefined"),
                 outcome.err.constData());
        QCOMPARE(jsonOf(outcome).value(QStringLiteral("warnings")).toArray().size(), 1);
    }

    // A project damaged inside (pages overwritten): "the project file is damaged", not
    // "SELECT ... database disk image is malformed Unable to fetch row".
    void damagedProjectMessageInWords()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("damaged.genlens"));
        QCOMPARE(runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                          {QStringLiteral("--project"), project}))
                     .exitCode,
                 0);
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        QVERIFY(file.seek(3 * 4096));
        QCOMPARE(file.write(QByteArray(4 * 4096, '\xff')), qint64(4 * 4096));
        file.close();
        const Outcome outcome
            = runGenlens({QStringLiteral("report"), project, QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(outcome.exitCode, 1);
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(project + QStringLiteral(": the project file is damaged")),
                 outcome.err.constData());
        QVERIFY2(!err.contains(QStringLiteral("SELECT"))
                     && !err.contains(QStringLiteral("Unable to")),
                 outcome.err.constData());
    }

    // The decision behind item 4, byte by byte (app/loaders/textinput.h).
    void guessTextEncodingFromFirstBytes_data()
    {
        using E = app::TextEncodingGuess::Encoding;
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bomBytes");
        QTest::addColumn<bool>("crOnly");
        QTest::addColumn<qint64>("nulOffset");
        QTest::addColumn<bool>("utf16WithoutBom");
        QTest::addRow("plain LF") << QByteArray("a\nb\n") << int(E::Utf8) << 0 << false
                                  << qint64(-1) << false;
        QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << int(E::Utf8) << 0 << false
                              << qint64(-1) << false;
        QTest::addRow("CR only") << QByteArray("a\rb\rc") << int(E::Utf8) << 0 << true << qint64(-1)
                                 << false;
        QTest::addRow("UTF-8 BOM")
            << QByteArray("\xEF\xBB\xBF" "a\n") << int(E::Utf8) << 3 << false << qint64(-1) << false;
        QTest::addRow("UTF-16LE BOM") << QByteArray("\xFF\xFE" "a\0\n\0", 6) << int(E::Utf16LE) << 2
                                      << false << qint64(-1) << false;
        QTest::addRow("UTF-16BE CR only") << QByteArray("\xFE\xFF\0a\0\r\0b\0\r\0c", 12)
                                          << int(E::Utf16BE) << 2 << true << qint64(-1) << false;
        QTest::addRow("UTF-32LE BOM") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << int(E::Utf32LE)
                                      << 4 << false << qint64(-1) << false;
        QTest::addRow("UTF-32BE BOM") << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << int(E::Utf32BE)
                                      << 4 << false << qint64(-1) << false;
        QTest::addRow("PNG") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                             << int(E::Utf8) << 0 << false << qint64(8) << false;
        QTest::addRow("UTF-16LE without BOM")
            << QByteArray("a\0b\0c\0\n\0", 8) << int(E::Utf8) << 0 << false << qint64(1) << true;
    }

    void guessTextEncodingFromFirstBytes()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, encoding);
        QFETCH(int, bomBytes);
        QFETCH(bool, crOnly);
        QFETCH(qint64, nulOffset);
        QFETCH(bool, utf16WithoutBom);
        const app::TextEncodingGuess guess = app::guessTextEncoding(head);
        QCOMPARE(int(guess.encoding), encoding);
        QCOMPARE(guess.bomBytes, bomBytes);
        QCOMPARE(guess.crOnly, crOnly);
        QCOMPARE(guess.nulOffset, nulOffset);
        QCOMPARE(guess.looksUtf16WithoutBom, utf16WithoutBom);
    }

    // Item 6: "a 1 MB .npz that honestly inflates to 262,144 x 1024 float32 takes 4.3 GB and 30 s
    // before saying that the dimensions differ". The shapes now come from the headers before any
    // payload is read: a stored member whose data is damaged (so reading it would fail on its
    // CRC) is refused for its dimension alone, which proves the data was never read.
    void npzDimensionCheckedBeforeItsDataIsRead()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.npy"));
        const QString generated = dir.filePath(QStringLiteral("generated.npz"));
        metrics::writeNpy(real.toStdString(), metrics::npyFromMatrix(metrics::RowMatrixXf(
                                                  metrics::RowMatrixXf::Random(100, 16))));
        metrics::writeNpz(generated.toStdString(),
                          {{"arr_0", metrics::npyFromMatrix(metrics::RowMatrixXf(
                                         metrics::RowMatrixXf::Random(2000, 128)))}},
                          false);
        QByteArray bytes = fileBytes(generated);
        const qsizetype npy = bytes.indexOf("\x93NUMPY");
        QVERIFY(npy > 0);
        for (qsizetype i = npy + 4096; i < npy + 4096 + 64; ++i) {
            bytes[i] = char(bytes[i] ^ 0x5a); // deep in the payload: the CRC no longer matches
        }
        QVERIFY(writeFile(generated, bytes));
        const Outcome outcome = runGenlens(evaluateImage(real, generated));
        QCOMPARE(outcome.exitCode, 1);
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(QStringLiteral("feature dimensions differ: %1 has 16, %2 has 128")
                                  .arg(real, generated)),
                 outcome.err.constData());
        QVERIFY2(!err.contains(QStringLiteral("CRC")), outcome.err.constData());
    }

    // Item 6: "a 4 MB one ends in std::bad_alloc with no file named": what one member may
    // inflate to is bounded by --max-member-mb, refused naming the file, the size and the limit.
    void npzMemberAboveTheLimitRefused()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.npy"));
        const QString generated = dir.filePath(QStringLiteral("zeros.npz"));
        metrics::writeNpy(real.toStdString(), metrics::npyFromMatrix(metrics::RowMatrixXf(
                                                  metrics::RowMatrixXf::Random(100, 128))));
        // 4096 x 128 float32 = 2 MiB of zeros, a few kB deflated.
        metrics::writeNpz(generated.toStdString(),
                          {{"arr_0", metrics::npyFromMatrix(metrics::RowMatrixXf(
                                         metrics::RowMatrixXf::Zero(4096, 128)))}});
        QVERIFY(QFileInfo(generated).size() < 100 * 1024);
        const Outcome refused = runGenlens(evaluateImage(
            real, generated, {QStringLiteral("--metrics"), QStringLiteral("fid"),
                              QStringLiteral("--max-member-mb"), QStringLiteral("1")}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString::fromUtf8(refused.err)
                     .contains(generated
                               + QStringLiteral("[arr_0]: the array (4096, 128) would take 2 MiB "
                                                "once read, above the limit of 1 MiB; raise it "
                                                "with --max-member-mb")),
                 refused.err.constData());
        const Outcome raised = runGenlens(evaluateImage(
            real, generated, {QStringLiteral("--metrics"), QStringLiteral("fid"),
                              QStringLiteral("--max-member-mb"), QStringLiteral("3")}));
        QCOMPARE(raised.exitCode, 0);
        const Outcome badValue = runGenlens(evaluateImage(
            real, generated, {QStringLiteral("--max-member-mb"), QStringLiteral("0")}));
        QCOMPARE(badValue.exitCode, 1);
        QVERIFY(badValue.err.contains("--max-member-mb"));
    }

    // "A mode-000 subfolder is silently ignored while an unreadable file is listed".
    void unreadableSubfolderListedAsSkipped()
    {
        if (::geteuid() == 0 && QProcess::execute(QStringLiteral("setpriv"),
                                                  {QStringLiteral("--version")})
                != 0) {
            QSKIP("running as root without setpriv: a mode-000 folder is readable to root");
        }
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther);
        const QString images = dir.filePath(QStringLiteral("images"));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images/locked")));
        for (int i = 0; i < 4; ++i) {
            const cv::Mat image(24, 24, CV_8UC3, cv::Scalar(30 * i, 200 - 40 * i, 90));
            QVERIFY(cv::imwrite(QStringLiteral("%1/%2.png").arg(images).arg(i).toStdString(),
                                image));
        }
        QVERIFY(cv::imwrite((images + QStringLiteral("/locked/hidden.png")).toStdString(),
                            cv::Mat(24, 24, CV_8UC3, cv::Scalar(1, 2, 3))));
        QFile::setPermissions(images, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(images + QStringLiteral("/locked"), QFile::Permissions());
        const Outcome outcome = runGenlens(
            evaluateImage(images, images,
                          {QStringLiteral("--metrics"), QStringLiteral("fid"),
                           QStringLiteral("--json"), QStringLiteral("-")}),
            true);
        QFile::setPermissions(images + QStringLiteral("/locked"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject real
            = jsonOf(outcome).value(QStringLiteral("inputs")).toObject().value(QStringLiteral("real")).toObject();
        QCOMPARE(real.value(QStringLiteral("count")).toInt(), 4);
        const QJsonArray skipped = real.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        const QJsonObject entry = skipped.at(0).toObject();
        QVERIFY2(entry.value(QStringLiteral("item")).toString().endsWith(QStringLiteral("/locked")),
                 qPrintable(entry.value(QStringLiteral("item")).toString()));
        QVERIFY2(entry.value(QStringLiteral("reason"))
                     .toString()
                     .startsWith(QStringLiteral("cannot read the folder (Permission denied)")),
                 qPrintable(entry.value(QStringLiteral("reason")).toString()));
    }

    // "--compare-with a run whose users are all outside the truth reports no issue".
    void compareWithRunOutsideTheTruthReported()
    {
        QTemporaryDir dir;
        QByteArray truth = "user,item,rating\n";
        QByteArray a = "user,item,score\n";
        QByteArray b = "user,item,score\n";
        for (int u = 1; u <= 5; ++u) {
            for (int i = 1; i <= 3; ++i) {
                truth += QByteArray("u%1,i%2,1\n").replace("%1", QByteArray::number(u)).replace(
                    "%2", QByteArray::number(u + i));
                a += QByteArray("u%1,i%2,0.5\n").replace("%1", QByteArray::number(u)).replace(
                    "%2", QByteArray::number(u + i));
                b += QByteArray("x%1,i%2,0.5\n").replace("%1", QByteArray::number(u)).replace(
                    "%2", QByteArray::number(u + i));
            }
        }
        const QString truthPath = dir.filePath(QStringLiteral("truth.csv"));
        const QString aPath = dir.filePath(QStringLiteral("a.csv"));
        const QString bPath = dir.filePath(QStringLiteral("b.csv"));
        QVERIFY(writeFile(truthPath, truth) && writeFile(aPath, a) && writeFile(bPath, b));
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"),
             truthPath, QStringLiteral("--recommendations"), aPath,
             QStringLiteral("--compare-with"), bPath, QStringLiteral("--cutoffs"),
             QStringLiteral("3"), QStringLiteral("--permutations"), QStringLiteral("100"),
             QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonArray warnings = jsonOf(outcome).value(QStringLiteral("warnings")).toArray();
        const QString expected = bPath
            + QStringLiteral(": none of its users (5) is in the ground truth %1: every user of the "
                             "truth counts as without recommendations (accuracy 0); the "
                             "comparison is against empty lists")
                  .arg(truthPath);
        QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                             [&](const QJsonValue& w) { return w.toString() == expected; }),
                 outcome.out.constData());
        // The run itself is fine: nothing said about it.
        QVERIFY(std::none_of(warnings.begin(), warnings.end(), [&](const QJsonValue& w) {
            return w.toString().startsWith(aPath);
        }));
    }

    // "--input-format trec is applied to the CSV truth as well".
    void trecFormatAppliesToTheRunOnly()
    {
        QTemporaryDir dir;
        const QString truth = dir.filePath(QStringLiteral("truth.csv"));
        const QString run = dir.filePath(QStringLiteral("run.txt"));
        QVERIFY(writeFile(truth, "user,item,rating\nq1,d1,1\nq1,d3,1\nq2,d2,1\n"));
        QVERIFY(writeFile(run, "q1 Q0 d1 1 0.9 r\nq1 Q0 d2 2 0.8 r\nq2 Q0 d2 1 0.7 r\n"));
        const Outcome outcome = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"), truth,
             QStringLiteral("--recommendations"), run, QStringLiteral("--input-format"),
             QStringLiteral("trec"), QStringLiteral("--cutoffs"), QStringLiteral("2"),
             QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--quiet")});
        QCOMPARE(outcome.exitCode, 0);
        const QJsonObject json = jsonOf(outcome);
        QCOMPARE(json.value(QStringLiteral("metrics"))
                     .toObject()
                     .value(QStringLiteral("hit_rate@2"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 1.0);
        QCOMPARE(json.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("real")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("recsys"));
        // A run that is not TREC is still refused as one.
        const QString csvRun = dir.filePath(QStringLiteral("run.csv"));
        QVERIFY(writeFile(csvRun, "user,item,score\nq1,d1,0.9\n"));
        const Outcome notTrec = runGenlens(
            {QStringLiteral("evaluate"), QStringLiteral("recsys"), QStringLiteral("--truth"), truth,
             QStringLiteral("--recommendations"), csvRun, QStringLiteral("--input-format"),
             QStringLiteral("trec"), QStringLiteral("--quiet")});
        QCOMPARE(notTrec.exitCode, 1);
        QVERIFY2(notTrec.err.contains("not a TREC run file"), notTrec.err.constData());
    }

    // Corrupt-project messages say what is wrong in words: no SQL, no "Unable to fetch row".
    void corruptProjectMessageInWords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noise.genlens"));
        QVERIFY(writeFile(path, QByteArray(8192, '\x5a')));
        const Outcome outcome = runGenlens({QStringLiteral("report"), path, QStringLiteral("--out"),
                                            dir.filePath(QStringLiteral("r.pdf"))});
        QCOMPARE(outcome.exitCode, 1);
        const QString err = QString::fromUtf8(outcome.err);
        QVERIFY2(err.contains(QStringLiteral("not a GenLens project")), outcome.err.constData());
        QVERIFY2(!err.contains(QStringLiteral("PRAGMA"))
                     && !err.contains(QStringLiteral("Unable to")),
                 outcome.err.constData());
        QCOMPARE(err.count(QStringLiteral("genlens report:")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
