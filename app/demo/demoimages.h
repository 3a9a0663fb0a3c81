#pragma once

#include "demo/demorng.h"
#include "demo/ppca.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <opencv2/core/mat.hpp>
#include <vector>

namespace genlens::app::demo {

// Procedural landscapes: each class is a mode of the "real" distribution.
enum class SceneClass { Mountains = 0, SunsetSea = 1, NightHills = 2, Forest = 3, Desert = 4 };
constexpr int kSceneClassCount = 5;
QString sceneClassName(SceneClass sceneClass);

struct DemoImageOptions
{
    quint64 seed = 0;
    int size = 64; // square images, size x size RGB
    int realCount = 400; // spread evenly over the classes
    int generatedCount = 400; // including the planted copies
    int plantedCopies = 10; // real images with tiny noise put among the generated ones
    int components = 40; // PPCA latent dimension q
    // The "early checkpoint": the same fit with only this many components (truncatePpca), whose
    // generated set shares the planted copies; 0 makes none.
    int checkpointComponents = 6;
    SceneClass droppedClass = SceneClass::NightHills; // the mode the model never sees
};

struct DemoImageSet
{
    std::vector<cv::Mat> real; // CV_8UC3, BGR (OpenCV's order)
    std::vector<int> realClasses; // SceneClass of each real image
    std::vector<cv::Mat> generated;
    // (generated index, real index) of each planted copy.
    QList<QPair<int, int>> copies;
    PpcaModel model;
    // The early checkpoint's samples: generatedCount images, the same planted copies at the same
    // positions (identical bytes), the rest drawn from the truncated model. Empty when
    // checkpointComponents is 0.
    std::vector<cv::Mat> checkpoint;
    PpcaModel checkpointModel;
};

// Draws one scene of the given class at size x size (drawn at twice the size and reduced with
// area averaging, so edges are anti-aliased like a photograph's).
cv::Mat drawScene(SceneClass sceneClass, int size, DemoRng& rng);

// The real scenes, the PPCA model trained on them without the dropped class, its samples and the
// planted copies. Deterministic in options.seed.
DemoImageSet makeDemoImages(const DemoImageOptions& options);

// Writes real/real_NNNN.png, generated/gen_NNNN.png and (when there is one) the early
// checkpoint's checkpoint/ckpt_NNNN.png under `directory`; returns the file paths (real first).
// Throws std::runtime_error naming the file when a write fails.
struct DemoImageFiles
{
    QString realDirectory;
    QString generatedDirectory;
    QString checkpointDirectory; // empty without a checkpoint
    QStringList realFiles;
    QStringList generatedFiles;
    QStringList checkpointFiles;
};
DemoImageFiles writeDemoImages(const DemoImageSet& images, const QString& directory);

} // namespace genlens::app::demo
