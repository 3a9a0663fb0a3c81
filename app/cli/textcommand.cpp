#include "cli/textcommand.h"

#include "pipeline/textpipeline.h"

#include <QCoreApplication>

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
    }

    RunResult run(const QCommandLineParser& parser, quint64 seed,
                  PipelineContext& context) const override
    {
        TextEvalOptions options;
        options.realPath = parser.value(QStringLiteral("real"));
        options.generatedPath = parser.value(QStringLiteral("generated"));
        if (options.realPath.isEmpty() || options.generatedPath.isEmpty()) {
            throw InputError(tr("evaluate text needs --real and --generated").toStdString());
        }
        for (const QString& v : parser.values(QStringLiteral("references"))) {
            options.referencePaths.append(v);
        }
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
        options.k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || options.k < 1) {
            throw InputError(tr("--k must be a positive integer, got \"%1\"")
                                 .arg(parser.value(QStringLiteral("k")))
                                 .toStdString());
        }
        options.seed = seed;
        return evaluateText(options, context);
    }
};

} // namespace

std::unique_ptr<EvaluateCommand> makeTextEvaluateCommand()
{
    return std::make_unique<TextEvaluateCommand>();
}

} // namespace genlens::app
