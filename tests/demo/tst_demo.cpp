#include "demo/demodata.h"
#include "demo/ngramgenerator.h"
#include "demo/ppca.h"

#include <Eigen/Core>
#include <Eigen/QR>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <opencv2/core.hpp>
#include <set>

using namespace genlens::app::demo;

namespace {

// Hash of every file under `root`: relative path and bytes, in sorted path order.
QByteArray treeHash(const QString& root, int* fileCount = nullptr)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& file : files) {
        QFile f(QDir(root).filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        hash.addData(file.toUtf8());
        hash.addData(f.readAll());
    }
    if (fileCount) {
        *fileCount = int(files.size());
    }
    return hash.result().toHex();
}

// NDCG@k with binary relevance and the ideal DCG over min(|relevant|, k) (trec_eval's ndcg_cut),
// averaged over users with at least one held-out item.
double meanNdcg(const ItemLists& lists, const ItemLists& truth, int k)
{
    double sum = 0;
    int users = 0;
    for (size_t u = 0; u < truth.size(); ++u) {
        if (truth[u].empty()) {
            continue;
        }
        const std::set<int> relevant(truth[u].begin(), truth[u].end());
        double dcg = 0;
        for (int r = 0; r < k && r < int(lists[u].size()); ++r) {
            if (relevant.count(lists[u][size_t(r)])) {
                dcg += 1.0 / std::log2(r + 2.0);
            }
        }
        double ideal = 0;
        for (int r = 0; r < std::min<int>(k, int(relevant.size())); ++r) {
            ideal += 1.0 / std::log2(r + 2.0);
        }
        sum += dcg / ideal;
        ++users;
    }
    return users ? sum / users : 0.0;
}

// Frobenius distance between the orthogonal projectors on the column spaces of a and b.
double subspaceDistance(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b)
{
    const Eigen::MatrixXd qa
        = a.householderQr().householderQ() * Eigen::MatrixXd::Identity(a.rows(), a.cols());
    const Eigen::MatrixXd qb
        = b.householderQr().householderQ() * Eigen::MatrixXd::Identity(b.rows(), b.cols());
    return (qa * qa.transpose() - qb * qb.transpose()).norm();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void ppcaRecoversLowRank_data();
    void ppcaRecoversLowRank();
    void ppcaGramRouteEqualsCovarianceRoute();
    void ppcaTruncationEqualsSmallerFit();
    void imagesHaveMissingModeAndCopies();
    void noCheckpointWhenNotAsked();
    void tokenizerRoundTrips_data();
    void tokenizerRoundTrips();
    void generatorEmitsOnlySeenTrigrams();
    void factorisationBeatsPopularity();
};

void TestDemo::sameSeedSameBytes()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QTemporaryDir other;
    QVERIFY(first.isValid() && second.isValid() && other.isValid());
    DemoDataOptions options;
    options.seed = 0;
    const DemoDataFiles files = writeDemoData(first.path(), options);
    writeDemoData(second.path(), options);
    options.seed = 1;
    writeDemoData(other.path(), options);

    int fileCount = 0;
    const QByteArray hash = treeHash(first.path(), &fileCount);
    // 400 real + 400 generated + 400 early-checkpoint PNGs, 3 text files, 5 CSV files.
    QCOMPARE(fileCount, 1208);
    QCOMPARE(files.images.realFiles.size(), 400);
    QCOMPARE(files.images.checkpointFiles.size(), 400);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(treeHash(second.path()), hash);
    QVERIFY(treeHash(other.path()) != hash);
}

void TestDemo::ppcaRecoversLowRank_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("dimension");
    QTest::addColumn<int>("rank");
    QTest::addColumn<double>("noiseSd");
    QTest::addColumn<double>("tolerance");
    // Tolerances: with n samples the ML noise variance has relative error O(sqrt(2 / (n (d - q))))
    // and the subspace error O(sigma / (sqrt(n) * smallest loading)); both are far below the
    // tolerance here, while a wrong sigma2 formula (e.g. dividing by d) or a wrong eigenvector
    // order fails by a wide margin.
    QTest::addRow("n>d covariance route") << 4000 << 20 << 3 << 0.5 << 0.05;
    QTest::addRow("n<d gram route") << 400 << 600 << 4 << 0.3 << 0.05;
}

void TestDemo::ppcaRecoversLowRank()
{
    QFETCH(int, samples);
    QFETCH(int, dimension);
    QFETCH(int, rank);
    QFETCH(double, noiseSd);
    QFETCH(double, tolerance);

    DemoRng rng(42);
    Eigen::MatrixXd loadings(dimension, rank);
    for (Eigen::Index i = 0; i < loadings.size(); ++i) {
        loadings.data()[i] = rng.normal(0, 3.0);
    }
    Eigen::VectorXd mean(dimension);
    for (Eigen::Index i = 0; i < dimension; ++i) {
        mean(i) = rng.uniform(-5, 5);
    }
    PpcaModel truth;
    truth.mean = mean;
    truth.loadings = loadings;
    truth.noiseVariance = noiseSd * noiseSd;
    const Eigen::MatrixXd data = samplePpca(truth, samples, rng);

    const PpcaModel fitted = fitPpca(data, rank);
    QCOMPARE(fitted.loadings.rows(), Eigen::Index(dimension));
    QCOMPARE(fitted.loadings.cols(), Eigen::Index(rank));
    const double noiseError
        = std::abs(fitted.noiseVariance - truth.noiseVariance) / truth.noiseVariance;
    QVERIFY2(noiseError < tolerance, qPrintable(QString::number(noiseError)));
    const double subspace = subspaceDistance(fitted.loadings, loadings);
    QVERIFY2(subspace < tolerance, qPrintable(QString::number(subspace)));
    // W W^T is identifiable (W only up to rotation): compare the low-rank covariances.
    const Eigen::MatrixXd expected = loadings * loadings.transpose();
    const Eigen::MatrixXd got = fitted.loadings * fitted.loadings.transpose();
    const double covarianceError = (got - expected).norm() / expected.norm();
    QVERIFY2(covarianceError < 3 * tolerance, qPrintable(QString::number(covarianceError)));
    // The ML mean is the sample mean (not the true mean, which it only approaches as 1/sqrt(n)).
    QVERIFY((fitted.mean - data.colwise().mean().transpose()).norm() < 1e-9 * mean.norm());
}

void TestDemo::ppcaGramRouteEqualsCovarianceRoute()
{
    // Both routes are exact: the same model up to rounding (and eigenvector sign, which the
    // product W W^T removes).
    constexpr double kTolerance = 1e-8;
    DemoRng rng(7);
    Eigen::MatrixXd data(60, 90);
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        data.data()[i] = rng.normal() * (1 + (i % 90) * 0.05);
    }
    const PpcaModel gram = fitPpca(data, 5, PpcaRoute::Gram);
    const PpcaModel covariance = fitPpca(data, 5, PpcaRoute::Covariance);
    QVERIFY(std::abs(gram.noiseVariance - covariance.noiseVariance)
            < kTolerance * covariance.noiseVariance);
    QVERIFY((gram.eigenvalues - covariance.eigenvalues).norm()
            < kTolerance * covariance.eigenvalues.norm());
    const Eigen::MatrixXd a = gram.loadings * gram.loadings.transpose();
    const Eigen::MatrixXd b = covariance.loadings * covariance.loadings.transpose();
    QVERIFY((a - b).norm() < kTolerance * b.norm());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fitPpca(data, 60));
}

void TestDemo::ppcaTruncationEqualsSmallerFit()
{
    // Keeping the first q' of q components gives the maximum-likelihood fit with q' components:
    // the top eigenpairs are the same, the left-out eigenvalues join the noise.
    constexpr double kTolerance = 1e-8;
    DemoRng rng(11);
    Eigen::MatrixXd data(50, 70);
    for (Eigen::Index i = 0; i < data.size(); ++i) {
        data.data()[i] = rng.normal() * (1 + (i % 70) * 0.1);
    }
    const PpcaModel full = fitPpca(data, 12);
    const PpcaModel truncated = truncatePpca(full, 4);
    const PpcaModel direct = fitPpca(data, 4);
    QCOMPARE(truncated.loadings.cols(), Eigen::Index(4));
    QVERIFY(std::abs(truncated.noiseVariance - direct.noiseVariance)
            < kTolerance * direct.noiseVariance);
    QVERIFY(truncated.noiseVariance > full.noiseVariance);
    QVERIFY((truncated.eigenvalues - direct.eigenvalues).norm()
            < kTolerance * direct.eigenvalues.norm());
    const Eigen::MatrixXd a = truncated.loadings * truncated.loadings.transpose();
    const Eigen::MatrixXd b = direct.loadings * direct.loadings.transpose();
    QVERIFY2((a - b).norm() < kTolerance * b.norm(),
             qPrintable(QString::number((a - b).norm() / b.norm())));
    QVERIFY((truncated.mean - direct.mean).norm() < kTolerance * direct.mean.norm());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, truncatePpca(full, 13));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, truncatePpca(full, 0));
}

void TestDemo::imagesHaveMissingModeAndCopies()
{
    DemoImageOptions options;
    const DemoImageSet images = makeDemoImages(options);
    QCOMPARE(int(images.real.size()), options.realCount);
    QCOMPARE(int(images.generated.size()), options.generatedCount);
    QCOMPARE(int(images.copies.size()), options.plantedCopies);
    for (const auto& [generated, real] : images.copies) {
        QVERIFY(images.realClasses[size_t(real)] != int(options.droppedClass));
        const double diff
            = cv::norm(images.generated[size_t(generated)], images.real[size_t(real)], cv::NORM_L1)
            / double(images.real[size_t(real)].total() * 3);
        // Tiny noise (sd 1 grey level): mean absolute difference well under 2 levels.
        QVERIFY2(diff < 2.0, qPrintable(QString::number(diff)));
    }
    // The dropped class (night) is the darkest by far: real images have many dark ones, the
    // generated ones (fitted without it) almost none. Mean brightness under 60 of 255.
    auto darkShare = [](const std::vector<cv::Mat>& set) {
        int dark = 0;
        for (const cv::Mat& image : set) {
            dark += cv::mean(image)[0] + cv::mean(image)[1] + cv::mean(image)[2] < 3 * 60;
        }
        return double(dark) / double(set.size());
    };
    QVERIFY2(darkShare(images.real) > 0.15, qPrintable(QString::number(darkShare(images.real))));
    QVERIFY2(darkShare(images.generated) < 0.03,
             qPrintable(QString::number(darkShare(images.generated))));

    // The early checkpoint (the same fit truncated to fewer components): the same planted copies
    // at the same positions (identical bytes, so the run comparison pairs them by content hash),
    // every other image its own; more of the variance is isotropic pixel noise; no night scenes.
    QCOMPARE(images.checkpoint.size(), images.generated.size());
    QCOMPARE(images.checkpointModel.loadings.cols(), Eigen::Index(options.checkpointComponents));
    int identical = 0;
    for (size_t i = 0; i < images.generated.size(); ++i) {
        identical += cv::norm(images.generated[i], images.checkpoint[i], cv::NORM_INF) == 0;
    }
    QCOMPARE(identical, options.plantedCopies);
    for (const auto& [generated, real] : images.copies) {
        QCOMPARE(cv::norm(images.generated[size_t(generated)], images.checkpoint[size_t(generated)],
                          cv::NORM_INF),
                 0.0);
    }
    QVERIFY(images.checkpointModel.noiseVariance > 1.5 * images.model.noiseVariance);
    QVERIFY2(darkShare(images.checkpoint) < 0.03,
             qPrintable(QString::number(darkShare(images.checkpoint))));
}

void TestDemo::noCheckpointWhenNotAsked()
{
    DemoImageOptions options;
    options.size = 8;
    options.realCount = 20;
    options.generatedCount = 10;
    options.plantedCopies = 2;
    options.components = 3;
    options.checkpointComponents = 0;
    const DemoImageSet images = makeDemoImages(options);
    QCOMPARE(int(images.generated.size()), 10);
    QVERIFY(images.checkpoint.empty());
    QTemporaryDir dir;
    const DemoImageFiles files = writeDemoImages(images, dir.path());
    QVERIFY(files.checkpointDirectory.isEmpty());
    QVERIFY(files.checkpointFiles.isEmpty());
}

void TestDemo::tokenizerRoundTrips_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<int>("tokens");
    QTest::addRow("english") << QStringLiteral("Oslo will be sunny on Monday, high of 4 degrees.")
                             << 12;
    QTest::addRow("chinese") << QString::fromUtf8("北京今天多云，最高气温25度。") << 14;
}

void TestDemo::tokenizerRoundTrips()
{
    QFETCH(QString, sentence);
    QFETCH(int, tokens);
    const QStringList split = TrigramGenerator::tokenize(sentence);
    QCOMPARE(split.size(), tokens);
    QCOMPARE(TrigramGenerator::detokenize(split), sentence);
}

void TestDemo::generatorEmitsOnlySeenTrigrams()
{
    DemoTextOptions options;
    const DemoText text = makeDemoText(options);
    QCOMPARE(text.real.size(), options.realCount);
    QCOMPARE(text.generated.size(), options.generatedCount);
    QCOMPARE(text.references.size(), options.generatedCount);
    for (const auto& [generated, real] : text.copies) {
        QCOMPARE(text.generated.at(generated), text.real.at(real));
    }
    // Every corpus sentence round-trips through the tokenizer (otherwise a seen trigram could be
    // rendered into an unseen one on the page).
    for (const QString& sentence : text.real) {
        QCOMPARE(TrigramGenerator::detokenize(TrigramGenerator::tokenize(sentence)), sentence);
    }
    TrigramGenerator model;
    model.train(text.training);
    QVERIFY(model.trigramTypes() > 500);
    int novel = 0;
    const QSet<QString> training(text.training.cbegin(), text.training.cend());
    for (const QString& sentence : text.generated) {
        for (const QStringList& t : TrigramGenerator::paddedTrigrams(sentence)) {
            QVERIFY2(model.contains(t.at(0), t.at(1), t.at(2)),
                     qPrintable(sentence + QStringLiteral(" :: ") + t.join(QLatin1Char(' '))));
        }
        novel += training.contains(sentence) ? 0 : 1;
    }
    // A generator, not a lookup table: most sentences are new recombinations.
    QVERIFY2(novel > options.generatedCount / 2, qPrintable(QString::number(novel)));
    // The dropped topic never shows up: its vocabulary ("beat", "drew") is absent.
    const QString dropped = text.generated.join(QLatin1Char('\n'));
    QVERIFY(!dropped.contains(QStringLiteral(" beat ")));
    QVERIFY(!dropped.contains(QStringLiteral(" drew ")));
    QVERIFY(text.real.join(QLatin1Char('\n')).contains(QStringLiteral(" beat ")));
    // And Chinese is generated too.
    QVERIFY(dropped.contains(QString::fromUtf8("气温")));
}

void TestDemo::factorisationBeatsPopularity()
{
    DemoRecsysOptions options;
    const DemoRecsys data = makeDemoRecsys(options);
    QCOMPARE(int(data.train.size()), options.users);
    for (int u = 0; u < options.users; ++u) {
        QCOMPARE(int(data.factorisation[size_t(u)].size()), options.listLength);
        QVERIFY(!data.truth[size_t(u)].empty());
        // Lists never repeat a training interaction.
        for (int item : data.factorisation[size_t(u)]) {
            QVERIFY(std::find(data.train[size_t(u)].begin(), data.train[size_t(u)].end(), item)
                    == data.train[size_t(u)].end());
        }
    }
    const double mf = meanNdcg(data.factorisation, data.truth, 10);
    const double pop = meanNdcg(data.popularity, data.truth, 10);
    qInfo("NDCG@10 on held-out truth: matrix factorisation %.4f, popularity %.4f", mf, pop);
    // The taste model is mostly personal (category preferences) with a popularity component, so
    // a personalised model must win clearly; a broken ALS (e.g. wrong confidence weighting or
    // transposed factors) falls to or below popularity.
    QVERIFY2(mf > pop * 1.2, qPrintable(QStringLiteral("mf %1 pop %2").arg(mf).arg(pop)));
    QVERIFY(pop > 0.02); // popularity is a real baseline, not noise
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
