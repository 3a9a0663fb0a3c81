#include "demo/demoproject.h"

#include "demo/demodata.h"
#include "pipeline/imagepipeline.h"
#include "pipeline/recsyspipeline.h"
#include "pipeline/textpipeline.h"
#include "project/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <stdexcept>

namespace genlens::app {

namespace {

struct DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};

// Bumped whenever app/demo/ generates different data or the pipelines store more, so that cached
// demo projects are rebuilt (2: feature maps and an image checkpoint; 3: both together).
constexpr int kDemoDataVersion = 3;

// Runs synchronously without reporting (demoProjectPath() without a context).
class SilentContext : public PipelineContext
{
public:
    void beginStage(const QString&, qint64) override { }
    bool advance(qint64, qint64) override { return true; }
    bool isCanceled() const override { return false; }
};

// The images' runs go through the project's feature cache (the second run reuses the real set's
// features) without the outer context recording snapshots: buildInto() saves whole runs itself.
class CachedContext : public PipelineContext
{
public:
    CachedContext(PipelineContext& outer, ProjectStore& store)
        : m_outer(outer)
    {
        session().attachStore(&store, false);
        session().setThreads(outer.session().threads());
    }
    void beginStage(const QString& name, qint64 total) override { m_outer.beginStage(name, total); }
    bool advance(qint64 done, qint64 total) override { return m_outer.advance(done, total); }
    bool isCanceled() const override { return m_outer.isCanceled(); }

private:
    PipelineContext& m_outer;
};

void removeDatabase(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

qint64 save(ProjectStore& store, const RunResult& result, const QString& name)
{
    const qint64 id = store.saveRun(result);
    store.renameRun(id, name);
    return id;
}

void buildInto(ProjectStore& store, const demo::DemoDataFiles& files, quint64 seed,
               PipelineContext& context)
{
    RecsysEvalOptions pop;
    pop.truthPath = files.recsys.truth;
    pop.trainPath = files.recsys.train;
    pop.itemsPath = files.recsys.items;
    pop.recommendationsPath = files.recsys.recsPopularity;
    pop.seed = seed;
    save(store, evaluateRecsys(pop, context), DemoProject::tr("Films: most-popular recommender"));

    RecsysEvalOptions mf = pop;
    mf.recommendationsPath = files.recsys.recsFactorisation;
    mf.compareWithPath = files.recsys.recsPopularity;
    save(store, evaluateRecsys(mf, context),
         DemoProject::tr("Films: matrix factorisation (ALS) recommender"));

    TextEvalOptions text;
    text.realPath = files.text.real;
    text.generatedPath = files.text.generated;
    text.referencePaths = {files.text.references};
    // Mixed English and Chinese: sacrebleu's zh tokenizer splits CJK characters and treats the
    // rest like 13a ("auto" would pick 13a, under which Chinese sentences are single tokens).
    text.tokenize = QStringLiteral("zh");
    text.seed = seed;
    save(store, evaluateText(text, context),
         DemoProject::tr("Weather and reviews (English, Chinese): trigram generator, sports "
                         "never seen, 8 planted copies"));

    ImageEvalOptions images;
    images.realPath = files.images.realDirectory;
    images.extractor = QStringLiteral("builtin");
    images.seed = seed;
    // 400 images a side: every KID subset (at most 1000 samples) is the whole set, so more than a
    // few subsets only repeat the same computation (same value, spread 0).
    images.kidSubsets = 10;
    CachedContext cached(context, store);
    // The early checkpoint first, so that the run history reads checkpoint -> final model.
    if (!files.images.checkpointDirectory.isEmpty()) {
        images.generatedPath = files.images.checkpointDirectory;
        save(store, evaluateImages(images, cached),
             DemoProject::tr("Landscapes: early PPCA checkpoint (6 components), night scenes "
                             "never seen, 10 planted copies"));
    }
    images.generatedPath = files.images.generatedDirectory;
    save(store, evaluateImages(images, cached),
         DemoProject::tr("Landscapes: PPCA model, night scenes never seen, 10 planted copies"));
}

} // namespace

void buildDemoProject(const QString& outPath, PipelineContext& context,
                      const QString& dataDirectory, quint64 seed)
{
    std::unique_ptr<QTemporaryDir> temporary;
    QString dataPath = dataDirectory;
    if (dataPath.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        if (!temporary->isValid()) {
            throw std::runtime_error("cannot create a temporary folder for the demo data: "
                                     + temporary->errorString().toStdString());
        }
        dataPath = temporary->path();
    }
    context.beginStage(QStringLiteral("demo data"), 1);
    demo::DemoDataOptions options;
    options.seed = seed;
    const demo::DemoDataFiles files = demo::writeDemoData(dataPath, options);
    context.advance(1, 1);
    context.checkCanceled();

    const QString partial = outPath + QStringLiteral(".partial");
    removeDatabase(partial);
    try {
        ProjectStore store;
        store.open(partial);
        buildInto(store, files, seed, context);
        store.close();
    } catch (...) {
        removeDatabase(partial);
        throw;
    }
    removeDatabase(outPath);
    if (!QFile::rename(partial, outPath)) {
        removeDatabase(partial);
        throw std::runtime_error("cannot move the demo project to " + outPath.toStdString());
    }
}

QString demoProjectPath(PipelineContext& context)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty() || !QDir().mkpath(base)) {
        throw std::runtime_error("no writable data folder for the demo project");
    }
    const QString stem
        = QStringLiteral("demo-%1-d%2").arg(QStringLiteral(GENLENS_VERSION)).arg(kDemoDataVersion);
    const QString path = QDir(base).filePath(stem + QStringLiteral(".genlens"));
    if (QFileInfo::exists(path)) {
        return path;
    }
    // Two GenLens processes starting at once: one builds, the other waits and reuses it.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        throw std::runtime_error("cannot lock " + path.toStdString());
    }
    if (QFileInfo::exists(path)) {
        return path;
    }
    // The data stays next to the project so that the window can show full-size originals.
    buildDemoProject(path, context, QDir(base).filePath(stem + QStringLiteral("-data")));
    return path;
}

QString demoProjectPath()
{
    SilentContext context;
    return demoProjectPath(context);
}

} // namespace genlens::app
