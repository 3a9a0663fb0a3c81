#pragma once

#include "evaluation/runresult.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace genlens::widgets {

// Thumbnails for the grids, loaded lazily off the UI thread and kept in an LRU pixmap cache.
// Only what a view paints is requested; the newest request is served first, so scrolling fast
// through 100k samples does not queue up work for rows long gone. Thumbnails already in the
// RunResult (a result fresh from a job) are decoded from memory; the others come from a loader,
// normally storeThumbnailLoader(), which opens one ProjectStore per worker thread.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // Reads the PNG bytes of a stored thumbnail; called on worker threads (see
    // storeThumbnailLoader()). Empty when there is none.
    using Loader = std::function<QByteArray(app::SetRole set, qint64 index)>;

    // What to load from: thumbnails held by the run itself, else the loader (may be empty).
    void setSource(std::shared_ptr<const app::RunResult> run, Loader loader);
    void clear();

    // The cached thumbnail, or a null pixmap after scheduling its load (thumbnailReady follows;
    // a sample without a thumbnail stays null and is not asked for again).
    QPixmap pixmap(app::SetRole set, qint64 index);
    bool isLoaded(app::SetRole set, qint64 index) const;
    // Waits for queued loads (tests and screenshots).
    void waitForIdle();

signals:
    void thumbnailReady(genlens::app::SetRole set, qint64 index);

private:
    struct Request
    {
        app::SetRole set;
        qint64 index;
        quint64 generation;
    };
    static quint64 key(app::SetRole set, qint64 index)
    {
        return (static_cast<quint64>(set) << 62) | static_cast<quint64>(index);
    }
    void startWorkerIfNeeded();
    void work();
    QImage load(const Request& request);
    void deliver(quint64 generation, app::SetRole set, qint64 index, const QImage& image);

    QThreadPool m_pool;
    QCache<quint64, QPixmap> m_pixmaps;
    QSet<quint64> m_requested; // in flight or known to have no thumbnail
    std::mutex m_mutex; // guards the fields below
    std::vector<Request> m_pending;
    int m_workers = 0;
    Loader m_loader;
    std::shared_ptr<const app::RunResult> m_run;
    std::atomic<quint64> m_generation {1};
};

} // namespace genlens::widgets
