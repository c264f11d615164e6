#include "ui/result/pageselector.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

PageSelector::PageSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(u"pageSelector"_s);
    setAccessibleName(tr("Page"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMaxVisibleItems(20);
}

void PageSelector::setPages(const QList<Core::PageResult> &pages)
{
    clear();
    QHash<QString, int> perLanguage;
    for (const Core::PageResult &page : pages) {
        ++perLanguage[page.language];
    }
    const bool severalLanguages = perLanguage.size() > 1;
    for (const Core::PageResult &page : pages) {
        QString text = tr("Page %1 of %2").arg(page.page).arg(perLanguage.value(page.language));
        if (severalLanguages) {
            text += u" \u00b7 "_s + page.language;
        }
        text += u" \u00b7 %1 \u00b7 %2"_s.arg(page.status).arg(Core::servedFromName(page.servedFrom));
        addItem(text);
    }
    setEnabled(count() > 0);
}

} // namespace Esi::Ui
