<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>cannot load spec %1: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>the bundled spec could not be read: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Sign-in did not complete</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>Some of ESI Studio&apos;s state is unavailable</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Could not open “%1”</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>The bundled spec could not be read</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>Response cache: %1 Calls go to ESI every time.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>Rate-limit state: %1 Limits are tracked for this window only.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>Call history: %1 Calls are not remembered.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>Characters: %1 Authed operations cannot run.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>Signing in through your web browser instead</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Continue the sign-in in your web browser.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Signed in as %1.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 was signed in with fewer scopes</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>Offline sandbox: %1 ESI Studio uses the usual servers instead.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1; opening a new window</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>Character %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>Could not keep %1 signed in</numerusform>
            <numerusform>Could not keep %1 signed in</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>the main window was not shown within %1 seconds</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>Desktop explorer for EVE Online&apos;s ESI</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>ESI server root (default %1, or $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>EVE SSO server root (or $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>unexpected argument “%1”; open a spec with --spec FILE</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>Earlier state in %1 was not moved: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>Earlier settings in %1 were not moved: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>“%1” is not one of ESI Studio&apos;s languages (%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>The translation %1/%2.qm is missing from this build.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>Requests › Contact email: %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>Requests › App name: %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>Requests › Requests at once is %1; it must be from %2 to %3.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>Cache › Location “%1” is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>Sign-in › SSO server</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>Sign-in › Trusted ESI server</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>Requests › ESI server</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>Requests › Most pages per call is %1; it must be from %2 to %3.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>the character has no corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>the loaded spec has no public GET %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>character %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>The character also needs one of the in-game corporation roles %1.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>character %1 of the path</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>its token was revoked</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>the SSO refused its refresh token</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>corporation %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>alliance %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>no character is signed in</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>signed in, but not members: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>Cannot create the token lock folder %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>Cannot lock %1: %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 was cancelled</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>no spec is loaded</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>language &apos;%1&apos; is not one of ESI&apos;s languages %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%n problem with the call to %1</numerusform>
            <numerusform>%n problems with the call to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 needs a signed-in character with scope %2</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>no access token</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>unknown operation &apos;%1&apos; in the %2 spec</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>; list them with &apos;esi spec ops&apos;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; did you mean %1?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>A special location (such as asset safety) that /universe/names does not name.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>An office or folder inside a station: /universe/names does not name it.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>A celestial or stargate: /universe/names does not name it.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>Outside the ID ranges /universe/names can name.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>Not an ID: zero or negative.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>Not an EVE entity ID.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>Larger than any type ID.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>Outside the ID ranges of characters, corporations, alliances and factions.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>Outside the faction ID range (500,000 to 999,999).</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>Outside the solar system ID range (30,000,000 to 32,999,999).</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>Outside the constellation ID range (20,000,000 to 22,999,999).</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>Outside the region ID range (10,000,000 to 12,999,999).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>no output device to export to</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>cannot export to %1: it is not open for writing</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>cannot export to %1: it is not open for writing (%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>could not write the export to %1: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>the output device</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>unknown export format &quot;%1&quot;; use one of: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(none named)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</numerusform>
            <numerusform>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>Every call failed; the first, %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 done, %2 failed, %3 left</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>only a path or query parameter can take a list of values</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 already has a list of values; give one list per parameter</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 has %2 values; a list may hold at most %3 (split it into several runs)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 has an empty list of values; give at least one</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>the lists would make %1 calls; a run may make at most %2 (shorten a list)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>a stored list of values is damaged or too long</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelled before it was sent</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>no detail from OpenSSL</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>member &apos;%1&apos; is missing or not base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL rejected the key: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>cannot read n/e: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>the RSA key has %1 bits; at least 2048 are required</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>cannot build RSA parameters: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>the EC curve &apos;%1&apos; is not P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>key type &apos;%1&apos; is not supported (only RSA and EC)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>key &apos;%1&apos; cannot be used: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no key</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>algorithm %1 does not fit key &apos;%2&apos; of type %3</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>key &apos;%1&apos; is published for %2, but the token says %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>an ES256 signature must be 64 bytes (r || s), this one has %1</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>cannot start verification: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>the signature does not match key &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>not JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>no &quot;keys&quot; array</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>no JWKS URL is known</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>the answer is not a JWKS: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>Cannot fetch the SSO&apos;s signing keys from %1: %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>The SSO does not publish signing key &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>The token for character %1 has no owner hash (`owner` claim).</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>The token&apos;s `scp` claim is neither a string nor an array of strings.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>The token&apos;s `aud` claim is neither a string nor an array of strings.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>The token&apos;s start of validity (`nbf` claim) is not a number.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>The access token is not a JWT (expected three dot-separated parts, found %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>The access token&apos;s header is not base64url-encoded JSON.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>The access token is signed with %1; only RS256 and ES256 are accepted.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>The SSO&apos;s signing key cannot be used: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>The access token&apos;s algorithm does not match its key: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>The access token&apos;s signature is not base64url.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>The access token&apos;s signature is invalid: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>The access token&apos;s payload is not base64url-encoded JSON.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>The access token was issued by &apos;%1&apos;, not by %2.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>The access token was issued to another application (its audience lacks client ID %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>The access token expired at %1 (now %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>reading &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>storing &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>deleting &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI&apos;s /universe/names does not know this ID (it answered 404).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>The spec has no POST /universe/names (PostUniverseNames) to ask.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>Naming was cancelled.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names failed: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI&apos;s /universe/names does not know this ID (it answered 404).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI answered POST /universe/names without this ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(no path)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox crashed.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox stopped with exit code %1: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>ESI error limit</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>rate limit group %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>no complete answer from %1 within %2 s</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>could not reach %1: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>retry after a cut-short answer</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>the answer from %1 was cut short %2 times (%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%1 after %2 tries</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>retry after HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>rate limited by ESI (HTTP 429) %n time; try again later</numerusform>
            <numerusform>rate limited by ESI (HTTP 429) %n times; try again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>rate limited by ESI (HTTP 429) %n time without a Retry-After; try again later</numerusform>
            <numerusform>rate limited by ESI (HTTP 429) %n times without a Retry-After; try again later</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 answered HTTP %2</translation>
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
        <translation>%1 must be greater than %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 is below the minimum %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 must be less than %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 is above the maximum %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 is not an integer</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 is outside the int64 range %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 is outside the int32 range %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 is not a boolean; write true or false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 is %2 characters long, at least %3 needed</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 is %2 characters long, at most %3 allowed</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 does not match the pattern %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>a JSON body</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 and a JSON body</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>unknown parameter &apos;%1&apos;; %2 takes %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>no parameters</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; did you mean &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before and after are mutually exclusive; give only one of them</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: %n item given, at least %2 needed</numerusform>
            <numerusform>%1: %n items given, at least %2 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: %n item given, at most %2 allowed</numerusform>
            <numerusform>%1: %n items given, at most %2 allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 item %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2 appears more than once; items must be unique</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1 takes no request body; remove it</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: invalid JSON at offset %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: holds %n JSON value; give exactly one</numerusform>
            <numerusform>body: holds %n JSON values separated by commas; give exactly one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: %n more problem not shown</numerusform>
            <numerusform>body: %n more problems not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null is not allowed; expected %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>expected %1, got %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>%n item given, at least %1 needed</numerusform>
            <numerusform>%n items given, at least %1 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>%n item given, at most %1 allowed</numerusform>
            <numerusform>%n items given, at most %1 allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 appears more than once; items must be unique</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: required property is missing</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>rows are matched by %1, unique in every snapshot</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>rows are matched as a whole: they have no *_id column</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>rows are matched as a whole: no *_id column is unique (%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>rows are matched as a whole: several *_id columns are unique (%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>Not asked yet.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run takes at most %1 values</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>cannot run %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>expands to more than %1 nodes once its $refs are inlined</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>nests deeper than %1 levels</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>the schema</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>The ESI server</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 No token was sent.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>cannot read the spec: %1; check the path and permissions</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>$ref cycle: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>unresolvable $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 not compared: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 changed: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>parameter removed: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>parameter %1 is now required</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>parameter %1 is now optional</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>parameter %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>parameter added: %1 %2 (required)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>parameter added: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>request body</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>success status %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>response schema</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(public)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>scopes: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>now deprecated</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>no longer deprecated</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>From %1 to %2: %3 added, %4 removed, %5 changed</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>in operation %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>malformed JSON: %1; fix the document or fetch it again</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>a /meta/compatibility-dates list</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>a /meta/status document</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>a JSON Web Key Set</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger version &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>an empty JSON object</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>a JSON object with keys %1</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>the document has no &quot;paths&quot; object, so it describes no operations</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>an operation must be a JSON object</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>duplicate operationId &quot;%1&quot;; every operation needs its own</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1; the document does not define it (referenced from %2)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>the list of compatibility dates</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>unexpected answer: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>the spec for %1</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>could not fetch %1 (%2); check the ESI base URL and your connection</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>A SQLite export needs a file to write to (with esi: --out FILE.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Cannot create a temporary file beside %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>Cannot read %1 to add a run to it: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>Cannot copy %1 to add a run to it: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>SQLite export</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>Cannot start writing %1: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Cannot record the run in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>Cannot read the finished export for %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>token database</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>limit state</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>response cache</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>No file name was given for the %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>Cannot read the %1 %2: %3. Fix its permissions or move it away.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>Cannot create the %1 %2. Check that you may write there, or choose another location.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>Cannot open the %1 %2: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>Cannot switch the %1 %2 to WAL mode: %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>Cannot lock the %1 %2: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>Cannot create the tables of the %1 %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite refused to change table %1: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Cannot read table %1: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>Cannot write to table %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>Cannot write a row to table %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>The SSO could not be reached for %1: %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>The SSO refused %1 with %2%3.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>The SSO answered HTTP %1 to %2.</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>The access token from %1 was rejected: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> The renewed refresh token was kept, so the sign-in is not lost.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>the sign-in code exchange</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>the token refresh</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>revoking the token</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>The SSO discovery document %1 is not a JSON object (%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>wrong type</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>This sign-in was already started; start a new one.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>The sign-in was cancelled at the EVE SSO (access denied).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>The EVE SSO refused the sign-in: %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>The sign-in answer carries no authorization code.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>The SSO base URL</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>The trusted ESI URL</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>Cannot read the token database %1: %2. Fix its permissions.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>Cannot open the token database %1: %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>The token database %1 has an unreadable schema version (%2). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>Cannot lock the token database %1 for its schema check: %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>Cannot save the token database schema in %1: %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>The token database is not open.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>Cannot save the token of character %1 in %2: %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>Cannot save the token version of character %1 in %2: %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>Cannot remove the token of character %1 from %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>character %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>The sign-in result is incomplete (no character or no tokens); nothing was stored.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>The sign-in of %1 was not stored: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> The keychain could not be restored either: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>No token is stored for character %1; sign the character in first.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>The token of %1 needs a new sign-in.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>The token of %1 needs a new sign-in: %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>The token of %1 was revoked; sign the character in again to use it.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>The token of %1 lacks the scope %2; sign the character in again and grant it.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>The token of %1 lacks the scopes %2; sign the character in again and grant them.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>The token was not revoked: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>The token was revoked at the SSO, but its secrets could not be deleted: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>The token could not be revoked: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>Character %1 was not removed: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>No token is stored for character %1.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>The token of character %1 needs a new sign-in: %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>Character %1 was removed meanwhile.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>Character %1 was removed while its token was being refreshed.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>no character is signed in; sign one in with scope %1</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>the characters with scope %1 (%2) need a new sign-in</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>no signed-in character has the scope %1; sign a character in and grant it</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>no signed-in character has the scopes %1; sign a character in and grant them</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>app name</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>app version</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>contact email</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>source URL</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 contains a control character (U+%2) at position %3; remove it</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>app version &apos;%1&apos; is given without an app name; set the app name too</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>waiting %1 for bucket %2: %3 of %4 tokens</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>waiting %1 for bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>waiting %1 for the Retry-After of an HTTP 429</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>waiting %1 to retry after HTTP %2</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>waiting %1 to retry after a cut-short answer</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>waiting %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n runs in a row failed; the last said: %1</numerusform>
            <numerusform>%n runs in a row failed; the last said: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copy Versions</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>About ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>ESI Studio icon</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copy versions</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>Spec: %1, compatibility date %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>Spec: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>The access token was removed from the clipboard.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Refreshing the token of %1…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>The access token of %1 was refreshed.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>The token of %1 was not refreshed: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>No access token was copied: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>The claims cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 network</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 cached</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>Spec date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>Cannot read the call history %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>Cannot prepare the call history %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>Cancelled while decoding the rows.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>Response status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>Served from</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
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
        <translation>Requests</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>No call yet: fill in the parameters and press Run.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Running %1…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 pages · %2 rows · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>revalidated (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>fresh from cache</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 different (one per page)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>First page: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(pages differ)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 retries</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>waited %1 for limits</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>refetched %1× because the data changed mid-fetch</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expires in</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>%1 ago; the next run revalidates</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>Character details</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>Scopes of the selected character</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>No character is signed in. Use “Sign In New Character” to add one.</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>Select a character to see its token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (character %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>Corporation / alliance: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>Character whose token is used</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>Character requirement</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>Sign in with the needed scope</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>Public route: no character needed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>any scope</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>Needs a signed-in character with %1.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>No signed-in character has %1.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Sign in with %1…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>Opens EVE SSO asking for %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>needs %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>Revoke and Remove %1?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>Confirm revoke and remove</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>Revoke and Remove</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>Revoking the token of %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 was not removed: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>Remove %1 Without Revoking?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>Confirm removing without revoking</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Remove Anyway</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>The token of %1 was revoked but not removed: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>The token of %1 was revoked at EVE SSO and removed.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>No chart: the result has no rows.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>No chart: the result has no date or date-time column.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>No chart: the result has no numeric column (IDs do not count).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>its permissions could not be restricted to you</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>the chart could not be drawn as PNG</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>the chart could not be drawn as SVG</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Save &amp;PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Save SVG…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Time column</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>Value columns to draw</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>Check the columns to draw as lines</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Save the chart as an SVG drawing</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>Time a&amp;xis:</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Li&amp;nes:</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Save Chart as SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Save Chart as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Chart Not Saved</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>Chart of the result over time</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>Compatibility date</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>Compatibility &amp;date</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>The API version the explorer shows and calls with (X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>Refresh the list of dates</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>Ask ESI for its compatibility dates again</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>Compatibility date status</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>not listed by ESI</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1 (from file)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>Loading dates…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>%n date from ESI</numerusform>
            <numerusform>%n dates from ESI</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>Offline: cached and bundled dates only</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Loading the %1 spec…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 resolved to %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 loaded from disk</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 downloaded</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>no spec source is available</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>Could not load %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>Copy as curl (token redacted)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>Copy as curl with the access token…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>Copy as esi command</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Copy as Python (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>Copy as Python with the access token…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>Copy as JavaScript (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>Copy as JavaScript with the access token…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>Cannot run from the command line</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>Cannot run %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>Cannot run %1: nothing was sent</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>Writing %1 rows to %2…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>Write a provenance file next to it (operation, parameters, date, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Start with a UTF-8 byte order mark (for Excel)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — nested fields as dotted columns, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — as received, pages merged into one array</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — one row per line</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>All %1 languages (rows get a “language” field)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>Write provenance</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Byte order mark</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>What is exported</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%1 rows from %2 pages of %3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>F&amp;ile</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 files (*.%2);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 is a folder; add a file name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>Cells as they came</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>Add a name next to every column of EVE IDs (type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Add names</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export cancelled; %1 was left as it was.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (provenance in %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>There are no rows to export.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>The export was written, but its provenance file was not: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>Failed calls of the list</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%1 of %2 calls failed</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>First-run assistant</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>Welcome to ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>&amp;Sign in with EVE: register an application and enter its client ID</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>Sign in with EVE</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO client ID</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>empty: public operations only, sign in later</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Problem with the client ID</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Try it offline</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>Your contact email</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent preview</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>Problem with the contact email</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Contact &amp;email:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>Requests introduce themselves as: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>all pages</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>this page</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>all languages</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Compare calls</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Compare %1</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Comparison result</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>Pages asked</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Compatibility date</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag (page 1)</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified (page 1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>Fresh from cache</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>Revalidated (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>Bytes over the network</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>Data (SHA-256 of the bodies)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>Not comparable: at least one of the calls returned no data.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>Same data: every page body is identical.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>The data differs between the two calls.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>Re-run</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>Run the selected call again</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>Put two selected calls side by side: parameters, outcome, timings, data</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>Copy the selected call as a curl command (token redacted)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>Remove the selected calls from the history</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>History status</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>History unavailable: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>no store</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>Double-click a call to load it into the form</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>Put the two selected calls side by side</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>Select exactly two calls (Ctrl+click) to compare them</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, from /universe/names)</translation>
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
        <translation>boolean</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 item]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 items]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 field}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 fields}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>Access token claims</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>Access Token Claims</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>Access Token Claims — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>What the current access token says. The token itself and its signature are not shown.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>signature algorithm</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>signing key at the SSO&apos;s JWKS</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>token type</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>the character (CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>character name</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>owner hash: changes when the character moves to another account</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>granted scopes</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>authorized party (client id)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>token id</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>SSO region</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>The access token could not be decoded.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>audience: the client id and “EVE Online”</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>Keep idle sign-ins alive: refresh every</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>Keep idle sign-ins alive</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>Keep-alive interval in days</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>Check the &amp;Keychain Again</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Check the keychain again</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>Waiting for the system keychain</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>The system keychain cannot be used</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>ESI limits</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>Error limit</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Errors left</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>Error limit reset</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Circuit breaker</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>Rate-limit buckets</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>No buckets</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>No bucket used yet. Routes with x-rate-limit appear here after their first call.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>Limit tracking is off: the shared limit state could not be opened.</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (public)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>Window resets in %1</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>No errors counted in the current window</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>%1 of %2 errors left</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>Circuit breaker unavailable</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>Circuit open after a 420: nothing is sent for %1</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>Circuit closed: requests flow</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>Use Column</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Values for %1</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>One call per value. Write one array value a line (1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>One call per value. Paste the values one a line or comma-separated.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Values of %1</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>Number of values</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>Column of the current result</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>From the current result:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>Every signed-in character with the scope (%n now)</numerusform>
            <numerusform>Every signed-in character with the scope (%n now)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 values: a list may hold at most %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n value(s): one call each.</numerusform>
            <numerusform>%n value(s): one call each.</numerusform>
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
        <translation>Operation and result</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Main area</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>&amp;Open Spec File…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>Browse a local ESI OpenAPI or Swagger document</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>&amp;Export Result…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>Save the rows of the last call as JSON, NDJSON or CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>Run the selected operation with the form&apos;s values</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>Stop the running call; nothing more is sent</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>&amp;Go to Operation…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>Jump to an operation by id, path, summary or scope</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>Operations added, removed and changed since another compatibility date</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>&amp;About ESI Studio</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Explore</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>Explorer tools</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Status bar</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>Loaded spec</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI server</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>Requests and spec downloads go to this server</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>No spec loaded</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 operations</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Loaded from %1</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Could not open “%1”</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>Still showing the spec for %1 (%2).</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>Open ESI Spec</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>OpenAPI or Swagger documents (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>List every keyboard shortcut of this window</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>&amp;Manage Characters…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>Signed-in characters, their tokens and scopes</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Characters</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;What Changed…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>Message title</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Message details</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>Show Names</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>Names of %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, from /universe/names)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>Offline sandbox</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>Go back online</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>Go Back Online</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>Use EVE&apos;s servers again (ESI Studio restarts)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>Operation documentation</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>No spec loaded</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>Open an ESI OpenAPI document with File → Open Spec File.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Compatibility date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>Deprecated: ESI may remove this route; look for its replacement before relying on it.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>Operation ID</translation>
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
        <translation>sign-in required, no scope named</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>none: public route, no sign-in needed</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Required roles</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(any one of them)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Paging</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Localized</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>yes: answers in the language asked for with Accept-Language</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>Route changed</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>no bucket: counts against the global error limit</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>group %1, at most %2 tokens per %3 window</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>not declared</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>none: one response holds the whole result</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>page numbers: query page, total in the X-Pages header</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>cursor: query before / after, next cursor in the body</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: walk backwards from the smallest id seen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
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
        <translation>Required</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Deprecated.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>The spec declares no success response.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>no body</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Headers: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>Operation information</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Response schema</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Docs</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>Response &amp;schema</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 response</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>auth</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>paged</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>cursor</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>localized</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>deprecated</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 operation tagged %1</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%1 operations tagged %2</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>Requires scope: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>Public: no sign-in needed</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>Required roles (any of): %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>Paging: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>Localized: answers in the requested language</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>Rate limit group: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Deprecated</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>requires sign-in</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>paged by %1</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>localized</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>requires corporation roles</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>deprecated</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Filter operations</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>Filter operations (id, path, summary, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>Find Operation</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>Operation tree</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>Operation count</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>No spec loaded</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%1 operations in %2 tags</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>No operation matches “%1”</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>%1 of %2 operations match</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>(not set)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>e.g. 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>values</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>comma-separated %1</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>Any of: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Send %1</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>Send this date; unchecked, the parameter is left out</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Request body (JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>Request body syntax</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(choose a value)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>Required: enter the request body as JSON.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>Optional: leave empty to send no body.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Valid JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Not valid JSON at line %1, column %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>Parameter fields</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>No parameters</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>Parameter problems</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>Pick an operation to fill in its parameters.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>The request body, as JSON.</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 takes no parameters: press Run.</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Label of %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Deprecated.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Message for %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Field %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>List…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>List of values for %1</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>Run once per value: paste IDs, take a column of the current result%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> or every signed-in character</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>List (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>Every signed-in character with the scope (%n): one call each.</numerusform>
            <numerusform>Every signed-in character with the scope (%n): one call each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>A list of %n value(s), one call each: </numerusform>
            <numerusform>A list of %n value(s), one call each: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Alliances of the signed-in characters (%n)</numerusform>
            <numerusform>Alliances of the signed-in characters (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Corporations of the signed-in characters (%n)</numerusform>
            <numerusform>Corporations of the signed-in characters (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>Alliances of the signed-in characters (looking them up…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>Corporations of the signed-in characters (looking them up…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>the image server answered HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>the image server&apos;s answer is not an image</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>Go to operation</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>Operation to go to</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>Go to operation: id, path, summary, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Matching operations</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>No spec loaded</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>No operation matches “%1”</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>Best %1 of %2 matches; type more to narrow</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n match; Return opens the highlighted one</numerusform>
            <numerusform>%n matches; Return opens the highlighted one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>blocked for %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>blocked for %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 tokens held by requests in flight</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>blocked %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>Bucket %1 for %2: %3 tokens per %4 window. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Tokens left</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Refill</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>Raw response</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Search the response</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>Search this page (Return: next, Shift+Return: previous)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>No response yet.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>The response had no body.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>no match</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 match</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 matches</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>How to register an application</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>Copied the curl command (Authorization redacted).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>Copied the esi command; esi uses its own signed-in character.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>Copied the %1 code.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>No access token to copy</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 needs a signed-in character; the command was not copied.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>Copy the Access Token?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>Cannot copy a call over lists</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>character %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>Response headers</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Status line</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>No response yet.</translation>
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
        <translation>sign-in</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI server</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>cache location</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>offline sandbox</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>back online</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>These changes take effect when ESI Studio restarts: %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>Restart ESI Studio?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Restart now?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Call error</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>ESI warnings</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>Result language</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>Result as JSON tree</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Result views</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Raw</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Headers</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Export the result</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>Nothing was sent: the parameters are not valid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>The run was stopped; %1 pages had arrived.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 failed: ESI answered %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>Newer version of this route available (199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>Deprecated route (299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI sent a warning</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI sent warnings</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>Ch&amp;art</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>The row itself (the result is a list of values)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>Field %1 of each row</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>Result table</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filter rows</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>Filter rows (any text in a cell)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filter column</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Row count</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>All columns</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>No rows</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtering…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 of %2 rows match</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>Rows compared</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>Row comparison</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Changed rows</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>Rows, older to newer: %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>Runs are unavailable: ESI Studio was started without a call engine.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>Nothing sent: fix the marked parameter first.</numerusform>
            <numerusform>Nothing sent: fix the %n marked parameters first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>Nothing sent: %1 needs a signed-in character with %2.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>Large Fetch</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>Run not started.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>Done: %1 pages · %2 rows · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>Cancelled after %1 pages</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>Cannot re-run %1</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>Cannot re-run %1 as %2</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 is not signed in with the scopes this operation needs.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>Using compatibility date %1; the call was recorded with %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>Cannot copy %1</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>The spec shown has no operation %1.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>Checking which corporation %1 belongs to…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Nothing sent: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>Nothing sent: pick an operation first.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>Nothing sent: a run is in progress; cancel it first.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>Many Calls</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>This runs %1 %n time(s), once per value. Run it?</numerusform>
            <numerusform>This runs %1 %n time(s), once per value. Run it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>Done: %1 of %2 calls · %3 failed · %4 rows · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>This page</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>All pages</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>Run operation</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Operation to run</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>Fetch this page only</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>One request: page 1, or the page named by the page parameter</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Fetch all pages</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>Every page: by X-Pages, by cursor or by from_id, several at once</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>Run estimate</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>Run the operation (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>Stop the run; nothing more is sent</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>Copy the request as a curl command; the Authorization header is redacted</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Run progress</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Run status</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>No operation selected</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>All pages are fetched; choose “This page” to ask for one page.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>This route is not localized; it answers the same in every language</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · waiting for page 1</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Waiting %1: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>Accept-Language of the request. “All languages” runs the call once per language.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 of %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>Decoding the last page…</numerusform>
            <numerusform>Decoding the last %n pages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1 (recursive)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>Always present</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>Choose Scopes</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>Choose scopes</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Search scopes</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>Search scopes (e.g. wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>Scopes by area</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>&amp;All Scopes This Spec Knows</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>Select all scopes this spec knows</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>Scopes for Operations I &amp;Use</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>Select the scopes of the operations you used</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>No authed operation has been run yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>%n scope from your call history</numerusform>
            <numerusform>%n scopes from your call history</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Sign In</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>Sign in with the chosen scopes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>Selected scopes</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>The character already has this scope; it is kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n scope selected</numerusform>
            <numerusform>%n scopes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>%n scope to add; the character&apos;s %1 are kept</numerusform>
            <numerusform>%n scopes to add; the character&apos;s %1 are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>The offline sandbox stopped</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>Restart ESI Studio to start it again.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>Response cache cleared</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problems with the settings</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO client ID</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>from developers.eveonline.com; empty: public operations only</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>SSO callback URL</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>SSO server</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback URL:</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>SSO &amp;server:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>you@example.com: lets CCP reach you about your traffic</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App name</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>optional: the tool these requests are for</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent preview</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI server</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>Default compatibility date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>YYYY-MM-DD; empty: the spec&apos;s own date</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requests at once</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Contact &amp;email:</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>App &amp;name:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>ESI ser&amp;ver:</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>Default compatibility &amp;date:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requests at &amp;once:</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Cache size limit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Cache location</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>empty: the standard cache folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Choose the cache folder</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>C&amp;lear Cache</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Clear the response cache</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Response cache size</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Size limit:</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>Lo&amp;cation:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>A new language takes effect after a restart.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(no valid header: %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>Freed %1 of cached responses.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Cache Location</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>The response cache is not open.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>Cached responses: %1, size %2, in %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>Most pages per call</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>Largest response</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>Most &amp;pages per call:</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>Largest &amp;response:</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>Show &amp;names for IDs</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>Show names for IDs</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;First-Run Assistant…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>Client ID, contact email, servers, cache, language and theme</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>Set up signing in or the offline sandbox again</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>Go Back &amp;Online</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>Try It &amp;Offline</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>Use EVE&apos;s servers again at the next start</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>Explore every feature against a local sandbox, no EVE account needed</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Search shortcuts</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>Search by action, key or description</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>Shortcut count</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%n of %1 shortcuts</numerusform>
            <numerusform>%n of %1 shortcuts</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
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
        <translation>The embedded sign-in browser %1 could not be loaded: %2. Reinstall ESI Studio with its Qt WebEngine runtime.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>The embedded sign-in browser (%1) is not installed; looked in %2.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>Contacting the EVE SSO…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>Saving %1 in the keychain…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>Add Scopes for %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>Signing %1 in again for %n scope…</numerusform>
            <numerusform>Signing %1 in again for %n scopes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>Signing in a new character for %n scope…</numerusform>
            <numerusform>Signing in a new character for %n scopes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>the running ESI Studio (socket %1) did not accept the request: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>the running ESI Studio (socket %1) refused the request: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>cannot listen on local socket %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>What Changed</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>Date to compare with</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Summary of changes</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>Changed operations</translation>
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
        <translation>Pick a date and press Compare.</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>No spec source for %1.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Loading the %1 spec…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Could not load %1: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (was %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Removed (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>No operation changed from %1 to %2.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>From %1 to %2: %3 added, %4 removed, %5 changed.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>Cannot receive the sign-in answer: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>No browser could be opened. Open this address yourself to sign in: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>No sign-in answer came from the browser within %n minute, so ESI Studio stopped waiting. Start the sign-in again when you are ready.</numerusform>
            <numerusform>No sign-in answer came from the browser within %n minutes, so ESI Studio stopped waiting. Start the sign-in again when you are ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>Open the Login Page Again</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Cancel Sign-In</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>Signing In</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>Waiting for the sign-in in your web browser</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute for the answer; Cancel stops waiting.</numerusform>
            <numerusform>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minutes for the answer; Cancel stops waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>Sign &amp;In New Character…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>&amp;Add Scopes…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Refresh Now</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>&amp;Copy Access Token</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>Show Token C&amp;laims…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>Re&amp;voke and Remove…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>Acknowledge &amp;Owner Change</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>The system keychain cannot be used: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>Select a character first.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>This token cannot be used; sign the character in again.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>Refreshes on next use</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>Needs re-sign-in</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>The character moved to another EVE account since it was signed in.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · owner changed</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Character</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>Corporation / Alliance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>Access token expires in</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Last refreshed</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>Character manager</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>Signed-in characters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 needs a new sign-in: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 is signed in.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 is signed in, but no longer grants %2.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>Sign-in did not complete: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>Token use over time</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>Limit use, last %1 minutes</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>error limit</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>Notify</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>Watch this result</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Watch status</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>Watch snapshots</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>Show an earlier snapshot and what it changed</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>Notify when the watched result changes</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>Show a desktop notification when a snapshot changes rows</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>Rows removed in this snapshot</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>Watch stopped; the last %n snapshots stay browsable.</numerusform>
            <numerusform>Watch stopped; the last %n snapshots stay browsable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Watch stopped: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>A run over lists of values cannot be watched</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>Run a call first; a successful result can be watched</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>Snapshot %1 at %2 failed: %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>Snapshot %1 at %2: %n rows</numerusform>
            <numerusform>Snapshot %1 at %2: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>Snapshot %1 at %2: no change (304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>Snapshot %1 at %2: %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · next run at %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>Changed in snapshot %1; was: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>Added in snapshot %1</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>Changed in snapshot %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>Sign in with EVE Online</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>EVE SSO login page</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Back to the previous page (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>Load the page again (%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Address of the page shown</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Try the sign-in again</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>This window keeps no cookies, cache or history: it forgets everything when it closes.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>Use my &amp;system browser instead</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>Use my system browser instead</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancel the sign-in</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>The sign-in did not complete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Completing the sign-in…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Not secure</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>The certificate of %1 was refused: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>Encrypted connection (HTTPS) to %1; its certificate was verified.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Connection security: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>Loading the EVE SSO login page…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Connection security</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Sign-in page</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>Page 1 first; X-Pages then tells how many requests follow</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>%1 requests for page 1 (one per language); X-Pages then tells how many follow</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 request</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>about %1 requests</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1; no rate-limit bucket, only errors count (error limit).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · about %2 tokens of bucket %3 (%4 left)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>This run sends about %1 requests.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>It spends about %1 tokens of bucket %2, which has %3 left.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>The run will pause whenever the bucket is empty until tokens return.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>Start it?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</translation>
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
        <translation>Open the operation &lt;operation_id&gt; with the name=value words that follow (as in esi call) and run it, in the ESI Studio already running if there is one.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>With --run: fetch every page.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages and --quit-after-run need --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>cannot read the body file %1: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
</TS>
