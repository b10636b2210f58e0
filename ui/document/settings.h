// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace cc::ui {

// Every key the dashboard keeps between runs, spelled once, with its default
// and its type. The keys and the stored formats are those of earlier
// versions, so a user's saved settings still load; change one only with a
// migration. Nothing else in ui/ or app/ touches QSettings.
class Settings {
public:
    // The application's settings (organization and application name set in main).
    Settings();
    // A file of QSettings' INI format, for tests.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The keys, for tests and migrations; code uses the typed accessors.
    static inline const QString windowGeometryKey = QStringLiteral("window/geometry");
    static inline const QString windowStateKey = QStringLiteral("window/state");
    static inline const QString presetKey = QStringLiteral("scenario/preset");
    static inline const QString languageKey = QStringLiteral("ui/language");
    static inline const QString recentFilesKey = QStringLiteral("files/recent");
    static inline const QString pngWidthKey = QStringLiteral("export/pngWidth");
    static inline const QString pngHeightKey = QStringLiteral("export/pngHeight");
    static inline const QString pngDpiKey = QStringLiteral("export/pngDpi");

    // The main window's layout, as QMainWindow::saveGeometry()/saveState() wrote it; empty when none.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);
    void clearWindowLayout(); // Reset layout: the next start uses the default layout

    // The preset last chosen; `fallback` when none was.
    QString preset(const QString &fallback) const;
    void setPreset(const QString &id);

    // "en" or "zh_CN"; the system locale's choice when none was made.
    QString language() const;
    void setLanguage(const QString &code);

    // Most recent first, absolute paths.
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &paths);

    // The last PNG export's pixel size and resolution; 1600 × 1000 at 192 dpi by default.
    static constexpr QSize defaultPngSize{1600, 1000};
    static constexpr int defaultPngDpi = 192;
    QSize pngSize() const;
    int pngDpi() const;
    void setPngExport(QSize size, int dpi);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cc::ui
