// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/scenario.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cc::ui {

class CompareWindow;
class Document;

// The scenarios of this session: the working one (always current) and any
// snapshots, presets or files added beside it. Tick 2–4 and compare.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(Document *document, QWidget *parent = nullptr);

    void addScenario(const Scenario &s);
    int count() const;
    const QList<Scenario> &scenarios() const { return m_scenarios; } // without the working one
    void setChecked(int row, bool checked);
    // The ticked scenarios, the working one as it is now.
    QList<Scenario> checkedScenarios() const;
    // Opens the compare window on the ticked scenarios; null (and a message) unless 2–4 are ticked.
    CompareWindow *compare();

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void snapshot();
    void addFiles();
    void removeSelected();
    void openSelected();
    void retranslate();

    Document *m_document;
    QListWidget *m_list;
    QList<Scenario> m_scenarios; // row i + 1 of the list; row 0 is the working scenario
    QPushButton *m_snapshot, *m_addFiles, *m_addPreset, *m_remove, *m_open, *m_compare;
};

} // namespace cc::ui
