#include "demo/demorecsys.h"

#include <Eigen/Cholesky>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace genlens::app::demo {

namespace {

// Top `length` items by score among those the user has not interacted with in training; ties go
// to the lower item index so that the lists are deterministic.
void topList(const Eigen::Ref<const Eigen::VectorXd>& scores, const std::vector<int>& seen,
             int length, std::vector<int>& items, std::vector<double>& itemScores)
{
    std::vector<bool> excluded(size_t(scores.size()), false);
    for (int item : seen) {
        excluded[size_t(item)] = true;
    }
    std::vector<int> candidates;
    for (int i = 0; i < int(scores.size()); ++i) {
        if (!excluded[size_t(i)]) {
            candidates.push_back(i);
        }
    }
    const size_t n = std::min(candidates.size(), size_t(length));
    std::partial_sort(
        candidates.begin(), candidates.begin() + std::ptrdiff_t(n), candidates.end(),
        [&](int a, int b) { return scores(a) > scores(b) || (scores(a) == scores(b) && a < b); });
    items.assign(candidates.begin(), candidates.begin() + std::ptrdiff_t(n));
    itemScores.clear();
    for (int item : items) {
        itemScores.push_back(scores(item));
    }
}

// One ALS half-step: solves every row of `solved` against the fixed factors.
void alsStep(const ItemLists& interactions, const Eigen::MatrixXd& fixed, Eigen::MatrixXd& solved,
             const DemoRecsysOptions& options)
{
    const Eigen::Index f = fixed.cols();
    Eigen::MatrixXd gram(f, f);
    gram.noalias() = fixed.transpose() * fixed;
    const double alpha = options.alsConfidence;
    for (size_t row = 0; row < interactions.size(); ++row) {
        Eigen::MatrixXd a = gram;
        a.diagonal().array() += options.alsRegularisation;
        Eigen::VectorXd b = Eigen::VectorXd::Zero(f);
        for (int other : interactions[row]) {
            const auto y = fixed.row(other).transpose();
            a.noalias() += alpha * y * y.transpose();
            b += (1.0 + alpha) * y;
        }
        solved.row(Eigen::Index(row)) = a.ldlt().solve(b).transpose();
    }
}

void writeCsv(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    }
}

QByteArray pairs(const ItemLists& lists)
{
    QByteArray out("user,item\n");
    for (size_t u = 0; u < lists.size(); ++u) {
        for (int item : lists[u]) {
            out += recsysUserId(int(u)).toUtf8() + ',' + recsysItemId(item).toUtf8() + '\n';
        }
    }
    return out;
}

QByteArray scored(const ItemLists& lists, const std::vector<std::vector<double>>& scores)
{
    QByteArray out("user,item,score\n");
    for (size_t u = 0; u < lists.size(); ++u) {
        for (size_t r = 0; r < lists[u].size(); ++r) {
            out += recsysUserId(int(u)).toUtf8() + ',' + recsysItemId(lists[u][r]).toUtf8() + ','
                + QByteArray::number(scores[u][r], 'g', 10) + '\n';
        }
    }
    return out;
}

} // namespace

QString recsysUserId(int user)
{
    return QStringLiteral("u%1").arg(user, 4, 10, QLatin1Char('0'));
}

QString recsysItemId(int item)
{
    return QStringLiteral("i%1").arg(item, 4, 10, QLatin1Char('0'));
}

QString recsysCategoryName(int category)
{
    static const char* const names[] = {"drama",     "comedy",  "documentary", "thriller",
                                        "animation", "romance", "sci-fi",      "horror"};
    constexpr int count = int(sizeof(names) / sizeof(names[0]));
    if (category < count) {
        return QString::fromLatin1(names[category]);
    }
    return QStringLiteral("category-%1").arg(category);
}

AlsModel trainImplicitAls(const ItemLists& train, int items, const DemoRecsysOptions& options,
                          DemoRng& rng)
{
    const Eigen::Index users = Eigen::Index(train.size());
    AlsModel model;
    model.userFactors = Eigen::MatrixXd::Zero(users, options.factors);
    model.itemFactors.resize(items, options.factors);
    for (Eigen::Index i = 0; i < items; ++i) {
        for (Eigen::Index c = 0; c < options.factors; ++c) {
            model.itemFactors(i, c) = rng.normal(0, 0.1);
        }
    }
    ItemLists itemUsers(static_cast<size_t>(items));
    for (size_t u = 0; u < train.size(); ++u) {
        for (int item : train[u]) {
            itemUsers[size_t(item)].push_back(int(u));
        }
    }
    for (int iteration = 0; iteration < options.alsIterations; ++iteration) {
        alsStep(train, model.itemFactors, model.userFactors, options);
        alsStep(itemUsers, model.userFactors, model.itemFactors, options);
    }
    return model;
}

DemoRecsys makeDemoRecsys(const DemoRecsysOptions& options)
{
    if (options.users < 2 || options.items < options.listLength * 2 || options.categories < 1
        || options.categories > options.items) {
        throw std::invalid_argument("demo recsys: inconsistent sizes");
    }
    DemoRng root(options.seed);
    DemoRng tasteRng = root.fork(21);
    DemoRng interactionRng = root.fork(22);
    DemoRng alsRng = root.fork(23);

    const int d = options.latentDimension;
    DemoRecsys data;
    Eigen::MatrixXd centroids(options.categories, d);
    for (Eigen::Index k = 0; k < centroids.size(); ++k) {
        centroids.data()[k] = tasteRng.normal();
    }
    Eigen::MatrixXd itemVectors(options.items, d);
    Eigen::VectorXd itemBias(options.items);
    for (int i = 0; i < options.items; ++i) {
        const int category = i % options.categories;
        data.itemCategories.push_back(category);
        for (int c = 0; c < d; ++c) {
            itemVectors(i, c) = centroids(category, c) + tasteRng.normal(0, 0.5);
        }
        // A long tail: a few items are popular with everyone.
        itemBias(i) = 1.2 * tasteRng.normal();
    }
    Eigen::MatrixXd userVectors(options.users, d);
    for (int u = 0; u < options.users; ++u) {
        const int favourite = tasteRng.below(options.categories);
        const int second = tasteRng.below(options.categories);
        for (int c = 0; c < d; ++c) {
            userVectors(u, c) = 0.8 * centroids(favourite, c) + 0.4 * centroids(second, c)
                + tasteRng.normal(0, 0.3);
        }
    }

    data.train.resize(size_t(options.users));
    data.truth.resize(size_t(options.users));
    for (int u = 0; u < options.users; ++u) {
        // Interactions without replacement with probability proportional to exp(score).
        Eigen::VectorXd weights
            = ((itemVectors * userVectors.row(u).transpose()) + itemBias).array().exp().matrix();
        const int count = 15 + interactionRng.below(25);
        std::vector<int> chosen;
        for (int n = 0; n < count; ++n) {
            double r = interactionRng.uniform() * weights.sum();
            int item = 0;
            for (; item < options.items - 1; ++item) {
                r -= weights(item);
                if (r < 0) {
                    break;
                }
            }
            chosen.push_back(item);
            weights(item) = 0;
        }
        for (int n = count - 1; n > 0; --n) { // a random split, not the most likely items first
            std::swap(chosen[size_t(n)], chosen[size_t(interactionRng.below(n + 1))]);
        }
        const int held = std::max(2, int(std::lround(count * options.truthShare)));
        for (int n = 0; n < count; ++n) {
            (n < held ? data.truth : data.train)[size_t(u)].push_back(chosen[size_t(n)]);
        }
        std::sort(data.train[size_t(u)].begin(), data.train[size_t(u)].end());
        std::sort(data.truth[size_t(u)].begin(), data.truth[size_t(u)].end());
    }

    Eigen::VectorXd popularity = Eigen::VectorXd::Zero(options.items);
    for (const std::vector<int>& items : data.train) {
        for (int item : items) {
            popularity(item) += 1;
        }
    }
    const AlsModel model = trainImplicitAls(data.train, options.items, options, alsRng);
    data.popularity.resize(size_t(options.users));
    data.popularityScores.resize(size_t(options.users));
    data.factorisation.resize(size_t(options.users));
    data.factorisationScores.resize(size_t(options.users));
    for (int u = 0; u < options.users; ++u) {
        topList(popularity, data.train[size_t(u)], options.listLength, data.popularity[size_t(u)],
                data.popularityScores[size_t(u)]);
        const Eigen::VectorXd scores = model.itemFactors * model.userFactors.row(u).transpose();
        topList(scores, data.train[size_t(u)], options.listLength, data.factorisation[size_t(u)],
                data.factorisationScores[size_t(u)]);
    }
    return data;
}

DemoRecsysFiles writeDemoRecsys(const DemoRecsys& data, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        throw std::runtime_error("cannot create " + directory.toStdString());
    }
    DemoRecsysFiles files {
        dir.filePath(QStringLiteral("train.csv")), dir.filePath(QStringLiteral("truth.csv")),
        dir.filePath(QStringLiteral("recs_mf.csv")), dir.filePath(QStringLiteral("recs_pop.csv")),
        dir.filePath(QStringLiteral("items.csv"))};
    writeCsv(files.train, pairs(data.train));
    writeCsv(files.truth, pairs(data.truth));
    writeCsv(files.recsFactorisation, scored(data.factorisation, data.factorisationScores));
    writeCsv(files.recsPopularity, scored(data.popularity, data.popularityScores));
    QByteArray items("item,category\n");
    for (size_t i = 0; i < data.itemCategories.size(); ++i) {
        items += recsysItemId(int(i)).toUtf8() + ','
            + recsysCategoryName(data.itemCategories[i]).toUtf8() + '\n';
    }
    writeCsv(files.items, items);
    return files;
}

} // namespace genlens::app::demo
