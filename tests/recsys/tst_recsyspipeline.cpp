// The recommendation loader, pipeline and command: file dialects, bad records as issues, the
// end-to-end numbers against the independent Python reference (tests/data/recsys/
// make_fixtures.py), the paired comparison and the CLI option parsing.
#include "models/evaluationjob.h"
#include "cli/recsyscommand.h"
#include "loaders/recsysloader.h"
#include "pipeline/recsyspipeline.h"
#include "trecevaloutput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <genlens/metrics/recsys/significance.h>

using namespace genlens::app;
using namespace genlens::testing;

namespace {

constexpr double kExactTolerance = 1e-12;

class TestContext : public PipelineContext
{
public:
    void beginStage(const QString& name, qint64) override { stages.append(name); }
    bool advance(qint64, qint64) override { return !cancel; }
    bool isCanceled() const override { return cancel; }
    void publishPartial(const RunResult& partial) override
    {
        partialMetricCounts.append(static_cast<int>(partial.metrics.size()));
    }
    QStringList stages;
    QList<int> partialMetricCounts;
    bool cancel = false;
};

QString fixture(const char* name)
{
    return QStringLiteral(GENLENS_TEST_DATA "/recsys/") + QLatin1String(name);
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write temporary file");
    }
    f.write(content);
    return path;
}

QJsonObject expectedJson()
{
    QFile f(fixture("random_expected.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open fixture");
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

double metric(const RunResult& r, const QString& key)
{
    const MetricValue* m = r.metric(key);
    return m ? m->value : std::numeric_limits<double>::quiet_NaN();
}

// Lines of a TREC file that are not '#' comments.
qint64 recordLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        n += !line.isEmpty() && !line.startsWith('#');
    }
    return n;
}

// A topic's value of `key` (a per-user score column or count), or for topic "all" the mean over
// the topics (counts: the sum, as trec_eval prints them).
double trecEvalValue(const RunResult& r, const QString& topic, const QString& key)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const bool count = key == QLatin1String("list_length") || key == QLatin1String("relevant_count")
        || key == QLatin1String("relevant_retrieved");
    if (topic == QLatin1String("all") && !count) {
        return metric(r, key);
    }
    const bool fromLists = key != QLatin1String("relevant_count") && count;
    const std::vector<Sample>& samples = fromLists ? r.generated.samples : r.real.samples;
    const QList<ScoreColumn>& columns = fromLists ? r.generatedScores : r.realScores;
    const ScoreColumn* column = nullptr;
    for (const ScoreColumn& c : columns) {
        if (c.key == key) {
            column = &c;
        }
    }
    double sum = 0;
    bool found = false;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (topic != QLatin1String("all") && samples[i].text != topic) {
            continue;
        }
        found = true;
        if (key == QLatin1String("relevant_retrieved")) {
            sum += static_cast<double>(samples[i].payload[QStringLiteral("hits")].toArray().size());
        } else if (column) {
            sum += column->values[i];
        } else {
            return nan;
        }
    }
    return found ? sum : nan;
}

bool hasIssue(const QList<InputIssue>& issues, qint64 line, const char* reasonPart)
{
    for (const InputIssue& i : issues) {
        if (i.line == line && i.reason.contains(QLatin1String(reasonPart))) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestRecsysPipeline : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void badRecordsAreIssues();
    void unusableInputs_data();
    void unusableInputs();
    void itemFiles();
    void parallelParseEqualsSequential();
    void trecFilesAndTies();
    void trecEvalOwnTestFiles_data();
    void trecEvalOwnTestFiles();
    void endToEndMatchesScript_data();
    void endToEndMatchesScript();
    void endToEndReports();
    void comparison();
    void commandParsesOptions();
    void cancellation();

private:
    QHash<QString, RunResult> m_trecEvalRuns;
};

void TestRecsysPipeline::dialects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("userColumn");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("records");
    QTest::addColumn<double>("lastRelevance");
    QTest::addRow("csv header") << QByteArray("user,item,rating\nu1,a,4\nu2,b,2\n") << QString()
                                << "csv" << true << 2 << 2.0;
    QTest::addRow("tsv no header")
        << QByteArray("u1\ta\t3\nu2\tb\t5\n") << QString() << "tsv" << false << 2 << 5.0;
    QTest::addRow("MovieLens ratings.csv") << QByteArray(
        "userId,movieId,rating,timestamp\n1,31,2.5,1260759144\n1,1029,3.0,1260759179\n")
                                           << QString() << "csv" << true << 2 << 3.0;
    QTest::addRow("MovieLens ratings.dat ::")
        << QByteArray("1::1193::5::978300760\n1::661::3::978302109\n") << QString() << "::" << false
        << 2 << 3.0;
    QTest::addRow("RecBole .inter")
        << QByteArray("user_id:token\titem_id:token\trating:float\ttimestamp:float\n1\t2\t4\t9\n")
        << QString() << "tsv" << true << 1 << 4.0;
    QTest::addRow("semicolon, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBFuser;item;relevance\r\nu1;a;1\r\nu1;b;2\r\n") << QString()
        << "delimited(;)" << true << 2 << 2.0;
    QTest::addRow("no final newline")
        << QByteArray("u1,a,1\nu2,b,3") << QString() << "csv" << false << 2 << 3.0;
    QTest::addRow("no relevance column")
        << QByteArray("u1,a\nu1,b\n") << QString() << "csv" << false << 2 << 1.0;
    QTest::addRow("custom names, reordered")
        << QByteArray("grade,who,what\n3,u1,a\n1,u2,b\n") << "who"
        << "csv" << true << 2 << 1.0;
    QTest::addRow("quoted csv") << QByteArray("user,item,relevance\n\"u 1\",\"a, b\",2\n")
                                << QString() << "csv" << true << 1 << 2.0;
    QTest::addRow("comments and blank lines")
        << QByteArray("# exported\n\nu1,a,1\n\n# end\n") << QString() << "csv" << false << 1 << 1.0;
}

void TestRecsysPipeline::dialects()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, userColumn);
    QFETCH(QString, format);
    QFETCH(bool, header);
    QFETCH(int, records);
    QFETCH(double, lastRelevance);
    QTemporaryDir dir;
    RecsysInputs in;
    RecsysFileOptions o;
    o.path = write(dir, "truth.txt", content);
    o.userColumn = userColumn;
    if (!userColumn.isEmpty()) {
        o.itemColumn = QStringLiteral("what");
        o.valueColumn = QStringLiteral("grade");
    }
    const RecsysFileReport r = in.loadTruth(o);
    QCOMPARE(r.format, format);
    QCOMPARE(r.header, header);
    QCOMPARE(r.records, qint64(records));
    QCOMPARE(r.issueCount, qint64(0));
    QCOMPARE(in.truth.back().relevance, lastRelevance);
    if (QTest::currentDataTag() == QByteArray("quoted csv")) {
        QCOMPARE(in.items.name(0), std::string_view("a, b"));
        QCOMPARE(in.users.name(0), std::string_view("u 1"));
    }
    if (QTest::currentDataTag() == QByteArray("custom names, reordered")) {
        QCOMPARE(in.users.name(in.truth.back().user), std::string_view("u2"));
        QCOMPARE(in.items.name(in.truth.back().item), std::string_view("b"));
    }
}

void TestRecsysPipeline::badRecordsAreIssues()
{
    QTemporaryDir dir;
    RecsysInputs in;
    RecsysFileOptions o;
    o.path = write(dir, "truth.csv",
                   "user,item,relevance\n"
                   "u1,a,1\n" // 2 ok
                   "u1\n" // 3 too few columns
                   ",b,1\n" // 4 empty user
                   "u2,,1\n" // 5 empty item
                   "u2,b,high\n" // 6 not a number
                   "u2,c,nan\n" // 7 not finite
                   "u2,d,2\n"); // 8 ok
    const RecsysFileReport r = in.loadTruth(o);
    QCOMPARE(r.records, qint64(2));
    QCOMPARE(r.issueCount, qint64(5));
    QVERIFY(hasIssue(r.issues, 3, "expected at least 3 columns"));
    QVERIFY(hasIssue(r.issues, 4, "empty user"));
    QVERIFY(hasIssue(r.issues, 5, "empty item"));
    QVERIFY(hasIssue(r.issues, 6, "not a finite number"));
    QVERIFY(hasIssue(r.issues, 7, "not a finite number"));
    QCOMPARE(r.issues.first().item, o.path);

    o.path = write(dir, "recs.csv",
                   "user,item,score\n"
                   "u1,a,0.5\n"
                   "u3,,\n" // 3: empty list for u3
                   "u2,x,abc\n"); // 4: bad score
    const RecommendationFile recs = in.loadRecommendations(o);
    QCOMPARE(recs.report.records, qint64(1));
    QVERIFY(hasIssue(recs.report.issues, 3, "list is empty"));
    QVERIFY(hasIssue(recs.report.issues, 4, "score"));
    QVERIFY(recs.hasScores);
    QCOMPARE(recs.emptyList.at(static_cast<std::size_t>(in.users.find("u3"))), std::uint8_t(1));
}

void TestRecsysPipeline::unusableInputs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("userColumn");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing file") << QByteArray() << QString() << "file not found";
    QTest::addRow("empty") << QByteArray("") << QString() << "no usable record";
    QTest::addRow("only header") << QByteArray("user,item,relevance\n") << QString()
                                 << "no usable record";
    QTest::addRow("all rows bad") << QByteArray("u1\nu2\n") << QString() << "no usable record";
    QTest::addRow("unknown column") << QByteArray("user,item\nu,i\n") << "person"
                                    << "no user column named 'person'";
}

void TestRecsysPipeline::unusableInputs()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, userColumn);
    QFETCH(QString, message);
    QTemporaryDir dir;
    RecsysInputs in;
    RecsysFileOptions o;
    o.path = QTest::currentDataTag() == QByteArray("missing file")
        ? dir.filePath(QStringLiteral("nope.csv"))
        : write(dir, "t.csv", content);
    o.userColumn = userColumn;
    try {
        in.loadTruth(o);
        QFAIL("no InputError");
    } catch (const InputError& e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.contains(message), qPrintable(what));
        QVERIFY2(what.contains(o.path), qPrintable(what));
    }
}

void TestRecsysPipeline::itemFiles()
{
    QTemporaryDir dir;
    {
        // MovieLens movies.csv: quoted titles, '|' genres.
        RecsysInputs in;
        RecsysFileOptions o;
        o.path = write(dir, "movies.csv",
                       "movieId,title,genres\n"
                       "1,Toy Story (1995),Adventure|Animation|Children\n"
                       "2,\"American President, The (1995)\",Comedy|Drama|Romance\n"
                       "1,again,Drama\n");
        const RecsysFileReport r = in.loadItems(o);
        QCOMPARE(r.records, qint64(2));
        QVERIFY(hasIssue(r.issues, 4, "listed again"));
        in.finalizeFeatures();
        QVERIFY(in.features.hasCategories());
        QCOMPARE(in.features.categoryOffsets[2] - in.features.categoryOffsets[1], std::size_t(3));
        QCOMPARE(in.categories.size(), std::size_t(6));
    }
    {
        // RecBole .item with a token_seq: space-separated classes.
        RecsysInputs in;
        RecsysFileOptions o;
        o.path = write(dir, "x.item", "item_id:token\tclass:token_seq\n7\tDrama Crime\n");
        in.loadItems(o);
        in.finalizeFeatures();
        QCOMPARE(in.features.categories.size(), std::size_t(2));
    }
    {
        // Vectors: dimension from the first row; a row of another length is an issue.
        RecsysInputs in;
        RecsysFileOptions o;
        o.path = write(dir, "vec.csv", "a,1,0,0\nb,0,1,0\nc,1,1\n");
        const RecsysFileReport r = in.loadItems(o);
        QCOMPARE(r.records, qint64(2));
        QVERIFY(hasIssue(r.issues, 3, "expected 3"));
        QCOMPARE(in.features.vectorDim, std::size_t(3));
    }
}

void TestRecsysPipeline::parallelParseEqualsSequential()
{
    // Large recommendation files are parsed in two halves; ids, lines and issues must be exactly
    // those of a sequential read. A bad row in each half checks the line offsets.
    QTemporaryDir dir;
    QByteArray content("user,item,score\n");
    for (int u = 0; u < 300; ++u) {
        for (int j = 0; j < 10; ++j) {
            content += "u" + QByteArray::number((u * 7) % 300) + ",i"
                + QByteArray::number((u * j) % 97) + "," + QByteArray::number(1.0 - j / 10.0)
                + "\n";
        }
        if (u == 20 || u == 250) {
            content += "bad" + QByteArray::number(u) + ",x,notanumber\n";
        }
        if (u == 260) {
            content += "empty" + QByteArray::number(u) + ",,\n";
        }
    }
    RecsysFileOptions o;
    o.path = write(dir, "recs.csv", content);
    RecsysInputs sequential;
    sequential.parallelThreshold = std::numeric_limits<qint64>::max();
    const RecommendationFile a = sequential.loadRecommendations(o);
    RecsysInputs parallel;
    parallel.parallelThreshold = 1;
    const RecommendationFile b = parallel.loadRecommendations(o);
    QCOMPARE(b.report.records, a.report.records);
    QCOMPARE(b.report.lines, a.report.lines);
    QCOMPARE(b.report.issueCount, qint64(3));
    QCOMPARE(b.report.issueCount, a.report.issueCount);
    for (int i = 0; i < a.report.issues.size(); ++i) {
        QCOMPARE(b.report.issues[i].line, a.report.issues[i].line);
    }
    QCOMPARE(b.records.size(), a.records.size());
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        QCOMPARE(b.records[i].user, a.records[i].user);
        QCOMPARE(b.records[i].item, a.records[i].item);
        QCOMPARE(b.records[i].order, a.records[i].order);
        QCOMPARE(b.records[i].score, a.records[i].score);
    }
    QCOMPARE(parallel.users.size(), sequential.users.size());
    QCOMPARE(parallel.items.size(), sequential.items.size());
    QCOMPARE(b.firstLine, a.firstLine);
    QCOMPARE(b.emptyList, a.emptyList);
}

void TestRecsysPipeline::trecFilesAndTies()
{
    // trec_eval#22 in TREC formats: qrels "1 0 a 0 / 1 0 b 1 / 1 0 c 0"; run ties b/c at 1.0.
    // trec_eval (docno descending on ties) ranks c first: ndcg 0.6309; stable keeps b first.
    QTemporaryDir dir;
    RecsysEvalOptions o;
    o.truthPath = write(dir, "qrels", "1 0 a 0\n1 0 b 1\n1 0 c 0\n");
    o.recommendationsPath = write(dir, "run", "1\tQ0\tb\t1\t1.0\tx\n1\tQ0\tc\t2\t1.0\tx\n");
    o.cutoffs = {10};
    TestContext context;
    o.trecTies = true;
    RunResult r = evaluateRecsys(o, context);
    QCOMPARE_LE(std::fabs(metric(r, QStringLiteral("ndcg@10")) - 1 / std::log2(3.0)), 1e-12);
    QCOMPARE(r.extra[QStringLiteral("inputs")]
                 .toObject()[QStringLiteral("truth")]
                 .toObject()[QStringLiteral("format")]
                 .toString(),
             QStringLiteral("trec-qrels"));
    QCOMPARE(r.extra[QStringLiteral("inputs")]
                 .toObject()[QStringLiteral("recommendations")]
                 .toObject()[QStringLiteral("format")]
                 .toString(),
             QStringLiteral("trec-run"));
    QVERIFY(r.signature.contains(QLatin1String("ties=trec_eval")));
    o.trecTies = false;
    r = evaluateRecsys(o, context);
    QCOMPARE(metric(r, QStringLiteral("ndcg@10")), 1.0);
}

void TestRecsysPipeline::trecEvalOwnTestFiles_data()
{
    // usnistgov/trec_eval's own test files (NIST data, copied unchanged; provenance, commits and
    // the licence notice in tests/data/recsys/trec_eval/README.md). The expected values are
    // trec_eval's own output, test/out.test.aq (-m all_trec -q: every measure per topic, 4
    // decimals), read here line by line: one row per measure GenLens computes.
    QTest::addColumn<QString>("qrels");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("topic"); // "all" = over every topic of the files
    QTest::addColumn<QString>("measure"); // trec_eval's name
    QTest::addColumn<double>("expected");
    struct FilePair
    {
        const char* name;
        const char* qrels;
        const char* run;
        QStringList topics; // the out.test.aq topics these files hold
    };
    const FilePair pairs[] = {
        {"qrels-302",
         "trec_eval/qrels-302.test",
         "trec_eval/results-302.test",
         {QStringLiteral("302")}},
        // qrels.test / results.test with '#' comment lines (and a '#' inside one docno).
        {"qrels.test",
         "trec_eval/qrels.test.with-comments",
         "trec_eval/results.comment.test",
         {QStringLiteral("301"), QStringLiteral("302"), QStringLiteral("303"),
          QStringLiteral("all")}},
    };
    const QList<TrecEvalLine> expected = trecEvalOutput(fixture("trec_eval/out.test.aq"));
    for (const FilePair& pair : pairs) {
        int rows = 0;
        for (const TrecEvalLine& line : expected) {
            if (!pair.topics.contains(line.topic) || trecEvalKey(line.measure).isEmpty()) {
                continue;
            }
            QTest::addRow("%s: %s %s", pair.name, qPrintable(line.topic), qPrintable(line.measure))
                << fixture(pair.qrels) << fixture(pair.run) << line.topic << line.measure
                << line.value;
            ++rows;
        }
        if (rows < kTrecEvalMeasuresPerTopic * static_cast<int>(pair.topics.size())) {
            qFatal("trec_eval/out.test.aq: %d comparable values for %s", rows, pair.name);
        }
    }
}

void TestRecsysPipeline::trecEvalOwnTestFiles()
{
    QFETCH(QString, qrels);
    QFETCH(QString, run);
    QFETCH(QString, topic);
    QFETCH(QString, measure);
    QFETCH(double, expected);
    // One evaluation per file pair (trec convention, trec_eval's tie rule), shared by its rows.
    // The runs have tied scores (e.g. topic 301: FBIS3-58055, relevant, and FBIS3-58025 at
    // 2.243509), but their rank column already follows trec_eval's docno-descending order, so the
    // stable rule gives the same values here; trecFilesAndTies is the test that tells them apart.
    const QString cacheKey = qrels + QLatin1Char('\n') + run;
    if (!m_trecEvalRuns.contains(cacheKey)) {
        RecsysEvalOptions o;
        o.truthPath = qrels;
        o.recommendationsPath = run;
        o.convention = QStringLiteral("trec");
        o.trecTies = true;
        o.cutoffs = kTrecEvalCutoffs;
        TestContext context;
        m_trecEvalRuns.insert(cacheKey, evaluateRecsys(o, context));
    }
    const RunResult& r = m_trecEvalRuns[cacheKey];
    const QJsonObject inputs = r.extra[QStringLiteral("inputs")].toObject();
    const QJsonObject truthInput = inputs[QStringLiteral("truth")].toObject();
    const QJsonObject runInput = inputs[QStringLiteral("recommendations")].toObject();
    QCOMPARE(truthInput[QStringLiteral("format")].toString(), QStringLiteral("trec-qrels"));
    QCOMPARE(runInput[QStringLiteral("format")].toString(), QStringLiteral("trec-run"));
    // Every line but the '#' comments is a record (one docno of qrels.test.with-comments has a
    // '#' inside: it is a docno, not a comment).
    QCOMPARE(truthInput[QStringLiteral("issues")].toInt(), 0);
    QCOMPARE(runInput[QStringLiteral("issues")].toInt(), 0);
    QCOMPARE(truthInput[QStringLiteral("records")].toInteger(), recordLines(qrels));
    QCOMPARE(runInput[QStringLiteral("records")].toInteger(), recordLines(run));

    const QString key = trecEvalKey(measure);
    const double got = trecEvalValue(r, topic, key);
    QVERIFY2(std::fabs(got - expected) <= kTrecEvalTolerance,
             qPrintable(QStringLiteral("%1 (%2): GenLens %3, trec_eval %4")
                            .arg(measure, key, QString::number(got, 'f', 6),
                                 QString::number(expected, 'f', 4))));
}

void TestRecsysPipeline::endToEndMatchesScript_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("convention");
    QTest::addColumn<bool>("trecTies");
    QTest::addRow("trec") << "trec"
                          << "trec" << false;
    QTest::addRow("trec ties") << "trec_trecties"
                               << "trec" << true;
    QTest::addRow("recbole") << "recbole"
                             << "recbole" << false;
    QTest::addRow("msr") << "msr"
                         << "msr" << false;
}

void TestRecsysPipeline::endToEndMatchesScript()
{
    QFETCH(QString, variant);
    QFETCH(QString, convention);
    QFETCH(bool, trecTies);
    const QJsonObject all = expectedJson();
    const QJsonObject expected = all[variant].toObject();
    RecsysEvalOptions o;
    o.truthPath = fixture("random_truth.csv");
    o.recommendationsPath = fixture("random_recs.csv");
    o.trainPath = fixture("random_train.csv");
    o.itemsPath = fixture("random_items.csv");
    o.cutoffs = {1, 3, 5, 10, 20};
    o.convention = convention;
    o.trecTies = trecTies;
    TestContext context;
    const RunResult r = evaluateRecsys(o, context);
    for (const QString& key : expected.keys()) {
        if (key.startsWith(QLatin1String("users_"))) {
            continue;
        }
        QVERIFY2(std::fabs(metric(r, key) - expected[key].toDouble()) < kExactTolerance,
                 qPrintable(key));
    }
    const QJsonObject users = r.extra[QStringLiteral("users")].toObject();
    QCOMPARE(users[QStringLiteral("evaluated")].toInt(),
             expected[QStringLiteral("users_evaluated")].toInt());
    QCOMPARE(users[QStringLiteral("without_list")].toInt(),
             expected[QStringLiteral("users_without_list")].toInt());
    QCOMPARE(users[QStringLiteral("without_relevant")].toInt(),
             expected[QStringLiteral("users_without_relevant")].toInt());
    if (!trecTies) {
        const QJsonObject beyond = all[QStringLiteral("beyond")].toObject();
        for (const char* k : {"coverage", "gini", "entropy", "novelty", "arp", "long_tail_share",
                              "ild", "serendipity"}) {
            QVERIFY2(std::fabs(metric(r, QLatin1String(k)) - beyond[QLatin1String(k)].toDouble())
                         < kExactTolerance,
                     k);
        }
        QCOMPARE(users[QStringLiteral("not_in_truth")].toInt(),
                 beyond[QStringLiteral("users_not_in_truth")].toInt());
    }
}

void TestRecsysPipeline::endToEndReports()
{
    RecsysEvalOptions o;
    o.truthPath = fixture("random_truth.csv");
    o.recommendationsPath = fixture("random_recs.csv");
    o.trainPath = fixture("random_train.csv");
    o.itemsPath = fixture("random_items.csv");
    TestContext context;
    const RunResult r = evaluateRecsys(o, context);
    // Accuracy published first (16 = 5 metrics x 3 cut-offs + mrr), then with beyond accuracy.
    QCOMPARE(context.partialMetricCounts.size(), 2);
    QCOMPARE(context.partialMetricCounts[0], 16);
    QCOMPARE(context.partialMetricCounts[1], 24);
    QCOMPARE(r.metrics.size(), 24);
    QCOMPARE(r.signature,
             QStringLiteral("convention=trec;gain=linear;relevant=grade>=1;ap=/|R|;mrr=full-list;"
                            "ties=stable"));
    for (const char* k :
         {"precision@10", "recall@10", "ndcg@10", "map@10", "mrr", "hit_rate@10", "coverage",
          "gini", "entropy", "novelty", "ild", "arp", "long_tail_share", "serendipity"}) {
        QVERIFY2(r.metric(QLatin1String(k)), k);
    }
    // Sets: 60 truth users, 62 users with lists; per-user columns cover each set.
    QCOMPARE(r.real.samples.size(), std::size_t(60));
    QCOMPARE(r.generated.samples.size(), std::size_t(62));
    for (const ScoreColumn& c : r.realScores) {
        QCOMPARE(c.values.size(), r.real.samples.size());
    }
    for (const ScoreColumn& c : r.generatedScores) {
        QCOMPARE(c.values.size(), r.generated.samples.size());
    }
    // Users without a list are in the real set with ndcg 0; users not in truth are NaN.
    const Sample& first = r.real.samples.front();
    QCOMPARE(first.text, QStringLiteral("u00"));
    QVERIFY(hasIssue(r.real.skipped, first.source.section(QLatin1Char(':'), -1).toLongLong(),
                     "no recommendations"));
    const ScoreColumn* ndcgReal = nullptr;
    for (const ScoreColumn& c : r.realScores) {
        if (c.key == QLatin1String("ndcg@10")) {
            ndcgReal = &c;
        }
    }
    QVERIFY(ndcgReal);
    QCOMPARE(ndcgReal->values.front(), 0.0);
    // The drill-down payload: list cut at K with hit ranks.
    const QJsonObject payload = r.generated.samples.front().payload;
    // The list is tab-separated item ids (compact for 100k users), cut at K = 20.
    const QStringList listed
        = payload[QStringLiteral("list")].toString().split(QLatin1Char('\t'), Qt::SkipEmptyParts);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.size(),
             std::min<qsizetype>(20, payload[QStringLiteral("list_length")].toInteger()));
    QVERIFY(payload.contains(QStringLiteral("hits")));
    QVERIFY(payload.contains(QStringLiteral("history_length")));
    // Distribution data for the charts.
    const QJsonObject h = r.extra[QStringLiteral("ndcg_histogram")].toObject();
    qint64 total = 0;
    for (const QJsonValue& v : h[QStringLiteral("counts")].toArray()) {
        total += v.toInteger();
    }
    QCOMPARE(total, qint64(56)); // users_evaluated in random_expected.json
    QCOMPARE(r.extra[QStringLiteral("coverage_by_cutoff")].toArray().size(), 20);
    const QJsonObject curve = r.extra[QStringLiteral("long_tail_curve")].toObject();
    double share = 0;
    for (const QJsonValue& v : curve[QStringLiteral("recommended_share")].toArray()) {
        share += v.toDouble();
    }
    QCOMPARE_LE(std::fabs(share - 1.0), 1e-9);
    // u60..u69 have lists but no truth: one issue each, at their first line.
    int notInTruth = 0;
    for (const InputIssue& i : r.generated.skipped) {
        notInTruth += i.reason.contains(QLatin1String("not in the ground truth")) && i.line > 0;
    }
    QCOMPARE(notInTruth, 10);
}

void TestRecsysPipeline::comparison()
{
    QTemporaryDir dir;
    // B = A with every list reversed: a different ranking of the same items.
    QFile a(fixture("random_recs.csv"));
    QVERIFY(a.open(QIODevice::ReadOnly));
    QByteArray b = a.readLine();
    while (!a.atEnd()) {
        const QByteArray line = a.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QList<QByteArray> f = line.split(',');
        b += f[0] + ',' + f[1] + ',' + QByteArray::number(10 - f[2].toDouble()) + '\n';
    }
    RecsysEvalOptions o;
    o.truthPath = fixture("random_truth.csv");
    o.recommendationsPath = fixture("random_recs.csv");
    o.trainPath = fixture("random_train.csv");
    o.permutations = 2000;
    o.seed = 7;
    TestContext context;
    // Against itself: zero differences, p = 1 (randomisation), t undefined.
    RecsysComparison same = compareRecsys(o, o.recommendationsPath, context);
    QVERIFY(!same.metrics.isEmpty());
    for (const RecsysMetricComparison& m : same.metrics) {
        QCOMPARE(m.difference, 0.0);
        QCOMPARE(m.pRandomization, 1.0);
        QCOMPARE(m.wins + m.losses, qint64(0));
    }
    // Against the reversed lists: the t-test equals the metric library's on the per-user values
    // (checked against scipy in tst_recsysmetrics); the means equal the two single evaluations.
    const QString other = write(dir, "reversed.csv", b);
    const RecsysComparison c = compareRecsys(o, other, context);
    RecsysEvalOptions ob = o;
    ob.recommendationsPath = other;
    const RunResult ra = evaluateRecsys(o, context);
    const RunResult rb = evaluateRecsys(ob, context);
    bool sawNdcg = false;
    for (const RecsysMetricComparison& m : c.metrics) {
        if (m.key == QLatin1String("ndcg@10")) {
            sawNdcg = true;
            QCOMPARE_LE(std::fabs(m.meanA - metric(ra, m.key)), kExactTolerance);
            QCOMPARE_LE(std::fabs(m.meanB - metric(rb, m.key)), kExactTolerance);
            QCOMPARE_LE(std::fabs(m.difference - (m.meanA - m.meanB)), 1e-12);
            QVERIFY(m.pTTest > 0 && m.pTTest <= 1);
            QVERIFY(m.pRandomization > 0 && m.pRandomization <= 1);
            QCOMPARE(m.users, qint64(56));
        }
    }
    QVERIFY(sawNdcg);
    // The same through evaluateRecsys(compareWithPath): extra["comparison"].
    o.compareWithPath = other;
    const RunResult withComparison = evaluateRecsys(o, context);
    const QJsonObject cj = withComparison.extra[QStringLiteral("comparison")].toObject();
    QCOMPARE(cj[QStringLiteral("metrics")].toObject().keys().size(), c.metrics.size());
    for (const RecsysMetricComparison& m : c.metrics) {
        const QJsonObject e = cj[QStringLiteral("metrics")].toObject()[m.key].toObject();
        QCOMPARE(e[QStringLiteral("difference")].toDouble(), m.difference);
        QCOMPARE(e[QStringLiteral("p_randomization")].toDouble(), m.pRandomization);
    }
    QCOMPARE(withComparison.metrics.size(), ra.metrics.size());
}

void TestRecsysPipeline::commandParsesOptions()
{
    auto command = makeRecsysEvaluateCommand();
    QCOMPARE(command->modality(), QStringLiteral("recsys"));
    QCommandLineParser parser;
    command->addOptions(parser);
    QVERIFY(parser.parse({QStringLiteral("genlens"), QStringLiteral("--truth"),
                          fixture("random_truth.csv"), QStringLiteral("--recommendations"),
                          fixture("random_recs.csv"), QStringLiteral("--cutoffs"),
                          QStringLiteral("3,7"), QStringLiteral("--convention"),
                          QStringLiteral("recbole"), QStringLiteral("--trec-ties")}));
    TestContext context;
    // The CLI fills the same request the window's dialog fills, and runs its pipeline.
    const auto run = [&](const QCommandLineParser& flags, quint64 seed) {
        EvaluationRequest request;
        request.modality = command->modality();
        request.seed = seed;
        command->fill(flags, request);
        if (!request.validate().isEmpty()) {
            throw InputError(request.validate().toStdString());
        }
        return makeEvaluation(request)(context);
    };
    const RunResult r = run(parser, 5);
    QVERIFY(r.metric(QStringLiteral("ndcg@7")));
    QVERIFY(r.metric(QStringLiteral("precision@3")));
    QCOMPARE(r.settings[QStringLiteral("convention")].toString(), QStringLiteral("recbole"));
    QCOMPARE(r.settings[QStringLiteral("seed")].toInteger(), qint64(5));
    QVERIFY(r.settings[QStringLiteral("trec_ties")].toBool());
    // Without training, popularity metrics are absent and say why.
    QVERIFY(!r.metric(QStringLiteral("novelty")));
    QVERIFY(r.extra[QStringLiteral("not_computed")].toObject().contains(QStringLiteral("novelty")));

    for (const QStringList& bad :
         {QStringList {QStringLiteral("--cutoffs"), QStringLiteral("5,x")},
          QStringList {QStringLiteral("--convention"), QStringLiteral("ms")},
          QStringList {QStringLiteral("--long-tail-head"), QStringLiteral("2")}}) {
        QCommandLineParser p;
        command->addOptions(p);
        QStringList args {QStringLiteral("genlens"), QStringLiteral("--truth"),
                          fixture("random_truth.csv"), QStringLiteral("--recommendations"),
                          fixture("random_recs.csv")};
        args += bad;
        QVERIFY(p.parse(args));
        QVERIFY_THROWS_EXCEPTION(InputError, run(p, 0));
    }
}

void TestRecsysPipeline::cancellation()
{
    RecsysEvalOptions o;
    o.truthPath = fixture("random_truth.csv");
    o.recommendationsPath = fixture("random_recs.csv");
    TestContext context;
    context.cancel = true;
    QVERIFY_THROWS_EXCEPTION(genlens::metrics::Cancelled, evaluateRecsys(o, context));
}

QTEST_MAIN(TestRecsysPipeline)
#include "tst_recsyspipeline.moc"
