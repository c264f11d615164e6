#include "ui/browse/operationdocsview.h"

#include "core/spec/schema.h"

#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace Esi::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Spec descriptions are plain text with blank lines between paragraphs.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList blocks = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        html += u"<p>"_s + escaped(block.trimmed()).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    }
    return html;
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th align=\"left\" valign=\"top\">"_s + label.toHtmlEscaped() + u"</th><td valign=\"top\">"_s +
           valueHtml + u"</td></tr>"_s;
}

QString code(const QString &text)
{
    return u"<code>"_s + escaped(text) + u"</code>"_s;
}

QString codeList(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items) {
        parts << code(item);
    }
    return parts.join(u", "_s);
}

QString methodColor(const QString &method)
{
    if (method == u"POST") {
        return u"#2e9d4f"_s;
    }
    if (method == u"PUT") {
        return u"#c77c02"_s;
    }
    if (method == u"DELETE") {
        return u"#d0393e"_s;
    }
    return u"#2b7bd6"_s;
}

} // namespace

OperationDocsView::OperationDocsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"operationDocs"_s);
    setAccessibleName(tr("Operation documentation"));
    setOpenLinks(false); // nothing in the spec should navigate the view away from the operation
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    showOperation(-1);
}

void OperationDocsView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        showOperation(m_operationIndex); // colours in the style sheet follow the palette
    }
}

QString OperationDocsView::documentStyleSheet() const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString rule = palette().color(QPalette::Mid).name();
    return u"h2 { margin-bottom: 2px; }"
           "h3 { margin-top: 18px; margin-bottom: 6px; }"
           "th { padding: 3px 16px 3px 0; }"
           "td { padding: 3px 16px 3px 0; }"
           "table.params th { border-bottom: 1px solid "_s +
           rule + u"; }.muted { color: "_s + muted + u"; }.warning { color: #d0393e; font-weight: bold; }"_s;
}

void OperationDocsView::setSpec(Core::SpecPtr spec)
{
    m_spec = std::move(spec);
    showOperation(-1);
}

void OperationDocsView::showOperation(int operationIndex)
{
    document()->setDefaultStyleSheet(documentStyleSheet());
    if (!m_spec || operationIndex < 0 || operationIndex >= m_spec->operations().size()) {
        m_operationIndex = -1;
        setHtml(overviewHtml());
        return;
    }
    m_operationIndex = operationIndex;
    setHtml(operationHtml(m_spec->operations().at(operationIndex)));
}

QString OperationDocsView::overviewHtml() const
{
    if (!m_spec) {
        return u"<h2>"_s + tr("No spec loaded").toHtmlEscaped() + u"</h2><p>"_s +
               tr("Open an ESI OpenAPI document with File \u2192 Open Spec File.").toHtmlEscaped() + u"</p>"_s;
    }
    QString html = u"<h2>"_s + escaped(m_spec->title()) + u"</h2>"_s;
    html += u"<table>"_s;
    html += row(tr("Compatibility date"), code(m_spec->version()));
    html += row(tr("Format"),
                escaped(Core::formatName(m_spec->format())) + u" ("_s + escaped(m_spec->documentVersion()) + u')');
    html += row(tr("Operations"), QString::number(m_spec->operations().size()));
    html += row(tr("Tags"), QString::number(m_spec->tags().size()));
    html += row(tr("Scopes"), QString::number(m_spec->scopes().size()));
    html += row(tr("Source"), escaped(m_spec->source()));
    html += u"</table>"_s;
    html += u"<p class=\"muted\">"_s +
            tr("Pick an operation on the left to read what it does, who may call it and what it answers. "
               "Filter with words or with tag:, scope:, path:, id: and method:.")
                .toHtmlEscaped() +
            u"</p>"_s;
    return html;
}

QString OperationDocsView::operationHtml(const Core::Operation &operation) const
{
    QString html;
    html += u"<h2><span style=\"color:"_s + methodColor(operation.method) + u"\">"_s + escaped(operation.method) +
            u"</span> <code>"_s + escaped(operation.path) + u"</code></h2>"_s;
    html += u"<p class=\"muted\"><code>"_s + escaped(operation.operationId) + u"</code></p>"_s;
    if (operation.deprecated) {
        html += u"<p class=\"warning\">"_s +
                tr("Deprecated: ESI may remove this route; look for its replacement before relying on it.")
                    .toHtmlEscaped() +
                u"</p>"_s;
    }
    if (!operation.summary.isEmpty()) {
        html += u"<p><b>"_s + escaped(operation.summary) + u"</b></p>"_s;
    }
    if (!operation.description.isEmpty() && operation.description != operation.summary) {
        html += paragraphs(operation.description);
    }
    html += u"<h3>"_s + tr("Details").toHtmlEscaped() + u"</h3>"_s + factsTable(operation);
    html += u"<h3>"_s + tr("Parameters").toHtmlEscaped() + u"</h3>"_s + parametersTable(operation);
    html += responseSection(operation);
    return html;
}

QString OperationDocsView::factsTable(const Core::Operation &operation) const
{
    QString html = u"<table>"_s;
    html += row(tr("Operation ID"), code(operation.operationId));
    html += row(tr("Tag"), escaped(operation.tag));
    if (operation.authed) {
        const QString label = operation.scopes.size() == 1 ? tr("Scope") : tr("Scopes");
        QStringList scopes;
        for (const QString &scope : operation.scopes) {
            const QString description = m_spec ? m_spec->scopeDescription(scope) : QString();
            scopes << code(scope) + (description.isEmpty() || description == scope
                                         ? QString()
                                         : u" <span class=\"muted\">\u2014 "_s + escaped(description) + u"</span>"_s);
        }
        html += row(label,
                    scopes.isEmpty() ? tr("sign-in required, no scope named").toHtmlEscaped() : scopes.join(u"<br>"_s));
    } else {
        html += row(tr("Scope"), tr("none: public route, no sign-in needed").toHtmlEscaped());
    }
    html += row(tr("Required roles"), operation.requiredRoles.isEmpty() ? tr("none").toHtmlEscaped()
                                                                        : codeList(operation.requiredRoles) + u" "_s +
                                                                              tr("(any one of them)").toHtmlEscaped());
    html += row(tr("Rate limit"), rateLimitText(operation.rateLimit));
    html += row(tr("Cache"), cacheText(operation));
    html += row(tr("Paging"), pagingText(operation.paging));
    html += row(tr("Localized"), (operation.localized ? tr("yes: answers in the language asked for with "
                                                           "Accept-Language")
                                                      : tr("no"))
                                     .toHtmlEscaped());
    html += row(tr("Deprecated"), (operation.deprecated ? tr("yes") : tr("no")).toHtmlEscaped());
    if (!operation.compatibilityDate.isEmpty()) {
        html += row(tr("Route changed"), code(operation.compatibilityDate));
    }
    html += u"</table>"_s;
    return html;
}

QString OperationDocsView::rateLimitText(const Core::RateLimit &limit) const
{
    if (!limit.isValid()) {
        return tr("no bucket: counts against the global error limit").toHtmlEscaped();
    }
    const QString window = limit.windowText.isEmpty() ? secondsText(limit.windowSeconds) : limit.windowText;
    return tr("group %1, at most %2 tokens per %3 window")
        .arg(code(limit.group), QString::number(limit.maxTokens), escaped(window));
}

QString OperationDocsView::secondsText(int seconds) const
{
    return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
}

QString OperationDocsView::cacheText(const Core::Operation &operation) const
{
    QStringList parts;
    if (operation.cacheTtlSeconds >= 0) {
        parts << secondsText(operation.cacheTtlSeconds);
    }
    if (!operation.cacheMode.isEmpty()) {
        parts << operation.cacheMode;
    }
    return parts.isEmpty() ? tr("not declared").toHtmlEscaped() : escaped(parts.join(u", "_s));
}

QString OperationDocsView::pagingText(Core::PagingStyle paging) const
{
    switch (paging) {
    case Core::PagingStyle::None:
        return tr("none: one response holds the whole result").toHtmlEscaped();
    case Core::PagingStyle::Page:
        return tr("page numbers: query page, total in the X-Pages header").toHtmlEscaped();
    case Core::PagingStyle::Cursor:
        return tr("cursor: query before / after, next cursor in the body").toHtmlEscaped();
    case Core::PagingStyle::FromId:
        return tr("from_id: walk backwards from the smallest id seen").toHtmlEscaped();
    }
    return {};
}

QString OperationDocsView::schemaSummary(const QJsonObject &schema) const
{
    if (!m_spec || schema.isEmpty()) {
        return tr("any").toHtmlEscaped();
    }
    const Core::ResolvedSchema resolved = m_spec->resolveSchema(schema);
    if (!resolved.isValid()) {
        return u"<span class=\"warning\">"_s + escaped(resolved.error) + u"</span>"_s;
    }
    return escaped(Core::SchemaFacts::of(resolved.schema).summary());
}

QString OperationDocsView::parametersTable(const Core::Operation &operation) const
{
    if (operation.parameters.isEmpty()) {
        return u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
    }
    QString html = u"<table class=\"params\" width=\"100%\"><tr>"_s;
    const QStringList headers{tr("Name"), tr("In"), tr("Required"), tr("Type"), tr("Description")};
    for (const QString &header : headers) {
        html += u"<th align=\"left\">"_s + escaped(header) + u"</th>"_s;
    }
    html += u"</tr>"_s;
    for (const Core::Parameter &parameter : operation.parameters) {
        QString description = escaped(parameter.description);
        if (description.isEmpty() && m_spec) {
            // Inline schemas often carry the only description ("Which page of results to return.").
            description = escaped(Core::SchemaFacts::of(m_spec->resolveSchema(parameter.schema).schema).description);
        }
        if (parameter.deprecated) {
            description =
                u"<span class=\"warning\">"_s + tr("Deprecated.").toHtmlEscaped() + u"</span> "_s + description;
        }
        // Names, locations and the required flag never wrap; type and description take the remaining width.
        html += u"<tr><td valign=\"top\" style=\"white-space: nowrap\">"_s + code(parameter.name) +
                u"</td><td valign=\"top\" style=\"white-space: nowrap\">"_s +
                escaped(Core::locationName(parameter.location)) +
                u"</td><td valign=\"top\" style=\"white-space: nowrap\">"_s +
                (parameter.required ? tr("yes") : tr("no")).toHtmlEscaped() + u"</td><td valign=\"top\">"_s +
                schemaSummary(parameter.schema) + u"</td><td valign=\"top\">"_s + description + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

QString OperationDocsView::responseSection(const Core::Operation &operation) const
{
    QString html;
    if (!operation.requestBodySchema.isEmpty()) {
        const Core::ResolvedSchema body =
            m_spec ? m_spec->resolveSchema(operation.requestBodySchema) : Core::ResolvedSchema{};
        html += u"<h3>"_s + tr("Request body").toHtmlEscaped() + u"</h3><p>"_s +
                (body.refName.isEmpty() ? QString() : code(body.refName) + u": "_s) +
                schemaSummary(operation.requestBodySchema) + u" "_s +
                (operation.requestBodyRequired ? tr("(required)") : tr("(optional)")).toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<h3>"_s + tr("Response").toHtmlEscaped() + u"</h3>"_s;
    const Core::Response *success = operation.successResponse();
    if (!success) {
        return html + u"<p>"_s + tr("The spec declares no success response.").toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<p><b>"_s + escaped(success->status) + u"</b> "_s;
    if (success->schema.isEmpty()) {
        html += tr("no body").toHtmlEscaped();
    } else {
        const Core::ResolvedSchema body = m_spec ? m_spec->resolveSchema(success->schema) : Core::ResolvedSchema{};
        html += (body.refName.isEmpty() ? QString() : code(body.refName) + u": "_s) + schemaSummary(success->schema);
    }
    if (!success->description.isEmpty()) {
        html += u" <span class=\"muted\">\u2014 "_s + escaped(success->description) + u"</span>"_s;
    }
    html += u"</p>"_s;
    if (!success->headers.isEmpty()) {
        QStringList names;
        for (const Core::ResponseHeader &header : success->headers) {
            names << header.name;
        }
        html += u"<p>"_s + tr("Headers: %1").arg(codeList(names)) + u"</p>"_s;
    }
    return html;
}

} // namespace Esi::Ui
