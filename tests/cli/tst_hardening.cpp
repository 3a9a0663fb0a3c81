// Issue 15: hostile inputs that used to give wrong numbers, lose data or leave the user without a
// reason. Each case drives the real executable, as a user or a pipeline would, and is named after
// the case.
#include "genlens/metrics/core/npy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

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
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    const QString genlens = QStringLiteral(GENLENS_BINARY_DIR "/genlens");
    if (asOtherUser && ::geteuid() == 0) {
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
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
    return QStringList{QStringLiteral("evaluate"),    QStringLiteral("image"),
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

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private slots:
    // Item 1: sigma = -5 I gave FID -250.14, exit 0, and --fail-if 'fid>30' passed.
    void negativeDefiniteSigmaRefused()
    {
        QTemporaryDir dir;
        const QString bad = statisticsFile(dir, "negdef.npz", -5.0 * Eigen::MatrixXd::Identity(64, 64));
        const QString good = statisticsFile(dir, "good.npz", Eigen::MatrixXd::Identity(64, 64));
        const Outcome outcome = runGenlens(evaluateImage(
            bad, good,
            {QStringLiteral("--fail-if"), QStringLiteral("fid>30"), QStringLiteral("--json"),
             QStringLiteral("-")}));
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
        QVERIFY2(QString::fromUtf8(outcome.err).contains(bad + QStringLiteral(": sigma is not symmetric")),
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
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            QStringLiteral("maker"));
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
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::ExeOther
                                              | QFile::ReadGroup | QFile::ExeGroup);
        const QString project = dir.filePath(QStringLiteral("ro.genlens"));
        QCOMPARE(runGenlens(evaluateImage(dataFile("real.npy"), dataFile("generated.npy"),
                                          {QStringLiteral("--project"), project}))
                     .exitCode,
                 0);
        QVERIFY(QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup
                                                   | QFile::ReadOther));
        const QByteArray before = fileBytes(project);
        // Written where the other user may write.
        QTemporaryDir out;
        QFile::setPermissions(out.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                              | QFile::ReadOther | QFile::WriteOther
                                              | QFile::ExeOther);
        const QString pdf = out.filePath(QStringLiteral("r.pdf"));
        const Outcome report
            = runGenlens({QStringLiteral("report"), project, QStringLiteral("--out"), pdf}, true);
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 0);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), out.path()); // settings of the other user
        const QString shots = out.filePath(QStringLiteral("shots"));
        const Outcome window = runGenlens({project, QStringLiteral("--screenshots"), shots}, true,
                                          environment);
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
        QVERIFY2(!err.contains(QStringLiteral("PRAGMA")) && !err.contains(QStringLiteral("Unable to")),
                 outcome.err.constData());
        QCOMPARE(err.count(QStringLiteral("genlens report:")), 1);
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
