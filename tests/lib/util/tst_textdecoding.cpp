// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/textdecoding.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace redletter;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstInvalidUtf8Byte_data();
    void firstInvalidUtf8Byte();
    void firstInvalidUtf8Byte_agreesWithQtOnEveryTwoByteSequence();
    void positionOfByte_data();
    void positionOfByte();
};

void TestTextDecoding::firstInvalidUtf8Byte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("expected");

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ASCII") << QByteArray("plain text\n") << qsizetype(-1);
    QTest::newRow("two-byte é") << QByteArray("caf\xC3\xA9") << qsizetype(-1);
    QTest::newRow("three-byte em dash") << QByteArray("a \xE2\x80\x94 b") << qsizetype(-1);
    QTest::newRow("four-byte emoji") << QByteArray("\xF0\x9F\x93\x95!") << qsizetype(-1);
    QTest::newRow("highest code point U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::newRow("Latin-1 é") << QByteArray("caf\xE9 au lait") << qsizetype(3);
    QTest::newRow("lone continuation byte") << QByteArray("ab\x80") << qsizetype(2);
    QTest::newRow("overlong slash C0 AF") << QByteArray("x\xC0\xAF") << qsizetype(1);
    QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << qsizetype(0);
    QTest::newRow("overlong three-byte E0 80 AF") << QByteArray("\xE0\x80\xAF") << qsizetype(0);
    QTest::newRow("overlong four-byte F0 80 80 AF") << QByteArray("\xF0\x80\x80\xAF") << qsizetype(0);
    QTest::newRow("UTF-16 surrogate ED A0 80") << QByteArray("ok\xED\xA0\x80") << qsizetype(2);
    QTest::newRow("above U+10FFFF F4 90 80 80") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("F5 lead byte") << QByteArray("\xF5\x80\x80\x80") << qsizetype(0);
    QTest::newRow("FF byte") << QByteArray("a\xFF") << qsizetype(1);
    QTest::newRow("truncated at end of input") << QByteArray("abc\xE2\x80") << qsizetype(3);
    QTest::newRow("bad second continuation byte") << QByteArray("\xE2\x80x") << qsizetype(0);
    QTest::newRow("first error wins over later ones") << QByteArray("\xC3\xA9\xE9\xFF") << qsizetype(2);
}

void TestTextDecoding::firstInvalidUtf8Byte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, expected);
    QCOMPARE(redletter::firstInvalidUtf8Byte(bytes), expected);
}

void TestTextDecoding::firstInvalidUtf8Byte_agreesWithQtOnEveryTwoByteSequence()
{
    // Qt's decoder replaces what is not UTF-8 with U+FFFD; ours must call exactly those invalid.
    for (int first = 0x80; first <= 0xFF; ++first) {
        for (int second = 0; second <= 0xFF; ++second) {
            QByteArray bytes;
            bytes.append(static_cast<char>(first));
            bytes.append(static_cast<char>(second));
            if (second == 0)
                continue; // NUL is valid UTF-8 but ends the C string Qt reads here
            const bool qtValid = !QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter);
            const bool ourValid = redletter::firstInvalidUtf8Byte(bytes) < 0;
            if (qtValid != ourValid) {
                QFAIL(qPrintable(QStringLiteral("bytes %1 %2: Qt says %3, we say %4")
                                     .arg(first, 2, 16)
                                     .arg(second, 2, 16)
                                     .arg(qtValid)
                                     .arg(ourValid)));
            }
        }
    }
}

void TestTextDecoding::positionOfByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << qsizetype(0) << 1 << 1;
    QTest::newRow("middle of the first line") << QByteArray("abc") << qsizetype(2) << 1 << 3;
    QTest::newRow("start of the second line") << QByteArray("ab\ncd") << qsizetype(3) << 2 << 1;
    QTest::newRow("the line end itself is on its line") << QByteArray("ab\ncd") << qsizetype(2) << 1 << 3;
    QTest::newRow("columns count characters, not bytes")
        << QByteArray("\xC3\xA9\xC3\xA9x") << qsizetype(4) << 1 << 3;
    QTest::newRow("four-byte character is one column")
        << QByteArray("\xF0\x9F\x93\x95x") << qsizetype(4) << 1 << 2;
    QTest::newRow("Latin-1 byte after UTF-8 on line 3")
        << QByteArray("a\nb\n\xC3\xA9t\xE9") << qsizetype(7) << 3 << 3;
    QTest::newRow("CRLF: the CR is a column of its line") << QByteArray("ab\r\ncd") << qsizetype(5) << 2 << 2;
    QTest::newRow("offset past the end clamps") << QByteArray("ab\nc") << qsizetype(99) << 2 << 2;
}

void TestTextDecoding::positionOfByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition position = redletter::positionOfByte(bytes, offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
