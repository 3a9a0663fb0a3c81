#include "demo/demoimages.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace genlens::app::demo {

namespace {

using Colour = cv::Vec3d; // B, G, R in 0..255

Colour rgb(double r, double g, double b)
{
    return Colour(b, g, r);
}

Colour jitter(const Colour& colour, double spread, DemoRng& rng)
{
    Colour out;
    const double common = rng.normal(0, spread);
    for (int c = 0; c < 3; ++c) {
        out[c] = std::clamp(colour[c] + common + rng.normal(0, spread * 0.5), 0.0, 255.0);
    }
    return out;
}

Colour mix(const Colour& a, const Colour& b, double t)
{
    return a * (1.0 - t) + b * t;
}

cv::Scalar scalar(const Colour& colour)
{
    return cv::Scalar(colour[0], colour[1], colour[2]);
}

// Vertical gradient over rows [y0, y1).
void fillGradient(cv::Mat& image, int y0, int y1, const Colour& top, const Colour& bottom)
{
    y0 = std::max(y0, 0);
    y1 = std::min(y1, image.rows);
    for (int y = y0; y < y1; ++y) {
        const double t = y1 - y0 > 1 ? double(y - y0) / double(y1 - y0 - 1) : 0.0;
        const Colour colour = mix(top, bottom, t);
        image.row(y).setTo(scalar(colour));
    }
}

// A ridge line by midpoint displacement between x = 0 and x = width, around baseY.
std::vector<cv::Point> ridge(int width, double baseY, double amplitude, double roughness,
                             DemoRng& rng)
{
    const int segments = 32;
    std::vector<double> heights(segments + 1, 0.0);
    heights[0] = rng.normal(0, amplitude * 0.5);
    heights[segments] = rng.normal(0, amplitude * 0.5);
    double scale = amplitude;
    for (int step = segments; step > 1; step /= 2) {
        for (int i = 0; i + step <= segments; i += step) {
            const int mid = i + step / 2;
            heights[mid] = 0.5 * (heights[i] + heights[i + step]) + rng.normal(0, scale);
        }
        scale *= roughness;
    }
    std::vector<cv::Point> points;
    for (int i = 0; i <= segments; ++i) {
        points.emplace_back(static_cast<int>(std::lround(double(i) * width / segments)),
                            static_cast<int>(std::lround(baseY - heights[i])));
    }
    return points;
}

void fillBelow(cv::Mat& image, std::vector<cv::Point> line, const Colour& colour)
{
    line.emplace_back(image.cols, image.rows);
    line.emplace_back(0, image.rows);
    const std::vector<std::vector<cv::Point>> polygons = {line};
    cv::fillPoly(image, polygons, scalar(colour), cv::LINE_AA);
}

void disc(cv::Mat& image, cv::Point2d centre, double radius, const Colour& colour)
{
    cv::circle(image, cv::Point(int(std::lround(centre.x)), int(std::lround(centre.y))),
               std::max(1, int(std::lround(radius))), scalar(colour), cv::FILLED, cv::LINE_AA);
}

void glow(cv::Mat& image, cv::Point2d centre, double radius, const Colour& colour, double strength)
{
    for (int y = 0; y < image.rows; ++y) {
        auto* row = image.ptr<cv::Vec3b>(y);
        for (int x = 0; x < image.cols; ++x) {
            const double dx = x - centre.x;
            const double dy = y - centre.y;
            const double w = strength * std::exp(-(dx * dx + dy * dy) / (2 * radius * radius));
            for (int c = 0; c < 3; ++c) {
                row[x][c] = cv::saturate_cast<uchar>(row[x][c] * (1 - w) + colour[c] * w);
            }
        }
    }
}

void tree(cv::Mat& image, double x, double baseY, double height, const Colour& leaves,
          const Colour& trunk)
{
    const double width = height * 0.45;
    cv::rectangle(image, cv::Point(int(x - height * 0.04), int(baseY - height * 0.2)),
                  cv::Point(int(x + height * 0.04), int(baseY)), scalar(trunk), cv::FILLED,
                  cv::LINE_AA);
    for (int layer = 0; layer < 3; ++layer) {
        const double top = baseY - height + layer * height * 0.22;
        const double bottom = baseY - height * 0.15 - (2 - layer) * height * 0.18;
        const double halfWidth = width * (0.55 + 0.22 * layer);
        const std::vector<std::vector<cv::Point>> polygons
            = {{cv::Point(int(x), int(top)), cv::Point(int(x + halfWidth), int(bottom)),
                cv::Point(int(x - halfWidth), int(bottom))}};
        cv::fillPoly(image, polygons, scalar(mix(leaves, Colour(0, 0, 0), 0.08 * layer)),
                     cv::LINE_AA);
    }
}

void drawMountains(cv::Mat& image, DemoRng& rng)
{
    const int w = image.cols;
    const int h = image.rows;
    const double horizon = h * rng.uniform(0.55, 0.7);
    fillGradient(image, 0, h, jitter(rgb(70, 130, 210), 15, rng),
                 jitter(rgb(185, 215, 240), 10, rng));
    disc(image, {rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.3) * h}, h * 0.06,
         rgb(255, 250, 225));
    // Far range, bluish and pale; near range darker with a snow line.
    fillBelow(image, ridge(w, horizon - h * 0.18, h * 0.16, 0.55, rng),
              jitter(rgb(120, 135, 165), 10, rng));
    const std::vector<cv::Point> near = ridge(w, horizon - h * 0.05, h * 0.2, 0.6, rng);
    fillBelow(image, near, jitter(rgb(85, 90, 100), 10, rng));
    // Snow on the rock above a height.
    cv::Mat snowMask(image.size(), CV_8U, cv::Scalar(0));
    fillBelow(snowMask, near, Colour(255, 255, 255));
    cv::Mat peaks(image.size(), CV_8U, cv::Scalar(0));
    cv::rectangle(peaks, cv::Point(0, 0), cv::Point(w, int(horizon - h * 0.14)), cv::Scalar(255),
                  cv::FILLED);
    cv::bitwise_and(snowMask, peaks, snowMask);
    image.setTo(scalar(rgb(240, 243, 248)), snowMask);
    fillBelow(image, ridge(w, horizon + h * 0.08, h * 0.03, 0.5, rng),
              jitter(rgb(80, 140, 60), 12, rng));
}

void drawSunsetSea(cv::Mat& image, DemoRng& rng)
{
    const int w = image.cols;
    const int h = image.rows;
    const int horizon = int(h * rng.uniform(0.5, 0.65));
    fillGradient(image, 0, horizon, jitter(rgb(95, 60, 130), 15, rng),
                 jitter(rgb(250, 150, 80), 12, rng));
    const cv::Point2d sun(rng.uniform(0.25, 0.75) * w, horizon - rng.uniform(0.02, 0.12) * h);
    glow(image, sun, h * 0.15, rgb(255, 200, 120), 0.6);
    disc(image, sun, h * rng.uniform(0.07, 0.1), rgb(255, 215, 130));
    fillGradient(image, horizon, h, jitter(rgb(60, 60, 110), 10, rng),
                 jitter(rgb(20, 30, 70), 8, rng));
    // Reflection: short bright strokes under the sun, fewer further down.
    for (int i = 0; i < 26; ++i) {
        const double y = horizon + 2 + rng.uniform() * (h - horizon - 2);
        const double spread = (y - horizon) * 0.5 + h * 0.03;
        const double x = sun.x + rng.normal(0, spread * 0.5);
        const double len = rng.uniform(0.03, 0.08) * w;
        cv::line(image, cv::Point(int(x - len / 2), int(y)), cv::Point(int(x + len / 2), int(y)),
                 scalar(jitter(rgb(250, 180, 100), 20, rng)), std::max(1, h / 96), cv::LINE_AA);
    }
}

void drawNightHills(cv::Mat& image, DemoRng& rng)
{
    const int w = image.cols;
    const int h = image.rows;
    fillGradient(image, 0, h, jitter(rgb(8, 12, 35), 5, rng), jitter(rgb(30, 45, 90), 8, rng));
    for (int i = 0; i < 40; ++i) {
        const double brightness = rng.uniform(140, 255);
        disc(image, {rng.uniform() * w, rng.uniform() * h * 0.6}, h * 0.006,
             Colour(brightness, brightness, brightness * 0.95));
    }
    const cv::Point2d moon(rng.uniform(0.15, 0.85) * w, rng.uniform(0.12, 0.35) * h);
    const double radius = h * rng.uniform(0.06, 0.09);
    glow(image, moon, radius * 2.5, rgb(200, 210, 230), 0.25);
    disc(image, moon, radius, rgb(240, 240, 215));
    if (rng.chance(0.6)) { // a crescent: cover part of the disc with sky
        const cv::Vec3b sky = image.at<cv::Vec3b>(std::max(0, int(moon.y - radius * 2)),
                                                  std::clamp(int(moon.x), 0, w - 1));
        disc(image, {moon.x + radius * 0.55, moon.y - radius * 0.2}, radius * 0.9,
             Colour(sky[0], sky[1], sky[2]));
    }
    fillBelow(image, ridge(w, h * rng.uniform(0.6, 0.7), h * 0.08, 0.5, rng),
              jitter(rgb(25, 35, 45), 5, rng));
    fillBelow(image, ridge(w, h * rng.uniform(0.75, 0.85), h * 0.05, 0.5, rng),
              jitter(rgb(12, 18, 22), 4, rng));
}

void drawForest(cv::Mat& image, DemoRng& rng)
{
    const int w = image.cols;
    const int h = image.rows;
    fillGradient(image, 0, h, jitter(rgb(140, 190, 235), 12, rng),
                 jitter(rgb(220, 235, 240), 8, rng));
    const double hillY = h * rng.uniform(0.5, 0.62);
    fillBelow(image, ridge(w, hillY, h * 0.06, 0.5, rng), jitter(rgb(95, 150, 80), 12, rng));
    const Colour leaves = jitter(rgb(35, 95, 45), 12, rng);
    const Colour trunk = rgb(90, 60, 35);
    const int trees = 7 + rng.below(6);
    for (int i = 0; i < trees; ++i) {
        const double depth = double(i) / trees; // back to front
        const double baseY = hillY + depth * (h - hillY) * 0.9 + h * 0.05;
        const double height = h * (0.2 + 0.3 * depth) * rng.uniform(0.8, 1.2);
        tree(image, rng.uniform(0, w), baseY, height, mix(leaves, rgb(20, 60, 30), depth * 0.6),
             trunk);
    }
}

void drawDesert(cv::Mat& image, DemoRng& rng)
{
    const int w = image.cols;
    const int h = image.rows;
    fillGradient(image, 0, h, jitter(rgb(120, 170, 225), 12, rng),
                 jitter(rgb(245, 225, 190), 8, rng));
    const cv::Point2d sun(rng.uniform(0.1, 0.9) * w, rng.uniform(0.08, 0.25) * h);
    glow(image, sun, h * 0.1, rgb(255, 245, 200), 0.5);
    disc(image, sun, h * 0.07, rgb(255, 252, 230));
    // Dunes: smooth sinusoidal crests, light on top, the front ones more saturated.
    for (int layer = 0; layer < 3; ++layer) {
        const double baseY = h * (0.55 + 0.14 * layer) + rng.normal(0, h * 0.02);
        const double period = w * rng.uniform(0.6, 1.4);
        const double phase = rng.uniform(0, 6.283);
        const double amplitude = h * rng.uniform(0.03, 0.07);
        std::vector<cv::Point> line;
        for (int x = 0; x <= w; x += std::max(1, w / 48)) {
            line.emplace_back(x, int(baseY - amplitude * std::sin(phase + 6.283 * x / period)));
        }
        fillBelow(image, line,
                  jitter(mix(rgb(235, 200, 140), rgb(200, 140, 75), layer / 2.0), 10, rng));
    }
    if (rng.chance(0.5)) { // a cactus
        const double x = rng.uniform(0.1, 0.9) * w;
        const double base = h * 0.92;
        const Colour green = rgb(60, 110, 60);
        cv::line(image, cv::Point(int(x), int(base)), cv::Point(int(x), int(base - h * 0.22)),
                 scalar(green), std::max(2, h / 30), cv::LINE_AA);
        cv::line(image, cv::Point(int(x), int(base - h * 0.1)),
                 cv::Point(int(x + h * 0.06), int(base - h * 0.1)), scalar(green),
                 std::max(2, h / 40), cv::LINE_AA);
        cv::line(image, cv::Point(int(x + h * 0.06), int(base - h * 0.1)),
                 cv::Point(int(x + h * 0.06), int(base - h * 0.17)), scalar(green),
                 std::max(2, h / 40), cv::LINE_AA);
    }
}

void addGrain(cv::Mat& image, double sd, DemoRng& rng)
{
    for (int y = 0; y < image.rows; ++y) {
        auto* row = image.ptr<cv::Vec3b>(y);
        for (int x = 0; x < image.cols; ++x) {
            const double n = rng.normal(0, sd);
            for (int c = 0; c < 3; ++c) {
                row[x][c] = cv::saturate_cast<uchar>(row[x][c] + n + rng.normal(0, sd * 0.3));
            }
        }
    }
}

Eigen::MatrixXd toRows(const std::vector<cv::Mat>& images)
{
    const int d = static_cast<int>(images.front().total() * 3);
    Eigen::MatrixXd rows(static_cast<Eigen::Index>(images.size()), d);
    for (size_t i = 0; i < images.size(); ++i) {
        const uchar* data = images[i].ptr<uchar>(0);
        for (int j = 0; j < d; ++j) {
            rows(Eigen::Index(i), j) = data[j];
        }
    }
    return rows;
}

cv::Mat fromRow(const Eigen::Ref<const Eigen::RowVectorXd>& row, int size)
{
    cv::Mat image(size, size, CV_8UC3);
    uchar* data = image.ptr<uchar>(0);
    for (Eigen::Index j = 0; j < row.size(); ++j) {
        data[j] = cv::saturate_cast<uchar>(std::lround(row(j)));
    }
    return image;
}

void writePng(const cv::Mat& image, const QString& path)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(".png", image, bytes, {cv::IMWRITE_PNG_COMPRESSION, 6})) {
        throw std::runtime_error("cannot encode " + path.toStdString());
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size()))
            != qint64(bytes.size())) {
        throw std::runtime_error("cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    }
}

} // namespace

QString sceneClassName(SceneClass sceneClass)
{
    switch (sceneClass) {
    case SceneClass::Mountains:
        return QStringLiteral("mountains");
    case SceneClass::SunsetSea:
        return QStringLiteral("sunset-sea");
    case SceneClass::NightHills:
        return QStringLiteral("night-hills");
    case SceneClass::Forest:
        return QStringLiteral("forest");
    case SceneClass::Desert:
        return QStringLiteral("desert");
    }
    return {};
}

cv::Mat drawScene(SceneClass sceneClass, int size, DemoRng& rng)
{
    cv::Mat canvas(size * 2, size * 2, CV_8UC3, cv::Scalar(0, 0, 0));
    switch (sceneClass) {
    case SceneClass::Mountains:
        drawMountains(canvas, rng);
        break;
    case SceneClass::SunsetSea:
        drawSunsetSea(canvas, rng);
        break;
    case SceneClass::NightHills:
        drawNightHills(canvas, rng);
        break;
    case SceneClass::Forest:
        drawForest(canvas, rng);
        break;
    case SceneClass::Desert:
        drawDesert(canvas, rng);
        break;
    }
    cv::Mat image;
    cv::resize(canvas, image, cv::Size(size, size), 0, 0, cv::INTER_AREA);
    addGrain(image, 2.0, rng);
    return image;
}

DemoImageSet makeDemoImages(const DemoImageOptions& options)
{
    if (options.realCount < kSceneClassCount * 2 || options.plantedCopies < 0
        || options.plantedCopies > options.generatedCount || options.size < 8) {
        throw std::invalid_argument("demo images: inconsistent counts or size");
    }
    DemoRng root(options.seed);
    DemoRng sceneRng = root.fork(1);
    DemoRng orderRng = root.fork(2);
    DemoRng sampleRng = root.fork(3);
    DemoRng copyRng = root.fork(4);
    DemoRng checkpointRng = root.fork(5);

    DemoImageSet set;
    // Classes in a shuffled order so that file names say nothing about the mode.
    std::vector<int> classes(static_cast<size_t>(options.realCount));
    for (int i = 0; i < options.realCount; ++i) {
        classes[size_t(i)] = i % kSceneClassCount;
    }
    for (int i = options.realCount - 1; i > 0; --i) {
        std::swap(classes[size_t(i)], classes[size_t(orderRng.below(i + 1))]);
    }
    for (int sceneClass : classes) {
        set.real.push_back(drawScene(static_cast<SceneClass>(sceneClass), options.size, sceneRng));
        set.realClasses.push_back(sceneClass);
    }

    std::vector<cv::Mat> training;
    for (size_t i = 0; i < set.real.size(); ++i) {
        if (set.realClasses[i] != static_cast<int>(options.droppedClass)) {
            training.push_back(set.real[i]);
        }
    }
    const int components = std::min(options.components, static_cast<int>(training.size()) - 1);
    set.model = fitPpca(toRows(training), components);
    const int sampled = options.generatedCount - options.plantedCopies;
    const Eigen::MatrixXd samples = samplePpca(set.model, sampled, sampleRng);

    // Positions of the planted copies among the generated images, and which real images (of the
    // kept classes: a copy of the dropped class would hide the missing mode) they copy.
    std::vector<int> positions(static_cast<size_t>(options.generatedCount));
    for (int i = 0; i < options.generatedCount; ++i) {
        positions[size_t(i)] = i;
    }
    for (int i = options.generatedCount - 1; i > 0; --i) {
        std::swap(positions[size_t(i)], positions[size_t(copyRng.below(i + 1))]);
    }
    std::vector<int> copyPositions(positions.begin(), positions.begin() + options.plantedCopies);
    std::sort(copyPositions.begin(), copyPositions.end());
    set.generated.resize(static_cast<size_t>(options.generatedCount));
    int nextSample = 0;
    size_t nextCopy = 0;
    for (int g = 0; g < options.generatedCount; ++g) {
        if (nextCopy < copyPositions.size() && copyPositions[nextCopy] == g) {
            int realIndex = 0;
            do {
                realIndex = copyRng.below(options.realCount);
            } while (set.realClasses[size_t(realIndex)] == static_cast<int>(options.droppedClass));
            cv::Mat copy = set.real[size_t(realIndex)].clone();
            addGrain(copy, 1.0, copyRng);
            set.generated[size_t(g)] = copy;
            set.copies.append({g, realIndex});
            ++nextCopy;
        } else {
            set.generated[size_t(g)] = fromRow(samples.row(nextSample++), options.size);
        }
    }

    if (options.checkpointComponents > 0) {
        set.checkpointModel
            = truncatePpca(set.model, std::min(options.checkpointComponents, components));
        const Eigen::MatrixXd early = samplePpca(set.checkpointModel, sampled, checkpointRng);
        set.checkpoint.resize(set.generated.size());
        int next = 0;
        size_t copy = 0;
        for (int g = 0; g < options.generatedCount; ++g) {
            if (copy < copyPositions.size() && copyPositions[copy] == g) {
                set.checkpoint[size_t(g)] = set.generated[size_t(g)]; // the same planted copy
                ++copy;
            } else {
                set.checkpoint[size_t(g)] = fromRow(early.row(next++), options.size);
            }
        }
    }
    return set;
}

DemoImageFiles writeDemoImages(const DemoImageSet& images, const QString& directory)
{
    DemoImageFiles files;
    QDir dir(directory);
    files.realDirectory = dir.filePath(QStringLiteral("real"));
    files.generatedDirectory = dir.filePath(QStringLiteral("generated"));
    if (!dir.mkpath(files.realDirectory) || !dir.mkpath(files.generatedDirectory)) {
        throw std::runtime_error("cannot create image folders under " + directory.toStdString());
    }
    for (size_t i = 0; i < images.real.size(); ++i) {
        const QString path
            = QDir(files.realDirectory)
                  .filePath(QStringLiteral("real_%1.png").arg(i, 4, 10, QLatin1Char('0')));
        writePng(images.real[i], path);
        files.realFiles << path;
    }
    for (size_t i = 0; i < images.generated.size(); ++i) {
        const QString path
            = QDir(files.generatedDirectory)
                  .filePath(QStringLiteral("gen_%1.png").arg(i, 4, 10, QLatin1Char('0')));
        writePng(images.generated[i], path);
        files.generatedFiles << path;
    }
    if (!images.checkpoint.empty()) {
        files.checkpointDirectory = dir.filePath(QStringLiteral("checkpoint"));
        if (!dir.mkpath(files.checkpointDirectory)) {
            throw std::runtime_error("cannot create image folders under "
                                     + directory.toStdString());
        }
        for (size_t i = 0; i < images.checkpoint.size(); ++i) {
            const QString path
                = QDir(files.checkpointDirectory)
                      .filePath(QStringLiteral("ckpt_%1.png").arg(i, 4, 10, QLatin1Char('0')));
            writePng(images.checkpoint[i], path);
            files.checkpointFiles << path;
        }
    }
    return files;
}

} // namespace genlens::app::demo
