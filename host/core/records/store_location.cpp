#include "records/store_location.hpp"

#include "translate.hpp"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace palet {
namespace {

// libpq reads `key='value'` with backslash escapes; Qt's driver joins the settings with ';'.
QString quotedSetting(const QString& key, const QString& value)
{
    QString escaped = value;
    escaped.replace('\\', "\\\\").replace('\'', "\\'");
    return key + "='" + escaped + "'";
}

StoreResult<StoreLocation> postgresqlLocation(const QString& text)
{
    const QUrl url{text, QUrl::StrictMode};
    if (!url.isValid()) {
        // Qt's error ends with "; source was "<the whole URL>"", password and all.
        const QString reason = url.errorString().section(QLatin1String("; source was"), 0, 0);
        return refusal(tr("'%1' is not a valid PostgreSQL URL: %2").arg(urlWithoutPassword(text), reason));
    }
    StoreLocation location;
    location.driver = StoreDriver::postgresql;
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(0);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.database = url.path(QUrl::FullyDecoded).mid(1);
    static const QRegularExpression keyword{"^[a-z_]+$"};
    for (const auto& [key, value] : QUrlQuery{url}.queryItems(QUrl::FullyDecoded)) {
        if (!keyword.match(key).hasMatch() || value.contains(';'))
            return refusal(
                tr("the setting '%1' in the PostgreSQL URL is not a libpq keyword with a value without ';'").arg(key));
        if (key == "host") location.host = value;
        else if (key == "port") location.port = value.toInt();
        else if (key == "user") location.user = value;
        else if (key == "password") location.password = value;
        else if (key == "dbname") location.database = value;
        else location.options << quotedSetting(key, value);
    }
    if (location.port < 0 || location.port > 65535)
        return refusal(tr("the port in the PostgreSQL URL must be from 1 to 65535"));
    return location;
}

} // namespace

QString urlWithoutPassword(const QString& text)
{
    const qsizetype authority = text.indexOf(QLatin1String("://"));
    if (authority < 0) return text;
    const qsizetype start = authority + 3;
    QString shown = text;
    // The last '@' ends the user part even when the password holds '/', '?' or '@' unescaped.
    if (const qsizetype at = shown.lastIndexOf('@'); at > start) {
        const qsizetype colon = shown.indexOf(':', start);
        if (colon >= 0 && colon < at) shown.remove(colon, at - colon);
    }
    static const QRegularExpression passwordSetting{"([?&]password=)[^&#]*", QRegularExpression::CaseInsensitiveOption};
    shown.replace(passwordSetting, "\\1***");
    return shown;
}

QString StoreLocation::displayName() const
{
    if (driver == StoreDriver::sqlite) return path;
    QString text = "postgresql://";
    if (!user.isEmpty()) text += QString::fromLatin1(QUrl::toPercentEncoding(user)) + '@';
    text += host.startsWith('/') ? QString{} : host;
    if (port > 0) text += ':' + QString::number(port);
    text += '/' + database;
    if (host.startsWith('/')) text += "?host=" + host;
    return text;
}

StoreResult<StoreLocation> parseStoreLocation(const QString& text)
{
    if (text.trimmed().isEmpty()) return refusal(tr("the store location is empty"));
    static const QRegularExpression scheme{"^([A-Za-z][A-Za-z0-9+.-]*):"};
    const auto match = scheme.match(text);
    const QString name = match.hasMatch() ? match.captured(1).toLower() : QString{};
    if (name == "postgresql" || name == "postgres") return postgresqlLocation(text);
    StoreLocation location;
    if (name == "sqlite") {
        location.path = text.mid(match.capturedLength());
        if (location.path.startsWith("//")) location.path = location.path.mid(2);
    } else if (match.hasMatch() && text.mid(match.capturedLength()).startsWith("//")) {
        return refusal(
            tr("'%1' is not a kind of store Palet knows; give a file path, sqlite:PATH or postgresql://…").arg(name));
    } else {
        location.path = text;
    }
    if (location.path.isEmpty()) return refusal(tr("the SQLite store needs a file path"));
    location.path = QFileInfo{location.path}.absoluteFilePath();
    return location;
}

StoreLocation defaultStoreLocation(const QProcessEnvironment& environment)
{
    QString base = environment.value("XDG_DATA_HOME");
    if (base.isEmpty()) base = QDir::homePath() + "/.local/share";
    StoreLocation location;
    location.path = QDir{base}.filePath("palet/palet.db");
    location.createFolder = true;
    return location;
}

} // namespace palet
