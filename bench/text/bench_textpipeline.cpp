// evaluateText end to end on synthetic sets: bench_textpipeline [N] (default 10000 real and
// 10000 generated samples, with one reference file). Prints the stage timings.
#include "pipeline/textpipeline.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <random>

using namespace genlens::app;

namespace {

class QuietContext : public PipelineContext
{
public:
    void beginStage(const QString&, qint64) override {}
    bool advance(qint64, qint64) override { return true; }
    bool isCanceled() const override { return false; }
};

QString writeSet(const QTemporaryDir& dir, const QString& name, int n, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> weights(5000);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        weights[i] = 1.0 / (static_cast<double>(i) + 1.0);
    }
    std::discrete_distribution<int> word(weights.begin(), weights.end());
    std::uniform_int_distribution<int> len(8, 40);
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    QTextStream out(&f);
    for (int i = 0; i < n; ++i) {
        const int l = len(rng);
        for (int j = 0; j < l; ++j) {
            out << (j ? " w" : "w") << word(rng);
        }
        out << (i % 3 == 0 ? " ." : "") << '\n';
    }
    return path;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    TextEvalOptions o;
    o.realPath = writeSet(dir, QStringLiteral("real.txt"), n, 1);
    o.generatedPath = writeSet(dir, QStringLiteral("gen.txt"), n, 2);
    o.referencePaths = {writeSet(dir, QStringLiteral("ref.txt"), n, 3)};
    QuietContext ctx;
    const RunResult r = evaluateText(o, ctx);
    std::printf("evaluate text, %d real + %d generated + 1 reference file:\n", n, n);
    qint64 total = 0;
    for (auto it = r.timingsMs.cbegin(); it != r.timingsMs.cend(); ++it) {
        std::printf("  %-20s %8lld ms\n", qPrintable(it.key()), static_cast<long long>(it.value()));
        total += it.value();
    }
    std::printf("  %-20s %8lld ms\n", "total", static_cast<long long>(total));
    for (const MetricValue& m : r.metrics) {
        std::printf("  %-20s %.6g\n", qPrintable(m.key), m.value);
    }
    return 0;
}
