// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/settings.h"

#include "ui/language.h"

#include <QSettings>

namespace cc::ui {

Settings::Settings() : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(windowGeometryKey).toByteArray();
}

QByteArray Settings::windowState() const
{
    return m_settings->value(windowStateKey).toByteArray();
}

void Settings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(windowGeometryKey, geometry);
    m_settings->setValue(windowStateKey, state);
}

void Settings::clearWindowLayout()
{
    m_settings->remove(windowGeometryKey);
    m_settings->remove(windowStateKey);
}

QString Settings::preset(const QString &fallback) const
{
    return m_settings->value(presetKey, fallback).toString();
}

void Settings::setPreset(const QString &id)
{
    m_settings->setValue(presetKey, id);
}

QString Settings::language() const
{
    return m_settings->value(languageKey, Language::systemDefault()).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(languageKey, code);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(recentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    m_settings->setValue(recentFilesKey, paths);
}

QSize Settings::pngSize() const
{
    return {m_settings->value(pngWidthKey, defaultPngSize.width()).toInt(),
            m_settings->value(pngHeightKey, defaultPngSize.height()).toInt()};
}

int Settings::pngDpi() const
{
    return m_settings->value(pngDpiKey, defaultPngDpi).toInt();
}

void Settings::setPngExport(QSize size, int dpi)
{
    m_settings->setValue(pngWidthKey, size.width());
    m_settings->setValue(pngHeightKey, size.height());
    m_settings->setValue(pngDpiKey, dpi);
}

} // namespace cc::ui
