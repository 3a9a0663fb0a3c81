#include <QtTest>
#include <genlens/metrics/text/tokenizer.h>
#include <genlens/metrics/text/utf8.h>

using namespace genlens::metrics::text;

Q_DECLARE_METATYPE(TokenizerKind)

class TestTextTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokenizers_data();
    void tokenizers();
    void utf8Validation_data();
    void utf8Validation();
    void pythonWhitespace();
    void chineseRanges();
    void autoChoice();
    void names();
};

void TestTextTokenizer::tokenizers_data()
{
    QTest::addColumn<TokenizerKind>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const auto k13a = TokenizerKind::Tok13a;
    const auto zh = TokenizerKind::Zh;
    const auto intl = TokenizerKind::Intl;
    const auto chr = TokenizerKind::Char;
    // 13a rules from sacrebleu/tokenizers/tokenizer_13a.py + tokenizer_re.py, hand-applied.
    QTest::addRow("13a-basic") << k13a << QStringLiteral("Hello, world!")
                               << QStringLiteral("Hello , world !");
    QTest::addRow("13a-apostrophe-dash")
        << k13a << QStringLiteral("don't re-use it.") << QStringLiteral("don't re-use it .");
    QTest::addRow("13a-numbers") << k13a << QStringLiteral("1,000.5 and 3-4 items.")
                                 << QStringLiteral("1,000.5 and 3 - 4 items .");
    QTest::addRow("13a-abbrev") << k13a << QStringLiteral("e.g. x") << QStringLiteral("e . g . x");
    QTest::addRow("13a-html") << k13a << QStringLiteral("a &amp; b &lt;c&gt; &quot;x&quot; &apos;")
                              << QStringLiteral("a & b < c > \" x \" & apos ;");
    QTest::addRow("13a-html-needs-amp")
        << k13a << QStringLiteral("quot;") << QStringLiteral("quot ;");
    QTest::addRow("13a-skipped") << k13a << QStringLiteral("a <skipped> b-\nc\nd")
                                 << QStringLiteral("a bc d");
    QTest::addRow("13a-ascii-symbols")
        << k13a << QStringLiteral("{a}[b]|c~d^e_f`g@h/i#")
        << QStringLiteral("{ a } [ b ] | c ~ d ^ e _ f ` g @ h / i #");
    // text-metrics.md §1.2 (verified with sacreBLEU 2.6.0).
    QTest::addRow("13a-chinese-one-token") << k13a << QStringLiteral("他说：“你好！”2019年。")
                                           << QStringLiteral("他说：“你好！”2019年。");
    QTest::addRow("zh-chinese") << zh << QStringLiteral("他说：“你好！”2019年。")
                                << QStringLiteral("他 说 ： “ 你 好 ！ ” 2019 年 。");
    QTest::addRow("zh-mixed") << zh << QStringLiteral("GPT-4生成了3.14个样本, ok.")
                              << QStringLiteral("GPT-4 生 成 了 3.14 个 样 本 , ok .");
    QTest::addRow("zh-euro") << zh << QStringLiteral("price: €5.")
                             << QStringLiteral("price : € 5.");
    QTest::addRow("13a-euro") << k13a << QStringLiteral("price: €5.")
                              << QStringLiteral("price : €5 .");
    // zh quirks (tokenizer_zh ranges): kana and hangul are not split, U+20000+ is not split,
    // U+2014 (em dash) is, through the U+2001..U+2A6D reading of the Extension B line.
    QTest::addRow("zh-kana") << zh << QStringLiteral("カタカナ한국어")
                             << QStringLiteral("カタカナ한국어");
    QTest::addRow("zh-ext-b") << zh
                              << QString::fromUtf8("a\xF0\xA0\x80\x80"
                                                   "b")
                              << QString::fromUtf8("a\xF0\xA0\x80\x80"
                                                   "b");
    QTest::addRow("zh-emdash") << zh << QStringLiteral("a—b") << QStringLiteral("a — b");
    QTest::addRow("zh-strip") << zh << QStringLiteral("  中文  ") << QStringLiteral("中 文");
    // intl: (\P{N})(\p{P}) -> \1 \2 ; (\p{P})(\P{N}) -> ' \1 \2' ; (\p{S}) -> ' \1 '.
    QTest::addRow("intl-basic") << intl << QStringLiteral("Hello, world! 3.14 €5")
                                << QStringLiteral("Hello , world ! 3.14 € 5");
    QTest::addRow("intl-unicode-punct")
        << intl << QStringLiteral("«Ça va?» — oui…") << QStringLiteral("« Ça va ? » — oui …");
    QTest::addRow("intl-chinese-punct")
        << intl << QStringLiteral("我爱北京天安门。") << QStringLiteral("我爱北京天安门 。");
    QTest::addRow("char") << chr << QStringLiteral("ab c中") << QStringLiteral("a b c 中");
    QTest::addRow("none") << TokenizerKind::None << QStringLiteral(" a,b  c ")
                          << QStringLiteral("a,b c");
}

void TestTextTokenizer::tokenizers()
{
    QFETCH(TokenizerKind, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const std::string out = tokenizeToString(input.toStdString(), kind);
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestTextTokenizer::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("offset");
    QTest::addRow("ascii") << QByteArray("abc") << true << 0;
    QTest::addRow("multibyte") << QByteArray("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80") << true << 0;
    QTest::addRow("overlong") << QByteArray("a\xC0\xAF") << false << 1;
    QTest::addRow("surrogate") << QByteArray("ab\xED\xA0\x80") << false << 2;
    QTest::addRow("truncated") << QByteArray("\xE4\xBD") << false << 0;
    QTest::addRow("above-10ffff") << QByteArray("\xF4\x90\x80\x80") << false << 0;
    QTest::addRow("stray-continuation") << QByteArray("x\x80") << false << 1;
    QTest::addRow("latin1") << QByteArray("caf\xE9!") << false << 3;
}

void TestTextTokenizer::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(int, offset);
    std::size_t at = 0;
    const std::string s = bytes.toStdString();
    QCOMPARE(isValidUtf8(s, &at), valid);
    if (!valid) {
        QCOMPARE(static_cast<int>(at), offset);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tokenize(s, TokenizerKind::Tok13a));
    } else {
        QCOMPARE(encodeUtf8(decodeUtf8(s)), s);
    }
}

void TestTextTokenizer::pythonWhitespace()
{
    // Python: "a\u00a0b\u3000c\u200bd\u2028e\x1cf".split() == ['a', 'b', 'c\u200bd', 'e', 'f']
    const std::vector<std::string> tokens = splitWhitespace(std::string_view("a\xC2\xA0"
                                                                             "b\xE3\x80\x80"
                                                                             "c\xE2\x80\x8B"
                                                                             "d\xE2\x80\xA8"
                                                                             "e\x1C"
                                                                             "f"));
    QCOMPARE(tokens.size(), std::size_t(5));
    QCOMPARE(tokens[2],
             std::string("c\xE2\x80\x8B"
                         "d"));
    QCOMPARE(tokens[4], std::string("f"));
    QVERIFY(!isPythonSpace(0xFEFF));
    QVERIFY(isPythonSpace(0x85));
}

void TestTextTokenizer::chineseRanges()
{
    QVERIFY(isSacrebleuChineseChar(U'中'));
    QVERIFY(isSacrebleuChineseChar(0x9FBB));
    QVERIFY(!isSacrebleuChineseChar(0x9FBC));
    QVERIFY(!isSacrebleuChineseChar(0x2000));
    QVERIFY(isSacrebleuChineseChar(0x2001));
    QVERIFY(isSacrebleuChineseChar(0x2A6D));
    QVERIFY(!isSacrebleuChineseChar(0x2A6E));
    QVERIFY(!isSacrebleuChineseChar(0x20000));
    QVERIFY(!isSacrebleuChineseChar(0x3042)); // hiragana
}

void TestTextTokenizer::autoChoice()
{
    QCOMPARE(chooseTokenizer({"今天天气很好。", "他去了学校 ok"}), TokenizerKind::Zh);
    QCOMPARE(chooseTokenizer({"The weather is nice 今天"}), TokenizerKind::Tok13a);
    QCOMPARE(chooseTokenizer({}), TokenizerKind::Tok13a);
}

void TestTextTokenizer::names()
{
    for (const char* name : {"none", "13a", "intl", "zh", "char"}) {
        const auto kind = parseTokenizer(name);
        QVERIFY(kind.has_value());
        QCOMPARE(std::string(tokenizerName(*kind)), std::string(name));
    }
    QVERIFY(!parseTokenizer("spm").has_value());
}

QTEST_MAIN(TestTextTokenizer)
#include "tst_texttokenizer.moc"
