// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileinputs.h"

#include "importing/importlimits.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <sys/stat.h>

namespace redletter::test {

namespace {



//! A zip archive of deflated entries, written the way the format asks (local headers, central
//! directory, end record), so that libzip's consistency check passes and only the sizes hurt.
class ZipWriter
{
public:
    void add(const QByteArray &name, const QByteArray &content, bool deflate)
    {
        QByteArray data = content;
        quint16 method = 0;
        if (deflate) {
            // qCompress: a 4-byte length, then a zlib stream (2-byte header, raw deflate, Adler-32).
            const QByteArray zlib = qCompress(content, 9);
            data = zlib.mid(6, zlib.size() - 10);
            method = 8;
        }
        const quint32 crc = crc32(content);
        const quint32 offset = quint32(m_body.size());
        QByteArray local;
        u32(&local, 0x04034b50);
        u16(&local, 20);
        u16(&local, 0);
        u16(&local, method);
        u16(&local, 0);
        u16(&local, 0x21);
        u32(&local, crc);
        u32(&local, quint32(data.size()));
        u32(&local, quint32(content.size()));
        u16(&local, quint16(name.size()));
        u16(&local, 0);
        m_body += local + name + data;

        QByteArray central;
        u32(&central, 0x02014b50);
        u16(&central, 20);
        u16(&central, 20);
        u16(&central, 0);
        u16(&central, method);
        u16(&central, 0);
        u16(&central, 0x21);
        u32(&central, crc);
        u32(&central, quint32(data.size()));
        u32(&central, quint32(content.size()));
        u16(&central, quint16(name.size()));
        u16(&central, 0);
        u16(&central, 0);
        u16(&central, 0);
        u16(&central, 0);
        u32(&central, 0);
        u32(&central, offset);
        m_directory += central + name;
        ++m_entries;
    }

    QByteArray bytes() const
    {
        QByteArray end;
        u32(&end, 0x06054b50);
        u16(&end, 0);
        u16(&end, 0);
        u16(&end, m_entries);
        u16(&end, m_entries);
        u32(&end, quint32(m_directory.size()));
        u32(&end, quint32(m_body.size()));
        u16(&end, 0);
        return m_body + m_directory + end;
    }

private:
    static void u16(QByteArray *out, quint16 value)
    {
        out->append(char(value & 0xFF)).append(char(value >> 8));
    }
    static void u32(QByteArray *out, quint32 value)
    {
        u16(out, quint16(value & 0xFFFF));
        u16(out, quint16(value >> 16));
    }
    static quint32 crc32(const QByteArray &bytes)
    {
        quint32 crc = 0xFFFFFFFFu;
        for (const char byte : bytes) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    QByteArray m_body;
    QByteArray m_directory;
    quint16 m_entries = 0;
};

//! A plain text of @p count numbered paragraphs, each its own block.
QByteArray paragraphs(int count)
{
    QByteArray text;
    text.reserve(qsizetype(count) * 40);
    for (int i = 0; i < count; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of the long text.\n\n";
    return text;
}

QByteArray aliasBomb()
{
    // Nine levels of nine aliases each: 9^9 = 387 million strings when written out.
    QByteArray yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        yaml += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            yaml += QByteArray(i ? ",*" : "*") + previous;
        yaml += "]\n";
    }
    return yaml;
}


} // namespace

QString makeHostileInput(HostileInput input, const QString &folder)
{
    const QDir dir(folder);
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    };
    const QByteArray paragraph = "The state is the product and the manifestation of the irreconcilability of class antagonisms.\n\n";
    switch (input) {
    case HostileInput::YamlAliasBombForeignMarkdown:
        return write(QStringLiteral("bomb-blog.md"),
                     "---\ntitle: Laughs\nlayout: post\n" + aliasBomb() + "---\n\n# Laughs\n\n" + paragraph.repeated(20));
    case HostileInput::YamlAliasBombReading:
        return write(QStringLiteral("bomb-reading.md"),
                     "---\nid: bomb\ntitle: Laughs\nlang: en\n" + aliasBomb() + "---\n\n" + paragraph.repeated(20));
    case HostileInput::FortyMegabyteLine:
        return write(QStringLiteral("line.txt"), QByteArray(40 * 1024 * 1024, 'a'));
    case HostileInput::FootnoteReferences200k: {
        QByteArray text = "# Notes\n\n";
        for (int i = 0; i < 200000; ++i)
            text += "Word[^n] ";
        return write(QStringLiteral("footnotes.md"), text + "\n\n[^n]: The one note.\n");
    }
    case HostileInput::Paragraphs100k:
        return write(QStringLiteral("paragraphs.txt"), paragraphs(100000));
    case HostileInput::Fifo: {
        const QString path = dir.filePath(QStringLiteral("pipe-%1").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    }
    case HostileInput::DevZero:
        return QStringLiteral("/dev/zero");
    case HostileInput::SymlinkToDevZero: {
        const QString path = dir.filePath(QStringLiteral("zero-%1.txt").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        return QFile::link(QStringLiteral("/dev/zero"), path) ? path : QString();
    }
    case HostileInput::SymlinkLoop: {
        const QString a = dir.filePath(QStringLiteral("loop-a-%1").arg(int(QRandomGenerator::global()->bounded(1 << 30))));
        const QString b = a + QStringLiteral("-b");
        return QFile::link(b, a) && QFile::link(a, b) ? a : QString();
    }
    case HostileInput::NewlineInName:
        return write(QStringLiteral("first line\nsecond line.txt"), paragraph.repeated(30));
    case HostileInput::RightToLeftOverrideInName:
        return write(QStringLiteral("evil\u202Etxt.md"), "# Evil\n\n" + paragraph.repeated(30));
    case HostileInput::ZipBombEpub: {
        ZipWriter zip;
        zip.add("mimetype", "application/epub+zip", false);
        zip.add("META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                "<rootfiles><rootfile full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>",
                true);
        zip.add("book.opf",
                "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
                "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">bomb</dc:identifier>"
                "<dc:title>Bomb</dc:title><dc:language>en</dc:language></metadata>"
                "<manifest><item id=\"c\" href=\"c.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                "<spine><itemref idref=\"c\"/></spine></package>",
                true);
        // 12 MB of one byte, under the 16 MB cap for an entry: only the ratio gives it away.
        zip.add("c.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + QByteArray(12 * 1024 * 1024, ' ') + "</p></body></html>", true);
        return write(QStringLiteral("bomb.epub"), zip.bytes());
    }
    case HostileInput::DeeplyNestedHtml:
        return write(QStringLiteral("nested.html"),
                     "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + QByteArray("<div>").repeated(100000)
                         + paragraph + QByteArray("</div>").repeated(100000) + "</body></html>");
    case HostileInput::OversizedSparseFile: {
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(ImportLimits::MaximumAnnotationFileBytes + 1))
            return QString();
        return path;
    }
    case HostileInput::DeeplyNestedJson:
        return write(QStringLiteral("nested.json"), QByteArray(200000, '[') + QByteArray(200000, ']'));
    case HostileInput::LineAtTextCap:
        return write(QStringLiteral("line-at-cap.txt"), QByteArray(int(ImportLimits::MaximumTextBytes - 1024), 'a'));
    case HostileInput::FootnoteReferencesAtCap: {
        // Each reference with a note of its own: references and definitions count together.
        const int notes = ImportLimits::MaximumFootnoteReferences / 2;
        QByteArray text = "# Notes\n\n";
        for (int i = 0; i < notes; ++i)
            text += "Word[^" + QByteArray::number(i) + "] ";
        text += "\n\n";
        for (int i = 0; i < notes; ++i)
            text += "[^" + QByteArray::number(i) + "]: Note " + QByteArray::number(i) + ".\n";
        return write(QStringLiteral("footnotes-at-cap.md"), text);
    }
    case HostileInput::ParagraphsAtCap:
        return write(QStringLiteral("paragraphs-at-cap.txt"), paragraphs(ImportLimits::MaximumBlocksPerReading - 10));
    case HostileInput::ParagraphsOverCap:
        return write(QStringLiteral("paragraphs-over-cap.txt"), paragraphs(ImportLimits::MaximumBlocksPerReading + 1));
    }
    return {};
}

} // namespace redletter::test
