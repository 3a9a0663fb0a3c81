#pragma once

#include <QString>

namespace genlens::app {

// What `--slice-by` asks for (design.md §5, issue 13). Which kinds a modality takes:
// image: folder, clusters:K; text: field:NAME, column:NAME, clusters:K (on the embeddings);
// recsys: column:NAME (a user attribute column of the --users file), users:activity.
struct SliceSpec
{
    enum class Kind { None, Folder, Field, Column, UsersActivity, Clusters };
    Kind kind = Kind::None;
    QString name; // field:/column: the field or column name
    int clusters = 0; // clusters:K

    bool isSet() const { return kind != Kind::None; }
    // The form the user wrote, normalised ("folder", "field:lang", "clusters:10"): the `by` of
    // every slice it makes.
    QString text() const;
};

// The accepted forms, for messages: "folder|field:NAME|column:NAME|users:activity|clusters:K".
QString sliceSpecForms();

// Parses a --slice-by value (empty: Kind::None). Throws InputError naming the accepted forms.
SliceSpec parseSliceSpec(const QString& text);

// Throws InputError when `modality` ("image", "text", "recsys") cannot slice by `spec`.
void requireSliceSpecFor(const SliceSpec& spec, const QString& modality);

} // namespace genlens::app
