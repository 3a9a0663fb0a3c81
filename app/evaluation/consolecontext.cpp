#include "evaluation/consolecontext.h"


#include <QFile>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace genlens::app {

namespace {

// Lock-free, so it may be set from a signal handler.
std::atomic<bool> s_interrupted {false};
static_assert(std::atomic<bool>::is_always_lock_free);

void onInterrupt(int)
{
    s_interrupted.store(true);
}

constexpr int kBarWidth = 30;
constexpr qint64 kRedrawIntervalMs = 100;

int percentOf(qint64 done, qint64 total)
{
    if (total <= 0) {
        return 0;
    }
    return static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100));
}

} // namespace

ConsoleContext::Mode ConsoleContext::defaultMode(bool quiet)
{
    if (quiet) {
        return Mode::Quiet;
    }
    return ::isatty(STDERR_FILENO) ? Mode::Bar : Mode::Lines;
}

ConsoleContext::ConsoleContext(Mode mode, QIODevice* output)
    : m_mode(mode)
    , m_output(output)
{
    if (!m_output && m_mode != Mode::Quiet) {
        auto file = std::make_unique<QFile>();
        if (file->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            m_output = file.get();
            m_ownedOutput = std::move(file);
        } else {
            m_mode = Mode::Quiet;
        }
    }
}

ConsoleContext::~ConsoleContext()
{
    endOutput();
}

void ConsoleContext::write(const QString& text)
{
    if (m_output) {
        m_output->write(text.toUtf8());
    }
}

void ConsoleContext::beginStage(const QString& name, qint64 total)
{
    endOutput();
    m_stage = name;
    m_lastDecile = -1;
    m_lastPercent = -1;
    m_lastDraw.invalidate();
    if (m_mode == Mode::Quiet) {
        return;
    }
    if (total <= 0) {
        // Nothing to count: just say what is happening.
        write(m_stage + QLatin1Char('\n'));
        return;
    }
    advance(0, total);
}

bool ConsoleContext::advance(qint64 done, qint64 total)
{
    if (m_mode == Mode::Lines && total > 0) {
        const int decile = percentOf(done, total) / 10;
        if (decile > m_lastDecile) {
            m_lastDecile = decile;
            write(QStringLiteral("%1: %2%\n").arg(m_stage).arg(decile * 10));
        }
    } else if (m_mode == Mode::Bar && total > 0) {
        drawBar(done, total);
    }
    return !isCanceled();
}

void ConsoleContext::drawBar(qint64 done, qint64 total)
{
    const int percent = percentOf(done, total);
    const bool due = !m_lastDraw.isValid() || m_lastDraw.elapsed() >= kRedrawIntervalMs;
    if (percent == m_lastPercent || (!due && percent != 100)) {
        return;
    }
    m_lastPercent = percent;
    m_lastDraw.start();
    const int filled = percent * kBarWidth / 100;
    const QString bar
        = QString(filled, QLatin1Char('#')) + QString(kBarWidth - filled, QLatin1Char('-'));
    // \r and the erase-line escape redraw in place.
    write(QStringLiteral("\r\x1b[2K%1 [%2] %3%").arg(m_stage, bar).arg(percent, 3));
    m_lineOpen = true;
}

void ConsoleContext::endOutput()
{
    if (m_lineOpen) {
        write(QStringLiteral("\n"));
        m_lineOpen = false;
    }
    if (m_output) {
        if (auto* file = qobject_cast<QFile*>(m_output)) {
            file->flush();
        }
    }
}

bool ConsoleContext::isCanceled() const
{
    return m_canceled.load() || s_interrupted.load();
}

void ConsoleContext::requestCancel()
{
    m_canceled.store(true);
}

void ConsoleContext::installInterruptHandler()
{
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    // The first Ctrl-C cancels cooperatively; the handler then reverts, so a second one ends the
    // process at once.
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
}

void ConsoleContext::clearInterrupt()
{
    s_interrupted.store(false);
}

void ConsoleContext::attachProject(ProjectStore* store)
{
    session().attachStore(store);
}

void ConsoleContext::publishPartial(const RunResult& partial)
{
    session().record(partial);
}

qint64 ConsoleContext::finishRun(const RunResult& result)
{
    return session().finish(result);
}

void ConsoleContext::abortRun(RunStatus status, const QString& error)
{
    session().abort(status, error);
}

qint64 ConsoleContext::runId() const
{
    return session().runId();
}

} // namespace genlens::app
