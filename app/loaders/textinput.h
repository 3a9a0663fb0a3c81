#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QTemporaryFile;

namespace genlens::app {

// What the first bytes of a text input say about how to read it (issue 15, item 4).
struct TextEncodingGuess
{
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };
    Encoding encoding = Encoding::Utf8;
    int bomBytes = 0; // length of the byte-order mark (UTF-8: 3; readers strip that one)
    bool crOnly = false; // old Mac line ends: CR without LF
    qint64 nulOffset = -1; // first NUL byte of an 8-bit file (binary), else -1
    bool looksUtf16WithoutBom = false; // NUL bytes at every other offset
};

// Decides from the first bytes of a file (a BOM, NUL bytes, line ends).
TextEncodingGuess guessTextEncoding(const QByteArray& head);

// A text input ready for the UTF-8, LF/CRLF readers: the file itself when it already is that,
// or a UTF-8 copy with LF line ends (UTF-16/32 with a BOM, or CR-only line ends) that lives as
// long as this object. Files that are not text are refused before anything is parsed.
class PreparedTextInput
{
public:
    // Throws InputError "<path>: <reason>" for a file that cannot be opened, that looks binary
    // ("looks binary: NUL byte at offset N"), is UTF-16 without a byte-order mark, or holds an
    // invalid UTF-16/32 sequence.
    explicit PreparedTextInput(const QString& path);
    ~PreparedTextInput();
    PreparedTextInput(const PreparedTextInput&) = delete;
    PreparedTextInput& operator=(const PreparedTextInput&) = delete;

    // The file to read: the original, or the converted copy. Messages keep naming the original.
    QString readPath() const;
    bool converted() const { return m_copy != nullptr; }
    // "UTF-16LE", "UTF-8, CR line ends", ...: what was converted, for a note; empty when nothing.
    QString conversion() const { return m_conversion; }

private:
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_copy;
    QString m_conversion;
};

} // namespace genlens::app
