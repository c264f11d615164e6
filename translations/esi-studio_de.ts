<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>Spezifikation %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>die mitgelieferte Spezifikation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>Ein Teil des Zustands von ESI Studio ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>Die mitgelieferte Spezifikation konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>Antwort-Cache: %1 Aufrufe gehen jedes Mal an ESI.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>Ratenlimit-Zustand: %1 Limits werden nur für dieses Fenster verfolgt.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>Aufrufverlauf: %1 Aufrufe werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>Charaktere: %1 Operationen mit Anmeldung können nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 Anfragen tragen den eigenen User-Agent von ESI Studio.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>Stattdessen Anmeldung über Ihren Webbrowser</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Setzen Sie die Anmeldung in Ihrem Webbrowser fort.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 wurde mit weniger Scopes angemeldet</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>Die neue Anmeldung hat %1 nicht gewährt; melden Sie sich erneut an und bestätigen Sie sie, um die Operationen zu nutzen, die sie brauchen.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>Offline-Sandbox: %1 ESI Studio verwendet stattdessen die üblichen Server.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>das bereits laufende ESI Studio wurde nach vorn geholt; seine Server bleiben unverändert (mit --new-instance starten für ein Fenster mit anderen Servern)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1; ein neues Fenster wird geöffnet</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>Charakter %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>%1 konnte nicht angemeldet bleiben</numerusform>
            <numerusform>%1 konnten nicht angemeldet bleiben</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>Die Erneuerung im Hintergrund ist fehlgeschlagen.
%1
Öffnen Sie Charaktere &gt; Charaktere verwalten, um nach Behebung des Problems jetzt zu erneuern, oder melden Sie sich erneut an, falls der Charakter eine neue Anmeldung braucht.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>das Hauptfenster wurde nicht innerhalb von %1 Sekunden angezeigt</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 „%2“ verwendet unverschlüsseltes http zu %3, das nicht dieser Computer ist; verwenden Sie https, oder http nur mit einer Loopback-Adresse (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 „%2“ ist keine Serveradresse; geben Sie eine http(s)-URL wie https://esi.evetech.net an</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>Desktop-Explorer für die ESI von EVE Online</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>Das ESI-OpenAPI-Dokument &lt;file&gt; statt der mitgelieferten Spezifikation öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>Stammadresse des ESI-Servers (Standard %1 oder $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>Stammadresse des EVE-SSO-Servers (oder $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>Beenden, sobald das Fenster angezeigt und die Spezifikation indiziert ist (für Tests und Startzeitmessung); mit einem Fehlercode beenden, wenn die Spezifikation nicht lädt.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>Ein weiteres Fenster öffnen, auch wenn ESI Studio schon läuft (ohne diese Option holt ein zweiter Start das laufende Fenster nach vorn; --quit-after-ready schließt sie ein).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>unerwartetes Argument „%1“; öffnen Sie eine Spezifikation mit --spec DATEI</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>Früherer Zustand in %1 wurde nicht verschoben: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>Frühere Einstellungen in %1 wurden nicht verschoben: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>„%1“ ist keine der Sprachen von ESI Studio (%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>Die Übersetzung %1/%2.qm fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Die Texte von Qt selbst bleiben englisch: %1.qm liegt nicht in %2 (Debian-Paket qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 „%2“ verwendet unverschlüsseltes http zu %3, das nicht dieser Computer ist: Tokens und Antworten würden unverschlüsselt durchs Netz gehen. Verwenden Sie https, oder http nur mit einer Loopback-Adresse (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>Anmeldung › Die Client-ID „%1“ darf keine Leerzeichen oder Schrägstriche enthalten. Kopieren Sie die Client-ID, die für Ihre Anwendung auf https://developers.eveonline.com angezeigt wird.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>Anmeldung › Die Callback-URL „%1“ ist keine absolute http(s)-URL. Geben Sie die bei Ihrer Anwendung registrierte Callback-URL ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>Anmeldung › Die Callback-URL „%1“ muss auf diesen Computer zeigen (127.0.0.1 oder localhost), damit ESI Studio die Anmeldung empfängt; verwenden Sie %2 und registrieren Sie dieselbe URL bei Ihrer Anwendung.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>Anmeldung › Die Callback-URL „%1“ hat keinen Port. Fügen Sie den Port hinzu, auf dem ESI Studio lauscht, wie in %2.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>Anmeldung › Der SSO-Server „%1“ ist keine http(s)-Serveradresse. Verwenden Sie %2 oder für Offline-Arbeit die Adresse von esi-sandbox.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>Anfragen › Kontakt-E-Mail: %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>Anfragen › App-Name: %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>Anfragen › Der ESI-Server „%1“ ist keine http(s)-Serveradresse ohne Query oder Fragment. Verwenden Sie %2, die Adresse eines Proxys oder die von esi-sandbox.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>Anfragen › Das Kompatibilitätsdatum „%1“ ist kein Datum im Format JJJJ-MM-TT. Geben Sie eines wie 2025-08-26 ein oder lassen Sie es leer, um das Datum der Spezifikation zu verwenden.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>Anfragen › Das Kompatibilitätsdatum %1 liegt in der Zukunft; ESI lehnt es ab. Wählen Sie %2 oder früher.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>Anfragen › Gleichzeitige Anfragen ist %1; erlaubt ist %2 bis %3.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Cache › Das Größenlimit ist %1 MiB; erlaubt ist %2 bis %3 MiB.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>Cache › Der Ort „%1“ ist ein relativer Pfad. Wählen Sie einen absoluten Ordner oder lassen Sie ihn leer für den Standardort.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>Cache › Der Ort „%1“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>Darstellung › Die Sprache „%1“ ist keine der Sprachen von ESI (%2). Wählen Sie eine davon oder folgen Sie dem System.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>Anmeldung › SSO-Server</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>Anmeldung › Der vertrauenswürdige ESI-Server „%1“ ist keine http(s)-Serveradresse ohne Query oder Fragment. Lassen Sie das Feld leer, außer Ihr eigener ESI-Server soll die Tokens des SSO-Servers erhalten.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>Anmeldung › Vertrauenswürdiger ESI-Server</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>Anfragen › ESI-Server</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>Anfragen › Höchstens Seiten pro Aufruf ist %1; der Wert muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Anfragen › Größte Antwort ist %1 MiB; der Wert muss zwischen %2 und %3 MiB liegen.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>der Charakter hat keine corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>die geladene Spezifikation hat kein öffentliches GET %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>Charakter %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>Der Charakter braucht außerdem eine der Corporation-Rollen im Spiel: %1.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 nennt Charakter %2 in seinem Pfad, der Aufruf sollte aber das Token von Charakter %3 tragen; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>Charakter %1 aus dem Pfad</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 ist nicht angemeldet; %2 braucht sein Token mit Scope %3, daher wurde nichts gesendet. Melden Sie ihn an mit: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>sein Token wurde widerrufen</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>das SSO hat sein Refresh-Token abgelehnt</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 muss sich neu anmelden (%2); %3 braucht sein Token mit Scope %4, daher wurde nichts gesendet. Melden Sie ihn erneut an mit: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>%1 fehlt der Scope %2, den %3 braucht, daher wurde nichts gesendet. Melden Sie ihn erneut an mit: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 braucht einen angemeldeten Charakter mit Scope %2, und kein Charakter ist angemeldet. Melden Sie einen an mit: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 braucht einen angemeldeten Charakter mit Scope %2; die Charaktere damit (%3) müssen sich neu anmelden. Melden Sie einen erneut an mit: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 braucht einen angemeldeten Charakter mit Scope %2: kein angemeldeter Charakter hat den Scope %3. Melden Sie einen an mit: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>Corporation %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>Allianz %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>Zu welcher Corporation %1 gehört, ist nicht bekannt (ESIs /characters/%2/ war nicht lesbar), daher kann es nicht mit %3 aus dem Pfad verglichen werden; nichts wurde gesendet. Versuchen Sie es erneut, wenn ESI antwortet</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 ist kein Mitglied von %2 aus dem Pfad; ESI beantwortet %3 nur mit dem Token eines Mitglieds, daher wurde nichts gesendet. Lassen Sie die Charakterwahl weg, um ein angemeldetes Mitglied zu nutzen</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 von %2 fehlt der Scope %3, den %4 braucht, daher wurde nichts gesendet. Melden Sie ihn erneut an mit: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>kein Charakter ist angemeldet</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>angemeldet, aber keine Mitglieder: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 braucht ein angemeldetes Mitglied von %2 mit Scope %3, und keines ist angemeldet (%4), daher wurde nichts gesendet. Melden Sie ein Mitglied an mit: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>Charakter %1 wurde gewählt, der Pfad nennt aber character_id=%2; ESI akzeptiert nur das Token dieses Charakters, daher wurde nichts gesendet. Lassen Sie die Charakterwahl weg (der Pfad entscheidet) oder wählen Sie denselben</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keiner angegeben)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>Der Ordner für Token-Sperren %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Die Token-Sperre %1 kann nicht geöffnet werden: %2. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 kann nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>Ein anderer ESI-Studio-Prozess (die App oder ein esi-Befehl) hält das Token von Charakter %1 seit über %2 Sekunden (Sperre %3); versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>keine Spezifikation geladen</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>Sprache &apos;%1&apos; ist keine der ESI-Sprachen %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%n Problem beim Aufruf von %1</numerusform>
            <numerusform>%n Probleme beim Aufruf von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keiner angegeben)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 braucht einen angemeldeten Charakter mit Scope %2</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 braucht einen angemeldeten Charakter mit Scope %2; melden Sie einen an und wählen Sie ihn für den Aufruf</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>kein Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>unbekannte Operation &apos;%1&apos; in der Spezifikation %2</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>; auflisten mit &apos;esi spec ops&apos;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>Eine Struktur oder ein Gegenstand (ein Container, ein Schiff): /universe/names benennt keines von beiden; den Namen einer Struktur liefert /universe/structures/{structure_id} mit einem Token.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>Ein besonderer Ort (etwa Asset Safety), den /universe/names nicht benennt.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>Ein Büro oder Ordner in einer Station: /universe/names benennt es nicht.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>Ein Himmelskörper oder Stargate: /universe/names benennt ihn nicht.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>Außerhalb der ID-Bereiche, die /universe/names benennen kann.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>Keine ID: null oder negativ.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>Keine ID eines EVE-Objekts.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>Größer als jede Typ-ID.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>Außerhalb der ID-Bereiche von Charakteren, Corporations, Allianzen und Fraktionen.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>Außerhalb des ID-Bereichs der Fraktionen (500.000 bis 999.999).</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>Außerhalb des ID-Bereichs der Sonnensysteme (30.000.000 bis 32.999.999).</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>Außerhalb des ID-Bereichs der Konstellationen (20.000.000 bis 22.999.999).</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>Außerhalb des ID-Bereichs der Regionen (10.000.000 bis 12.999.999).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>kein Ausgabegerät für den Export</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>Export nach %1 nicht möglich: Es ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>Export nach %1 nicht möglich: Es ist nicht zum Schreiben geöffnet (%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>das Ausgabegerät</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>unbekanntes Exportformat &quot;%1&quot;; möglich sind: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(keiner angegeben)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>kein angemeldeter Charakter hat die Scopes %1, die %2 braucht (%n Charakter angemeldet); melde einen an mit: %3</numerusform>
            <numerusform>kein angemeldeter Charakter hat die Scopes %1, die %2 braucht (%n Charaktere angemeldet); melde einen an mit: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>Alle Aufrufe sind fehlgeschlagen; der erste, %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 fertig, %2 fehlgeschlagen, %3 übrig</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>nur ein Pfad- oder Query-Parameter kann eine Liste von Werten annehmen</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 hat bereits eine Liste von Werten; gib eine Liste pro Parameter an</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 hat %2 Werte; eine Liste darf höchstens %3 enthalten (teile sie auf mehrere Läufe auf)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 hat eine leere Liste von Werten; gib mindestens einen an</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>die Listen ergäben %1 Aufrufe; ein Lauf darf höchstens %2 machen (kürze eine Liste)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>eine gespeicherte Liste von Werten ist beschädigt oder zu lang</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>abgebrochen, bevor er gesendet wurde</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>keine Angabe von OpenSSL</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>Element &apos;%1&apos; fehlt oder ist kein base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL hat den Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>n/e nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>der RSA-Schlüssel hat %1 Bit; mindestens 2048 sind nötig</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>RSA-Parameter können nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>die EC-Kurve &apos;%1&apos; ist nicht P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>P-256-Koordinaten müssen je 32 Byte lang sein (x hat %1, y hat %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>Schlüssel &apos;%1&apos; ist für &apos;%2&apos;, nicht für Signaturen</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>Schlüsseltyp &apos;%1&apos; wird nicht unterstützt (nur RSA und EC)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>Schlüssel &apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>Algorithmus %1 passt nicht zu Schlüssel &apos;%2&apos; vom Typ %3</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>Schlüssel &apos;%1&apos; ist für %2 veröffentlicht, das Token nennt aber %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>eine ES256-Signatur muss 64 Byte lang sein (r || s), diese hat %1</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>Prüfung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>die Signatur passt nicht zu Schlüssel &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>kein Array &quot;keys&quot;</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>Das SSO veröffentlicht den Signaturschlüssel &apos;%1&apos; nicht, und seine Schlüssel wurden vor weniger als einer Minute abgerufen, daher werden sie noch nicht erneut abgerufen.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>keine JWKS-URL bekannt</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>die Antwort ist kein JWKS: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>Die Signaturschlüssel des SSO können nicht von %1 abgerufen werden: %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>Das SSO veröffentlicht den Signaturschlüssel &apos;%1&apos; nicht.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>Das Subjekt &apos;%1&apos; des Tokens ist kein EVE-Charakter (erwartet: CHARACTER:EVE:&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>Das Token für Charakter %1 hat keinen Besitzer-Hash (Claim `owner`).</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>Der Claim `scp` des Tokens ist weder ein String noch ein Array von Strings.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>Der Claim `aud` des Tokens ist weder ein String noch ein Array von Strings.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>Das Token hat kein verwendbares Ablaufdatum (Claim `exp`: Sekunden seit 1970, bis zum Jahr 9999).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>Der Ausstellungszeitpunkt des Tokens (Claim `iat`) ist keine Sekundenzahl seit 1970 bis zum Jahr 9999.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>Der Gültigkeitsbeginn des Tokens (Claim `nbf`) ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>Die Uhr dieses Computers geht wahrscheinlich um mehr als die erlaubten %1 nach: Stellen Sie die Systemuhr richtig (automatische Zeit einschalten, z. B. timedatectl set-ntp true) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>Das Zugriffstoken ist kein JWT (erwartet drei durch Punkte getrennte Teile, gefunden %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>Der Header des Zugriffstokens ist kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>Das Zugriffstoken ist nicht signiert (alg &apos;%1&apos;); unsignierte Tokens werden nie akzeptiert.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>Das Zugriffstoken ist mit %1 signiert; nur RS256 und ES256 werden akzeptiert.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>Das Zugriffstoken nennt den Signaturschlüssel &apos;%1&apos;, den das SSO nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>Der Signaturschlüssel des SSO ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>Der Algorithmus des Zugriffstokens passt nicht zu seinem Schlüssel: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>Die Signatur des Zugriffstokens ist kein base64url.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>Die Signatur des Zugriffstokens ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>Die Nutzdaten des Zugriffstokens sind kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>Das Zugriffstoken wurde von &apos;%1&apos; ausgestellt, nicht von %2.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>Das Zugriffstoken wurde für eine andere Anwendung ausgestellt (seiner Zielgruppe fehlt die Client-ID %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>Der Zielgruppe des Zugriffstokens fehlt &quot;EVE Online&quot;, es ist also kein Token des EVE SSO.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>Das Zugriffstoken ist um %1 abgelaufen (jetzt %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Das Zugriffstoken gibt an, um %1 ausgestellt zu sein, %2 nach der Zeit dieses Computers (%3). %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Das Zugriffstoken gilt erst ab %1, %2 nach der Zeit dieses Computers (%3). %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde beim %1 verweigert. Erlauben Sie ESI Studio, den Schlüsselbund zu verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>Der Systemschlüsselbund ist beim %1 nicht verfügbar (%2). ESI Studio bewahrt Tokens nur im Schlüsselbund auf, nie in einfachen Dateien: Starten und entsperren Sie Ihren Schlüsselbund (GNOME Keyring, KWallet oder ein anderer Secret Service) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>Der Systemschlüsselbund hat beim %1 nicht eindeutig geantwortet: Er ist vielleicht gesperrt. Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>Lesen von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>Speichern von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>Löschen von &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>Die Callback-URL %1 ist keine http://127.0.0.1- oder http://localhost-Adresse, daher kann die Antwort des Browsers hier nicht empfangen werden. Registrieren Sie eine solche Callback-URL (zum Beispiel %2) bei der Anwendung und tragen Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf die Anmeldeantwort gewartet werden: %2. Schließen Sie das Programm, das diesen Port nutzt, oder registrieren Sie einen anderen Callback-Port.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESIs /universe/names kennt diese ID nicht (Antwort 404).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>Die Spezifikation enthält kein POST /universe/names (PostUniverseNames), das gefragt werden könnte.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>Die Namenssuche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>ESIs Antwort auf POST /universe/names ist keine Liste von {id, name, category} für die gefragten IDs.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI hat mehr als %1-mal mit 404 geantwortet; die übrigen IDs wurden nicht gefragt, um das Fehlerlimit zu schonen (stimmt die Basis-URL?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESIs /universe/names kennt diese ID nicht (Antwort 404).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI hat POST /universe/names ohne diese ID beantwortet.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(kein Pfad)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>esi-sandbox wurde unter %1 nicht gefunden. Es wird mit ESI Studio gebaut und neben der Programmdatei esi-studio installiert; installieren Sie ESI Studio neu oder bauen Sie das Ziel esi-sandbox.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox gab „%1“ statt seiner Adresse aus; es ist vielleicht eine andere Version als dieses ESI Studio. Installieren Sie ESI Studio neu.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>esi-sandbox (%1) konnte nicht gestartet werden: %2. Prüfen Sie, ob die Datei ausführbar ist.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox ist abgestürzt.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox wurde mit Exit-Code %1 beendet: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox (%1) hat nicht in der erlaubten Zeit geantwortet. Starten Sie es von Hand mit „esi-sandbox --port 0“, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>ESI-Fehlerlimit</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>Ratenlimit-Gruppe %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>keine vollständige Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>neuer Versuch nach abgebrochener Antwort</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>die Antwort von %1 brach %2-mal ab (%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>Das Fehlerlimit von ESI ist erschöpft (HTTP 420); bis zum Zurücksetzen in %1 s wird keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%1 nach %2 Versuchen</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>neuer Versuch nach HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>von ESI %n-mal ratenbegrenzt (HTTP 429); versuchen Sie es später erneut</numerusform>
            <numerusform>von ESI %n-mal ratenbegrenzt (HTTP 429); versuchen Sie es später erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>von ESI %n-mal ratenbegrenzt (HTTP 429), ohne Retry-After; versuchen Sie es später erneut</numerusform>
            <numerusform>von ESI %n-mal ratenbegrenzt (HTTP 429), ohne Retry-After; versuchen Sie es später erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValidator</name>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 liegt außerhalb des int64-Bereichs %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 liegt außerhalb des int32-Bereichs %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 ist kein boolescher Wert; schreiben Sie true oder false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 ist kein Datum; schreiben Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 ist kein Zeitpunkt; schreiben Sie JJJJ-MM-TTThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 ist %2 Zeichen lang, mindestens %3 sind nötig</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 ist %2 Zeichen lang, höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>Pflichtparameter &apos;%1&apos; fehlt (%2 %3); %1=&lt;Wert&gt; ergänzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; setzt ESI Studio selbst (Sprache, Cache-Validatoren, Kompatibilitätsdatum, Tenant und Token kommen aus den Optionen des Aufrufs); entfernen Sie ihn</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>einen JSON-Body</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 und einen JSON-Body</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>unbekannter Parameter &apos;%1&apos;; %2 nimmt %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>keine Parameter</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before und after schließen einander aus; geben Sie nur einen davon an</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: %n Element angegeben, mindestens %2 nötig</numerusform>
            <numerusform>%1: %n Elemente angegeben, mindestens %2 nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: %n Element angegeben, höchstens %2 erlaubt</numerusform>
            <numerusform>%1: %n Elemente angegeben, höchstens %2 erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 Element %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2 kommt mehrfach vor; Elemente müssen eindeutig sein</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1 nimmt keinen Request-Body; entfernen Sie ihn</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1 braucht einen JSON-Request-Body (%2); body=&lt;json&gt; ergänzen</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: ungültiges JSON an Position %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: enthält %n durch Kommas getrennten JSON-Wert; geben Sie genau einen an</numerusform>
            <numerusform>body: enthält %n durch Kommas getrennte JSON-Werte; geben Sie genau einen an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: %n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>body: %n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null ist nicht erlaubt; erwartet: %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>%n Element angegeben, mindestens %1 nötig</numerusform>
            <numerusform>%n Elemente angegeben, mindestens %1 nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>%n Element angegeben, höchstens %1 erlaubt</numerusform>
            <numerusform>%n Elemente angegeben, höchstens %1 erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 kommt mehrfach vor; Elemente müssen eindeutig sein</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: Pflichteigenschaft fehlt</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; ist keine Parameterzuweisung; schreiben Sie name=wert (z. B. region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>ist kein gültiges JSON-Array (%1 an Position %2); schreiben Sie [1, 2, 3] oder 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal weitergeleitet (eine Weiterleitungsschleife?), daher wurde sie abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 antwortete mit HTTP %2, einer Weiterleitung zu einem anderen Server (%3). Ihr wurde nicht gefolgt, daher wurden keine Zugangsdaten dorthin gesendet. Prüfen Sie die Adressen des ESI- und des SSO-Servers.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 antwortete mit einer Weiterleitung zu einem anderen Server (%2). Ihr wurde nicht gefolgt, daher wurden keine Zugangsdaten dorthin gesendet. Prüfen Sie die Adressen des ESI- und des SSO-Servers.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>der Header-Parameter &apos;%1&apos; enthält einen Zeilenumbruch oder ein NUL-Zeichen, was eigene Header hinzufügen würde; geben Sie den Wert in einer Zeile ein</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>der Pfad-Parameter &apos;%1&apos; ist leer, was den Pfad der Anfrage ändern würde; geben Sie einen Wert ein</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>der Pfad-Parameter &apos;%1&apos; ist &apos;%2&apos;, was die Anfrage an einen anderen Pfad schicken würde; geben Sie den Wert selbst ein (eine ID oder einen Namen)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>der Server antwortete „X-Pages: %1“, was keine Seitenzahl ist (eine ganze Zahl von 1 bis 2147483647); über Seite 1 hinaus wurde nichts abgerufen. Der Server oder ein Proxy dazwischen hat einen fehlerhaften Header gesendet.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>der Server antwortete „X-Pages: %1“, mehr als die Obergrenze von %2 Seiten pro Aufruf; über Seite 1 hinaus wurde nichts abgerufen. Wenn Sie sie wirklich wollen, erhöhen Sie die Obergrenze mit esi call --max-pages oder unter Einstellungen › Anfragen › Höchstens Seiten pro Aufruf.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 antwortete mit HTTP %2 und Content-Type %3 statt JSON; die ersten Bytes: %4. Möglicherweise antwortet eine Wartungsseite oder ein Proxy anstelle von ESI.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 antwortete mit HTTP %2 und leerem Inhalt statt JSON (Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 antwortete mit HTTP %2 und einem Inhalt, der kein JSON ist (Content-Type %3, %4 bei Byte %5); die ersten Bytes: %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>die Antwort von %1 von %2 kündigte %3 Bytes an (Content-Length), mehr als die Obergrenze für Antworten von %4; sie wurde nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>die Antwort von %1 von %2 wuchs über die Obergrenze für Antworten von %3 hinaus; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>Wenn Sie eine so große Antwort erwarten, erhöhen Sie die Obergrenze mit esi call --max-response-size (z. B. 256M) oder unter Einstellungen › Anfragen › Größte Antwort.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 antwortete mit HTTP 304 Not Modified auf eine Anfrage ohne Cache-Validatoren (If-None-Match, If-Modified-Since): Es ist nichts zwischengespeichert, das bestätigt werden könnte, also gibt es keine Antwort. Der Server oder ein Proxy dazwischen hat falsch geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>das Ergebnis verwies über die Obergrenze von %1 Seiten pro Aufruf hinaus auf weitere Seiten; das Durchlaufen wurde beendet. Wenn Sie wirklich mehr wollen, erhöhen Sie die Obergrenze mit esi call --max-pages oder unter Einstellungen › Anfragen › Höchstens Seiten pro Aufruf.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>Zeilen werden über %1 zugeordnet, in jedem Schnappschuss eindeutig</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>Zeilen werden als Ganzes verglichen: sie haben keine *_id-Spalte</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>Zeilen werden als Ganzes verglichen: keine *_id-Spalte ist eindeutig (%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>Zeilen werden als Ganzes verglichen: mehrere *_id-Spalten sind eindeutig (%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>Noch nicht gefragt.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run braucht eine Operations-ID, z. B. --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run nimmt höchstens %1 Werte</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>wächst auf mehr als %1 Knoten, sobald seine $refs eingesetzt sind</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>das Schema %1 %2 (erreicht über %3): Seine $refs verzweigen sich zu stark, um sie einzusetzen. Prüfen Sie die $refs unter %4 in %5; Ansichten, die bei Bedarf auflösen (der Schemabaum, Wertprüfungen), funktionieren weiterhin</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; verwendet unverschlüsseltes http zu %3, also nicht zu diesem Computer: Tokens und Antworten liefen unverschlüsselt über das Netz. Verwenden Sie https, oder http nur mit einer Loopback-Adresse (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>Der ESI-Server</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 Es wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>Der Charakter wurde beim SSO unter %1 angemeldet, dessen Tokens zu %2 gehören, nicht zum ESI-Server %3; dorthin wurde kein Token gesendet. Rufen Sie %2 auf, melden Sie den Charakter beim eigenen SSO von %3 an, oder vertrauen Sie %3 ausdrücklich für Tokens von %1 (Einstellung sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL oder esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>Der Charakter wurde beim SSO unter %1 angemeldet, das jetzt verwendete SSO ist aber %2; sein Refresh-Token geht nur an %1 zurück, daher wurde nichts gesendet. Verwenden Sie wieder %1 (--sso-url, ESI_SSO_URL oder die Anmeldeeinstellungen), oder melden Sie den Charakter bei %2 an.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugekommen</numerusform>
            <numerusform>%n hinzugekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>die Spezifikation kann nicht gelesen werden: %1; prüfen Sie Pfad und Berechtigungen</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>$ref-Zyklus: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>nicht auflösbare $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 nicht verglichen: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 geändert: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>Parameter entfernt: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>Parameter %1 ist jetzt Pflicht</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>Parameter %1 ist jetzt optional</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>Parameter hinzugefügt: %1 %2 (Pflicht)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>Parameter hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>Request-Body</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>Erfolgsstatus %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>Antwortschema</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(öffentlich)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>Scopes: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>jetzt veraltet</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>nicht mehr veraltet</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>Von %1 bis %2: %3 hinzugefügt, %4 entfernt, %5 geändert</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>in Operation %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>fehlerhaftes JSON: %1; korrigieren Sie das Dokument oder rufen Sie es erneut ab</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>eine /meta/compatibility-dates-Liste</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>ein /meta/status-Dokument</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>ein JSON Web Key Set</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI-Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger-Version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>ein leeres JSON-Objekt</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>ein JSON-Objekt mit den Schlüsseln %1</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>erwartet wurde ein OpenAPI-3.x- oder Swagger-2.0-Dokument (ein JSON-Objekt), erhalten wurde ein JSON-Array</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>erwartet wurde ein OpenAPI-3.x- oder Swagger-2.0-Dokument (ein JSON-Objekt), erhalten wurde ein einzelner JSON-Wert</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>erwartet wurde ein OpenAPI-3.0/3.1- oder Swagger-2.0-Dokument, erhalten: %1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>das Dokument hat kein &quot;paths&quot;-Objekt und beschreibt daher keine Operationen</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>der Pfad &quot;%1&quot; beginnt nicht mit &quot;/&quot;; das muss jeder Pfad, sonst änderte er den Server, an den die Anfrage geht. Korrigieren oder entfernen Sie ihn in der Spezifikation</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>eine Operation muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>doppelte operationId &quot;%1&quot;; jede Operation braucht ihre eigene</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1; das Dokument definiert es nicht (referenziert von %2)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>ein Parameter braucht &quot;name&quot; und &quot;in&quot; mit path, query, header oder cookie (erhalten: in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>die Liste der Kompatibilitätsdaten</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>die Spezifikation für %1</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>%1 konnte nicht abgerufen werden (%2); prüfen Sie die ESI-Basis-URL und Ihre Verbindung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; ist kein Kompatibilitätsdatum; verwenden Sie die Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>Ein SQLite-Export braucht eine Datei zum Schreiben (mit esi: --out DATEI.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Neben %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>%1 kann nicht gelesen werden, um einen Lauf hinzuzufügen: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 existiert und ist keine SQLite-Datenbank; sie blieb unverändert. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>%1 kann nicht kopiert werden, um einen Lauf hinzuzufügen: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>SQLite-Export</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>Schreiben von %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 hat eine Tabelle esi_runs ohne Spalte %2, stammt also nicht aus einem ESI-Studio-Export; exportieren Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Der Lauf kann nicht in %1 festgehalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>Der fertige Export für %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>Token-Datenbank</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>Limit-Zustand</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>Antwort-Cache</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>Für %1 wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>Der Ordner %1 für %2 kann nicht angelegt werden. Prüfen Sie, dass der Pfad keine Datei ist und Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>Der Ordner %1 für %2 ist nicht beschreibbar. Korrigieren Sie seine Berechtigungen oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>%1 %2 kann nicht gelesen werden: %3. Korrigieren Sie die Berechtigungen oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2 ist keine SQLite-Datenbank (beschädigt oder von einem anderen Programm geschrieben). Sie wurde nicht verändert; verschieben oder löschen Sie sie, dann wird beim nächsten Start eine neue angelegt.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>%1 %2 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar, daher kann %1 nicht geöffnet werden. Installieren Sie das Qt-SQL-SQLite-Plugin.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>%1 %2 kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2 kann nicht als SQLite-Datenbank gelesen werden (%3). Sie wurde nicht verändert; verschieben oder löschen Sie sie, dann wird beim nächsten Start eine neue angelegt.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>%1 %2 kann nicht in den WAL-Modus geschaltet werden: %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>%1 %2 kann nicht gesperrt werden: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%1 %2 wurde von einem neueren ESI Studio geschrieben (Format %3, dieses liest %4). Verwenden Sie die neuere Version, oder löschen Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht %2 von ESI Studio. Sie wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>Die Tabellen von %1 %2 können nicht angelegt werden: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite hat die Änderung der Tabelle %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>Die Datei hat bereits eine Tabelle %1 ohne Spalte %2, sie stammt also nicht aus einem ESI-Studio-Export; exportieren Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>Tabelle %1 bekäme mehr als %2 Spalten; SQLite kann sie nicht aufnehmen. Exportieren Sie stattdessen als CSV oder JSON.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>Spalte %1 der Tabelle %2 ist in der Datei %3, in diesem Ergebnis aber %4; exportieren Sie in eine neue Datei.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>In Tabelle %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>Eine Zeile kann nicht in Tabelle %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>Das SSO unter %1 nennt %2 als Endpunkt, auf einem anderen Server; dorthin wird kein Token gesendet.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>Das SSO war für %1 nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>Das SSO hat die Berechtigung für %1 abgelehnt (invalid_grant%2): Sie ist abgelaufen, bereits verwendet oder widerrufen. Melden Sie den Charakter erneut an.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>Das SSO hat %1 mit %2%3 abgelehnt.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>Das SSO hat auf %2 mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>Die Antwort des SSO auf %1 enthält kein access_token; sie ist keine OAuth-Token-Antwort.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>Das Zugriffstoken aus %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> Ein gerade vom SSO ausgestelltes Token wirkt nur dann abgelaufen, wenn die Uhr dieses Computers vorgeht: Stellen Sie die Systemuhr richtig (automatische Zeit einschalten, z. B. timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> Das erneuerte Refresh-Token wurde behalten, die Anmeldung geht also nicht verloren.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>den Austausch des Anmeldecodes</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>die Token-Erneuerung</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>den Widerruf des Tokens</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>Das SSO-Discovery-Dokument %1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>Das SSO unter %1 bietet kein PKCE S256 an (code_challenge_methods_supported enthält es nicht), das eine Desktop-App zum Anmelden ohne Client-Secret braucht.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>Diese Anmeldung wurde bereits gestartet; starten Sie eine neue.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>Die Anmeldung wurde bei EVE SSO abgebrochen (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>EVE SSO hat die Anmeldung abgelehnt: %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>Die Anmeldeantwort enthält keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>EVE SSO hat kein Refresh-Token geliefert, daher kann die Anmeldung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu dieser Anmeldung (ihr state passt nicht), daher wurde sie abgelehnt. Das kann bedeuten, dass ein anderes Programm eine Anmeldung einschleusen wollte; starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>Es ist keine SSO-Client-ID eingestellt. Registrieren Sie eine Anwendung unter https://developers.eveonline.com und tragen Sie ihre Client-ID in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>Die SSO-Callback-URL &apos;%1&apos; ist keine absolute URL. Verwenden Sie die bei der Anwendung registrierte Callback-URL, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>Die SSO-Basis-URL &apos;%1&apos; ist keine http(s)-URL. Verwenden Sie %2 oder für Offline-Arbeit die Adresse von esi-sandbox (Einstellungen oder ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>Die SSO-Basis-URL</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>Die vertrauenswürdige ESI-URL</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>Der Scope &apos;%1&apos; ist kein einzelner Scope-Name; führen Sie Scopes einzeln auf, etwa esi-assets.read_assets.v1.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>Die Token-Datenbank %1 kann nicht gelesen werden: %2. Korrigieren Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>Die Token-Datenbank %1 ist keine SQLite-Datenbank (beschädigt oder von einem anderen Programm geschrieben). Sie wurde nicht verändert; verschieben Sie sie, um mit einer leeren Token-Liste zu beginnen, oder spielen Sie eine Sicherung ein.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>Die Token-Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>Die Token-Datenbank %1 ist beschädigt (%2). Sie wurde nicht verändert; verschieben Sie sie, um mit einer leeren Token-Liste zu beginnen (Charaktere müssen sich erneut anmelden), oder spielen Sie eine Sicherung ein.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>Die Token-Datenbank %1 hat eine unlesbare Schemaversion (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms (Tabellen %2), keine Token-Datenbank von ESI Studio. Sie wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>Die Token-Datenbank %1 hat die Schemaversion %2, geschrieben von einem neueren ESI Studio (dieses kennt bis %3). Sie wurde nicht verändert; aktualisieren Sie ESI Studio.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>Die Token-Datenbank %1 kann für die Schemaprüfung nicht gesperrt werden: %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>Die Aktualisierung der Token-Datenbank %1 auf Schemaversion %2 ist fehlgeschlagen (%3); sie wurde zurückgerollt und blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>Das Schema der Token-Datenbank kann nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>Die Token-Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>Das Token von Charakter %1 kann nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>Die Token-Version von Charakter %1 kann nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>Das Token von Charakter %1 kann nicht aus %2 entfernt werden: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>der Datenordner %1 kann nicht angelegt werden (setzen Sie ESI_STUDIO_DATA_DIR auf einen anderen Ordner)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>Charakter %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>Das Anmeldeergebnis ist unvollständig (kein Charakter oder keine Tokens); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>Die Anmeldung von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> Auch der Schlüsselbund konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>Für Charakter %1 ist kein Token gespeichert; melden Sie den Charakter zuerst an.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>Das Token von %1 braucht eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>Das Token von %1 braucht eine neue Anmeldung: %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>Das Token von %1 wurde widerrufen; melden Sie den Charakter erneut an, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>Dem Token von %1 fehlt der Scope %2; melden Sie den Charakter erneut an und gewähren Sie ihn.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>Dem Token von %1 fehlen die Scopes %2; melden Sie den Charakter erneut an und gewähren Sie sie.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Das Token wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>Das Token wurde beim SSO widerrufen, seine Geheimnisse konnten aber nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>Das Token konnte nicht widerrufen werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>Charakter %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>Für Charakter %1 ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>Das Token von Charakter %1 braucht eine neue Anmeldung: %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>Charakter %1 wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>Das SSO hat die Erneuerung von Charakter %1 mit einem Token für Charakter %2 beantwortet; es wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>Charakter %1 wurde erneut angemeldet, während sein Token erneuert wurde; die neue Anmeldung wurde behalten und diese Erneuerung verworfen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>Charakter %1 wurde entfernt, während sein Token erneuert wurde.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>kein Charakter ist angemeldet; melden Sie einen mit Scope %1 an</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>die Charaktere mit Scope %1 (%2) brauchen eine neue Anmeldung</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>kein angemeldeter Charakter hat den Scope %1; melden Sie einen Charakter an und gewähren Sie ihn</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>kein angemeldeter Charakter hat die Scopes %1; melden Sie einen Charakter an und gewähren Sie sie</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 enthält ein Steuerzeichen (U+%2) an Position %3; entfernen Sie es</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 „%2“ enthält %3, was ein Produkt-Token im User-Agent nicht enthalten darf; verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „+“</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>App-Version „%1“ ist ohne App-Namen angegeben; setzen Sie auch den App-Namen</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>Kontakt-E-Mail „%1“ ist keine E-Mail-Adresse; erwartet wird etwa sie@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>Quell-URL „%1“ ist keine absolute http(s)-URL; erwartet wird etwa https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>warte %1 auf Bucket %2: %3 von %4 Tokens</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>warte %1 auf Bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>warte %1 auf das Retry-After eines HTTP 429</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>warte %1 auf das Retry-After eines HTTP 429 bei Bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>warte %1 auf das ESI-Fehlerlimit: Ein HTTP 420 hat das Senden bis zum Zurücksetzen des Fensters gestoppt</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>warte %1 auf das ESI-Fehlerlimit: %2 Fehler im Fenster übrig, das Senden stoppt bei %3</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>warte %1 bis zum neuen Versuch nach HTTP %2</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>warte %1 bis zum neuen Versuch nach einer abgebrochenen Antwort</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>warte %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n Lauf in Folge ist fehlgeschlagen; der letzte meldete: %1</numerusform>
            <numerusform>%n Läufe in Folge sind fehlgeschlagen; der letzte meldete: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>Über ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>ESI-Studio-Symbol</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>Die Versionen von ESI Studio, Qt, QtKeychain, OpenSSL und dem System für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>Erkunden Sie die ESI von EVE Online: jede Operation einer Spezifikation durchsuchen, ausführen, das Ergebnis prüfen und exportieren und dabei Raten- und Fehlerlimits im Blick behalten.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>Spezifikation: %1, Kompatibilitätsdatum %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>Spezifikation: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>Das Zugriffstoken wurde aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Token von %1 wird erneuert…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>Das Zugriffstoken von %1 wurde erneuert.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 braucht eine neue Anmeldung („Scopes hinzufügen“ meldet ihn erneut an): %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>Das Token von %1 wurde nicht erneuert: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>Es wurde kein Zugriffstoken kopiert: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>Ein frisches Zugriffstoken von %1 liegt in der Zwischenablage (gültig bis %2). Die Zwischenablage wird in %3 geleert, sofern Sie nichts anderes kopieren.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>Die Claims können nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 Netzwerk</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 aus Cache</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>Spezifikationsdatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Geliefert</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>Der Aufrufverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>Der Aufrufverlauf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>Beim Dekodieren der Zeilen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>Geliefert aus</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Last-Modified</source>
        <translation>Last-Modified</translation>
    </message>
    <message>
        <source>X-Pages</source>
        <translation>X-Pages</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>Noch kein Aufruf: Parameter ausfüllen und „Ausführen“ drücken.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 Seiten · %2 Zeilen · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>revalidiert (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>frisch aus dem Cache</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>Frisch aus dem Cache: vor Expires ohne Anfrage beantwortet. Revalidiert: die Kopie im Cache wurde durch 304 Not Modified bestätigt. Netzwerk: eine vollständige 200-Antwort.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 verschiedene (eine pro Seite)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>Erste Seite: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(Seiten unterscheiden sich)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>%1 auf Limits gewartet</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>%1× neu abgerufen, weil sich die Daten während des Abrufs änderten</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>Bis %1 liefert ESI dieselben Daten; frühere Anfragen werden ohne Anfrage aus dem Cache beantwortet.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>vor %1; der nächste Lauf revalidiert</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>Charakterdetails</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>Scopes des gewählten Charakters</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>Kein Charakter ist angemeldet. Mit „Neuen Charakter anmelden“ fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>Wählen Sie einen Charakter, um sein Token zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Charakter %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>Corporation / Allianz: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Der Charakter ist seit seiner ersten Anmeldung auf ein anderes EVE-Konto gewechselt (Besitzer-Hash geändert). Prüfen Sie, ob es noch Ihr Charakter ist, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>Charakter, dessen Token verwendet wird</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>Anforderung an den Charakter</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>Mit dem benötigten Scope anmelden</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>Öffentliche Route: kein Charakter nötig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>beliebiger Scope</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>Benötigt einen angemeldeten Charakter mit %1.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>Kein angemeldeter Charakter hat %1.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Mit %1 anmelden…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>Öffnet EVE SSO und fragt %1 an</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>benötigt %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>%1 widerrufen und entfernen?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>Das Token von %1 wird bei EVE SSO widerrufen und aus dem Schlüsselbund gelöscht. Aufrufe als dieser Charakter brauchen danach eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>Widerrufen und Entfernen bestätigen</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>Widerrufen und entfernen</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>Token von %1 wird widerrufen…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>%1 ohne Widerruf entfernen?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>Das Token von %1 konnte bei EVE SSO nicht widerrufen werden: %2

Trotzdem aus ESI Studio entfernen? Die Berechtigung bleibt dann bei EVE SSO gültig, bis sie abläuft oder Sie sie unter https://community.eveonline.com/support/third-party-applications/ widerrufen.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>Entfernen ohne Widerruf bestätigen</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Trotzdem entfernen</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>Das Token von %1 wurde widerrufen, aber nicht entfernt: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>Das Token von %1 wurde bei EVE SSO widerrufen und entfernt.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 wurde aus ESI Studio entfernt; seine Berechtigung bleibt bei EVE SSO gültig, bis sie abläuft oder dort widerrufen wird.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>Kein Diagramm: Das Ergebnis hat keine Zeilen.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>Kein Diagramm: Das Ergebnis hat keine Datums- oder Datum-Zeit-Spalte.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>Kein Diagramm: Das Ergebnis hat keine Zahlenspalte (IDs zählen nicht).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>die Zugriffsrechte konnten nicht auf Sie beschränkt werden</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>das Diagramm konnte nicht als PNG gezeichnet werden</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>das Diagramm konnte nicht als SVG gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Zeitspalte</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>Zu zeichnende Wertspalten</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>Die Spalten ankreuzen, die als Linien gezeichnet werden sollen</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>Zeit&amp;achse:</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Li&amp;nien:</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>Diagramm des Ergebnisses über die Zeit</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>Kompatibilitätsdatum</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>Kompatibilitäts&amp;datum</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>Die API-Version, die der Explorer anzeigt und aufruft (X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>Datumsliste aktualisieren</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>ESI erneut nach ihren Kompatibilitätsdaten fragen</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>Status des Kompatibilitätsdatums</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>im Cache</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>nicht von ESI gelistet</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1 (aus Datei)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>Daten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>%n Datum von ESI</numerusform>
            <numerusform>%n Daten von ESI</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>Offline: nur zwischengespeicherte und mitgelieferte Daten</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Spezifikation %1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 aufgelöst zu %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 von der Festplatte geladen</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>keine Spezifikationsquelle verfügbar</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 konnte nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>Als curl kopieren (Token geschwärzt)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>Als curl mit Zugriffstoken kopieren…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>Als esi-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Als Python kopieren (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>Als Python mit dem Zugriffstoken kopieren…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>Als JavaScript kopieren (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>Als JavaScript mit dem Zugriffstoken kopieren…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>Ausführen von der Befehlszeile nicht möglich</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>%1 kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>%1 kann nicht ausgeführt werden: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>Die angezeigte Spezifikation (%1) hat keine Operation „%2“. Operations-IDs unterscheiden Groß- und Kleinschreibung, z. B. GetMarketsRegionIdOrders; „esi spec ops“ listet sie auf.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>%1 Zeilen werden nach %2 geschrieben…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>Eine Herkunftsdatei daneben schreiben (Operation, Parameter, Datum, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Mit UTF-8-Bytereihenfolge-Markierung beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — verschachtelte Felder als Spalten mit Punkt, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — wie empfangen, Seiten zu einem Array zusammengeführt</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — eine Zeile pro Zeile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>Alle %1 Sprachen (Zeilen erhalten ein Feld „language“)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>Herkunft schreiben</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Bytereihenfolge-Markierung</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%1 Zeilen aus %2 Seiten von %3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 ist ein Ordner; fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>Zellen, die mit = + - @ beginnen, unverändert schreiben (eine Tabellenkalkulation könnte sie als Formeln ausführen)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>Zellen unverändert</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>Aus (empfohlen): Textzellen, die mit =, +, -, @, einem Tabulator oder einem Wagenrücklauf beginnen, erhalten ein vorangestelltes Apostroph (&apos;), damit beim Öffnen der Datei nie eine vom Server gesendete Formel ausgeführt wird. Zahlen werden nie verändert.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>Neben jeder Spalte mit EVE-IDs einen Namen hinzufügen (type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Namen hinzufügen</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>Die Namen, die ESI Studio aus /universe/names kennt; eine ID ohne Namen (eine Struktur, ein Gegenstand) erhält einen leeren Namen</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — eine Tabelle je Operation, Array-Felder in Untertabellen; eine vorhandene Datei erhält einen weiteren Lauf</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (Herkunft in %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Es gibt keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>Der Export wurde geschrieben, seine Herkunftsdatei aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>Fehlgeschlagene Aufrufe der Liste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%1 von %2 Aufrufen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>Ersteinrichtungs-Assistent</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>Willkommen bei ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio erkundet die ESI von EVE Online: jede Operation durchsuchen, Aufrufe mit allen Seiten ausführen, die Ratenlimits beobachten und die Ergebnisse exportieren.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>Die nächsten Seiten richten die Anmeldung ein und wie sich Ihre Anfragen vorstellen. Alles lässt sich später unter Datei › Einstellungen ändern, und dieser Assistent kann über das Hilfe-Menü erneut geöffnet werden.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>Mit EVE an&amp;melden: eine Anwendung registrieren und ihre Client-ID eingeben</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>Mit EVE anmelden</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO-Client-ID</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>leer: nur öffentliche Operationen, später anmelden</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Problem mit der Client-ID</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>&amp;Offline ausprobieren: eine lokale Sandbox-ESI mit Testcharakteren, kein EVE-Konto nötig</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Offline ausprobieren</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>Die Sandbox (esi-sandbox, mit ESI Studio installiert) beantwortet jede Operation mit erzeugten Daten und meldet Testcharaktere wie „Sandbox Pilot“ an. Die Statusleiste zeigt an, wenn Sie sie nutzen, samt Weg zurück.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>Ihre Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Vorschau des User-Agent</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>Problem mit der Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP bittet jeden ESI-Client anzugeben, wer ihn betreibt, damit man Ihnen schreiben kann, statt Ihren Datenverkehr zu sperren. Die Adresse kommt in den User-Agent-Header jeder Anfrage; leer lassen, um nur den Namen von ESI Studio zu senden.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio startet mit der Offline-Sandbox. Melden Sie sich über die Charakterauswahl mit „Sandbox Pilot“ oder einem anderen Testcharakter an. Gehen Sie über die Statusleiste wieder online, sobald Sie eine Anwendung registriert haben.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>Noch keine Client-ID: öffentliche Operationen funktionieren jetzt; tragen Sie die Client-ID unter Datei › Einstellungen ein, um Charaktere anzumelden.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>Anfragen stellen sich vor als: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>Melden Sie Charaktere über die Charakterauswahl an; die Anmeldeseite von EVE öffnet sich im Anmeldefenster von ESI Studio, das auch anbietet, stattdessen Ihren Systembrowser zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>alle Seiten</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>diese Seite</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Aufrufe vergleichen</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>%1 vergleichen</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Vergleichsergebnis</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>Angefragte Seiten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Kompatibilitätsdatum</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag (Seite 1)</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified (Seite 1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>Frisch aus dem Cache</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>Revalidiert (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>Bytes über das Netzwerk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>Daten (SHA-256 der Inhalte)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>Nicht vergleichbar: mindestens einer der Aufrufe lieferte keine Daten.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>Gleiche Daten: jeder Seiteninhalt ist identisch.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>Die Daten der beiden Aufrufe unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>Den gewählten Aufruf erneut ausführen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>Zwei gewählte Aufrufe nebeneinanderstellen: Parameter, Ergebnis, Zeiten, Daten</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>Den gewählten Aufruf als curl-Befehl kopieren (Token geschwärzt)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>Die gewählten Aufrufe aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Aufrufverlauf</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Verlaufsstatus</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>kein Speicher</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>Doppelklicken Sie auf einen Aufruf, um ihn ins Formular zu laden</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>Die zwei gewählten Aufrufe nebeneinanderstellen</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>Wählen Sie genau zwei Aufrufe (Strg+Klick), um sie zu vergleichen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, aus /universe/names)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonTreeModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 Feld}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 Felder}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>Claims des Zugriffstokens</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>Claims des Zugriffstokens</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>Claims des Zugriffstokens — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>Was das aktuelle Zugriffstoken aussagt. Das Token selbst und seine Signatur werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>Signaturschlüssel im JWKS des SSO</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>Tokentyp</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>der Charakter (CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>Charaktername</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>Besitzer-Hash: ändert sich, wenn der Charakter auf ein anderes Konto wechselt</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>gewährte Scopes</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>berechtigte Partei (Client-ID)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>SSO-Region</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>Das Zugriffstoken konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>Zielgruppe: die Client-ID und „EVE Online“</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>Unbenutzte Anmeldungen aktiv halten: erneuern alle</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>Unbenutzte Anmeldungen aktiv halten</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO vergisst Refresh-Tokens, die lange ungenutzt bleiben; ein gelegentliches Erneuern hält sie funktionsfähig, solange ESI Studio läuft.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>Erneuerungsintervall in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>&amp;Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>Warte auf den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>Wenn Ihr Desktop nach dem Schlüsselbund-Passwort fragt, entsperren Sie den Anmelde-Schlüsselbund; die Charakterverwaltung macht weiter, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
Entsperren Sie den Anmelde-Schlüsselbund (zum Beispiel in „Passwörter und Schlüssel“) oder starten Sie einen Secret Service wie GNOME Keyring oder KWallet und prüfen Sie dann erneut. Anmelden, Erneuern und Widerrufen brauchen den Schlüsselbund; nirgendwo sonst wird etwas gespeichert.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>ESI-Limits</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>Fehlerlimit</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>Routen ohne Bucket teilen sich das Fehlerlimit von ESI: 100 Fehlerantworten pro Fenster. Ist es aufgebraucht, antwortet ESI auf alles mit 420, bis das Fenster zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Verbleibende Fehler</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>Zurücksetzen des Fehlerlimits</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>Ratenlimit-Buckets</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>Keine Buckets</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>Noch kein Bucket verwendet. Routen mit x-rate-limit erscheinen hier nach ihrem ersten Aufruf.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>Limitverfolgung ist aus: der gemeinsame Limitzustand konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (öffentlich)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>Fenster wird in %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>Im aktuellen Fenster keine Fehler gezählt</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>%1 von %2 Fehlern übrig</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>Schutzschalter nicht verfügbar</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>Schutzschalter nach 420 offen: %1 lang wird nichts gesendet</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>Zurückgehalten: nur noch %1 Fehler übrig, unter der Sicherheitsmarge von %2; Senden geht in %3 weiter</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>Schutzschalter geschlossen: Anfragen laufen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>Spalte verwenden</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Werte für %1</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>Ein Aufruf pro Wert. Schreibe einen Array-Wert pro Zeile (1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>Ein Aufruf pro Wert. Füge die Werte einen pro Zeile oder durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Werte von %1</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>Anzahl der Werte</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>Spalte des aktuellen Ergebnisses</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>Aus dem aktuellen Ergebnis:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>Jeder angemeldete Charakter mit dem Scope (derzeit %n)</numerusform>
            <numerusform>Jeder angemeldete Charakter mit dem Scope (derzeit %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 Werte: eine Liste darf höchstens %2 enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n Wert: je ein Aufruf.</numerusform>
            <numerusform>%n Werte: je ein Aufruf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MainWindow</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>Operation und Ergebnis</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>Spezifikationsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>Ein lokales ESI-OpenAPI- oder Swagger-Dokument durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>Ergebnis &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>Die Zeilen des letzten Aufrufs als JSON, NDJSON oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>Die gewählte Operation mit den Werten des Formulars ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Ausführung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>Den laufenden Aufruf stoppen; es wird nichts mehr gesendet</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>&amp;Gehe zu Operation…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>Zu einer Operation nach ID, Pfad, Zusammenfassung oder Scope springen</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>Seit einem anderen Kompatibilitätsdatum hinzugefügte, entfernte und geänderte Operationen</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>&amp;Über ESI Studio</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Erkunden</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>Explorer-Werkzeuge</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>Geladene Spezifikation</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI-Server</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>Anfragen und Spezifikations-Downloads gehen an diesen Server</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Keine Spezifikation geladen</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 Operationen</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>„%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>Es wird weiterhin die Spezifikation für %1 (%2) angezeigt.</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>ESI-Spezifikation öffnen</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>OpenAPI- oder Swagger-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters auflisten</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>Charaktere &amp;verwalten…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>Angemeldete Charaktere, ihre Token und Scopes</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Charaktere</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;Was hat sich geändert…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Art der Meldung</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>Titel der Meldung</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Details der Meldung</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>Namen anzeigen</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>Eine Namensspalte neben jeder Spalte mit EVE-IDs (type_id → type_name), aus ESIs /universe/names</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>Namen zu %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, aus /universe/names)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>Namen zu %1 aus ESIs /universe/names; Rechtsklick auf eine Spaltenüberschrift blendet sie aus</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>Wieder online gehen</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>Wieder online gehen</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>Wieder die Server von EVE verwenden (ESI Studio startet neu)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>OFFLINE-SANDBOX unter %1: erzeugte Daten, nicht die Server von EVE</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>Aufrufe und Anmeldungen gehen an die mitgelieferte esi-sandbox; ihre Testcharaktere brauchen kein EVE-Konto.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>Operationsdokumentation</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Keine Spezifikation geladen</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>Öffnen Sie ein ESI-OpenAPI-Dokument mit Datei → Spezifikationsdatei öffnen.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Kompatibilitätsdatum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>Wählen Sie links eine Operation, um zu lesen, was sie tut, wer sie aufrufen darf und was sie antwortet. Filtern Sie mit Wörtern oder mit tag:, scope:, path:, id: und method:.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>Veraltet: ESI kann diese Route entfernen; suchen Sie nach ihrem Ersatz, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Operations-ID</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>Anmeldung erforderlich, kein Scope genannt</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>keiner: öffentliche Route, keine Anmeldung nötig</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Erforderliche Rollen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(eine davon genügt)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Seitenweise Abfrage</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Lokalisiert</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>ja: antwortet in der per Accept-Language angefragten Sprache</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>Route geändert</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>kein Bucket: zählt gegen das globale Fehlerlimit</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>Gruppe %1, höchstens %2 Token pro %3-Fenster</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>keine: eine Antwort enthält das ganze Ergebnis</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>Seitennummern: Query-Parameter page, Gesamtzahl im Header X-Pages</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>Cursor: Query-Parameter before / after, nächster Cursor im Inhalt</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: rückwärts ab der kleinsten gesehenen ID</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>Die Spezifikation deklariert keine Erfolgsantwort.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Inhalt</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>Informationen zur Operation</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Antwortschema</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Doku</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>Antwort&amp;schema</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1-Antwort</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>seitenweise</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>lokalisiert</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 Operation mit Tag %1</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%1 Operationen mit Tag %2</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>Benötigt Scope: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>Öffentlich: keine Anmeldung nötig</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>Erforderliche Rollen (eine davon): %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>Seitenweise Abfrage: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>Lokalisiert: antwortet in der angefragten Sprache</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>Ratenlimit-Gruppe: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>erfordert Anmeldung</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>seitenweise nach %1</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>lokalisiert</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>erfordert Corporation-Rollen</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Operationen filtern</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>Operationen filtern (ID, Pfad, Zusammenfassung, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>Alle Wörter müssen passen. Mit Präfix wird ein Feld durchsucht: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Strg+F fokussiert, Esc leert.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>Operation finden</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>Operationsbaum</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>Anzahl der Operationen</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Keine Spezifikation geladen</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%1 Operationen in %2 Tags</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Keine Operation passt zu „%1“</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>%1 von %2 Operationen passen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>z. B. 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>kommagetrennte %1</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>Dieses Datum senden; nicht angehakt wird der Parameter weggelassen</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Anfrageinhalt (JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>Syntax des Anfrageinhalts</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(Wert wählen)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>Erforderlich: geben Sie den Anfrageinhalt als JSON ein.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>Optional: leer lassen, um keinen Inhalt zu senden.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>Parameterfelder</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>Keine Parameter</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>Parameterprobleme</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>Wählen Sie eine Operation, um ihre Parameter auszufüllen.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>Der Anfrageinhalt als JSON.</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 hat keine Parameter: drücken Sie „Ausführen“.</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Beschriftung von %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Veraltet.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Meldung zu %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Liste…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>Liste von Werten für %1</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>Einmal pro Wert ausführen: IDs einfügen, eine Spalte des aktuellen Ergebnisses übernehmen%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> oder jeden angemeldeten Charakter</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>Liste (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>Jeder angemeldete Charakter mit dem Scope (%n): je ein Aufruf.</numerusform>
            <numerusform>Jeder angemeldete Charakter mit dem Scope (%n): je ein Aufruf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>Eine Liste mit %n Wert, je ein Aufruf: </numerusform>
            <numerusform>Eine Liste mit %n Werten, je ein Aufruf: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Allianzen der angemeldeten Charaktere (%n)</numerusform>
            <numerusform>Allianzen der angemeldeten Charaktere (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Corporations der angemeldeten Charaktere (%n)</numerusform>
            <numerusform>Corporations der angemeldeten Charaktere (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>Allianzen der angemeldeten Charaktere (werden nachgeschlagen…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>Corporations der angemeldeten Charaktere (werden nachgeschlagen…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>der Bildserver antwortete HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>die Antwort des Bildservers ist kein Bild</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>Gehe zu Operation</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>Ziel-Operation</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>Gehe zu Operation: ID, Pfad, Zusammenfassung, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Passende Operationen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Keine Spezifikation geladen</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Keine Operation passt zu „%1“</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>Beste %1 von %2 Treffern; weiter tippen zum Eingrenzen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n Treffer; Eingabe öffnet den markierten</numerusform>
            <numerusform>%n Treffer; Eingabe öffnet den markierten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>gesperrt für %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>gesperrt für %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 Token von laufenden Anfragen belegt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>gesperrt %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>Bucket %1 für %2: %3 Token pro %4-Fenster. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>Verbrauchte Token verlassen das gleitende %1-Fenster einzeln; der nächste kommt nach dieser Zeit zurück.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>%1 von %2 Token übrig (%3 von laufenden Anfragen reserviert). Eine 2xx-Antwort kostet 2 Token, 3xx 1, 4xx 5.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Übrige Token</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Auffüllen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>Rohantwort</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Antwort durchsuchen</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>Diese Seite durchsuchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>Die Antwort hatte keinen Inhalt.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>Öffnen Sie &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; und melden Sie sich mit Ihrem EVE-Online-Konto an.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>Wählen Sie &lt;b&gt;Applications&lt;/b&gt;, dann &lt;b&gt;Create new application&lt;/b&gt;, und geben Sie einen Namen und eine kurze Beschreibung ein.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>Wählen Sie unter &lt;b&gt;Connection type&lt;/b&gt; die Option &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>Fügen Sie unter &lt;b&gt;Permissions&lt;/b&gt; die Scopes der Operationen hinzu, die Sie aufrufen möchten (die Dokumentation jeder Operation in ESI Studio nennt sie, z. B. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). Eine Anmeldung kann nur Scopes anfragen, die die Anwendung hat.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>Geben Sie als &lt;b&gt;Callback URL&lt;/b&gt; genau &lt;code&gt;%1&lt;/code&gt; ein (die hier eingestellte Callback-URL).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>Erstellen Sie die Anwendung und kopieren Sie ihre &lt;b&gt;Client ID&lt;/b&gt; in das Feld unten. ESI Studio meldet sich mit PKCE an, der geheime Schlüssel wird also nicht gebraucht; behalten Sie ihn für sich.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>So registrieren Sie eine Anwendung</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>curl-Befehl kopiert (Authorization geschwärzt).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>esi-Befehl kopiert; esi verwendet seinen eigenen angemeldeten Charakter.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>%1-Code kopiert; er liest das Zugriffstoken aus der Umgebungsvariable ESI_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>%1-Code kopiert.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>Der curl-Befehl mit dem Zugriffstoken wurde kopiert; behandeln Sie ihn wie ein Passwort. Er wird in %1 s aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>%1-Code mit dem Zugriffstoken kopiert; behandeln Sie ihn wie ein Passwort. Er wird in %2 s aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>Kein Zugriffstoken zum Kopieren</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 benötigt einen angemeldeten Charakter; der Befehl wurde nicht kopiert.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>Zugriffstoken kopieren?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>Der Befehl enthält das Zugriffstoken von %1. Jeder, der es hat, kann bis zum Ablauf (etwa 20 Minuten) die Daten dieses Charakters mit %2 lesen.

Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>Ein Aufruf über Listen lässt sich nicht kopieren</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 läuft einmal je Wert seiner Listen, der Code deckt aber nur einen Aufruf ab. Nimm die Listen aus dem Formular (oder wähle einen Wert), um ihn zu kopieren.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>Charakter %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Statuszeile</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>HTTP %1 · %2 · %3</source>
        <translation>HTTP %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RestartOffer</name>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI-Server</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>Cache-Ort</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>Offline-Sandbox</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>wieder online</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>Diese Änderungen werden wirksam, wenn ESI Studio neu startet: %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>ESI Studio neu starten?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Aufruffehler</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>ESI-Warnungen</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>Ergebnissprache</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>Ergebnis als JSON-Baum</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Ergebnisansichten</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Roh</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>Zeilen als JSON, NDJSON oder CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>Nichts gesendet: die Parameter sind ungültig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>Die Ausführung wurde gestoppt; %1 Seiten waren angekommen.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 fehlgeschlagen: ESI antwortete %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>Neuere Version dieser Route verfügbar (199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>Veraltete Route (299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI hat eine Warnung gesendet</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI hat Warnungen gesendet</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Dia&amp;gramm</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>Die Zeile selbst (das Ergebnis ist eine Liste von Werten)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>Feld %1 jeder Zeile</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>Ergebnistabelle</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>Zeilen filtern (beliebiger Text in einer Zelle)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Spalte filtern</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sortieren…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 von %2 Zeilen passen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>Verglichene Zeilen</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>Zeilenvergleich</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>Die Zeilen lassen sich nicht vergleichen: Sie werden nur für die letzten %1 Aufrufe mit höchstens %2 Zeilen aufbewahrt, und für mindestens einen dieser Aufrufe nicht.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>Zeilen, von älter zu neuer: %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>Ausführen ist nicht verfügbar: ESI Studio wurde ohne Aufruf-Engine gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>Nichts gesendet: korrigieren Sie zuerst den markierten Parameter.</numerusform>
            <numerusform>Nichts gesendet: korrigieren Sie zuerst die %n markierten Parameter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>Nichts gesendet: %1 benötigt einen angemeldeten Charakter mit %2.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>Großer Abruf</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>Ausführung nicht gestartet.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>Fertig: %1 Seiten · %2 Zeilen · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>Nach %1 Seiten abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>%1 kann nicht erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>Die angezeigte Spezifikation (%1) hat keine Operation %2; wählen Sie das Kompatibilitätsdatum %3, mit dem sie ausgeführt wurde.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>%1 kann nicht als %2 erneut ausgeführt werden</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 ist nicht mit den Scopes angemeldet, die diese Operation benötigt.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>Kompatibilitätsdatum %1 wird verwendet; der Aufruf wurde mit %2 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>%1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>Die angezeigte Spezifikation hat keine Operation %1.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>Prüfe, zu welcher Corporation %1 gehört…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>Nichts gesendet: zuerst eine Operation auswählen.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>Nichts gesendet: ein Lauf ist im Gange; zuerst abbrechen.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>Viele Aufrufe</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>Dies führt %1 %n-mal aus, einmal pro Wert. Ausführen?</numerusform>
            <numerusform>Dies führt %1 %n-mal aus, einmal pro Wert. Ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>Fertig: %1 von %2 Aufrufen · %3 fehlgeschlagen · %4 Zeilen · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>Diese Seite</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>Operation ausführen</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Auszuführende Operation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>Nur diese Seite abrufen</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>Eine Anfrage: Seite 1 oder die mit dem Parameter page genannte Seite</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Alle Seiten abrufen</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>Jede Seite: per X-Pages, Cursor oder from_id, mehrere gleichzeitig</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>Schätzung der Ausführung</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>Operation ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>Ausführung stoppen; es wird nichts mehr gesendet</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>Anfrage als curl-Befehl kopieren; der Authorization-Header wird geschwärzt</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt der Ausführung</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status der Ausführung</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>Keine Operation gewählt</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>Alle Seiten werden abgerufen; wählen Sie „Diese Seite“, um eine Seite anzufragen.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>Diese Route ist nicht lokalisiert; sie antwortet in jeder Sprache gleich</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · warte auf Seite 1</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Warte %1: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>Accept-Language der Anfrage. „Alle Sprachen“ führt den Aufruf einmal pro Sprache aus und zeigt einen Reiter pro Sprache.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>Accept-Language der Anfrage. „Alle Sprachen“ führt den Aufruf einmal pro Sprache aus.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>Die letzte Seite wird dekodiert…</numerusform>
            <numerusform>Die letzten %n Seiten werden dekodiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1 (rekursiv)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>Immer vorhanden</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>Scopes wählen</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>Scopes wählen</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>Der Charakter gewährt ESI Studio diese Scopes bei der Anmeldung. Fragen Sie nur an, was Sie brauchen.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Scopes durchsuchen</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>Scopes durchsuchen (z. B. wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>Scopes nach Bereich</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>&amp;Alle Scopes dieser Spezifikation</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>Alle Scopes dieser Spezifikation auswählen</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>Scopes für meine &amp;genutzten Operationen</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>Die Scopes der Operationen wählen, die Sie genutzt haben</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>Es wurde noch keine Operation mit Anmeldung ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>%n Scope aus Ihrem Aufrufverlauf</numerusform>
            <numerusform>%n Scopes aus Ihrem Aufrufverlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>Mit den gewählten Scopes anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>Gewählte Scopes</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>Der Charakter hat diesen Scope bereits; er bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n Scope gewählt</numerusform>
            <numerusform>%n Scopes gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>%n Scope hinzuzufügen; die %1 des Charakters bleiben</numerusform>
            <numerusform>%n Scopes hinzuzufügen; die %1 des Charakters bleiben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>esi-sandbox wurde nicht neben ESI Studio gefunden (gesucht in %1). Installieren Sie ESI Studio neu oder bauen Sie das Ziel esi-sandbox.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>Die Offline-Sandbox wurde beendet</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>Starten Sie ESI Studio neu, um sie wieder zu starten.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>Antwort-Cache geleert</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO-Client-ID</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>von developers.eveonline.com; leer: nur öffentliche Operationen</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>SSO-Callback-URL</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>SSO-Server</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>Um Charaktere anzumelden, braucht ESI Studio eine auf der EVE-Entwicklerseite registrierte Anwendung. So registrieren Sie eine:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>SSO-&amp;Server:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>sie@example.com: damit CCP Sie wegen Ihres Datenverkehrs erreichen kann</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>optional: das Werkzeug, für das diese Anfragen sind</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Vorschau des User-Agent</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI-Server</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>Standard-Kompatibilitätsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>JJJJ-MM-TT; leer: das Datum der Spezifikation</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Kontakt-&amp;E-Mail:</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>App-&amp;Name:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>ESI-Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>Wird nach einem Neustart wirksam. Verwenden Sie die Adresse von esi-sandbox oder eines Proxys, um nicht mit den Servern von EVE zu arbeiten.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>Standard-Kompatibilitäts&amp;datum:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Cache-Größenlimit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Cache-Ort</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>leer: der Standard-Cache-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Cache-Ordner wählen</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Antwort-Cache leeren</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Größe des Antwort-Cache</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(kein gültiger Header: %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>%1 zwischengespeicherte Antworten freigegeben.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Cache-Ort</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>Der Antwort-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>Zwischengespeicherte Antworten: %1, Größe %2, in %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>Änderungen auf dieser Seite werden nach einem Neustart von ESI Studio wirksam. Die Kommandozeile esi verwendet sie ebenfalls.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>Ein neuer Ort wird nach einem Neustart wirksam; die Kommandozeile esi folgt ihm ebenfalls. Das Größenlimit gilt sofort.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>Höchstens Seiten pro Aufruf</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>Größte Antwort</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>Höchstens &amp;Seiten pro Aufruf:</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>Größte &amp;Antwort:</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>Ein Aufruf bricht mit einem Fehler ab, wenn ein Server mehr Seiten ankündigt oder eine größere Antwort sendet, statt endlos abzurufen.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>&amp;Namen zu IDs anzeigen</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>Namen zu IDs anzeigen</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>Eine Namensspalte neben jeder Spalte mit EVE-IDs in der Ergebnistabelle (type_id → type_name), aus ESIs /universe/names; auch das Kontextmenü der Tabellenkopfzeile schaltet sie</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;Ersteinrichtungs-Assistent…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>Client-ID, Kontakt-E-Mail, Server, Cache, Sprache und Design</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>Anmeldung oder Offline-Sandbox erneut einrichten</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>Wieder &amp;online gehen</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>&amp;Offline ausprobieren</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>Beim nächsten Start wieder die Server von EVE verwenden</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>Jede Funktion mit einer lokalen Sandbox erkunden, kein EVE-Konto nötig</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>Nach Aktion, Taste oder Beschreibung suchen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>Anzahl der Tastenkürzel</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%n von %1 Tastenkürzeln</numerusform>
            <numerusform>%n von %1 Tastenkürzeln</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im Bereich %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInLauncher</name>
    <message>
        <source>The embedded sign-in browser %1 could not be loaded: %2. Reinstall ESI Studio with its Qt WebEngine runtime.</source>
        <translation>Der eingebettete Anmeldebrowser %1 konnte nicht geladen werden: %2. Installieren Sie ESI Studio mit seiner Qt-WebEngine-Laufzeit neu.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 ist nicht der eingebettete Anmeldebrowser dieser Version von ESI Studio; installieren Sie ESI Studio neu.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>Der eingebettete Anmeldebrowser (%1) ist nicht installiert; gesucht in %2.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>EVE SSO wird kontaktiert…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>Zum Anmelden wird die Client-ID einer auf developers.eveonline.com registrierten Anwendung benötigt; tragen Sie sie unter Datei › Einstellungen… (SSO-Client-ID) ein oder setzen Sie die Umgebungsvariable ESI_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>Scopes für %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>%1 wird erneut für %n Scope angemeldet…</numerusform>
            <numerusform>%1 wird erneut für %n Scopes angemeldet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>Neuer Charakter wird für %n Scope angemeldet…</numerusform>
            <numerusform>Neuer Charakter wird für %n Scopes angemeldet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>das laufende ESI Studio (Socket %1) hat innerhalb von %2 Sekunden keine Verbindung angenommen</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>das laufende ESI Studio (Socket %1) hat die Anfrage nicht angenommen: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>das laufende ESI Studio (Socket %1) hat nicht innerhalb von %2 Sekunden geantwortet; schließen Sie es oder starten Sie ein weiteres Fenster mit --new-instance</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>das laufende ESI Studio (Socket %1) hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>kann nicht auf lokalem Socket %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Was hat sich geändert</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>Vergleichsdatum</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>Geänderte Operationen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>Wählen Sie ein Datum und drücken Sie „Vergleichen“.</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>Keine Spezifikationsquelle für %1.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Spezifikation %1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (war %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>Von %1 bis %2 hat sich keine Operation geändert.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>Von %1 bis %2: %3 hinzugefügt, %4 entfernt, %5 geändert.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>Zum Anmelden wird die Client-ID einer auf developers.eveonline.com registrierten Anwendung benötigt; setzen Sie ESI_CLIENT_ID oder sso/clientId in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>Die Anmeldeantwort kann nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst, um sich anzumelden: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Anmeldeantwort vom Browser, daher wartet ESI Studio nicht mehr. Starten Sie die Anmeldung erneut, wenn Sie bereit sind.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Anmeldeantwort vom Browser, daher wartet ESI Studio nicht mehr. Starten Sie die Anmeldung erneut, wenn Sie bereit sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>Anmeldeseite erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>Warten auf die Anmeldung in Ihrem Webbrowser</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Schließen Sie die Anmeldung beim EVE SSO in Ihrem Webbrowser ab. ESI Studio wartet bis zu %n Minute auf die Antwort; „Abbrechen“ beendet das Warten.</numerusform>
            <numerusform>Schließen Sie die Anmeldung beim EVE SSO in Ihrem Webbrowser ab. ESI Studio wartet bis zu %n Minuten auf die Antwort; „Abbrechen“ beendet das Warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>Neuen Charakter &amp;anmelden…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>Scopes &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>Zugriffstoken &amp;kopieren</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>Token-&amp;Claims anzeigen…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>&amp;Widerrufen und entfernen…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>&amp;Besitzerwechsel bestätigen</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>Wählen Sie zuerst einen Charakter.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>Dieses Token kann nicht verwendet werden; melden Sie den Charakter erneut an.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>Wird bei nächster Nutzung erneuert</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>Erneute Anmeldung nötig</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>Der Charakter ist seit der Anmeldung auf ein anderes EVE-Konto gewechselt.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · Besitzer geändert</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Charakter</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>Corporation / Allianz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>Zugriffstoken läuft ab in</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Zuletzt erneuert</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>Charakterverwaltung</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>Angemeldete Charaktere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 braucht eine neue Anmeldung: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 ist angemeldet.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 ist angemeldet, gewährt aber %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>Anmeldung nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>Token-Verbrauch über die Zeit</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>Limitverbrauch, letzte %1 Minuten</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>Fehlerlimit</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>Dieses Ergebnis beobachten</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Den Aufruf jedes Mal erneut ausführen, wenn seine Antwort abläuft (nie früher), und Änderungen hervorheben; eine unveränderte Antwort kostet ein 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Beobachtungsstatus</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>Schnappschüsse der Beobachtung</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>Einen früheren Schnappschuss und seine Änderungen zeigen</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>Benachrichtigen, wenn sich das beobachtete Ergebnis ändert</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn ein Schnappschuss Zeilen ändert</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>In diesem Schnappschuss entfernte Zeilen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>Beobachtung beendet; der letzte Schnappschuss bleibt abrufbar.</numerusform>
            <numerusform>Beobachtung beendet; die letzten %n Schnappschüsse bleiben abrufbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Beobachtung beendet: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erster</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>Ein Lauf über Wertelisten kann nicht beobachtet werden</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>Zuerst einen Aufruf ausführen; ein erfolgreiches Ergebnis kann beobachtet werden</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Den Aufruf jedes Mal erneut ausführen, wenn seine Antwort abläuft (nie früher), und Änderungen hervorheben; eine unveränderte Antwort kostet ein 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>Schnappschuss %1 um %2 fehlgeschlagen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>Schnappschuss %1 um %2: %n Zeile</numerusform>
            <numerusform>Schnappschuss %1 um %2: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>Schnappschuss %1 um %2: keine Änderung (304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>Schnappschuss %1 um %2: %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · nächster Lauf um %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>Geändert in Schnappschuss %1; vorher: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>Hinzugekommen in Schnappschuss %1</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>Geändert in Schnappschuss %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio läuft als root, und der eingebettete Browser (Chromium) weigert sich, seine Sandbox als root zu starten: Er würde die ganze Anwendung beenden. Die Anmeldung wird stattdessen in Ihrem Webbrowser fortgesetzt. Starten Sie ESI Studio als normaler Benutzer, um sich darin anzumelden (oder, wenn Sie das Risiko kennen, mit QTWEBENGINE_DISABLE_SANDBOX=1).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>Der eingebettete Browser benötigt OpenGL, und auf diesem Bildschirm wurde kein nutzbares OpenGL gefunden. Die Anmeldung wird stattdessen in Ihrem Webbrowser fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>Mit EVE Online anmelden</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>Anmeldeseite von EVE SSO</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Zurück zur vorherigen Seite (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>Seite erneut laden (%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse der angezeigten Seite</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Anmeldung erneut versuchen</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>Dieses Fenster speichert keine Cookies, keinen Cache und keinen Verlauf: beim Schließen vergisst es alles.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>Stattdessen meinen &amp;Systembrowser verwenden</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>Stattdessen meinen Systembrowser verwenden</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>Über Ihren Standard-Webbrowser anmelden; er kehrt über eine lokale Adresse auf diesem Computer zu ESI Studio zurück.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>Die Anmeldeseite unter %1 konnte nicht geladen werden: %2 (Fehler %3).

Prüfen Sie die Internetverbindung (bei einem lokalen SSO: ob esi-sandbox läuft) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>Die Verbindung zu %1 konnte nicht verifiziert werden (%2), daher hat ESI Studio sie abgelehnt und nichts gesendet.

Prüfen Sie Datum und Uhrzeit des Computers sowie Proxys oder Sicherheitssoftware, die HTTPS-Verkehr untersuchen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>Verschlüsselte Verbindung (HTTPS) zu %1; das Zertifikat wurde geprüft.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>Unverschlüsselte Verbindung (HTTP) zu %1. Nur ein lokales SSO wie esi-sandbox sollte so erreicht werden.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Verbindungssicherheit: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>Anmeldeseite von EVE SSO wird geladen…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>Zuerst Seite 1; X-Pages sagt dann, wie viele Anfragen folgen</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>%1 Anfragen für Seite 1 (eine pro Sprache); X-Pages sagt dann, wie viele folgen</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>etwa %1 Anfragen</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1; kein Ratenlimit-Bucket, nur Fehler zählen (Fehlerlimit).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · etwa %2 Token aus Bucket %3 (%4 übrig)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>Diese Ausführung sendet etwa %1 Anfragen.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>Sie verbraucht etwa %1 Token aus Bucket %2, in dem noch %3 übrig sind.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>Die Ausführung pausiert, wenn der Bucket leer ist, bis Token zurückkommen.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>Starten?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>Dieser Lauf ruft etwa %1 Seiten ab (X-Pages des letzten Laufs), mit etwa %2 Anfragen.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>Ein Aufruf bricht nach mehr als %1 Seiten mit einem Fehler ab (Einstellungen › Anfragen › Höchstens Seiten pro Aufruf).</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <source>Open the operation &lt;operation_id&gt; with the name=value words that follow (as in esi call) and run it, in the ESI Studio already running if there is one.</source>
        <translation>Die Operation &lt;operation_id&gt; mit den folgenden name=Wert-Angaben (wie bei esi call) öffnen und ausführen, im bereits laufenden ESI Studio, falls eines läuft.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>Mit --run: alle Seiten abrufen.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>Mit --run: beenden, sobald der Lauf fertig ist und jede Zeile in der Tabelle steht; Status 0 bei Erfolg, 1 bei einem fehlgeschlagenen Lauf, 2 wenn er nicht starten konnte (schließt --new-instance ein).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>unerwartetes Argument „%1“; eine Spezifikation mit --spec DATEI öffnen, eine Operation mit --run OPERATION_ID name=Wert ... ausführen</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages und --quit-after-run brauchen --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>die Body-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>die Body-Datei %1 ist größer als %2 MiB; ein ESI-Anfrage-Body hat wenige KB</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
</TS>
