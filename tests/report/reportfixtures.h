#pragma once

#include "evaluation/runresult.h"
#include "project/projectstore.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <cmath>

namespace reporttest {

using namespace genlens::app;

// A small PNG thumbnail: a colour field with a darker band whose height encodes the index.
inline QByteArray thumbnail(int index, bool generated)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(generated ? QColor(230, 150, 60) : QColor(70, 130, 200));
    QPainter painter(&image);
    painter.fillRect(0, 64 - (index % 60) - 4, 64, (index % 60) + 4, QColor(30, 90, 40));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// An image run with 40 real and 40 generated samples whose scores are known by construction:
//  - "sharpness": real = 0..39, generated = 20..59, so KS D = 20/40 = 0.5 (the CDFs differ most
//    at x = 19.5, where real has 20/40 and generated 0/40);
//  - "realism" (generated only): 40 - i, so the best is sample 0 and the worst sample 39;
//  - neighbours: generated i -> real (i * 7) % 40 at distance 1 + |i - 13|, so sample 13 is the
//    most copied, then 12 and 14.
inline RunResult imageRun(double fid)
{
    RunResult run;
    run.modality = QStringLiteral("image");
    run.extractor = QJsonObject {{QStringLiteral("id"), QStringLiteral("builtin-1")},
                                 {QStringLiteral("dim"), 512}};
    run.settings = QJsonObject {{QStringLiteral("seed"), 0}, {QStringLiteral("k"), 5}};
    run.real.role = SetRole::Real;
    run.real.source = QStringLiteral("/data/landscapes/real");
    run.real.kind = QStringLiteral("folder");
    run.generated.role = SetRole::Generated;
    run.generated.source = QStringLiteral("/data/landscapes/generated");
    run.generated.kind = QStringLiteral("folder");
    ScoreColumn realSharpness {QStringLiteral("sharpness"), {}};
    ScoreColumn generatedSharpness {QStringLiteral("sharpness"), {}};
    ScoreColumn realism {QStringLiteral("realism"), {}};
    ScoreColumn memorized {QStringLiteral("memorized"), {}}; // a flag: 1 for samples 0..9
    for (int i = 0; i < 40; ++i) {
        memorized.values.push_back(i < 10 ? 1.0 : 0.0);
        Sample real;
        real.source = QStringLiteral("/data/landscapes/real/r%1.png").arg(i);
        real.label = QStringLiteral("r%1.png").arg(i);
        real.thumbnailPng = thumbnail(i, false);
        run.real.samples.push_back(real);
        Sample generated;
        generated.source = QStringLiteral("/data/landscapes/generated/g%1.png").arg(i);
        generated.label = QStringLiteral("g%1.png").arg(i);
        generated.thumbnailPng = thumbnail(i, true);
        run.generated.samples.push_back(generated);
        realSharpness.values.push_back(i);
        generatedSharpness.values.push_back(20 + i);
        realism.values.push_back(40 - i);
        run.neighbours.push_back(
            {SetRole::Generated, i, SetRole::Real, (i * 7) % 40, 0, 1.0 + std::abs(i - 13)});
    }
    run.real.skipped.append({QStringLiteral("broken.png"), 0, QStringLiteral("not an image")});
    run.realScores = {realSharpness};
    run.generatedScores = {realism, generatedSharpness, memorized};
    run.metrics = {{QStringLiteral("fid"), fid, std::nan("")},
                   {QStringLiteral("kid"), 0.0123, 0.0004},
                   {QStringLiteral("precision"), 0.71, std::nan("")},
                   {QStringLiteral("recall"), 0.64, std::nan("")},
                   {QStringLiteral("my_custom_metric"), 3.0, std::nan("")}};
    run.timingsMs = {{QStringLiteral("features"), 812}, {QStringLiteral("metrics"), 91}};
    return run;
}

// A Chinese and English text run; per-sample "sentence_bleu" ranks the samples.
inline RunResult textRun()
{
    RunResult run;
    run.modality = QStringLiteral("text");
    run.signature = QStringLiteral("nrefs:1|case:mixed|eff:no|tok:zh|smooth:exp|version:2.4.0");
    run.real.role = SetRole::Real;
    run.real.source = QStringLiteral("real.txt");
    run.real.kind = QStringLiteral("text");
    run.generated.role = SetRole::Generated;
    run.generated.source = QStringLiteral("generated.txt");
    run.generated.kind = QStringLiteral("text");
    const QStringList sentences = {
        QString::fromUtf8("北京今天多云，最高气温25度。"),
        QStringLiteral("Oslo will be sunny on Monday with a high of 4 degrees."),
        QString::fromUtf8("这款耳机质量很好，物流也很快。"),
        QStringLiteral("The kettle looks great, but the price feels slow."),
        QString::fromUtf8("上海明天小雨，出门请带伞。"),
        QStringLiteral("I returned the lamp because it was noisy."),
    };
    ScoreColumn bleu {QStringLiteral("sentence_bleu"), {}};
    ScoreColumn realLength {QStringLiteral("length"), {}};
    ScoreColumn generatedLength {QStringLiteral("length"), {}};
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        Sample s;
        s.source = QStringLiteral("generated.txt:%1").arg(i + 1);
        s.label = s.source;
        s.text = sentences.at(i);
        run.generated.samples.push_back(s);
        Sample r = s;
        r.source = QStringLiteral("real.txt:%1").arg(i + 1);
        r.label = r.source;
        run.real.samples.push_back(r);
        bleu.values.push_back(10.0 * double(i));
        generatedLength.values.push_back(double(sentences.at(i).size()));
        realLength.values.push_back(double(sentences.at(i).size()) + 2);
        run.neighbours.push_back({SetRole::Generated, i, SetRole::Real, i, 0, 0.1 * double(i)});
    }
    run.generatedScores = {bleu, generatedLength};
    run.realScores = {realLength};
    run.metrics = {{QStringLiteral("bleu"), 23.4, std::nan("")},
                   {QStringLiteral("self_bleu"), 0.41, std::nan("")},
                   {QStringLiteral("distinct_2"), 0.52, std::nan("")}};
    return run;
}

inline RunSummary summary(qint64 id, qint64 realSetId)
{
    RunSummary s;
    s.id = id;
    s.status = RunStatus::Finished;
    s.realSetId = realSetId;
    s.generatedSetId = realSetId + 100;
    return s;
}

} // namespace reporttest
