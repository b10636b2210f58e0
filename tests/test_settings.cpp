// SPDX-License-Identifier: GPL-3.0-or-later
// ui::Settings reads what earlier versions wrote: a file written with the old
// keys through plain QSettings comes back through the typed accessors, and
// the accessors write those same keys.
#include "ui/language.h"
#include "ui/document/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using cc::ui::Settings;

namespace {

// What each accessor reads, as a QVariant to compare.
const std::map<QString, std::function<QVariant(const Settings &)>> &readers()
{
    static const std::map<QString, std::function<QVariant(const Settings &)>> table{
        {"windowGeometry", [](const Settings &s) { return QVariant(s.windowGeometry()); }},
        {"windowState", [](const Settings &s) { return QVariant(s.windowState()); }},
        {"preset", [](const Settings &s) { return QVariant(s.preset(QStringLiteral("deepseek"))); }},
        {"language", [](const Settings &s) { return QVariant(s.language()); }},
        {"recentFiles", [](const Settings &s) { return QVariant(s.recentFiles()); }},
        {"pngWidth", [](const Settings &s) { return QVariant(s.pngSize().width()); }},
        {"pngHeight", [](const Settings &s) { return QVariant(s.pngSize().height()); }},
        {"pngDpi", [](const Settings &s) { return QVariant(s.pngDpi()); }},
    };
    return table;
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void readsTheOldKeys_data();
    void readsTheOldKeys();
    void defaults_data();
    void defaults();
    void writesTheOldKeys();
    void clearingTheLayoutRemovesBothKeys();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newFile() { return m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_files)); }
};

void TestSettings::readsTheOldKeys_data()
{
    QTest::addColumn<QString>("key"); // as spelled by the versions before ui::Settings
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("reader");
    QTest::newRow("window/geometry") << "window/geometry" << QVariant(QByteArray("\x01\xd9\xd0\xcb geometry", 13))
                                     << "windowGeometry";
    QTest::newRow("window/state") << "window/state" << QVariant(QByteArray("\0\0\0\xff state", 11)) << "windowState";
    QTest::newRow("scenario/preset") << "scenario/preset" << QVariant(QStringLiteral("broker")) << "preset";
    QTest::newRow("ui/language") << "ui/language" << QVariant(QStringLiteral("zh_CN")) << "language";
    QTest::newRow("files/recent") << "files/recent"
                                  << QVariant(
                                         QStringList{QStringLiteral("/home/a/b.json"), QStringLiteral("/tmp/c d.json")})
                                  << "recentFiles";
    QTest::newRow("files/recent, one file")
        << "files/recent" << QVariant(QStringList{QStringLiteral("/home/a/b.json")}) << "recentFiles";
    QTest::newRow("export/pngWidth") << "export/pngWidth" << QVariant(2400) << "pngWidth";
    QTest::newRow("export/pngHeight") << "export/pngHeight" << QVariant(1350) << "pngHeight";
    QTest::newRow("export/pngDpi") << "export/pngDpi" << QVariant(300) << "pngDpi";
}

void TestSettings::readsTheOldKeys()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, reader);
    const QString file = newFile();
    {
        QSettings old(file, QSettings::IniFormat);
        old.setValue(key, stored);
    }
    const Settings settings(file);
    QCOMPARE(readers().at(reader)(settings), stored);
}

void TestSettings::defaults_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("no window geometry") << "windowGeometry" << QVariant(QByteArray());
    QTest::newRow("no window state") << "windowState" << QVariant(QByteArray());
    QTest::newRow("preset: the caller's fallback") << "preset" << QVariant(QStringLiteral("deepseek"));
    QTest::newRow("language: the system's") << "language" << QVariant(cc::ui::Language::systemDefault());
    QTest::newRow("no recent files") << "recentFiles" << QVariant(QStringList());
    QTest::newRow("PNG 1600 px wide") << "pngWidth" << QVariant(1600);
    QTest::newRow("PNG 1000 px high") << "pngHeight" << QVariant(1000);
    QTest::newRow("PNG at 192 dpi") << "pngDpi" << QVariant(192);
}

void TestSettings::defaults()
{
    QFETCH(QString, reader);
    QFETCH(QVariant, expected);
    const Settings settings(newFile());
    QCOMPARE(readers().at(reader)(settings), expected);
}

void TestSettings::writesTheOldKeys()
{
    const QString file = newFile();
    {
        Settings settings(file);
        settings.setWindowLayout(QByteArray("geometry"), QByteArray("state"));
        settings.setPreset(QStringLiteral("centre"));
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setRecentFiles({QStringLiteral("/a.json"), QStringLiteral("/b.json")});
        settings.setPngExport(QSize(800, 600), 96);
    }
    const QSettings old(file, QSettings::IniFormat);
    QCOMPARE(old.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("geometry"));
    QCOMPARE(old.value(QStringLiteral("window/state")).toByteArray(), QByteArray("state"));
    QCOMPARE(old.value(QStringLiteral("scenario/preset")).toString(), QStringLiteral("centre"));
    QCOMPARE(old.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(old.value(QStringLiteral("files/recent")).toStringList(),
             (QStringList{QStringLiteral("/a.json"), QStringLiteral("/b.json")}));
    QCOMPARE(old.value(QStringLiteral("export/pngWidth")).toInt(), 800);
    QCOMPARE(old.value(QStringLiteral("export/pngHeight")).toInt(), 600);
    QCOMPARE(old.value(QStringLiteral("export/pngDpi")).toInt(), 96);
    QCOMPARE(old.allKeys().size(), 8); // nothing else
}

void TestSettings::clearingTheLayoutRemovesBothKeys()
{
    const QString file = newFile();
    {
        Settings settings(file);
        settings.setWindowLayout(QByteArray("geometry"), QByteArray("state"));
        settings.setPreset(QStringLiteral("broker"));
        settings.clearWindowLayout();
    }
    const QSettings old(file, QSettings::IniFormat);
    QCOMPARE(old.allKeys(), QStringList{QStringLiteral("scenario/preset")});
}

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
