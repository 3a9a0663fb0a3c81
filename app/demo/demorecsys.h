#pragma once

#include "demo/demorng.h"

#include <Eigen/Core>
#include <QString>
#include <vector>

namespace genlens::app::demo {

struct DemoRecsysOptions
{
    quint64 seed = 0;
    int users = 300;
    int items = 240;
    int categories = 8;
    int latentDimension = 6; // of the synthetic taste model
    double truthShare = 0.25; // of each user's interactions held out as ground truth
    int listLength = 20; // recommendations per user
    // The matrix-factorisation recommender (implicit ALS, Hu, Koren & Volinsky 2008).
    int factors = 16;
    int alsIterations = 12;
    double alsRegularisation = 0.1;
    double alsConfidence = 20; // c = 1 + alpha for an observed interaction
};

// user -> items, items in order (for lists: rank order).
using ItemLists = std::vector<std::vector<int>>;

struct DemoRecsys
{
    std::vector<int> itemCategories;
    ItemLists train;
    ItemLists truth;
    ItemLists popularity; // the popularity recommender's top lists
    std::vector<std::vector<double>> popularityScores;
    ItemLists factorisation; // the ALS recommender's top lists
    std::vector<std::vector<double>> factorisationScores;
};

QString recsysUserId(int user);
QString recsysItemId(int item);
QString recsysCategoryName(int category);

// Implicit-feedback ALS on a binary user x item matrix: returns user factors (users x f) and item
// factors (items x f); the score of (u, i) is their dot product.
struct AlsModel
{
    Eigen::MatrixXd userFactors;
    Eigen::MatrixXd itemFactors;
};
AlsModel trainImplicitAls(const ItemLists& train, int items, const DemoRecsysOptions& options,
                          DemoRng& rng);

DemoRecsys makeDemoRecsys(const DemoRecsysOptions& options);

struct DemoRecsysFiles
{
    QString train;
    QString truth;
    QString recsFactorisation;
    QString recsPopularity;
    QString items;
};
// Writes train.csv, truth.csv (user,item), recs_mf.csv and recs_pop.csv (user,item,score; rank
// order within a user) and items.csv (item,category), each with a header line.
DemoRecsysFiles writeDemoRecsys(const DemoRecsys& data, const QString& directory);

} // namespace genlens::app::demo
