#include "thumbnails/thumbnailcache.h"

namespace genlens::widgets {

namespace {

constexpr int kWorkerThreads = 2;
constexpr size_t kMaxPending = 1024; // older requests are dropped beyond this
constexpr int kCacheKilobytes = 160 * 1024; // about 600 thumbnails of 256 x 256

} // namespace

ThumbnailCache::ThumbnailCache(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(kWorkerThreads);
    m_pixmaps.setMaxCost(kCacheKilobytes);
}

ThumbnailCache::~ThumbnailCache()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.clear();
    }
    m_generation.fetch_add(1);
    m_pool.waitForDone();
}

void ThumbnailCache::setSource(std::shared_ptr<const app::RunResult> run, Loader loader)
{
    clear();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_run = std::move(run);
    m_loader = std::move(loader);
}

void ThumbnailCache::clear()
{
    // Results of loads already running carry the old generation and are dropped on delivery.
    m_generation.fetch_add(1);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.clear();
    m_pixmaps.clear();
    m_requested.clear();
}

QPixmap ThumbnailCache::pixmap(app::SetRole set, qint64 index)
{
    const quint64 k = key(set, index);
    if (const QPixmap* cached = m_pixmaps.object(k)) {
        return *cached;
    }
    if (m_requested.contains(k)) {
        return {};
    }
    m_requested.insert(k);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.push_back({set, index, m_generation.load()});
        if (m_pending.size() > kMaxPending) {
            // Forget the oldest: they scrolled out of view long ago; a repaint asks again.
            const size_t drop = m_pending.size() - kMaxPending;
            for (size_t i = 0; i < drop; ++i) {
                m_requested.remove(key(m_pending[i].set, m_pending[i].index));
            }
            m_pending.erase(m_pending.begin(),
                            m_pending.begin() + static_cast<std::ptrdiff_t>(drop));
        }
    }
    startWorkerIfNeeded();
    return {};
}

bool ThumbnailCache::isLoaded(app::SetRole set, qint64 index) const
{
    return m_pixmaps.contains(key(set, index));
}

void ThumbnailCache::waitForIdle()
{
    m_pool.waitForDone();
}

void ThumbnailCache::startWorkerIfNeeded()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_workers >= kWorkerThreads || m_pending.empty()) {
        return;
    }
    ++m_workers;
    m_pool.start([this] { work(); });
}

void ThumbnailCache::work()
{
    for (;;) {
        Request request {};
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_pending.empty()) {
                --m_workers;
                return;
            }
            request = m_pending.back(); // newest first: what the user looks at now
            m_pending.pop_back();
        }
        if (request.generation != m_generation.load()) {
            continue;
        }
        const QImage image = load(request);
        const quint64 generation = request.generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation, request, image] {
                deliver(generation, request.set, request.index, image);
            },
            Qt::QueuedConnection);
    }
}

QImage ThumbnailCache::load(const Request& request)
{
    Loader loader;
    std::shared_ptr<const app::RunResult> run;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        loader = m_loader;
        run = m_run;
    }
    QByteArray png;
    if (run) {
        const app::SampleSet& set = request.set == app::SetRole::Real ? run->real : run->generated;
        if (request.index >= 0 && static_cast<size_t>(request.index) < set.samples.size()) {
            png = set.samples[static_cast<size_t>(request.index)].thumbnailPng;
        }
    }
    if (png.isEmpty() && loader) {
        png = loader(request.set, request.index);
    }
    QImage image;
    if (!png.isEmpty()) {
        image.loadFromData(png);
    }
    return image;
}

void ThumbnailCache::deliver(quint64 generation, app::SetRole set, qint64 index,
                             const QImage& image)
{
    if (generation != m_generation.load()) {
        return;
    }
    if (image.isNull()) {
        // Stays in m_requested: no thumbnail for this sample, don't ask again.
        return;
    }
    auto* pixmap = new QPixmap(QPixmap::fromImage(image));
    const int cost = std::max(1, static_cast<int>(image.sizeInBytes() / 1024));
    m_pixmaps.insert(key(set, index), pixmap, cost);
    m_requested.remove(key(set, index));
    emit thumbnailReady(set, index);
}

} // namespace genlens::widgets
