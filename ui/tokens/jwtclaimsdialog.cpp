#include "ui/tokens/jwtclaimsdialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            items << (item.isString()
                          ? item.toString()
                          : QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        }
        return items.join(u'\n');
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

JwtClaimsDialog::JwtClaimsDialog(const QString &accessToken, QWidget *parent)
    : QDialog(parent)
    , m_payload(segment(accessToken, 1))
    , m_table(new QTableWidget(0, 4, this))
{
    setObjectName(u"jwtClaimsDialog"_s);
    setAccessibleName(tr("Access token claims"));
    const QString name = m_payload.value("name"_L1).toString();
    setWindowTitle(name.isEmpty() ? tr("Access Token Claims") : tr("Access Token Claims \u2014 %1").arg(name));

    auto *intro = new QLabel(tr("What the current access token says. The token itself and its signature are not "
                                "shown."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(u"claimsTable"_s);
    m_table->setAccessibleName(tr("Claims"));
    m_table->setHorizontalHeaderLabels({tr("Part"), tr("Claim"), tr("Value"), tr("Meaning")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    const QHash<QString, QString> meanings{
        {u"alg"_s, tr("signature algorithm")},
        {u"kid"_s, tr("signing key at the SSO's JWKS")},
        {u"typ"_s, tr("token type")},
        {u"sub"_s, tr("the character (CHARACTER:EVE:<id>)")},
        {u"name"_s, tr("character name")},
        {u"owner"_s, tr("owner hash: changes when the character moves to another account")},
        {u"scp"_s, tr("granted scopes")},
        {u"iss"_s, tr("issuer")},
        {u"aud"_s, tr("audience: the client id and \u201c"
                      "EVE Online\u201d")},
        {u"azp"_s, tr("authorized party (client id)")},
        {u"exp"_s, tr("expires")},
        {u"iat"_s, tr("issued")},
        {u"jti"_s, tr("token id")},
        {u"tenant"_s, tr("server")},
        {u"region"_s, tr("SSO region")},
    };
    const auto addPart = [&](const QString &part, const QJsonObject &object) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString text = valueText(it.value());
            if ((it.key() == "exp"_L1 || it.key() == "iat"_L1) && it.value().isDouble()) {
                const QDateTime time = QDateTime::fromSecsSinceEpoch(it.value().toInteger(), Qt::UTC);
                text = u"%1 (%2)"_s.arg(text, QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
            }
            addRow(part, it.key(), text, meanings.value(it.key()));
        }
    };
    addPart(tr("header"), segment(accessToken, 0));
    addPart(tr("payload"), m_payload);
    if (m_table->rowCount() == 0) {
        addRow(QString(), QString(), tr("The access token could not be decoded."), QString());
    }
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"claimsClose"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 440);
}

QJsonObject JwtClaimsDialog::segment(const QString &token, int index)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3) {
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(index).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

void JwtClaimsDialog::addRow(const QString &part, const QString &claim, const QString &value,
                             const QString &explanation)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(part));
    m_table->setItem(row, 1, new QTableWidgetItem(claim));
    m_table->setItem(row, 2, new QTableWidgetItem(value));
    m_table->setItem(row, 3, new QTableWidgetItem(explanation));
}

} // namespace Esi::Ui
