#pragma once

#include <QDialog>
#include <QJsonObject>

class QTableWidget;

namespace Esi::Ui {

// The decoded header and payload of an access token (character, owner hash, scopes, issuer, audience,
// expiry), for developers checking what a token grants. The token itself and its signature are never
// shown, so the dialog is safe to screenshot.
class JwtClaimsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JwtClaimsDialog(const QString &accessToken, QWidget *parent = nullptr);

    // The JSON of a token's segment (0 = header, 1 = payload); empty when the token is not a JWT.
    static QJsonObject segment(const QString &token, int index);

    QJsonObject payload() const { return m_payload; }

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &part, const QString &claim, const QString &value, const QString &explanation);

    QJsonObject m_payload;
    QTableWidget *m_table;
};

} // namespace Esi::Ui
