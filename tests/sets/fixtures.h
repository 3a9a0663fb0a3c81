#pragma once

// Loads a case written by tests/data/sets/make_fixtures.py: the two feature matrices, the
// expected arrays (<case>_expected.npz) and the scalars of expected.json.

#include "genlens/metrics/core/npy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <string>

namespace fixtures {

inline std::string dataPath(const std::string& file)
{
    return std::string(GENLENS_TEST_DATA) + "/sets/" + file;
}

struct Case
{
    genlens::metrics::RowMatrixXf real;
    genlens::metrics::RowMatrixXf generated;
    QJsonObject expected;
    std::string name;

    genlens::metrics::NpyArray array(const std::string& key) const
    {
        return genlens::metrics::readNpzMember(dataPath(name + "_expected.npz"), key);
    }
    Eigen::VectorXd vector(const std::string& key) const
    {
        const auto a = array(key);
        Eigen::VectorXd v(a.elementCount());
        for (std::int64_t i = 0; i < a.elementCount(); ++i) {
            v[i] = a.valueAt(i);
        }
        return v;
    }
    double number(const char* key) const { return expected.value(QString::fromUtf8(key)).toDouble(); }
    int integer(const char* key) const { return expected.value(QString::fromUtf8(key)).toInt(); }
};

inline QJsonObject allExpected()
{
    QFile f(QString::fromStdString(dataPath("expected.json")));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline Case load(const std::string& name)
{
    Case c;
    c.name = name;
    c.real = genlens::metrics::readNpyMatrixXf(dataPath(name + "_real.npy"));
    c.generated = genlens::metrics::readNpyMatrixXf(dataPath(name + "_generated.npy"));
    c.expected = allExpected().value(QString::fromStdString(name)).toObject();
    return c;
}

inline double relErr(double got, double want)
{
    return std::abs(got - want) / std::max(std::abs(want), 1e-300);
}

} // namespace fixtures
