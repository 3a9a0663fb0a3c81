#include "cli/recsyscommand.h"


#include <QCommandLineOption>
#include <cmath>

namespace genlens::app {

namespace {

class RecsysEvaluateCommand : public EvaluateCommand
{
public:
    QString modality() const override { return QStringLiteral("recsys"); }

    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption(
            {QStringLiteral("truth"),
             QStringLiteral("Ground truth: CSV/TSV user,item[,relevance] or TREC qrels."),
             QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("recommendations"),
                          QStringLiteral("Ranked lists: CSV/TSV user,item[,score] (file order is "
                                         "the rank without scores) or a TREC run."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("train"),
                          QStringLiteral("Training interactions user,item[,rating,timestamp] "
                                         "(popularity, novelty, history)."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("users"),
                          QStringLiteral("User attributes for --slice-by column:NAME: CSV/TSV "
                                         "with a header, a user column (--user-column, default "
                                         "user) and attribute columns."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("items"),
                          QStringLiteral("Item categories item,cat[|cat...] or vectors "
                                         "item,v1,...,vd (intra-list diversity)."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("cutoffs"),
                          QStringLiteral("Cut-offs k (default 5,10,20)."), QStringLiteral("LIST"),
                          QStringLiteral("5,10,20")});
        parser.addOption({QStringLiteral("convention"),
                          QStringLiteral("Metric definitions: trec (default), recbole or msr."),
                          QStringLiteral("NAME"), QStringLiteral("trec")});
        parser.addOption({QStringLiteral("gain"),
                          QStringLiteral("nDCG gain: linear, binary or exp (default: the "
                                         "convention's)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("relevance-level"),
                          QStringLiteral("An item is relevant when its grade is >= this (default: "
                                         "the convention's: trec 1, others > 0)."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("trec-ties"),
                          QStringLiteral("Break equal scores as trec_eval does (item id "
                                         "descending) instead of by file order.")});
        parser.addOption({QStringLiteral("long-tail-head"),
                          QStringLiteral("Head = most popular items holding this share of training "
                                         "interactions (default 0.8)."),
                          QStringLiteral("SHARE"), QStringLiteral("0.8")});
        parser.addOption({QStringLiteral("compare-with"),
                          QStringLiteral("A second recommendations file: paired t-test and "
                                         "randomisation test per metric over users."),
                          QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("permutations"),
                          QStringLiteral("Randomisation test permutations (default 10000)."),
                          QStringLiteral("N"), QStringLiteral("10000")});
        parser.addOption({QStringLiteral("input-format"),
                          QStringLiteral("Recommendations format: auto (default), delimited "
                                         "or trec (a TREC run). The truth is detected (TREC "
                                         "qrels or delimited) unless delimited is given."),
                          QStringLiteral("NAME"), QStringLiteral("auto")});
        parser.addOption({QStringLiteral("user-column"),
                          QStringLiteral("Name of the user column (files with a header)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("item-column"),
                          QStringLiteral("Name of the item column (files with a header)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("relevance-column"),
                          QStringLiteral("Name of the truth's relevance column."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("score-column"),
                          QStringLiteral("Name of the recommendations' score column."),
                          QStringLiteral("NAME")});
    }

    QString usage() const override
    {
        return QStringLiteral("--truth PATH --recommendations PATH");
    }

    void fill(const QCommandLineParser& parser, EvaluationRequest& request) const override
    {
        request.real = parser.value(QStringLiteral("truth"));
        request.generated = parser.value(QStringLiteral("recommendations"));
        request.train = parser.value(QStringLiteral("train"));
        RecsysEvalOptions& o = request.recsys;
        o.itemsPath = parser.value(QStringLiteral("items"));
        o.usersPath = parser.value(QStringLiteral("users"));
        o.cutoffs = parseCutoffs(parser.value(QStringLiteral("cutoffs")));
        o.convention = parser.value(QStringLiteral("convention")).toLower();
        o.gain = parser.value(QStringLiteral("gain")).toLower();
        if (parser.isSet(QStringLiteral("relevance-level"))) {
            o.relevanceLevel
                = parseNumber(parser.value(QStringLiteral("relevance-level")), "--relevance-level");
        }
        o.trecTies = parser.isSet(QStringLiteral("trec-ties"));
        o.longTailHead
            = parseNumber(parser.value(QStringLiteral("long-tail-head")), "--long-tail-head");
        bool ok = false;
        o.permutations = parser.value(QStringLiteral("permutations")).toInt(&ok);
        if (!ok || o.permutations < 0) {
            throw InputError("--permutations must be a non-negative integer");
        }
        o.compareWithPath = parser.value(QStringLiteral("compare-with"));
        o.format = parser.value(QStringLiteral("input-format")).toLower();
        o.userColumn = parser.value(QStringLiteral("user-column"));
        o.itemColumn = parser.value(QStringLiteral("item-column"));
        o.relevanceColumn = parser.value(QStringLiteral("relevance-column"));
        o.scoreColumn = parser.value(QStringLiteral("score-column"));
    }

private:
    static QList<int> parseCutoffs(const QString& text)
    {
        QList<int> cutoffs;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int k = part.trimmed().toInt(&ok);
            if (!ok || k <= 0) {
                throw InputError(QStringLiteral("--cutoffs: '%1' is not a positive integer")
                                     .arg(part)
                                     .toStdString());
            }
            cutoffs.append(k);
        }
        if (cutoffs.isEmpty()) {
            throw InputError("--cutoffs needs at least one positive integer, e.g. 5,10,20");
        }
        return cutoffs;
    }

    static double parseNumber(const QString& text, const char* option)
    {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            throw InputError(QStringLiteral("%1: '%2' is not a number")
                                 .arg(QLatin1String(option), text)
                                 .toStdString());
        }
        return v;
    }
};

} // namespace

std::unique_ptr<EvaluateCommand> makeRecsysEvaluateCommand()
{
    return std::make_unique<RecsysEvaluateCommand>();
}

} // namespace genlens::app
