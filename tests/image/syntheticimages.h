#pragma once
// Deterministic "natural-looking" landscapes for tests and benchmarks: a sky gradient with soft
// clouds and sometimes a sun, a hilly horizon, textured ground (fractal value noise), and a few
// soft-edged objects, with a little sensor noise. Image i is always the same picture.

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace genlens::testing {

inline cv::Mat fractalNoise(cv::RNG& rng, int size, int octaves)
{
    cv::Mat acc = cv::Mat::zeros(size, size, CV_32F);
    float amplitude = 1.0f;
    float total = 0.0f;
    for (int o = 0; o < octaves; ++o) {
        const int cells = 3 << o;
        cv::Mat grid(cells, cells, CV_32F);
        rng.fill(grid, cv::RNG::UNIFORM, -1.0, 1.0);
        cv::Mat up;
        cv::resize(grid, up, cv::Size(size, size), 0, 0, cv::INTER_CUBIC);
        acc += amplitude * up;
        total += amplitude;
        amplitude *= 0.55f;
    }
    return acc / total;
}

// An RGB (CV_8UC3) landscape of size x size pixels.
inline cv::Mat naturalImage(std::uint64_t index, int size)
{
    cv::RNG rng(0x5EED0000ull + index * 7919ull);
    const float s = float(size);
    cv::Mat img(size, size, CV_32FC3);

    // Sky: from a deep top colour to a pale horizon colour; sunset palettes now and then.
    const bool sunset = rng.uniform(0.0, 1.0) < 0.25;
    const cv::Vec3f top = sunset ? cv::Vec3f(rng.uniform(60.f, 120.f), rng.uniform(40.f, 80.f), rng.uniform(90.f, 150.f))
                                 : cv::Vec3f(rng.uniform(20.f, 80.f), rng.uniform(70.f, 130.f), rng.uniform(150.f, 230.f));
    const cv::Vec3f low = sunset ? cv::Vec3f(rng.uniform(220.f, 255.f), rng.uniform(130.f, 190.f), rng.uniform(60.f, 120.f))
                                 : cv::Vec3f(rng.uniform(170.f, 230.f), rng.uniform(200.f, 240.f), rng.uniform(220.f, 255.f));
    const float horizon = rng.uniform(0.35f, 0.7f) * s;
    float hillAmp[3], hillFreq[3], hillPhase[3];
    for (int k = 0; k < 3; ++k) {
        hillAmp[k] = rng.uniform(0.01f, 0.08f) * s / float(k + 1);
        hillFreq[k] = rng.uniform(0.5f, 3.0f) * float(k + 1);
        hillPhase[k] = rng.uniform(0.0f, 6.28f);
    }
    const cv::Vec3f groundA(rng.uniform(40.f, 140.f), rng.uniform(70.f, 160.f), rng.uniform(20.f, 90.f));
    const cv::Vec3f groundB(rng.uniform(60.f, 180.f), rng.uniform(50.f, 130.f), rng.uniform(20.f, 80.f));
    const cv::Mat texture = fractalNoise(rng, size, 5);
    const cv::Mat mix = fractalNoise(rng, size, 3);
    const cv::Mat clouds = fractalNoise(rng, size, 4);
    const float cloudiness = rng.uniform(0.0f, 0.8f);

    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            float line = horizon;
            for (int k = 0; k < 3; ++k) {
                line += hillAmp[k] * std::sin(hillFreq[k] * 6.28f * float(x) / s + hillPhase[k]);
            }
            cv::Vec3f c;
            if (float(y) < line) {
                const float t = std::clamp(float(y) / std::max(1.0f, line), 0.0f, 1.0f);
                c = top * (1.0f - t) + low * t;
                const float cl = std::clamp((clouds.at<float>(y, x) + 0.2f) * 2.0f * cloudiness, 0.0f, 1.0f);
                c = c * (1.0f - cl) + cv::Vec3f(245.f, 245.f, 250.f) * cl;
            } else {
                const float m = std::clamp(0.5f + mix.at<float>(y, x) * 1.5f, 0.0f, 1.0f);
                const float depth = 0.6f + 0.4f * (float(y) - line) / std::max(1.0f, s - line);
                c = (groundA * m + groundB * (1.0f - m)) * depth * (1.0f + 0.5f * texture.at<float>(y, x));
            }
            img.at<cv::Vec3f>(y, x) = c;
        }
    }
    if (rng.uniform(0.0, 1.0) < 0.4) {
        const cv::Point sun(int(rng.uniform(0.1f, 0.9f) * s), int(rng.uniform(0.05f, 0.3f) * horizon));
        cv::circle(img, sun, int(rng.uniform(0.03f, 0.07f) * s), cv::Scalar(255, 250, 220), cv::FILLED, cv::LINE_AA);
    }
    // A few soft-edged objects (bushes, rocks, trees) standing on the ground.
    const int objects = rng.uniform(1, 6);
    for (int k = 0; k < objects; ++k) {
        cv::Mat mask = cv::Mat::zeros(size, size, CV_32F);
        const cv::Point centre(int(rng.uniform(0.0f, 1.0f) * s), int(horizon + rng.uniform(-0.05f, 0.25f) * s));
        const cv::Size axes(int(rng.uniform(0.03f, 0.15f) * s) + 1, int(rng.uniform(0.03f, 0.2f) * s) + 1);
        cv::ellipse(mask, centre, axes, rng.uniform(0.0, 180.0), 0, 360, cv::Scalar(1.0), cv::FILLED, cv::LINE_AA);
        cv::GaussianBlur(mask, mask, cv::Size(0, 0), 1.0 + 0.01 * s);
        const cv::Vec3f colour(rng.uniform(10.f, 120.f), rng.uniform(30.f, 120.f), rng.uniform(10.f, 80.f));
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const float a = mask.at<float>(y, x);
                if (a > 0) {
                    const float shade = 1.0f + 0.3f * texture.at<float>((y * 7) % size, (x * 5) % size);
                    img.at<cv::Vec3f>(y, x) = img.at<cv::Vec3f>(y, x) * (1.0f - a) + colour * shade * a;
                }
            }
        }
    }
    cv::GaussianBlur(img, img, cv::Size(0, 0), 0.6);
    cv::Mat sensor(size, size, CV_32FC3);
    rng.fill(sensor, cv::RNG::NORMAL, 0.0, 2.0);
    img += sensor;
    cv::Mat out;
    img.convertTo(out, CV_8UC3);
    return out;
}

} // namespace genlens::testing
