#include "thumbnails/storethumbnailloader.h"

#include "project/projectstore.h"

#include <map>
#include <memory>

namespace genlens::widgets {

namespace {

app::ProjectStore* threadStore(const QString& path)
{
    // Closed when the pool's thread ends; the pool belongs to the ThumbnailCache, whose
    // destructor waits for it.
    thread_local std::map<QString, std::unique_ptr<app::ProjectStore>> stores;
    auto it = stores.find(path);
    if (it == stores.end()) {
        auto store = std::make_unique<app::ProjectStore>();
        try {
            store->openReadOnly(path); // thumbnails are only read here
        } catch (const app::StoreError&) {
            return nullptr;
        }
        it = stores.emplace(path, std::move(store)).first;
    }
    return it->second.get();
}

} // namespace

ThumbnailCache::Loader storeThumbnailLoader(const QString& projectPath, qint64 realSetId,
                                            qint64 generatedSetId)
{
    if (projectPath.isEmpty()) {
        return {};
    }
    return [projectPath, realSetId, generatedSetId](app::SetRole set, qint64 index) -> QByteArray {
        const qint64 setId = set == app::SetRole::Real ? realSetId : generatedSetId;
        if (setId <= 0) {
            return {};
        }
        app::ProjectStore* store = threadStore(projectPath);
        if (store == nullptr) {
            return {};
        }
        try {
            return store->thumbnail(setId, index);
        } catch (const app::StoreError&) {
            return {};
        }
    };
}

} // namespace genlens::widgets
