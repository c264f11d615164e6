#include "app/uilanguage.h"
#include "core/export/exportwriterfactory.h"
#include "core/http/callwait.h"
#include "core/http/parametervalidator.h"
#include "core/http/waitannouncer.h"
#include "core/spec/spec.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Esi::App::UiLanguage;
using namespace Esi::Core;

// Core's messages reach the GUI through Qt's translation: with the translator the app installs, a core
// validator, the wait line and the export factory speak German; without it they stay English (as in `esi`).
class TestCoreMessages : public QObject
{
    Q_OBJECT

private:
    QStringList validationMessages(const QString &operationId, const QStringList &assignments)
    {
        const Operation *operation = m_spec->operation(operationId);
        if (!operation) {
            return {u"no operation "_s + operationId};
        }
        ParameterValues values;
        QString error;
        if (!values.setAssignments(assignments, &error)) {
            return {error};
        }
        QStringList messages;
        for (const ValidationIssue &issue : ParameterValidator(*m_spec).validate(*operation, values)) {
            messages.append(issue.message);
        }
        return messages;
    }

    static QString bucketWait()
    {
        CallWait wait;
        wait.kind = CallWait::Kind::RateLimit;
        wait.group = u"market"_s;
        wait.remaining = 0;
        wait.limit = 150;
        return WaitAnnouncer::line(wait, 65000);
    }

    static QString unknownFormat()
    {
        QString error;
        ExportWriterFactory::create(u"xml", &error);
        return error;
    }

    SpecPtr m_spec;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const SpecLoadResult loaded = Spec::fromFile(QStringLiteral(ESI_TEST_DATA "/openapi-2026-07-21.json"));
        QVERIFY2(loaded, qPrintable(loaded.error.message));
        m_spec = loaded.spec;
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void withoutTranslator_coreSpeaksEnglish()
    {
        QCOMPARE(
            validationMessages(u"GetMarketsRegionIdOrders"_s, {}),
            (QStringList{u"missing required parameter 'order_type' (query string one of [buy, sell, all]); add "
                         "order_type=<value>"_s,
                         u"missing required parameter 'region_id' (path integer (int64)); add region_id=<value>"_s}));
        QCOMPARE(bucketWait(), u"waiting 1:05 for bucket market: 0 of 150 tokens"_s);
        QCOMPARE(unknownFormat(), u"unknown export format \"xml\"; use one of: json, ndjson, csv, sqlite"_s);
    }

    void germanTranslator_translatesCoreValidation()
    {
        UiLanguage language;
        QStringList problems;
        QVERIFY2(language.apply(u"de"_s, QLocale(u"de_DE"_s), &problems), qPrintable(problems.join(u'\n')));
        QCOMPARE(
            validationMessages(u"GetMarketsRegionIdOrders"_s, {}),
            (QStringList{u"Pflichtparameter 'order_type' fehlt (query string one of [buy, sell, all]); "
                         "order_type=<Wert> ergänzen"_s,
                         u"Pflichtparameter 'region_id' fehlt (path integer (int64)); region_id=<Wert> ergänzen"_s}));
        QCOMPARE(validationMessages(u"GetMarketsRegionIdOrders"_s, {u"region_id=abc"_s, u"order_type=all"_s}),
                 QStringList{u"region_id: 'abc' ist keine Ganzzahl"_s});
    }

    void germanTranslator_translatesCorePluralsWaitsAndExportErrors()
    {
        UiLanguage language;
        QStringList problems;
        QVERIFY2(language.apply(u"de"_s, QLocale(u"de_DE"_s), &problems), qPrintable(problems.join(u'\n')));
        ParameterValues values;
        values.setBody(u'[' + QStringList(1000, u"\"x\""_s).join(u',') + u']');
        const QList<ValidationIssue> issues =
            ParameterValidator(*m_spec).validate(*m_spec->operation(u"PostUniverseNames"_s), values);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.last().message, u"body: 950 weitere Probleme nicht angezeigt"_s);
        QCOMPARE(bucketWait(), u"warte 1:05 auf Bucket market: 0 von 150 Tokens"_s);
        QCOMPARE(unknownFormat(), u"unbekanntes Exportformat \"xml\"; möglich sind: json, ndjson, csv, sqlite"_s);
    }

    void removedTranslator_coreSpeaksEnglishAgain()
    {
        {
            UiLanguage language;
            QStringList problems;
            QVERIFY(language.apply(u"de"_s, QLocale(u"de_DE"_s), &problems));
            QVERIFY(unknownFormat() != u"unknown export format \"xml\"; use one of: json, ndjson, csv, sqlite"_s);
        }
        QCOMPARE(unknownFormat(), u"unknown export format \"xml\"; use one of: json, ndjson, csv, sqlite"_s);
    }
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
