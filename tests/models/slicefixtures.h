#pragma once

// A class-conditional image run whose model dropped one class, with slices stored exactly as the
// common contract writes them in run_extra["slices"] (name, by, counts, metrics, members,
// warnings). Shared by the model, window and report tests.
//
//   slice  real (idx)     generated (idx)   ratio of shares   fid    precision  warning
//   cat    40 (0-39)      50 (0-49)         1.25              12.5   0.8
//   dog    40 (40-79)     40 (50-89)        1.0               30.1   0.6        fid
//   bird   20 (80-99)      0                0 (dropped)       null   null
//   fish    0             10 (90-99)        inf (over)        null   null
#include "evaluation/runresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace slicefixtures {

using genlens::app::RunResult;
using genlens::app::Sample;
using genlens::app::SetRole;

inline const QString kDogWarning = QStringLiteral(
    "FID on 40 samples with 64-dimensional features is rank-deficient and biased upward.");

inline QJsonArray range(int from, int to)
{
    QJsonArray out;
    for (int i = from; i < to; ++i) {
        out.append(i);
    }
    return out;
}

inline QJsonObject slice(const QString& name, int realFrom, int realTo, int genFrom, int genTo,
                         const QJsonValue& fid, const QJsonValue& precision,
                         const QString& fidWarning = {})
{
    QJsonObject warnings;
    if (!fidWarning.isEmpty()) {
        warnings.insert(QStringLiteral("fid"), fidWarning);
    }
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("by"), QStringLiteral("folder")},
        {QStringLiteral("counts"),
         QJsonObject {{QStringLiteral("real"), realTo - realFrom},
                      {QStringLiteral("generated"), genTo - genFrom}}},
        {QStringLiteral("metrics"),
         QJsonObject {
             {QStringLiteral("fid"), QJsonObject {{QStringLiteral("value"), fid}}},
             {QStringLiteral("precision"), QJsonObject {{QStringLiteral("value"), precision}}}}},
        {QStringLiteral("members"),
         QJsonObject {{QStringLiteral("real"), range(realFrom, realTo)},
                      {QStringLiteral("generated"), range(genFrom, genTo)}}},
        {QStringLiteral("warnings"), warnings},
    };
}

inline QJsonArray slices()
{
    return QJsonArray {
        slice(QStringLiteral("cat"), 0, 40, 0, 50, 12.5, 0.8),
        slice(QStringLiteral("dog"), 40, 80, 50, 90, 30.1, 0.6, kDogWarning),
        slice(QStringLiteral("bird"), 80, 100, 0, 0, QJsonValue::Null, QJsonValue::Null),
        slice(QStringLiteral("fish"), 0, 0, 90, 100, QJsonValue::Null, QJsonValue::Null),
    };
}

// A feature map of every sample (the app/pipeline/featuremap.* layout): real sample i at (i, 0),
// generated sample i at (i, 1).
inline QJsonObject featureMap()
{
    const auto set = [](double y) {
        QJsonArray xs;
        QJsonArray ys;
        for (int i = 0; i < 100; ++i) {
            xs.append(i);
            ys.append(y);
        }
        return QJsonObject {{QStringLiteral("total"), 100},
                            {QStringLiteral("shown"), 100},
                            {QStringLiteral("subsampled"), false},
                            {QStringLiteral("x"), xs},
                            {QStringLiteral("y"), ys}};
    };
    return {{QStringLiteral("method"), QStringLiteral("pca")},
            {QStringLiteral("fitted_on"), QStringLiteral("real+generated")},
            {QStringLiteral("features"), QStringLiteral("builtin-1")},
            {QStringLiteral("dimension"), 64},
            {QStringLiteral("explained_variance_ratio"), QJsonArray {0.5, 0.2}},
            {QStringLiteral("seed"), 0},
            {QStringLiteral("max_points_per_set"), 20000},
            {QStringLiteral("real"), set(0.0)},
            {QStringLiteral("generated"), set(1.0)}};
}

// 100 real and 100 generated samples in the folders above; `withSlices` false leaves them out.
inline std::shared_ptr<RunResult> run(bool withSlices = true)
{
    auto run = std::make_shared<RunResult>();
    run->modality = QStringLiteral("image");
    run->extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                  {QStringLiteral("dim"), 64}};
    run->real.role = SetRole::Real;
    run->real.kind = QStringLiteral("features");
    run->real.source = QStringLiteral("/data/real");
    run->generated.role = SetRole::Generated;
    run->generated.kind = QStringLiteral("features");
    run->generated.source = QStringLiteral("/data/generated");
    const auto folderOf = [](SetRole set, int i) {
        if (set == SetRole::Real) {
            return i < 40 ? QStringLiteral("cat")
                : i < 80  ? QStringLiteral("dog")
                          : QStringLiteral("bird");
        }
        return i < 50 ? QStringLiteral("cat")
            : i < 90  ? QStringLiteral("dog")
                      : QStringLiteral("fish");
    };
    for (int i = 0; i < 100; ++i) {
        Sample r;
        r.label = QStringLiteral("real_%1.png").arg(i);
        r.source
            = QStringLiteral("/data/real/%1/real_%2.png").arg(folderOf(SetRole::Real, i)).arg(i);
        r.contentHash = QByteArray("r") + QByteArray::number(i);
        run->real.samples.push_back(r);
        Sample g;
        g.label = QStringLiteral("gen_%1.png").arg(i);
        g.source = QStringLiteral("/data/generated/%1/gen_%2.png")
                       .arg(folderOf(SetRole::Generated, i))
                       .arg(i);
        g.contentHash = QByteArray("g") + QByteArray::number(i);
        run->generated.samples.push_back(g);
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    run->metrics = {{QStringLiteral("fid"), 21.7, nan}, {QStringLiteral("precision"), 0.7, nan}};
    std::vector<double> memorized(100, 0.0);
    memorized[3] = memorized[17] = memorized[55] = 1.0;
    std::vector<double> width(100, 32.0);
    std::vector<double> realism(100);
    for (int i = 0; i < 100; ++i) {
        realism[size_t(i)] = 0.5 + 0.01 * i;
    }
    run->generatedScores = {{QStringLiteral("realism"), realism},
                            {QStringLiteral("memorized"), memorized},
                            {QStringLiteral("width"), width}};
    run->realScores = {{QStringLiteral("width"), std::vector<double>(100, 32.0)}};
    if (withSlices) {
        run->extra.insert(QStringLiteral("slices"), slices());
    }
    run->extra.insert(QStringLiteral("feature_map"), featureMap());
    return run;
}

} // namespace slicefixtures
