#include "demo/demodata.h"

#include <QDir>

namespace genlens::app::demo {

DemoDataFiles writeDemoData(const QString& directory, const DemoDataOptions& options)
{
    const QDir dir(directory);
    DemoImageOptions imageOptions = options.images;
    imageOptions.seed = options.seed;
    DemoTextOptions textOptions = options.text;
    textOptions.seed = options.seed;
    DemoRecsysOptions recsysOptions = options.recsys;
    recsysOptions.seed = options.seed;

    DemoDataFiles files;
    files.images
        = writeDemoImages(makeDemoImages(imageOptions), dir.filePath(QStringLiteral("images")));
    files.text = writeDemoText(makeDemoText(textOptions), dir.filePath(QStringLiteral("text")));
    files.recsys
        = writeDemoRecsys(makeDemoRecsys(recsysOptions), dir.filePath(QStringLiteral("recsys")));
    return files;
}

} // namespace genlens::app::demo
