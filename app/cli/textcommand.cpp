#include "cli/textcommand.h"

#include "cli/attachedfeaturesoptions.h"
#include "loaders/textloader.h"
#include "pipeline/featureshards.h"

#include <QCoreApplication>
#include <genlens/metrics/core/npy.h>
#include <genlens/metrics/text/embedding.h>

namespace genlens::app {

namespace {

class TextEvaluateCommand : public EvaluateCommand
{
    Q_DECLARE_TR_FUNCTIONS(TextEvaluateCommand)

public:
    QString modality() const override { return QStringLiteral("text"); }

    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("real"),
                          tr("Real (reference-distribution) texts: .txt, .jsonl, .csv or .tsv."),
                          tr("path")});
        parser.addOption(
            {QStringLiteral("generated"), tr("Generated texts (same formats)."), tr("path")});
        parser.addOption({QStringLiteral("references"),
                          tr("References aligned line by line with the generated file, for "
                             "BLEU, chrF and ROUGE-L; repeat for several references."),
                          tr("path")});
        parser.addOption({QStringLiteral("tokenize"),
                          tr("Tokenizer (sacrebleu): 13a, intl, zh, char, none or auto."),
                          tr("name"), QStringLiteral("13a")});
        parser.addOption({QStringLiteral("field"), tr("JSON Lines field holding the text."),
                          tr("name"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("column"),
                          tr("CSV/TSV column holding the text (name or 1-based number)."),
                          tr("name")});
        parser.addOption({QStringLiteral("lm-order"),
                          tr("Order of the Kneser-Ney language model for perplexity."), tr("n"),
                          QStringLiteral("3")});
        parser.addOption({QStringLiteral("k"),
                          tr("Neighbourhood size for precision/recall/density/coverage on text "
                             "embeddings."),
                          tr("k"), QStringLiteral("5")});
        addAttachedFeaturesOptions(parser, QStringLiteral("line (record)"));
    }

    QString usage() const override
    {
        return QStringLiteral("--real PATH --generated PATH");
    }

    void fill(const QCommandLineParser& parser, EvaluationRequest& request) const override
    {
        request.real = parser.value(QStringLiteral("real"));
        request.generated = parser.value(QStringLiteral("generated"));
        request.references = parser.values(QStringLiteral("references"));
        TextEvalOptions& options = request.text;
        options.tokenize = parser.value(QStringLiteral("tokenize"));
        options.field = parser.value(QStringLiteral("field"));
        options.column = parser.value(QStringLiteral("column"));
        bool ok = false;
        options.lmOrder = parser.value(QStringLiteral("lm-order")).toInt(&ok);
        if (!ok || options.lmOrder < 1 || options.lmOrder > 10) {
            throw InputError(tr("--lm-order must be an integer from 1 to 10, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("lm-order")))
                                 .toStdString());
        }
        request.k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || request.k < 1) {
            throw InputError(tr("--k must be a positive integer, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("k")))
                                 .toStdString());
        }
        parseAttachedFeaturesOptions(parser, request);
    }
};

class TextFeaturesCommand : public FeaturesCommand
{
    Q_DECLARE_TR_FUNCTIONS(TextFeaturesCommand)

public:
    QString modality() const override { return QStringLiteral("text"); }

    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("input"),
                          tr("Texts to embed: .txt, .jsonl, .csv or .tsv."), tr("path")});
        parser.addOption(
            {QStringLiteral("out"), tr("Output .npy file (float32, N x dim)."), tr("file")});
        parser.addOption({QStringLiteral("field"), tr("JSON Lines field holding the text."),
                          tr("name"), QStringLiteral("text")});
        parser.addOption({QStringLiteral("column"),
                          tr("CSV/TSV column holding the text (name or 1-based number)."),
                          tr("name")});
        parser.addOption(
            {QStringLiteral("dim"), tr("Embedding dimension."), tr("n"), QStringLiteral("256")});
        parser.addOption({QStringLiteral("paths"),
                          tr("Where to write each row's record number, one a line (default: "
                             "OUT.paths.txt beside OUT.npy)."),
                          tr("file")});
        parser.addOption({QStringLiteral("shard"),
                          tr("Embed only shard I of N (0 <= I < N): the contiguous I-th share of "
                             "the usable texts, for `genlens merge`."),
                          QStringLiteral("I/N")});
    }

    QString run(const QCommandLineParser& parser, PipelineContext& context) const override
    {
        const QString input = parser.value(QStringLiteral("input"));
        const QString out = parser.value(QStringLiteral("out"));
        if (input.isEmpty() || out.isEmpty()) {
            throw InputError(tr("features text needs --input and --out").toStdString());
        }
        bool ok = false;
        metrics::text::TextEmbeddingOptions options;
        options.dim = parser.value(QStringLiteral("dim")).toInt(&ok);
        if (!ok || options.dim < 1 || options.dim > 65536) {
            throw InputError(tr("--dim must be an integer from 1 to 65536, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("dim")))
                                 .toStdString());
        }
        TextLoadOptions load;
        load.field = parser.value(QStringLiteral("field"));
        load.column = parser.value(QStringLiteral("column"));
        const TextRecords records = readTextRecords(input, load, &context);
        if (records.texts.empty()) {
            throw InputError(tr("%1: no usable text samples (%2 records skipped)")
                                 .arg(input)
                                 .arg(records.skipped.size())
                                 .toStdString());
        }
        const metrics::Shard shard = parser.isSet(QStringLiteral("shard"))
            ? parseShard(parser.value(QStringLiteral("shard")))
            : metrics::Shard {};
        const metrics::ShardRange range = metrics::shardRange(records.texts.size(), shard);
        // The IDF is fitted on the whole file in every shard (reading text is cheap), so a shard's
        // rows are exactly the single-process rows of its share.
        context.beginStage(QStringLiteral("embed"),
                           static_cast<qint64>(records.texts.size() + range.size()));
        metrics::text::TextEmbedder embedder(options);
        embedder.fit(records.texts, context.progress());
        const std::vector<std::string> share(records.texts.begin() + std::ptrdiff_t(range.begin),
                                             records.texts.begin() + std::ptrdiff_t(range.end));
        const metrics::RowMatrixXf features = embedder.transform(share, context.progress());
        QStringList rowPaths;
        for (std::size_t i = range.begin; i < range.end; ++i) {
            rowPaths << QString::number(records.records[i]);
        }
        FeatureFileMeta meta;
        meta.extractorId = QString::fromLatin1(metrics::text::textEmbeddingId());
        meta.modality = QStringLiteral("text");
        meta.input = input;
        meta.inputKind = records.format;
        meta.shard = shard;
        meta.totalItems = static_cast<qint64>(records.texts.size());
        meta.first = qint64(range.begin);
        meta.end = qint64(range.end);
        writeFeatureFile(out,
                         parser.isSet(QStringLiteral("paths"))
                             ? parser.value(QStringLiteral("paths"))
                             : defaultPathsFile(out),
                         features, rowPaths, meta);
        QString summary = tr("%1: %2 x %3 %4 features from %5")
                              .arg(out)
                              .arg(features.rows())
                              .arg(features.cols())
                              .arg(QString::fromLatin1(metrics::text::textEmbeddingId()), input);
        if (!records.skipped.isEmpty()) {
            summary += tr(" (%1 records skipped; first at line %2: %3)")
                           .arg(records.skipped.size())
                           .arg(records.skipped.front().line)
                           .arg(records.skipped.front().reason);
        }
        return summary;
    }
};

} // namespace

std::unique_ptr<EvaluateCommand> makeTextEvaluateCommand()
{
    return std::make_unique<TextEvaluateCommand>();
}

std::unique_ptr<FeaturesCommand> makeTextFeaturesCommand()
{
    return std::make_unique<TextFeaturesCommand>();
}

} // namespace genlens::app
