#include "loaders/textinput.h"

#include "evaluation/pipelinecontext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryFile>

namespace genlens::app {

namespace {

// Enough to see a BOM, a binary header and the line ends of the first lines; small enough to
// cost nothing next to parsing.
constexpr qint64 kSniffBytes = 64 * 1024;
constexpr qint64 kBlockBytes = 1 << 20;

[[noreturn]] void refuse(const QString& path, const QString& reason)
{
    throw InputError(QStringLiteral("%1: %2").arg(path, reason).toStdString());
}

QString encodingName(TextEncodingGuess::Encoding encoding)
{
    switch (encoding) {
    case TextEncodingGuess::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncodingGuess::Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncodingGuess::Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncodingGuess::Encoding::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case TextEncodingGuess::Encoding::Utf32BE:
        return QStringLiteral("UTF-32BE");
    }
    return {};
}

QStringConverter::Encoding converterOf(TextEncodingGuess::Encoding encoding)
{
    switch (encoding) {
    case TextEncodingGuess::Encoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncodingGuess::Encoding::Utf16BE:
        return QStringConverter::Utf16BE;
    case TextEncodingGuess::Encoding::Utf32LE:
        return QStringConverter::Utf32LE;
    case TextEncodingGuess::Encoding::Utf32BE:
        return QStringConverter::Utf32BE;
    case TextEncodingGuess::Encoding::Utf8:
        break;
    }
    return QStringConverter::Utf8;
}

// Rewrites lone CRs as LF (CRLF stays CRLF); `pendingCr` carries a CR at a block's end.
void appendWithLineFeeds(QByteArray& out, const QByteArray& in, bool& pendingCr)
{
    out.reserve(out.size() + in.size() + 1);
    for (const char c : in) {
        if (pendingCr) {
            pendingCr = false;
            out.append('\n');
            if (c == '\n') {
                continue; // CRLF: one line end
            }
        }
        if (c == '\r') {
            pendingCr = true;
            continue;
        }
        out.append(c);
    }
}

} // namespace

TextEncodingGuess guessTextEncoding(const QByteArray& head)
{
    using Encoding = TextEncodingGuess::Encoding;
    TextEncodingGuess guess;
    // UTF-32LE's BOM starts like UTF-16LE's: test the longer ones first.
    if (head.startsWith(QByteArrayLiteral("\xFF\xFE\x00\x00"))) {
        guess.encoding = Encoding::Utf32LE;
        guess.bomBytes = 4;
    } else if (head.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF"))) {
        guess.encoding = Encoding::Utf32BE;
        guess.bomBytes = 4;
    } else if (head.startsWith(QByteArrayLiteral("\xFF\xFE"))) {
        guess.encoding = Encoding::Utf16LE;
        guess.bomBytes = 2;
    } else if (head.startsWith(QByteArrayLiteral("\xFE\xFF"))) {
        guess.encoding = Encoding::Utf16BE;
        guess.bomBytes = 2;
    } else if (head.startsWith(QByteArrayLiteral("\xEF\xBB\xBF"))) {
        guess.bomBytes = 3;
    }
    const int unit = guess.encoding == Encoding::Utf8                                  ? 1
        : (guess.encoding == Encoding::Utf16LE || guess.encoding == Encoding::Utf16BE) ? 2
                                                                                       : 4;
    bool sawLf = false;
    bool sawLoneCr = false;
    qint64 evenNuls = 0;
    qint64 oddNuls = 0;
    // Line ends are looked for in code units: in UTF-16/32 a CR is the unit 0x000D.
    for (qsizetype i = guess.bomBytes; i + unit <= head.size(); i += unit) {
        char c = 0;
        if (unit == 1) {
            c = head.at(i);
            if (c == 0) {
                if (guess.nulOffset < 0) {
                    guess.nulOffset = i;
                }
                ++((i % 2 == 0) ? evenNuls : oddNuls);
                continue;
            }
        } else {
            const bool littleEndian
                = guess.encoding == Encoding::Utf16LE || guess.encoding == Encoding::Utf32LE;
            quint32 value = 0;
            for (int b = 0; b < unit; ++b) {
                const auto byte
                    = static_cast<unsigned char>(head.at(i + (littleEndian ? unit - 1 - b : b)));
                value = (value << 8) | byte;
            }
            c = value == '\r' ? '\r' : value == '\n' ? '\n' : 'x';
        }
        if (c == '\n') {
            sawLf = true;
        } else if (c == '\r') {
            const qsizetype next = i + unit;
            bool followedByLf = false;
            if (next + unit <= head.size()) {
                if (unit == 1) {
                    followedByLf = head.at(next) == '\n';
                } else {
                    const bool littleEndian = guess.encoding == Encoding::Utf16LE
                        || guess.encoding == Encoding::Utf32LE;
                    followedByLf = head.at(littleEndian ? next : next + unit - 1) == '\n';
                    for (int b = 1; b < unit && followedByLf; ++b) {
                        followedByLf = head.at(littleEndian ? next + b : next + unit - 1 - b) == 0;
                    }
                }
            }
            if (!followedByLf && next + unit <= head.size()) {
                sawLoneCr = true;
            }
        }
    }
    guess.crOnly = sawLoneCr && !sawLf;
    // ASCII text in UTF-16 without a BOM: every other byte is NUL.
    const qint64 half = (head.size() - guess.bomBytes) / 2;
    guess.looksUtf16WithoutBom = unit == 1 && half >= 2
        && std::max(evenNuls, oddNuls) * 10 >= half * 8 && std::min(evenNuls, oddNuls) * 10 <= half;
    return guess;
}

PreparedTextInput::PreparedTextInput(const QString& path)
    : m_path(path)
{
    QFile in(path);
    if (!QFileInfo::exists(path)) {
        refuse(path, QStringLiteral("file not found"));
    }
    if (QFileInfo(path).isDir()) {
        refuse(path, QStringLiteral("is a folder, expected a file"));
    }
    if (!in.open(QIODevice::ReadOnly)) {
        refuse(path, QStringLiteral("cannot open (%1)").arg(in.errorString()));
    }
    const QByteArray head = in.read(kSniffBytes);
    const TextEncodingGuess guess = guessTextEncoding(head);
    if (guess.looksUtf16WithoutBom) {
        refuse(path,
               QStringLiteral("looks like UTF-16 without a byte-order mark; save it as "
                              "UTF-8 (or UTF-16 with a byte-order mark)"));
    }
    if (guess.nulOffset >= 0) {
        refuse(path,
               QStringLiteral("looks binary: NUL byte at offset %1 (expected UTF-8 text)")
                   .arg(guess.nulOffset));
    }
    const bool utf8 = guess.encoding == TextEncodingGuess::Encoding::Utf8;
    if (utf8 && !guess.crOnly) {
        return; // read as it is (the readers strip a UTF-8 BOM and CR before LF)
    }

    // Convert into a UTF-8, LF copy, block by block (memory stays flat in the file size).
    m_copy = std::make_unique<QTemporaryFile>(QDir::temp().filePath(
        QStringLiteral("genlens-%1-XXXXXX.txt").arg(QFileInfo(path).completeBaseName())));
    if (!m_copy->open()) {
        refuse(path,
               QStringLiteral("cannot write a UTF-8 copy into %1 (%2)")
                   .arg(QDir::tempPath(), m_copy->errorString()));
    }
    in.seek(guess.bomBytes);
    QStringDecoder decoder(converterOf(guess.encoding));
    bool pendingCr = false;
    QByteArray out;
    for (;;) {
        const QByteArray block = in.read(kBlockBytes);
        if (block.isEmpty()) {
            break;
        }
        out.clear();
        if (utf8) {
            appendWithLineFeeds(out, block, pendingCr);
        } else {
            const QString text = decoder(block);
            appendWithLineFeeds(out, text.toUtf8(), pendingCr);
        }
        if (m_copy->write(out) != out.size()) {
            refuse(path,
                   QStringLiteral("cannot write a UTF-8 copy (%1)").arg(m_copy->errorString()));
        }
    }
    if (pendingCr) {
        m_copy->write("\n", 1);
    }
    if (!utf8) {
        // A trailing partial code unit or a lone surrogate.
        const QString rest = decoder(QByteArray());
        Q_UNUSED(rest);
        if (decoder.hasError()) {
            refuse(path,
                   QStringLiteral("invalid %1 (a lone surrogate or a truncated character)")
                       .arg(encodingName(guess.encoding)));
        }
    }
    m_copy->flush();
    m_conversion = utf8 ? QStringLiteral("CR line ends read as line breaks")
                        : QStringLiteral("decoded from %1").arg(encodingName(guess.encoding));
    if (!utf8 && guess.crOnly) {
        m_conversion += QStringLiteral(", CR line ends read as line breaks");
    }
}

PreparedTextInput::~PreparedTextInput() = default;

QString PreparedTextInput::readPath() const
{
    return m_copy ? m_copy->fileName() : m_path;
}

} // namespace genlens::app
