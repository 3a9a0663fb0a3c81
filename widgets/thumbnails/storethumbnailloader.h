#pragma once

#include "thumbnails/thumbnailcache.h"

namespace genlens::widgets {

// A ThumbnailCache loader reading from a project file. Each worker thread opens its own
// ProjectStore on `projectPath` (a SQLite connection belongs to the thread that opened it) and
// keeps it until the thread ends. Set ids 0 mean "not stored": nothing is loaded for that set.
ThumbnailCache::Loader storeThumbnailLoader(const QString& projectPath, qint64 realSetId,
                                            qint64 generatedSetId);

} // namespace genlens::widgets
