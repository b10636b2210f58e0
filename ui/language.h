// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace cc::ui {

// The UI language, switchable at run time: installing a translator makes Qt
// send LanguageChange to every widget, which then retranslates itself.
class Language : public QObject {
    Q_OBJECT
public:
    static Language &instance();
    // "en" or "zh_CN"; anything else falls back to the system locale's choice.
    void set(const QString &code);
    QString current() const { return m_code; }
    bool isChinese() const { return m_code == QLatin1String("zh_CN"); }
    // The locale numbers are written for (万/亿 in Chinese, K/M/B otherwise).
    QLocale locale() const
    {
        return isChinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
    }
    static QString systemDefault();

signals:
    void changed(const QString &code);

private:
    Language() = default;
    QString m_code = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

// The locale of the current UI language. Core's texts (registry, outputs,
// presets) are English source strings: translate them with cc::trText().
inline QLocale uiLocale()
{
    return Language::instance().locale();
}

} // namespace cc::ui
