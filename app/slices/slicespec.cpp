#include "slices/slicespec.h"

#include "evaluation/pipelinecontext.h"

namespace genlens::app {

namespace {

// The largest K of clusters:K: every cluster is a slice with its own metrics.
constexpr int kMaxClusters = 1000;
constexpr int kDefaultClusters = 10;

[[noreturn]] void refuse(const QString& text, const QString& why)
{
    throw InputError(QStringLiteral("--slice-by: '%1' %2 (accepted: %3)")
                         .arg(text, why, sliceSpecForms())
                         .toStdString());
}

} // namespace

QString SliceSpec::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Folder:
        return QStringLiteral("folder");
    case Kind::Field:
        return QStringLiteral("field:") + name;
    case Kind::Column:
        return QStringLiteral("column:") + name;
    case Kind::UsersActivity:
        return QStringLiteral("users:activity");
    case Kind::Clusters:
        return QStringLiteral("clusters:%1").arg(clusters);
    }
    return {};
}

QString sliceSpecForms()
{
    return QStringLiteral("folder|field:NAME|column:NAME|users:activity|clusters:K");
}

SliceSpec parseSliceSpec(const QString& text)
{
    SliceSpec spec;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return spec;
    }
    if (t == QLatin1String("folder")) {
        spec.kind = SliceSpec::Kind::Folder;
    } else if (t == QLatin1String("users:activity")) {
        spec.kind = SliceSpec::Kind::UsersActivity;
    } else if (t.startsWith(QLatin1String("field:")) || t.startsWith(QLatin1String("column:"))) {
        spec.kind = t.startsWith(QLatin1String("field:")) ? SliceSpec::Kind::Field
                                                          : SliceSpec::Kind::Column;
        spec.name = t.mid(t.indexOf(QLatin1Char(':')) + 1);
        if (spec.name.isEmpty()) {
            refuse(t, QStringLiteral("names no field or column"));
        }
    } else if (t == QLatin1String("clusters")) {
        spec.kind = SliceSpec::Kind::Clusters; // issue 13: k chosen by the user, default 10
        spec.clusters = kDefaultClusters;
    } else if (t.startsWith(QLatin1String("clusters:"))) {
        bool ok = false;
        spec.kind = SliceSpec::Kind::Clusters;
        spec.clusters = t.mid(9).toInt(&ok);
        if (!ok || spec.clusters < 1 || spec.clusters > kMaxClusters) {
            refuse(t, QStringLiteral("needs K between 1 and %1").arg(kMaxClusters));
        }
    } else {
        refuse(t, QStringLiteral("is not a slice source"));
    }
    return spec;
}

void requireSliceSpecFor(const SliceSpec& spec, const QString& modality)
{
    using Kind = SliceSpec::Kind;
    if (!spec.isSet()) {
        return;
    }
    const bool ok = modality == QLatin1String("image")
        ? (spec.kind == Kind::Folder || spec.kind == Kind::Clusters)
        : modality == QLatin1String("text")
        ? (spec.kind == Kind::Field || spec.kind == Kind::Column || spec.kind == Kind::Clusters)
        : (spec.kind == Kind::Column || spec.kind == Kind::UsersActivity);
    if (!ok) {
        const QString forms = modality == QLatin1String("image")
            ? QStringLiteral("folder|clusters:K")
            : modality == QLatin1String("text")
            ? QStringLiteral("field:NAME|column:NAME|clusters:K")
            : QStringLiteral("column:NAME|users:activity");
        throw InputError(QStringLiteral("--slice-by: '%1' does not apply to %2 evaluations "
                                        "(accepted for %2: %3)")
                             .arg(spec.text(), modality, forms)
                             .toStdString());
    }
}

} // namespace genlens::app
