// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cc::ui {

Language &Language::instance()
{
    static Language language;
    return language;
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Language::set(const QString &code)
{
    const QString next = (code == QLatin1String("zh_CN") || code == QLatin1String("en")) ? code : systemDefault();
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        QCoreApplication::removeTranslator(m_qt);
        delete m_app;
        delete m_qt;
        m_app = m_qt = nullptr;
    }
    m_code = next;
    if (isChinese()) {
        m_app = new QTranslator(this);
        m_qt = new QTranslator(this);
        // Our strings are compiled into the binary; Qt's own (dialog buttons,
        // undo texts) come from Debian's qt6-translations-l10n.
        if (m_app->load(QStringLiteral(":/i18n/computechain_zh_CN.qm")))
            QCoreApplication::installTranslator(m_app);
        if (m_qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    } else {
        // Still tell every widget, so that every text returns to English.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    emit changed(m_code);
}

} // namespace cc::ui
