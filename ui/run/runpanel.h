#pragma once

#include "core/auth/tokenrecord.h"
#include "core/http/calloptions.h"
#include "core/http/paging/pagingstrategy.h"
#include "core/result/calloutcome.h"
#include "core/spec/spec.h"
#include "ui/run/requestcopier.h"

#include <QWidget>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace Esi::Ui {

class CharacterPathLink;
class CharacterPicker;
class ParameterForm;

// The "Run" side of an operation: character, language and paging mode above the generated parameter
// form, then Run / Cancel, a progress bar (pages done of total, bytes) and what the run will cost.
// It only collects and shows; the window starts and cancels calls.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);

    void setOperation(Core::SpecPtr spec, int operationIndex);
    const Core::Operation *operation() const;

    ParameterForm *form() const { return m_form; }

    CharacterPicker *characterPicker() const { return m_characters; }

    // Every stored token: character_id and the picker follow each other by esi's rule (CharacterPathLink).
    void setTokens(const QList<Core::TokenRecord> &tokens);
    QList<Core::TokenRecord> tokens() const;
    // After the form's values were replaced (remembered values): picker and character_id agree again.
    void syncCharacterWithPath();
    // Why the path's character cannot make this call (Run is disabled meanwhile); empty when it can.
    QString characterProblem() const;

    Core::CallOptions options() const;
    void setOptions(const Core::CallOptions &options); // mode, language; the character when offered
    Core::CallRequest request() const;                 // everything for CallRunner::start
    // The language preselected for localized routes (an ESI code, e.g. the interface language).
    void setDefaultLanguage(const QString &language);

    // Without a call engine the panel still shows the form but says why nothing can run.
    void setRunAvailable(bool available, const QString &reason);
    void setEstimate(const QString &text, bool large);

    void setRunning(bool running);

    bool isRunning() const { return m_running; }

    void showProgress(int pagesDone, int pagesTotal, qint64 bytes);
    void showFanOutProgress(int done, int failed, int left); // "12 done, 1 failed, 287 left"
    void showWaiting(qint64 msecs, const QString &reason);
    void showDecoding(int pages);
    void showFinished(const QString &summary);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    // The request as curl, the esi command, Python or JavaScript; the access token only when asked for.
    void copyAsRequested(Esi::Ui::CopyFormat format, bool includeToken);
    void optionsChanged();

private:
    void updateControls();
    void handleModeChanged();

    Core::SpecPtr m_spec;
    int m_operationIndex = -1;
    std::unique_ptr<Core::PagingStrategy> m_paging; // the operation's paging style; unpaged without one
    bool m_running = false;
    bool m_runAvailable = true;
    QString m_unavailableReason;

    QLabel *m_title;
    CharacterPicker *m_characters;
    CharacterPathLink *m_pathLink = nullptr;
    QComboBox *m_language;
    QRadioButton *m_thisPage;
    QRadioButton *m_allPages;
    QButtonGroup *m_modeGroup;
    QLabel *m_estimate;
    ParameterForm *m_form;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QToolButton *m_curl;
    QProgressBar *m_progress;
    QLabel *m_runStatus;
};

} // namespace Esi::Ui
