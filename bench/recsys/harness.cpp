// Times the full recommendation evaluation (loading the CSV files + every metric + per-user data)
// as `genlens evaluate recsys` runs it, and prints the wall time per stage and the peak RSS.
// Usage: recsys_bench DATADIR [--no-items] [--repeat N]
#include "pipeline/recsyspipeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <vector>

using namespace genlens::app;

namespace {

// Process CPU time in ms (both threads); on a shared machine wall time also measures the others.
qint64 cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

class TimingContext : public PipelineContext
{
public:
    void beginStage(const QString& name, qint64) override
    {
        finishStage();
        m_stage = name;
        m_clock.start();
        m_cpu = cpuMs();
    }
    bool advance(qint64, qint64) override { return true; }
    bool isCanceled() const override { return false; }
    void finishStage()
    {
        if (!m_stage.isEmpty()) {
            QTextStream(stdout) << "  " << m_stage << ": " << m_clock.elapsed() << " ms wall, "
                                << cpuMs() - m_cpu << " ms cpu\n";
        }
        m_stage.clear();
    }

private:
    QString m_stage;
    QElapsedTimer m_clock;
    qint64 m_cpu = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: recsys_bench DATADIR [--no-items] [--repeat N]\n";
        return 1;
    }
    const QString dir = args.at(1);
    const bool items = !args.contains(QStringLiteral("--no-items"));
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--repeat")));
    const int repeat = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 3;

    RecsysEvalOptions o;
    o.truthPath = dir + QStringLiteral("/truth.csv");
    o.recommendationsPath = dir + QStringLiteral("/recs.csv");
    o.trainPath = dir + QStringLiteral("/train.csv");
    if (items) {
        o.itemsPath = dir + QStringLiteral("/items.csv");
    }
    std::vector<qint64> times;
    std::vector<qint64> cpuTimes;
    QTextStream out(stdout);
    for (int r = 0; r < repeat; ++r) {
        TimingContext context;
        QElapsedTimer clock;
        clock.start();
        const qint64 cpu0 = cpuMs();
        const RunResult result = evaluateRecsys(o, context);
        context.finishStage();
        times.push_back(clock.elapsed());
        cpuTimes.push_back(cpuMs() - cpu0);
        out << "run " << r + 1 << ": " << times.back() << " ms wall, " << cpuTimes.back()
            << " ms cpu; lists " << result.generated.samples.size() << "\n ";
        for (const char* key :
             {"precision@10", "recall@10", "ndcg@10", "map@10", "mrr", "coverage", "gini",
              "entropy", "novelty", "ild", "arp", "long_tail_share", "serendipity"}) {
            if (const MetricValue* m = result.metric(QLatin1String(key))) {
                out << " " << key << " " << QString::number(m->value, 'f', 6);
            }
        }
        out << "\n";
        out.flush();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "median " << times[times.size() / 2] << " ms wall, " << cpuTimes[cpuTimes.size() / 2]
        << " ms cpu over " << times.size() << " runs; peak RSS " << usage.ru_maxrss / 1024
        << " MiB\n";
    return 0;
}
