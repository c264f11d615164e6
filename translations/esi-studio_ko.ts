<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>명세 %1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>내장 명세를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>로그인을 완료하지 못했습니다</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>ESI Studio의 일부 상태를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>“%1”을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>내장 명세를 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>응답 캐시: %1 호출이 매번 ESI로 전송됩니다.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>요청 한도 상태: %1 한도는 이 창에서만 추적됩니다.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>호출 기록: %1 호출이 기록되지 않습니다.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>캐릭터: %1 인증이 필요한 작업은 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 요청에는 ESI Studio 자체 User-Agent가 사용됩니다.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>대신 웹 브라우저로 로그인합니다</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>웹 브라우저에서 로그인을 계속하세요.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1이(가) 더 적은 스코프로 로그인했습니다</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>새 로그인에서 %1이(가) 허용되지 않았습니다. 필요한 작업을 쓰려면 다시 로그인해 승인하세요.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>오프라인 샌드박스: %1 ESI Studio는 대신 일반 서버를 사용합니다.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>이미 실행 중인 ESI Studio를 앞으로 가져왔습니다. 서버는 그대로입니다(다른 서버로 창을 열려면 --new-instance로 시작하세요)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1. 새 창을 엽니다</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>캐릭터 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>%1의 로그인을 유지하지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>백그라운드 갱신에 실패했습니다.
%1
문제가 해결되면 캐릭터 &gt; 캐릭터 관리에서 지금 갱신하거나, 다시 로그인해야 하면 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>메인 창이 %1초 안에 표시되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 “%2”은(는) 이 컴퓨터가 아닌 %3에 암호화되지 않은 http를 씁니다. https를 쓰거나, http는 루프백 주소(127.0.0.1, ::1, localhost)에만 쓰세요</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 “%2”은(는) 서버 주소가 아닙니다. https://esi.evetech.net 같은 http(s) URL을 입력하세요</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>EVE Online ESI용 데스크톱 탐색기</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>내장 명세 대신 ESI OpenAPI 문서 &lt;file&gt;을(를) 엽니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>ESI 서버 루트(기본값 %1 또는 $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>EVE SSO 서버 루트(또는 $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>창이 표시되고 명세 색인이 끝나면 종료합니다(테스트 및 시작 시간 측정용). 명세를 불러오지 못하면 0이 아닌 코드로 종료합니다.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>ESI Studio가 이미 실행 중이어도 창을 하나 더 엽니다(지정하지 않으면 두 번째 실행은 실행 중인 창을 앞으로 가져옵니다. --quit-after-ready는 이를 포함합니다).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>예상하지 못한 인수 “%1”. 명세는 --spec FILE로 여세요</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>%1의 이전 상태를 옮기지 않았습니다: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>%1의 이전 설정을 옮기지 않았습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>“%1”은(는) ESI Studio의 언어가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>이 빌드에 번역 %1/%2.qm이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Qt 자체 텍스트는 영어로 남습니다: %2에 %1.qm이(가) 없습니다(Debian 패키지 qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 “%2”은(는) 이 컴퓨터가 아닌 %3에 암호화되지 않은 http를 씁니다. 토큰과 응답이 암호화 없이 네트워크를 지나게 됩니다. https를 쓰거나, http는 루프백 주소(127.0.0.1, ::1, localhost)에만 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>로그인 › 클라이언트 ID “%1”에는 공백이나 슬래시를 쓸 수 없습니다. https://developers.eveonline.com에서 애플리케이션에 표시된 클라이언트 ID를 복사하세요.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>로그인 › 콜백 URL “%1”은(는) 절대 http(s) URL이 아닙니다. 애플리케이션에 등록한 콜백 URL을 입력하세요(예: %2).</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>로그인 › ESI Studio가 로그인 결과를 받으려면 콜백 URL “%1”이(가) 이 컴퓨터(127.0.0.1 또는 localhost)를 가리켜야 합니다. %2을(를) 쓰고 같은 URL을 애플리케이션에 등록하세요.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>로그인 › 콜백 URL “%1”에 포트가 없습니다. %2처럼 ESI Studio가 수신하는 포트를 추가하세요.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>로그인 › SSO 서버 “%1”은(는) http(s) 서버 주소가 아닙니다. %2을(를) 쓰거나, 오프라인 작업에는 esi-sandbox 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>요청 › 연락처 이메일: %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>요청 › 앱 이름: %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>요청 › ESI 서버 “%1”은(는) 쿼리나 프래그먼트가 없는 http(s) 서버 주소가 아닙니다. %2, 프록시 주소 또는 esi-sandbox 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>요청 › 호환성 날짜 “%1”은(는) YYYY-MM-DD 형식의 날짜가 아닙니다. 2025-08-26처럼 입력하거나, 비워 두어 명세 자체의 날짜를 쓰세요.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>요청 › 호환성 날짜 %1은(는) 미래 날짜라 ESI가 거부합니다. %2 이전 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>요청 › 동시 요청 수가 %1입니다. %2에서 %3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>캐시 › 크기 한도가 %1MiB입니다. %2~%3MiB 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>캐시 › 위치 “%1”은(는) 상대 경로입니다. 절대 경로 폴더를 선택하거나, 비워 두어 표준 위치를 쓰세요.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>캐시 › 위치 “%1”은(는) 폴더가 아니라 파일입니다. 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>모양 › 언어 “%1”은(는) ESI의 언어가 아닙니다(%2). 그중 하나를 고르거나 시스템 설정을 따르세요.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>로그인 › SSO 서버</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>로그인 › 신뢰하는 ESI 서버 “%1”은(는) 쿼리나 프래그먼트가 없는 http(s) 서버 주소가 아닙니다. 직접 운영하는 ESI 서버가 SSO 서버의 토큰을 받아야 하는 경우가 아니면 비워 두세요.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>로그인 › 신뢰하는 ESI 서버</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>요청 › ESI 서버</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>요청 › 호출당 최대 페이지 수가 %1입니다. %2~%3 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>요청 › 최대 응답 크기가 %1 MiB입니다. %2~%3 MiB 사이여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>캐릭터에 corporation_id가 없습니다</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>불러온 명세에 공개 GET %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>캐릭터 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>캐릭터에게는 게임 내 코퍼레이션 역할 %1 중 하나도 필요합니다.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1의 경로는 캐릭터 %2을(를) 지정하지만 호출은 캐릭터 %3의 토큰을 보내려 했습니다. 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>경로의 캐릭터 %1</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1은(는) 로그인되어 있지 않습니다. %2에는 스코프 %3이(가) 있는 그 토큰이 필요하므로 아무것도 보내지 않았습니다. 다음으로 로그인하세요: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>토큰이 폐기되었습니다</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>SSO가 리프레시 토큰을 거부했습니다</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1은(는) 다시 로그인해야 합니다(%2). %3에는 스코프 %4이(가) 있는 그 토큰이 필요하므로 아무것도 보내지 않았습니다. 다음으로 다시 로그인하세요: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>%1에게 %3에 필요한 스코프 %2이(가) 없으므로 아무것도 보내지 않았습니다. 다음으로 다시 로그인하세요: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1에는 스코프 %2이(가) 있는 로그인된 캐릭터가 필요하지만 로그인된 캐릭터가 없습니다. 다음으로 로그인하세요: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1에는 스코프 %2이(가) 있는 로그인된 캐릭터가 필요합니다. 그 스코프가 있는 캐릭터(%3)는 다시 로그인해야 합니다. 다음으로 다시 로그인하세요: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1에는 스코프 %2이(가) 있는 로그인된 캐릭터가 필요합니다: 스코프 %3이(가) 있는 로그인된 캐릭터가 없습니다. 다음으로 로그인하세요: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>코퍼레이션 %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>얼라이언스 %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>%1의 소속 코퍼레이션을 알 수 없어(ESI의 /characters/%2/를 읽지 못함) 경로의 %3과(와) 대조할 수 없으므로 아무것도 보내지 않았습니다. ESI가 응답할 때 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1은(는) 경로의 %2 소속이 아닙니다. ESI는 소속원의 토큰으로만 %3에 응답하므로 아무것도 보내지 않았습니다. 캐릭터 선택을 비우면 로그인된 소속원을 사용합니다</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>%2의 %1에게 %4에 필요한 스코프 %3이(가) 없으므로 아무것도 보내지 않았습니다. 다음으로 다시 로그인하세요: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>로그인된 캐릭터가 없습니다</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>로그인했지만 소속원이 아님: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1에는 스코프 %3이(가) 있는 %2의 로그인된 소속원이 필요하지만 아무도 로그인하지 않았으므로(%4) 아무것도 보내지 않았습니다. 다음으로 소속원을 로그인하세요: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>캐릭터 %1이(가) 선택되었지만 경로는 character_id=%2을(를) 지정합니다. ESI는 그 캐릭터의 토큰만 받으므로 아무것도 보내지 않았습니다. 캐릭터 선택을 비우거나(경로가 결정) 같게 맞추세요</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(지정 없음)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>토큰 잠금 폴더 %1을(를) 만들 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>토큰 잠금 %1을(를) 열 수 없습니다: %2. 폴더 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1을(를) 잠글 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>다른 ESI Studio 프로세스(앱 또는 esi 명령)가 캐릭터 %1의 토큰을 %2초 넘게 잡고 있습니다(잠금 %3). 끝난 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1이(가) 취소되었습니다</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>명세가 로드되지 않았습니다</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>언어 &apos;%1&apos;은(는) ESI의 언어 %2 중 하나가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%1 호출에 문제가 %n개 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(지정 없음)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1에는 스코프 %2을(를) 가진 로그인한 캐릭터가 필요합니다</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1에는 스코프 %2을(를) 가진 로그인한 캐릭터가 필요합니다. 하나를 로그인하고 호출에 선택하세요</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>액세스 토큰 없음</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>명세 %2에 알 수 없는 작업 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>. &apos;esi spec ops&apos;로 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>. %1을(를) 말씀하신 건가요?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>구조물 또는 아이템(컨테이너, 함선)입니다. /universe/names는 둘 다 이름을 알려 주지 않습니다. 구조물 이름은 토큰과 함께 /universe/structures/{structure_id}로 얻습니다.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>/universe/names가 이름을 알려 주지 않는 특수 위치(자산 보호 등)입니다.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>정거장 안의 사무실 또는 폴더입니다. /universe/names는 이름을 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>천체 또는 스타게이트입니다. /universe/names는 이름을 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>/universe/names가 이름을 알려 줄 수 있는 ID 범위 밖입니다.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>ID가 아닙니다: 0 또는 음수입니다.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>EVE 개체 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>어떤 타입 ID보다도 큽니다.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>캐릭터, 코퍼레이션, 얼라이언스, 팩션의 ID 범위 밖입니다.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>팩션 ID 범위(500,000~999,999) 밖입니다.</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>항성계 ID 범위(30,000,000~32,999,999) 밖입니다.</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>성단 ID 범위(20,000,000~22,999,999) 밖입니다.</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>지역 ID 범위(10,000,000~12,999,999) 밖입니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>내보낼 출력 장치가 없습니다</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>%1(으)로 내보낼 수 없습니다: 쓰기용으로 열려 있지 않습니다</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>%1(으)로 내보낼 수 없습니다: 쓰기용으로 열려 있지 않습니다(%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>내보내기를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>출력 장치</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>알 수 없는 내보내기 형식 &quot;%1&quot;입니다. 다음 중 하나를 쓰세요: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(지정 없음)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>%2에 필요한 스코프 %1을(를) 가진 로그인한 캐릭터가 없습니다(로그인한 캐릭터 %n명). 다음 명령으로 로그인하세요: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>모든 호출이 실패했습니다. 첫 번째, %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>완료 %1, 실패 %2, 남음 %3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>경로 또는 쿼리 파라미터만 값 목록을 받을 수 있습니다</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1에는 이미 값 목록이 있습니다. 파라미터마다 목록은 하나만 지정하세요</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1의 값이 %2개입니다. 목록에는 최대 %3개까지 넣을 수 있습니다(여러 번 실행으로 나누세요)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1의 값 목록이 비어 있습니다. 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>목록대로면 호출이 %1번입니다. 한 번 실행에 최대 %2번까지입니다(목록을 줄이세요)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>저장된 값 목록이 손상되었거나 너무 깁니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>보내기 전에 취소됨</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>OpenSSL의 상세 정보 없음</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>멤버 &apos;%1&apos;이(가) 없거나 base64url이 아닙니다</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL이 키를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>n/e를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>RSA 키가 %1비트입니다. 최소 2048비트가 필요합니다</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>RSA 매개변수를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>EC 곡선 &apos;%1&apos;은(는) P-256이 아닙니다</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>P-256 좌표는 각각 32바이트여야 합니다(x는 %1, y는 %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>키 &apos;%1&apos;은(는) &apos;%2&apos;용이며 서명용이 아닙니다</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>키 유형 &apos;%1&apos;은(는) 지원하지 않습니다(RSA와 EC만 지원)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>키 &apos;%1&apos;을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>키 없음</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>알고리즘 %1은(는) 유형 %3인 키 &apos;%2&apos;에 맞지 않습니다</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>키 &apos;%1&apos;은(는) %2용으로 공개되었지만 토큰에는 %3(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>ES256 서명은 64바이트(r || s)여야 하는데 이 서명은 %1바이트입니다</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>검증을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>서명이 키 &apos;%1&apos;과(와) 일치하지 않습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>JSON이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>&quot;keys&quot; 배열이 없습니다</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>SSO가 서명 키 &apos;%1&apos;을(를) 공개하지 않으며, 키를 1분 안에 이미 가져왔으므로 아직 다시 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>알려진 JWKS URL이 없습니다</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>응답이 JWKS가 아닙니다: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>%1에서 SSO의 서명 키를 가져올 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>SSO가 서명 키 &apos;%1&apos;을(를) 공개하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>토큰의 주체 &apos;%1&apos;은(는) EVE 캐릭터가 아닙니다(CHARACTER:EVE:&lt;id&gt; 형식이어야 함).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>캐릭터 %1의 토큰에 소유자 해시(`owner` 클레임)가 없습니다.</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>토큰의 `scp` 클레임이 문자열도 문자열 배열도 아닙니다.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>토큰의 `aud` 클레임이 문자열도 문자열 배열도 아닙니다.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>토큰에 사용할 수 있는 만료 시각이 없습니다(`exp` 클레임: 1970년부터의 초, 9999년까지).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>토큰의 발급 시각(`iat` 클레임)이 1970년부터 9999년까지의 초가 아닙니다.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>토큰의 유효 시작 시각(`nbf` 클레임)이 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>이 컴퓨터의 시계가 허용치 %1보다 더 늦은 것 같습니다. 시스템 시계를 맞추고(자동 시간 켜기, 예: timedatectl set-ntp true) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>액세스 토큰이 JWT가 아닙니다(점으로 구분된 세 부분이어야 하는데 %1개).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>액세스 토큰의 헤더가 base64url로 인코딩된 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>액세스 토큰에 서명이 없습니다(alg &apos;%1&apos;). 서명 없는 토큰은 절대 받지 않습니다.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>액세스 토큰이 %1(으)로 서명되었습니다. RS256과 ES256만 받습니다.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>액세스 토큰이 서명 키 &apos;%1&apos;을(를) 지정하지만 SSO는 그 키를 공개하지 않습니다.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>SSO의 서명 키를 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>액세스 토큰의 알고리즘이 키와 맞지 않습니다: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>액세스 토큰의 서명이 base64url이 아닙니다.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>액세스 토큰의 서명이 올바르지 않습니다: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>액세스 토큰의 페이로드가 base64url로 인코딩된 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>액세스 토큰을 %2이(가) 아니라 &apos;%1&apos;이(가) 발급했습니다.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>액세스 토큰이 다른 애플리케이션에 발급되었습니다(audience에 클라이언트 ID %1이(가) 없음).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>액세스 토큰의 audience에 &quot;EVE Online&quot;이 없으므로 EVE SSO 토큰이 아닙니다.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>액세스 토큰이 %1에 만료되었습니다(현재 %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>액세스 토큰의 발급 시각은 %1로, 이 컴퓨터의 시각(%3)보다 %2 뒤입니다. %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>액세스 토큰은 %1부터 유효하며, 이 컴퓨터의 시각(%3)보다 %2 뒤입니다. %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>%1 중에 시스템 키체인 접근이 거부되었습니다. ESI Studio가 키체인을 쓰도록 허용한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>%1 중에 시스템 키체인을 사용할 수 없습니다(%2). ESI Studio는 토큰을 키체인에만 보관하고 일반 파일에는 절대 두지 않습니다. 키링(GNOME Keyring, KWallet 또는 다른 Secret Service)을 시작하고 잠금을 해제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>%1 중에 시스템 키체인이 명확히 응답하지 않았습니다. 잠겨 있을 수 있습니다. 키링의 잠금을 해제하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 읽기</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 저장</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 삭제</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>콜백 URL %1은(는) http://127.0.0.1 또는 http://localhost 주소가 아니므로 여기서 브라우저의 응답을 받을 수 없습니다. 이런 콜백 URL(예: %2)을 애플리케이션에 등록하고 설정에 입력하세요.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>127.0.0.1:%1에서 로그인 응답을 기다릴 수 없습니다: %2. 그 포트를 쓰는 프로그램을 닫거나 다른 콜백 포트를 등록하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI의 /universe/names가 이 ID를 모릅니다(404 응답).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>사양에 질의할 POST /universe/names(PostUniverseNames)가 없습니다.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>이름 조회가 취소되었습니다.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>POST /universe/names에 대한 ESI의 응답이 요청한 ID의 {id, name, category} 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI가 404를 %1번 넘게 응답했습니다. 오류 한도를 아끼기 위해 나머지 ID는 조회하지 않았습니다(기본 URL이 맞습니까?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names 실패: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI의 /universe/names가 이 ID를 모릅니다(404 응답).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI가 이 ID 없이 POST /universe/names에 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(경로 없음)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>%1에서 esi-sandbox를 찾지 못했습니다. esi-sandbox는 ESI Studio와 함께 빌드되어 esi-studio 실행 파일 옆에 설치됩니다. ESI Studio를 다시 설치하거나 esi-sandbox 대상을 빌드하세요.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox가 주소 대신 “%1”을(를) 출력했습니다. 이 ESI Studio와 다른 버전일 수 있습니다. ESI Studio를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>esi-sandbox(%1)를 시작할 수 없습니다: %2. 파일이 실행 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox가 비정상 종료되었습니다.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox가 종료 코드 %1(으)로 멈췄습니다: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox(%1)가 제한 시간 안에 응답하지 않았습니다. 원인을 보려면 “esi-sandbox --port 0”으로 직접 실행하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>ESI 오류 한도</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>요청 한도 그룹 %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>%2초 안에 %1에서 완전한 응답이 없습니다</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>중간에 끊긴 응답 후 재시도</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>%1의 응답이 %2번 중간에 끊겼습니다(%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>ESI 오류 한도를 모두 썼습니다(HTTP 420). %1초 후 재설정될 때까지 요청을 보내지 않습니다</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%2번 시도 후 %1</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>HTTP %1 후 재시도</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>ESI가 요청 한도(HTTP 429)를 %n번 적용했습니다. 나중에 다시 시도하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>ESI가 요청 한도(HTTP 429)를 %n번 적용했고 Retry-After가 없습니다. 나중에 다시 시도하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1이(가) HTTP %2(으)로 응답했습니다</translation>
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
        <translation>%1은(는) %2보다 커야 합니다</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1은(는) 최솟값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1은(는) %2보다 작아야 합니다</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1은(는) 최댓값 %2보다 큽니다</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1은(는) 정수로 해석할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1은(는) int64 범위 %2..%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1은(는) int32 범위 %2..%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1은(는) %2 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1은(는) 불리언이 아닙니다. true 또는 false를 입력하세요</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1은(는) 날짜-시간이 아닙니다. YYYY-MM-DDTHH:MM:SSZ 형식으로 입력하세요</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1은(는) %2자입니다. 최소 %3자가 필요합니다</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1은(는) %2자입니다. 최대 %3자까지 허용됩니다</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1은(는) 패턴 %2과(와) 일치하지 않습니다</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>필수 매개변수 &apos;%1&apos;(%2 %3)이(가) 없습니다. %1=&lt;값&gt;을(를) 추가하세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos;은(는) ESI Studio가 직접 설정합니다(언어, 캐시 검증자, 호환 날짜, 테넌트, 토큰은 호출 옵션에서 옴). 제거하세요</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>JSON 본문</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 및 JSON 본문</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>알 수 없는 매개변수 &apos;%1&apos;입니다. %2은(는) %3을(를) 받습니다</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>매개변수 없음</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>. &apos;%1&apos;을(를) 말씀하신 건가요?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before와 after는 함께 쓸 수 없습니다. 하나만 지정하세요</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: 항목 %n개가 주어졌지만 최소 %2개가 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: 항목 %n개가 주어졌지만 최대 %2개까지 허용됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 항목 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2이(가) 두 번 이상 나옵니다. 항목은 고유해야 합니다</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1은(는) 요청 본문을 받지 않습니다. 제거하세요</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1에는 JSON 요청 본문(%2)이 필요합니다. body=&lt;json&gt;을(를) 추가하세요</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: 오프셋 %1에서 JSON이 올바르지 않습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: 쉼표로 구분된 JSON 값이 %n개 있습니다. 정확히 하나만 주세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: 표시하지 않은 문제가 %n개 더 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null은 허용되지 않습니다. %1이(가) 필요합니다</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1이(가) 필요한데 %2입니다</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>항목 %n개가 주어졌지만 최소 %1개가 필요합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>항목 %n개가 주어졌지만 최대 %1개까지 허용됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1이(가) 두 번 이상 나옵니다. 항목은 고유해야 합니다</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: 필수 속성이 없습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos;은(는) 매개변수 지정이 아닙니다. name=value 형식으로 쓰세요(예: region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>은(는) 올바른 JSON 배열이 아닙니다(오프셋 %2에서 %1). [1, 2, 3] 또는 1,2,3으로 쓰세요</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1이(가) 요청을 %2번 넘게 리디렉션했으므로(리디렉션 반복?) 중단했습니다.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1이(가) HTTP %2(으)로 다른 서버(%3)로의 리디렉션을 응답했습니다. 리디렉션을 따르지 않았으므로 자격 증명은 그곳으로 전송되지 않았습니다. ESI 및 SSO 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1이(가) 다른 서버(%2)로의 리디렉션을 응답했습니다. 리디렉션을 따르지 않았으므로 자격 증명은 그곳으로 전송되지 않았습니다. ESI 및 SSO 서버 주소를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>헤더 매개변수 &apos;%1&apos;에 줄바꿈 또는 NUL 문자가 있어 별도의 헤더가 추가됩니다. 값을 한 줄로 입력하십시오</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>경로 매개변수 &apos;%1&apos;이(가) 비어 있어 요청 경로가 바뀝니다. 값을 입력하십시오</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>경로 매개변수 &apos;%1&apos;이(가) &apos;%2&apos;(이)라 요청이 다른 경로로 갑니다. 값 자체(ID 또는 이름)를 입력하십시오</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>서버가 “X-Pages: %1”(으)로 응답했지만 이는 페이지 수(1~2147483647 사이의 정수)가 아닙니다. 1페이지 이후는 가져오지 않았습니다. 서버 또는 중간 프록시가 잘못된 헤더를 보냈습니다.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>서버가 “X-Pages: %1”(으)로 응답했으며, 이는 호출당 %2페이지 상한을 넘습니다. 1페이지 이후는 가져오지 않았습니다. 정말 필요하면 esi call --max-pages 또는 설정 › 요청 › 호출당 최대 페이지 수에서 상한을 올리십시오.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1이(가) JSON 대신 Content-Type %3(으)로 HTTP %2을(를) 응답했습니다. 처음 바이트: %4. ESI 대신 점검 페이지나 프록시가 응답하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1이(가) JSON 대신 빈 본문으로 HTTP %2을(를) 응답했습니다(Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1이(가) JSON이 아닌 본문으로 HTTP %2을(를) 응답했습니다(Content-Type %3, %5바이트에서 %4). 처음 바이트: %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>%2의 %1 응답이 %3바이트(Content-Length)를 예고했으며, 이는 응답 크기 상한 %4을(를) 넘습니다. 다운로드하지 않았습니다.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>%2의 %1 응답이 응답 크기 상한 %3을(를) 넘어 다운로드를 중지했습니다.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>그렇게 큰 응답을 예상한다면 esi call --max-response-size(예: 256M) 또는 설정 › 요청 › 최대 응답 크기에서 상한을 올리십시오.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1이(가) 캐시 검증자(If-None-Match, If-Modified-Since)가 없는 요청에 HTTP 304 Not Modified로 응답했습니다. 재검증할 캐시가 없으므로 응답이 없습니다. 서버 또는 중간 프록시가 잘못 응답했습니다. 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>결과가 호출당 %1페이지 상한을 넘어서도 계속 다음 페이지를 가리켜 순회를 중지했습니다. 정말 더 필요하면 esi call --max-pages 또는 설정 › 요청 › 호출당 최대 페이지 수에서 상한을 올리십시오.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>행은 %1(으)로 대응됩니다. 모든 스냅샷에서 고유합니다</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>행 전체로 대응합니다: *_id 열이 없습니다</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>행 전체로 대응합니다: 고유한 *_id 열이 없습니다(%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>행 전체로 대응합니다: 고유한 *_id 열이 여러 개입니다(%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>아직 조회하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run에는 작업 ID가 필요합니다. 예: --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run에는 값을 최대 %1개까지 줄 수 있습니다</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1을(를) 실행할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>$ref를 펼치면 노드가 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>%1단계보다 깊이 중첩됩니다</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>스키마 %1은(는) %2(%3을(를) 거쳐 도달): $ref가 너무 넓게 갈라져 펼칠 수 없습니다. %5의 %4 아래 $ref를 확인하세요. 필요할 때 해석하는 보기(스키마 트리, 값 검사)는 계속 작동합니다</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>스키마</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot;은(는) 이 컴퓨터가 아닌 %3에 암호화되지 않은 http를 씁니다. 토큰과 응답이 암호화되지 않은 채 네트워크를 지나게 됩니다. https를 쓰거나, http는 루프백 주소(127.0.0.1, ::1, localhost)에만 쓰세요.</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>ESI 서버</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 토큰은 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>이 캐릭터는 %1의 SSO로 로그인했으며, 그 토큰은 ESI 서버 %3이(가) 아니라 %2의 것입니다. 그쪽으로는 토큰을 보내지 않았습니다. %2을(를) 호출하거나, %3 자체 SSO로 캐릭터를 로그인하거나, %1의 토큰에 대해 %3을(를) 명시적으로 신뢰하세요(설정 sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL 또는 esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>이 캐릭터는 %1의 SSO로 로그인했지만 지금 사용 중인 SSO는 %2입니다. 리프레시 토큰은 %1(으)로만 보내므로 아무것도 보내지 않았습니다. 다시 %1을(를) 쓰거나(--sso-url, ESI_SSO_URL 또는 로그인 설정) %2(으)로 캐릭터를 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>변경 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n개 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n개 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n개 삭제</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>명세를 읽을 수 없습니다: %1. 경로와 권한을 확인하세요</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>$ref 순환: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>해석할 수 없는 $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 비교 안 함: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 변경: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>매개변수 제거됨: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>매개변수 %1이(가) 이제 필수입니다</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>매개변수 %1이(가) 이제 선택입니다</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>매개변수 %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>매개변수 추가됨: %1 %2(필수)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>매개변수 추가됨: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>요청 본문</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>성공 상태 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>응답 스키마</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(공개)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>스코프: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>이제 사용 중단됨</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>더 이상 사용 중단 아님</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>%1에서 %2(으)로: 추가 %3, 제거 %4, 변경 %5</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>위치 %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>작업 %1 안</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>JSON 형식이 잘못되었습니다: %1. 문서를 고치거나 다시 가져오세요</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>/meta/compatibility-dates 목록</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>/meta/status 문서</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>JSON Web Key Set(키 세트)</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI 버전 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger 버전 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>빈 JSON 객체</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>키 %1을(를) 가진 JSON 객체</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>OpenAPI 3.x 또는 Swagger 2.0 문서(JSON 객체)여야 하는데 JSON 배열입니다</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>OpenAPI 3.x 또는 Swagger 2.0 문서(JSON 객체)여야 하는데 단일 JSON 값입니다</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>OpenAPI 3.0/3.1 또는 Swagger 2.0 문서여야 하는데 %1입니다</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>문서에 &quot;paths&quot; 객체가 없으므로 작업을 하나도 설명하지 않습니다</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>경로 &quot;%1&quot;이(가) &quot;/&quot;로 시작하지 않습니다. 모든 경로는 그래야 하며, 그렇지 않으면 요청이 가는 서버가 바뀝니다. 명세에서 고치거나 제거하세요</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>작업은 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>operationId &quot;%1&quot;이(가) 중복됩니다. 작업마다 고유해야 합니다</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1. 문서에 정의되어 있지 않습니다(%2에서 참조)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>매개변수에는 &quot;name&quot;과 path, query, header, cookie 중 하나인 &quot;in&quot;이 필요합니다(in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>호환성 날짜 목록</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>예상하지 못한 응답: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>%1 명세</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>%1을(를) 가져올 수 없습니다(%2). ESI 기본 URL과 연결을 확인하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot;은(는) 호환 날짜가 아닙니다. YYYY-MM-DD 형식을 쓰세요</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>SQLite 내보내기에는 쓸 파일이 필요합니다 (esi에서는 --out FILE.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>%1 옆에 임시 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>실행을 추가하기 위해 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1이(가) 이미 있으며 SQLite 데이터베이스가 아닙니다. 그대로 두었습니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>실행을 추가하기 위해 %1을(를) 복사할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>SQLite 내보내기</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>%1 쓰기를 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1에 %2 열이 없는 esi_runs 테이블이 있어 ESI Studio 내보내기로 작성된 파일이 아닙니다. 다른 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>%1에 실행을 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>%1의 완료된 내보내기를 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>토큰 데이터베이스</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>한도 상태</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>응답 캐시</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>%1의 파일 이름이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>%2용 폴더 %1을(를) 만들 수 없습니다. 경로가 파일이 아니고 거기에 쓸 수 있는지 확인하거나 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>%2용 폴더 %1에 쓸 수 없습니다. 권한을 고치거나 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>%1 %2을(를) 읽을 수 없습니다: %3. 권한을 고치거나 옮기세요.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2은(는) SQLite 데이터베이스가 아닙니다(손상되었거나 다른 프로그램이 쓴 것). 건드리지 않았습니다. 옮기거나 지우면 다음 시작 때 새로 만듭니다.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>%1 %2을(를) 만들 수 없습니다. 거기에 쓸 수 있는지 확인하거나 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Qt SQLite 드라이버(QSQLITE)가 없어 %1을(를) 열 수 없습니다. Qt SQL SQLite 플러그인을 설치하세요.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>%1 %2을(를) 열 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2을(를) SQLite 데이터베이스로 읽을 수 없습니다(%3). 건드리지 않았습니다. 옮기거나 지우면 다음 시작 때 새로 만듭니다.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>%1 %2을(를) WAL 모드로 바꿀 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>%1 %2을(를) 잠글 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%1 %2은(는) 더 새로운 ESI Studio가 쓴 것입니다(형식 %3, 이 버전은 %4을(를) 읽음). 새 버전을 쓰거나, 파일을 지우고 새로 시작하세요.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스이며 ESI Studio의 %2이(가) 아닙니다. 건드리지 않았습니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>%1 %2의 테이블을 만들 수 없습니다: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite가 테이블 %1 변경을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>테이블 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>파일에 이미 %2 열이 없는 테이블 %1이(가) 있어 ESI Studio 내보내기로 작성된 파일이 아닙니다. 다른 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>테이블 %1의 열이 %2개를 넘게 됩니다. SQLite는 이를 담을 수 없습니다. 대신 CSV나 JSON으로 내보내세요.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>테이블 %2의 열 %1은(는) 파일에서는 %3이지만 이 결과에서는 %4입니다. 새 파일로 내보내세요.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>테이블 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>테이블 %1에 행을 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>%1의 SSO가 다른 서버에 있는 %2을(를) 엔드포인트로 지정합니다. 그쪽으로는 토큰을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>%1을(를) 위해 SSO에 연결할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>SSO가 %1에 대한 권한 부여를 거부했습니다(invalid_grant%2). 만료되었거나 이미 사용되었거나 철회되었습니다. 캐릭터를 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>SSO가 %1을(를) %2%3(으)로 거부했습니다.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>SSO가 %2에 HTTP %1(으)로 응답했습니다.</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>%1에 대한 SSO의 응답에 access_token이 없습니다. OAuth 토큰 응답이 아닙니다.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>%1에서 받은 액세스 토큰을 거부했습니다: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> SSO가 방금 발급한 토큰이 만료된 것처럼 보이는 것은 이 컴퓨터의 시계가 빠를 때뿐입니다. 시스템 시계를 맞추세요(자동 시간 켜기, 예: timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> 갱신된 리프레시 토큰을 보관했으므로 로그인은 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>로그인 코드 교환</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>토큰 갱신</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>토큰 철회</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>SSO 디스커버리 문서 %1이(가) JSON 객체가 아닙니다(%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>잘못된 유형</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>%1의 SSO가 PKCE S256을 제공하지 않습니다(code_challenge_methods_supported에 없음). 데스크톱 앱이 클라이언트 시크릿 없이 로그인하려면 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>이 로그인은 이미 시작되었습니다. 새로 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>EVE SSO에서 로그인이 취소되었습니다(액세스 거부).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>EVE SSO가 로그인을 거부했습니다: %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>로그인 응답에 인가 코드가 없습니다.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>EVE SSO가 갱신 토큰을 주지 않아 로그인을 유지할 수 없습니다.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>로그인 응답이 이 로그인의 것이 아니므로(state 불일치) 거부했습니다. 다른 프로그램이 로그인을 끼워 넣으려 했을 수 있습니다. 로그인을 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>SSO 클라이언트 ID가 설정되지 않았습니다. https://developers.eveonline.com에서 애플리케이션을 등록하고 그 클라이언트 ID를 설정에 입력하세요.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>SSO 콜백 URL &apos;%1&apos;은(는) 절대 URL이 아닙니다. 애플리케이션에 등록한 콜백 URL(예: %2)을 쓰세요.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>SSO 기본 URL &apos;%1&apos;은(는) http(s) URL이 아닙니다. %2을(를) 쓰거나, 오프라인 작업에는 esi-sandbox의 주소를 쓰세요(설정 또는 ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>SSO 기본 URL</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>신뢰하는 ESI URL</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>스코프 &apos;%1&apos;은(는) 단일 스코프 이름이 아닙니다. esi-assets.read_assets.v1처럼 하나씩 나열하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>토큰 데이터베이스 %1을(를) 읽을 수 없습니다: %2. 권한을 고치세요.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>토큰 데이터베이스 %1은(는) SQLite 데이터베이스가 아닙니다(손상되었거나 다른 프로그램이 쓴 것). 건드리지 않았습니다. 빈 토큰 목록으로 시작하려면 옮기거나 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>토큰 데이터베이스 %1을(를) 열 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>토큰 데이터베이스 %1이(가) 손상되었습니다(%2). 건드리지 않았습니다. 빈 토큰 목록으로 시작하려면 옮기거나(캐릭터는 다시 로그인해야 함) 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>토큰 데이터베이스 %1의 스키마 버전을 읽을 수 없습니다(%2). 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1은(는) 다른 프로그램의 SQLite 데이터베이스(테이블 %2)이며 ESI Studio의 토큰 데이터베이스가 아닙니다. 건드리지 않았습니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>토큰 데이터베이스 %1의 스키마 버전은 %2이며, 더 새로운 ESI Studio가 쓴 것입니다(이 버전은 %3까지 앎). 건드리지 않았습니다. ESI Studio를 업데이트하세요.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>스키마 확인을 위해 토큰 데이터베이스 %1을(를) 잠글 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>토큰 데이터베이스 %1을(를) 스키마 버전 %2(으)로 업데이트하지 못했습니다(%3). 롤백하여 원래대로 두었습니다.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>토큰 데이터베이스 스키마를 %1에 저장할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>토큰 데이터베이스가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>캐릭터 %1의 토큰을 %2에 저장할 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>캐릭터 %1의 토큰 버전을 %2에 저장할 수 없습니다: %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>캐릭터 %1의 토큰을 %2에서 제거할 수 없습니다: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>데이터 폴더 %1을(를) 만들 수 없습니다(ESI_STUDIO_DATA_DIR를 다른 폴더로 설정하세요)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>캐릭터 %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>로그인 결과가 불완전합니다(캐릭터 또는 토큰 없음). 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>%1의 로그인을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> 키체인도 복원하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>캐릭터 %1의 토큰이 저장되어 있지 않습니다. 먼저 캐릭터를 로그인하세요.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>%1의 토큰은 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>%1의 토큰은 다시 로그인해야 합니다: %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>%1의 토큰이 철회되었습니다. 사용하려면 캐릭터를 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>%1의 토큰에 스코프 %2이(가) 없습니다. 캐릭터를 다시 로그인하고 허용하세요.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>%1의 토큰에 스코프 %2이(가) 없습니다. 캐릭터를 다시 로그인하고 허용하세요.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>토큰이 철회되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>토큰은 SSO에서 철회되었지만 그 비밀 정보를 지우지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>토큰을 철회할 수 없습니다: %1 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>캐릭터 %1을(를) 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>캐릭터 %1의 토큰이 저장되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>캐릭터 %1의 토큰은 다시 로그인해야 합니다: %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>그사이에 캐릭터 %1이(가) 제거되었습니다.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>SSO가 캐릭터 %1의 갱신에 캐릭터 %2의 토큰으로 응답했습니다. 그 토큰은 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>토큰을 갱신하는 동안 캐릭터 %1이(가) 다시 로그인했습니다. 새 로그인을 유지하고 이번 갱신은 버렸습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>토큰을 갱신하는 동안 캐릭터 %1이(가) 제거되었습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>로그인한 캐릭터가 없습니다. 스코프 %1(으)로 하나를 로그인하세요</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>스코프 %1을(를) 가진 캐릭터(%2)는 다시 로그인해야 합니다</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>로그인한 어떤 캐릭터에도 스코프 %1이(가) 없습니다. 캐릭터를 로그인하고 허용하세요</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>로그인한 어떤 캐릭터에도 스코프 %1이(가) 없습니다. 캐릭터를 로그인하고 허용하세요</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>앱 이름</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>앱 버전</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>연락처 이메일</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>소스 URL</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1의 %3번째 위치에 제어 문자(U+%2)가 있습니다. 지우세요</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 “%2”에 %3이(가) 있는데, User-Agent 제품 토큰에는 쓸 수 없습니다. 글자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;+&apos;를 쓰세요</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>앱 이름 없이 앱 버전 “%1”이(가) 지정되었습니다. 앱 이름도 설정하세요</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>연락처 이메일 “%1”은(는) 이메일 주소가 아닙니다. you@example.com 같은 형식이어야 합니다</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>소스 URL “%1”은(는) 절대 http(s) URL이 아닙니다. https://github.com/you/your-app 같은 형식이어야 합니다</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>버킷 %2 때문에 %1 대기 중: 토큰 %3/%4</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>버킷 %2 때문에 %1 대기 중</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>HTTP 429의 Retry-After 때문에 %1 대기 중</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>버킷 %2의 HTTP 429 Retry-After 때문에 %1 대기 중</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>ESI 오류 한도 때문에 %1 대기 중: HTTP 420으로 창이 초기화될 때까지 전송을 멈췄습니다</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>ESI 오류 한도 때문에 %1 대기 중: 창에 남은 오류 %2개, %3개에서 전송을 멈춥니다</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>HTTP %2 후 재시도까지 %1 대기 중</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>응답이 중간에 끊겨 재시도까지 %1 대기 중</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>%1 대기 중</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n회 연속 실행에 실패했습니다. 마지막 메시지: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>버전 복사(&amp;C)</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>ESI Studio 정보</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>ESI Studio 아이콘</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>버전 복사</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>버그 보고용으로 ESI Studio, Qt, QtKeychain, OpenSSL, 시스템 버전을 복사</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>대화 상자 단추</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>EVE Online의 ESI를 탐색하세요. 명세의 모든 작업을 둘러보고 실행하며, 요청 한도와 오류 한도를 지켜보면서 결과를 살펴보고 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>명세: %1, 호환성 날짜 %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>명세: %1(%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>액세스 토큰을 클립보드에서 지웠습니다.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>%1의 토큰 갱신 중…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>%1의 액세스 토큰을 갱신했습니다.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1은(는) 다시 로그인해야 합니다(“스코프 추가”로 다시 로그인): %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>%1의 토큰을 갱신하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>액세스 토큰을 복사하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>%1의 새 액세스 토큰이 클립보드에 있습니다(%2까지 유효). 다른 것을 복사하지 않으면 %3 후 클립보드를 비웁니다.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>클레임을 표시할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 네트워크</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 캐시</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>명세 날짜</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>제공</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>호출 기록 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>호출 기록 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>행을 디코딩하는 중 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>응답 상태</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>제공 출처</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료</translation>
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
        <translation>요청</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>아직 호출하지 않았습니다. 매개변수를 입력하고 [실행]을 누르세요.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1페이지 · %2행 · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>재검증됨(304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>캐시(유효)</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>캐시(유효): Expires 전이라 요청 없이 응답했습니다. 재검증됨: 캐시 사본이 304 Not Modified로 확인되었습니다. 네트워크: 완전한 200 응답입니다.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>서로 다른 %1개(페이지마다 하나)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>첫 페이지: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(페이지마다 다름)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>요청 %1개</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>재시도 %1회</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>한도 때문에 %1 대기</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>가져오는 중 데이터가 바뀌어 %1번 다시 가져옴</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>만료까지</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>%1까지 ESI는 같은 데이터를 제공합니다. 그 전에 다시 요청하면 요청 없이 캐시에서 응답합니다.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>%1 전. 다음 실행 때 재검증합니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>캐릭터 세부 정보</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>선택한 캐릭터의 스코프</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>로그인된 캐릭터가 없습니다. “새 캐릭터로 로그인”으로 추가하세요.</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>토큰을 보려면 캐릭터를 선택하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;(캐릭터 %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>코퍼레이션 / 얼라이언스: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>이유: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;경고:&lt;/b&gt; 처음 로그인한 뒤 캐릭터가 다른 EVE 계정으로 옮겨졌습니다(소유자 해시 변경). 아직 내 캐릭터인지 확인한 뒤 승인하세요.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>로그인됨: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>토큰을 사용할 캐릭터</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>캐릭터 요구 사항</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>필요한 스코프로 로그인</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>공개 경로: 캐릭터가 필요 없습니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>아무 스코프</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>%1 권한이 있는 로그인된 캐릭터가 필요합니다.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>%1 권한이 있는 로그인된 캐릭터가 없습니다.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>%1(으)로 로그인…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>%1을(를) 요청하며 EVE SSO를 엽니다</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>%1 필요</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>%1을(를) 폐기하고 제거할까요?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>%1의 토큰을 EVE SSO에서 폐기하고 키체인에서 삭제합니다. 이후 이 캐릭터로 호출하려면 다시 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>폐기 및 제거 확인</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>폐기 후 제거</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>%1의 토큰 폐기 중…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1을(를) 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>%1을(를) 폐기하지 않고 제거할까요?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>EVE SSO에서 %1의 토큰을 폐기할 수 없습니다: %2

그래도 ESI Studio에서 제거할까요? 권한은 만료되거나 https://community.eveonline.com/support/third-party-applications/ 에서 폐기할 때까지 EVE SSO에서 유효합니다.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>폐기 없이 제거 확인</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>그래도 제거</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>%1의 토큰을 폐기했지만 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>%1의 토큰을 EVE SSO에서 폐기하고 제거했습니다.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1을(를) ESI Studio에서 제거했습니다. 권한은 만료되거나 EVE SSO에서 폐기될 때까지 유효합니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>차트 없음: 결과에 행이 없습니다.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>차트 없음: 결과에 날짜 또는 날짜-시간 열이 없습니다.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>차트 없음: 결과에 숫자 열이 없습니다(ID는 제외).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>권한을 본인만으로 제한할 수 없습니다</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>차트를 PNG로 그릴 수 없습니다</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>차트를 SVG로 그릴 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>PNG로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>시간 열</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>그릴 값 열</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>선으로 그릴 열을 선택하세요</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>차트를 PNG 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>차트를 SVG 그림으로 저장합니다</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>시간 축(&amp;X):</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>선(&amp;N):</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>차트를 SVG로 저장</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>차트를 저장하지 못함</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>시간에 따른 결과 차트</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>호환성 날짜</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>호환성 날짜(&amp;D)</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>탐색기가 표시하고 호출에 사용하는 API 버전(X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>날짜 목록 새로 고침</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>ESI에 호환성 날짜를 다시 요청합니다</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>호환성 날짜 상태</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>내장</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>캐시됨</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>ESI 목록에 없음</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1(파일에서)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>날짜 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>ESI에서 받은 날짜 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>오프라인: 캐시된 날짜와 내장 날짜만</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>%1 명세 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 → %2(으)로 확인됨</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1을(를) 디스크에서 불러옴</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 다운로드됨</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>사용할 수 있는 명세 출처가 없습니다</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1을(를) 불러올 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>curl로 복사(토큰 가림)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>액세스 토큰 포함 curl로 복사…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>esi 명령으로 복사</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Python으로 복사 (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>액세스 토큰과 함께 Python으로 복사…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>JavaScript로 복사 (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>액세스 토큰과 함께 JavaScript로 복사…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>명령줄에서 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>%1을(를) 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>%1을(를) 실행할 수 없습니다: 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>표시된 스펙(%1)에 작업 “%2”이(가) 없습니다. 작업 ID는 대소문자를 구분합니다(예: GetMarketsRegionIdOrders). &apos;esi spec ops&apos;가 목록을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행률</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>%1행을 %2에 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>옆에 출처 파일 쓰기(작업, 매개변수, 날짜, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>UTF-8 바이트 순서 표시로 시작(Excel용)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — 중첩 필드는 점으로 구분한 열, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — 받은 그대로, 페이지를 하나의 배열로 병합</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — 한 줄에 한 행</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>모든 언어 %1개(행에 “language” 필드 추가)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>출처 쓰기</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>바이트 순서 표시</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>내보낼 내용</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%3의 %2페이지에서 %1행.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>형식(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>파일(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 파일 (*.%2);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>내보낼 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1은(는) 폴더입니다. 파일 이름을 추가하세요.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>= + - @ 로 시작하는 셀을 받은 그대로 쓰기(스프레드시트가 수식으로 실행할 수 있음)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>셀을 받은 그대로</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>끔(권장): =, +, -, @, 탭 또는 캐리지 리턴으로 시작하는 텍스트 셀 앞에 아포스트로피(&apos;)를 붙여, 파일을 열 때 서버가 보낸 수식이 실행되지 않게 합니다. 숫자는 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>EVE ID 열마다 옆에 이름 추가(type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>이름 추가</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>ESI Studio가 /universe/names에서 알아낸 이름입니다. 이름이 없는 ID(구조물, 아이템)는 빈 이름이 됩니다</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — 작업마다 테이블 하나, 배열 필드는 하위 테이블에; 기존 파일에는 실행이 하나 더 추가됩니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>내보내기를 취소했습니다. %1은(는) 그대로입니다.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1행을 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (출처: %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>내보낼 행이 없습니다.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1(으)로 내보낼 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>내보내기는 썼지만 출처 파일은 쓰지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>목록에서 실패한 호출</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%2번 중 %1번 호출 실패</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>첫 실행 도우미</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>ESI Studio에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio는 EVE Online의 ESI를 탐색합니다. 모든 작업을 둘러보고, 모든 페이지로 호출을 실행하고, 요청 한도를 지켜보며 결과를 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>다음 페이지에서 로그인과 요청이 자신을 소개하는 방식을 설정합니다. 모든 것은 나중에 파일 › 설정에서 바꿀 수 있고, 이 도우미는 도움말 메뉴에서 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>어떻게 시작할까요?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>EVE로 로그인(&amp;S): 애플리케이션을 등록하고 클라이언트 ID 입력</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>EVE로 로그인</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO 클라이언트 ID</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>비워 두면: 공개 작업만, 나중에 로그인</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>클라이언트 ID 문제</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>오프라인으로 체험(&amp;T): 테스트 캐릭터가 있는 로컬 샌드박스 ESI, EVE 계정 불필요</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>오프라인으로 체험</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>클라이언트 ID(&amp;I):</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>샌드박스(ESI Studio와 함께 설치되는 esi-sandbox)는 모든 작업에 생성된 데이터로 응답하고 “Sandbox Pilot” 같은 테스트 캐릭터로 로그인합니다. 사용 중에는 상태 표시줄에 표시되며 돌아가는 방법도 있습니다.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>연락처 이메일</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>연락처 이메일</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent 미리 보기</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>연락처 이메일 문제</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>연락처 이메일(&amp;E):</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP는 모든 ESI 클라이언트에 누가 운영하는지 밝히도록 요청합니다. 트래픽을 차단하는 대신 연락할 수 있도록 하기 위해서입니다. 주소는 각 요청의 User-Agent 헤더에 들어갑니다. 비워 두면 ESI Studio 이름만 보냅니다.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio가 오프라인 샌드박스로 시작합니다. 캐릭터 선택기에서 “Sandbox Pilot” 또는 다른 테스트 캐릭터로 로그인하세요. 애플리케이션을 등록했으면 상태 표시줄에서 다시 온라인으로 전환하세요.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>아직 클라이언트 ID가 없습니다. 공개 작업은 지금 쓸 수 있습니다. 캐릭터로 로그인하려면 파일 › 설정에서 클라이언트 ID를 추가하세요.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>요청의 자기소개: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>캐릭터 선택기에서 캐릭터로 로그인하세요. EVE 로그인 페이지가 ESI Studio의 로그인 창에서 열리며, 대신 시스템 브라우저를 쓸 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>모든 페이지</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>이 페이지</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>호출 비교</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>%1 비교</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>비교 결과</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>요청한 페이지</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>호환성 날짜</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 상태</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag(1페이지)</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified(1페이지)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>캐시(유효)</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>재검증됨(304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>네트워크 전송 바이트</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>데이터(본문의 SHA-256)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>비교할 수 없습니다. 적어도 한 호출이 데이터를 반환하지 않았습니다.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>같은 데이터: 모든 페이지 본문이 동일합니다.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>두 호출의 데이터가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>선택한 호출을 다시 실행</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>선택한 두 호출을 나란히 표시: 매개변수, 결과, 시간, 데이터</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl로 복사</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>선택한 호출을 curl 명령으로 복사(토큰 가림)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>선택한 호출을 기록에서 제거</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>호출 기록</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>기록 상태</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>기록을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>저장소 없음</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>호출을 두 번 클릭하면 양식에 불러옵니다</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>선택한 두 호출을 나란히 표시</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>비교하려면 호출을 정확히 두 개 선택하세요(Ctrl+클릭)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1(%2, /universe/names 기준)</translation>
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
        <translation>불리언</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[항목 1개]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[항목 %1개]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{필드 1개}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{필드 %1개}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>액세스 토큰 클레임</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>액세스 토큰 클레임</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>액세스 토큰 클레임 — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>현재 액세스 토큰의 내용입니다. 토큰 자체와 서명은 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>클레임</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>클레임</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>서명 알고리즘</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>SSO JWKS의 서명 키</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>토큰 유형</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>캐릭터(CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>캐릭터 이름</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>소유자 해시: 캐릭터가 다른 계정으로 옮기면 바뀝니다</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>허용된 스코프</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>권한 있는 당사자(클라이언트 ID)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>발급</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>토큰 ID</translation>
    </message>
    <message>
        <source>server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>SSO 지역</translation>
    </message>
    <message>
        <source>header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>액세스 토큰을 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>대상: 클라이언트 ID와 “EVE Online”</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>사용하지 않는 로그인 유지: 갱신 간격</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>사용하지 않는 로그인 유지</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO는 오래 쓰지 않은 갱신 토큰을 잊습니다. ESI Studio가 실행되는 동안 가끔 갱신하면 계속 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>유지 간격(일)</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>키체인 다시 확인(&amp;K)</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>키체인 다시 확인</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>시스템 키체인을 기다리는 중</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>데스크톱이 키링 암호를 물으면 로그인 키링의 잠금을 해제하세요. 키체인이 응답하는 즉시 캐릭터 관리자가 계속 진행합니다.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>시스템 키체인을 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
로그인 키링의 잠금을 해제하거나(예: 암호 및 키), GNOME Keyring이나 KWallet 같은 Secret Service를 시작한 뒤 다시 확인하세요. 로그인, 갱신, 폐기에는 키체인이 필요하며 다른 곳에는 아무것도 저장하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>ESI 한도</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>오류 한도</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>버킷이 없는 경로는 ESI의 오류 한도를 공유합니다: 창마다 오류 응답 100개. 다 쓰면 창이 재설정될 때까지 ESI가 모든 요청에 420으로 응답합니다.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>남은 오류</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>오류 한도 재설정</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>회로 차단기</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>요청 한도 버킷</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>버킷</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>버킷 없음</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>아직 사용한 버킷이 없습니다. x-rate-limit이 있는 경로는 첫 호출 후 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>한도 추적이 꺼져 있습니다. 공유 한도 상태를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1(공개)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>%1 후 창 재설정</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>현재 창에서 집계된 오류 없음</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>남은 오류 %1/%2</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>회로 차단기를 사용할 수 없음</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>420 이후 차단됨: %1 동안 아무것도 보내지 않습니다</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>보류 중: 남은 오류 %1개로 안전 여유 %2보다 적습니다. %3 후 다시 보냅니다</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>회로 닫힘: 요청이 정상 전송됩니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>열 사용</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>%1의 값</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>값마다 한 번 호출합니다. 배열 값을 한 줄에 하나씩 쓰세요(1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>값마다 한 번 호출합니다. 값을 한 줄에 하나씩 또는 쉼표로 구분해 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>%1의 값</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>값 개수</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>현재 결과의 열</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>현재 결과에서:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>스코프를 가진 모든 로그인한 캐릭터(현재 %n명)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>값 %1개: 목록에는 최대 %2개까지 넣을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>값 %n개: 각각 한 번 호출합니다.</numerusform>
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
        <translation>탐색기</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>작업과 결과</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>요청(&amp;Q)</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>주 영역</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>명세 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>로컬 ESI OpenAPI 또는 Swagger 문서 탐색</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>결과 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>마지막 호출의 행을 JSON, NDJSON, CSV로 저장</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>양식의 값으로 선택한 작업 실행</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>실행 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>실행 중인 호출을 중지합니다. 더 이상 보내지 않습니다</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>작업으로 이동(&amp;G)…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>ID, 경로, 요약, 스코프로 작업으로 이동</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>다른 호환성 날짜 이후 추가, 제거, 변경된 작업</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>ESI Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>메뉴 표시줄</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>탐색(&amp;E)</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>탐색기 도구</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>상태 표시줄</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>불러온 명세</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 서버</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>요청과 명세 다운로드는 이 서버로 갑니다</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>불러온 명세 없음</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · 작업 %4개</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>%1에서 불러옴</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>“%1”을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>%1(%2)의 명세를 계속 표시합니다.</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>ESI 명세 열기</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>OpenAPI 또는 Swagger 문서 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>바로 가기 키(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>이 창의 모든 바로 가기 키 나열</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>캐릭터 관리(&amp;M)…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>로그인된 캐릭터와 토큰, 스코프</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>캐릭터(&amp;C)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>변경 사항(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>메시지 종류</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>메시지 제목</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>메시지 세부 정보</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>이름 표시</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>EVE ID 열마다 옆에 이름 열을 둡니다(type_id → type_name). ESI의 /universe/names 기준</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>%1의 이름</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1(%2, /universe/names 기준)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>ESI /universe/names에서 가져온 %1의 이름입니다. 머리글을 오른쪽 클릭하면 숨길 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>오프라인 샌드박스</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>다시 온라인으로</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>다시 온라인으로</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>EVE 서버를 다시 사용(ESI Studio 재시작)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>오프라인 샌드박스(%1): 생성된 데이터이며 EVE 서버가 아닙니다</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>호출과 로그인은 내장 esi-sandbox로 갑니다. 테스트 캐릭터에는 EVE 계정이 필요 없습니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>작업 문서</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>불러온 명세 없음</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>파일 → 명세 파일 열기로 ESI OpenAPI 문서를 여세요.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>호환성 날짜</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>스코프</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>왼쪽에서 작업을 선택하면 하는 일, 호출할 수 있는 사람, 응답 내용을 읽을 수 있습니다. 단어나 tag:, scope:, path:, id:, method:로 필터링하세요.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>사용 중단됨: ESI가 이 경로를 제거할 수 있습니다. 의존하기 전에 대체 경로를 찾으세요.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>작업 ID</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>스코프</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>로그인 필요, 지정된 스코프 없음</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>없음: 공개 경로, 로그인 필요 없음</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>필요한 역할</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(그중 하나)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>요청 한도</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>페이지 나누기</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>현지화</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>예: Accept-Language로 요청한 언어로 응답</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>사용 중단됨</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>경로 변경됨</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>버킷 없음: 전역 오류 한도에 포함됩니다</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>그룹 %1, %3 창마다 최대 토큰 %2개</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1초</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>선언되지 않음</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>없음: 응답 하나에 전체 결과가 들어 있습니다</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>페이지 번호: 쿼리 page, 총수는 X-Pages 헤더</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>커서: 쿼리 before / after, 다음 커서는 본문에</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: 본 것 중 가장 작은 ID부터 거슬러 올라감</translation>
    </message>
    <message>
        <source>any</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>In</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>사용 중단됨.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>요청 본문</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(필수)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>명세에 성공 응답이 선언되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>본문 없음</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>헤더: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>작업 정보</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>응답 스키마</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>문서(&amp;D)</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>응답 스키마(&amp;S)</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 응답</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>인증</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>커서</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>현지화</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>사용 중단</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>%1 태그 작업 1개</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%2 태그 작업 %1개</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>필요한 스코프: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>공개: 로그인 필요 없음</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>필요한 역할(하나 이상): %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>페이지 나누기: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>현지화: 요청한 언어로 응답</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>요청 한도 그룹: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>사용 중단됨</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>로그인 필요</translation>
    </message>
    <message>
        <source>public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>%1 기준 페이지</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>현지화</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>코퍼레이션 역할 필요</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>사용 중단</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>작업 필터</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>작업 필터(ID, 경로, 요약, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>모든 단어가 일치해야 합니다. 접두어로 필드를 지정해 검색: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F로 포커스, Esc로 지웁니다.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>작업 찾기</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>작업 트리</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>작업 수</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>불러온 명세 없음</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>태그 %2개에 작업 %1개</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>“%1”과(와) 일치하는 작업이 없습니다</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>작업 %2개 중 %1개 일치</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2페이지 중 %1페이지</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>매개변수 %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>기본값 %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>예: 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>값</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>쉼표로 구분한 %1</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>다음 중 하나: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 보내기</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>이 날짜를 보냅니다. 선택하지 않으면 매개변수를 생략합니다</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>요청 본문(JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>요청 본문 구문</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(값 선택)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>필수: 요청 본문을 JSON으로 입력하세요.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>선택: 비워 두면 본문을 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>유효한 JSON입니다.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>%1행 %2열의 JSON이 잘못되었습니다: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>매개변수 필드</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>매개변수 없음</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>매개변수 문제</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>매개변수를 입력할 작업을 선택하세요.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>요청 본문(JSON).</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1에는 매개변수가 없습니다. [실행]을 누르세요.</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>%1 레이블</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수입니다.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>사용 중단됨.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>%1 메시지</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>필드 %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>목록…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>%1의 값 목록</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>값마다 한 번 실행: ID를 붙여 넣거나 현재 결과의 열을 가져옵니다%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> 또는 모든 로그인한 캐릭터</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>목록 (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>스코프를 가진 모든 로그인한 캐릭터 (%n): 각각 한 번 호출합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>값 %n개 목록, 각각 한 번 호출: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>로그인한 캐릭터의 얼라이언스 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>로그인한 캐릭터의 코퍼레이션 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>로그인한 캐릭터의 얼라이언스 (조회 중…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>로그인한 캐릭터의 코퍼레이션 (조회 중…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>이미지 서버 응답: HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>이미지 서버의 응답이 이미지가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>작업으로 이동</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>이동할 작업</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>작업으로 이동: ID, 경로, 요약, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>일치하는 작업</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>불러온 명세 없음</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>“%1”과(와) 일치하는 작업이 없습니다</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>일치 %2개 중 상위 %1개. 더 입력하면 좁혀집니다</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>일치 %n개. Enter로 강조된 항목을 엽니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>공개</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>%1 동안 차단됨</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>%1 동안 차단됨: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>진행 중인 요청이 토큰 %1개 사용 중</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>차단됨 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>가득 참</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>%2의 버킷 %1: %4 창마다 토큰 %3개. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>사용한 토큰은 %1 이동 창에서 하나씩 빠집니다. 다음 토큰은 이 시간 후에 돌아옵니다.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>남은 토큰 %1/%2개(진행 중인 요청이 %3개 예약). 2xx 응답은 토큰 2개, 3xx는 1개, 4xx는 5개가 듭니다.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>버킷</translation>
    </message>
    <message>
        <source>For</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>남은 토큰</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>충전</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>원시 응답</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>응답 검색</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>이 페이지 검색(Enter: 다음, Shift+Enter: 이전)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 일치</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 일치</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>일치 항목</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>응답 본문</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>아직 응답이 없습니다.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>응답에 본문이 없었습니다.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>일치 없음</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1개 일치</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1개 일치</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;을(를) 열고 EVE Online 계정으로 로그인합니다.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>&lt;b&gt;Applications&lt;/b&gt;를 선택한 뒤 &lt;b&gt;Create new application&lt;/b&gt;을 선택하고 이름과 짧은 설명을 입력합니다.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Connection type&lt;/b&gt;에서 &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;를 선택합니다.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>&lt;b&gt;Permissions&lt;/b&gt;에서 호출할 작업의 스코프를 추가합니다(ESI Studio의 각 작업 문서에 나와 있습니다. 예: &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). 로그인은 애플리케이션에 있는 스코프만 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>&lt;b&gt;Callback URL&lt;/b&gt;에 &lt;code&gt;%1&lt;/code&gt;을(를) 정확히 입력합니다(여기서 설정한 콜백 URL).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>애플리케이션을 만들고 &lt;b&gt;Client ID&lt;/b&gt;를 아래 칸에 복사합니다. ESI Studio는 PKCE로 로그인하므로 비밀 키는 필요 없습니다. 비밀 키는 혼자만 간직하세요.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>애플리케이션 등록 방법</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>curl 명령을 복사했습니다(Authorization 가림).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>esi 명령을 복사했습니다. esi는 자체적으로 로그인한 캐릭터를 사용합니다.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>%1 코드를 복사했습니다. 액세스 토큰은 환경 변수 ESI_TOKEN에서 읽습니다.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>%1 코드를 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>액세스 토큰이 포함된 curl 명령을 복사했습니다. 비밀번호처럼 다루세요. %1초 후 클립보드에서 제거됩니다.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>액세스 토큰이 포함된 %1 코드를 복사했습니다. 비밀번호처럼 다루세요. %2초 후 클립보드에서 삭제됩니다.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>복사할 액세스 토큰이 없습니다</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1에는 로그인된 캐릭터가 필요합니다. 명령을 복사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>액세스 토큰을 복사할까요?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>명령에 %1의 액세스 토큰이 포함됩니다. 이를 가진 사람은 누구나 만료될 때까지(약 20분) %2(으)로 그 캐릭터의 데이터를 읽을 수 있습니다.

그래도 복사할까요?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>목록에 걸친 호출은 복사할 수 없음</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1은(는) 목록의 값마다 한 번씩 실행되지만 코드는 한 번의 호출만 담습니다. 복사하려면 양식에서 목록을 빼세요(또는 값 하나를 고르세요).</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>캐릭터 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>응답 헤더</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>상태 줄</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>아직 응답이 없습니다.</translation>
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
        <translation>로그인</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 서버</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>캐시 위치</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>오프라인 샌드박스</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>다시 온라인</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>이 변경 사항은 ESI Studio를 재시작하면 적용됩니다: %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>ESI Studio를 재시작할까요?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>지금 재시작할까요?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>호출 오류</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>ESI 경고</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>결과 언어</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>JSON 트리로 본 결과</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>결과 보기</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>원시(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>헤더(&amp;H)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>행을 JSON, NDJSON, CSV로 저장(Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>아무것도 보내지 않았습니다. 매개변수가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>실행을 중지했습니다. %1페이지가 도착해 있었습니다.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 실패: ESI 응답 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>이 경로의 새 버전이 있습니다(199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>사용 중단된 경로(299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI가 경고를 보냈습니다</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI가 경고 여러 개를 보냈습니다</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>차트(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>행 자체(결과가 값 목록임)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>각 행의 필드 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>결과 표</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>행 필터</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>행 필터(셀의 아무 텍스트)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>필터 열</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>모든 열</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>행 없음</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>정렬 중…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>필터링 중…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1행</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%2행 중 %1행 일치</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>비교한 행</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>행 비교</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>변경된 행</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>행을 비교할 수 없습니다: 최근 %1개 호출 중 %2행 이하인 결과만 보관하며, 이 중 하나 이상은 보관되지 않았습니다.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>행(이전 → 최신): %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>실행할 수 없습니다. ESI Studio가 호출 엔진 없이 시작되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>아무것도 보내지 않았습니다. 먼저 표시된 매개변수 %n개를 고치세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>아무것도 보내지 않았습니다. %1에는 %2 권한이 있는 로그인된 캐릭터가 필요합니다.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>대량 가져오기</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>실행을 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>완료: %1페이지 · %2행 · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>%1페이지 후 취소됨</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>%1을(를) 다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>표시된 명세(%1)에 작업 %2이(가) 없습니다. 실행 당시의 호환성 날짜 %3을(를) 선택하세요.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>%1을(를) %2(으)로 다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1은(는) 이 작업에 필요한 스코프로 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>호환성 날짜 %1을(를) 사용합니다. 호출은 %2(으)로 기록되었습니다.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>%1을(를) 복사할 수 없습니다</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>표시된 명세에 작업 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>%1의 소속 코퍼레이션을 확인하는 중…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>전송하지 않음: 먼저 작업을 선택하세요.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>전송하지 않음: 실행 중입니다. 먼저 취소하세요.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>많은 호출</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>%1을(를) 값마다 한 번씩 모두 %n번 실행합니다. 실행할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>완료: %2번 중 %1번 호출 · 실패 %3 · %4행 · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>이 페이지</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>모든 페이지</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>작업 실행</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>실행할 작업</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>이 페이지만 가져오기</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>요청 1개: 1페이지 또는 page 매개변수로 지정한 페이지</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>모든 페이지 가져오기</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>모든 페이지: X-Pages, 커서, from_id로 여러 개를 동시에</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>실행 예상</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>작업 실행(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>실행을 중지합니다. 더 이상 보내지 않습니다</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl로 복사</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>요청을 curl 명령으로 복사합니다. Authorization 헤더는 가려집니다</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>실행 진행률</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>실행 상태</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>선택된 작업 없음</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>모든 페이지를 가져옵니다. 한 페이지만 요청하려면 “이 페이지”를 선택하세요.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>이 경로는 현지화되지 않았습니다. 모든 언어에서 같은 응답을 줍니다</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작 중…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · 1페이지 대기 중</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>%1 대기 중: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>요청의 Accept-Language. “모든 언어”는 언어마다 한 번씩 호출하고 언어마다 탭을 하나씩 보여 줍니다.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>요청의 Accept-Language. “모든 언어”는 언어마다 한 번씩 호출합니다.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>%2페이지 중 %1페이지 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>마지막 %n페이지를 디코딩하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1(재귀)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>항상 있음</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>스코프 선택</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>스코프 선택</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>로그인할 때 캐릭터가 이 스코프를 ESI Studio에 허용합니다. 필요한 것만 요청하세요.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>스코프 검색</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>스코프 검색(예: wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>영역별 스코프</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>이 명세의 모든 스코프(&amp;A)</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>이 명세의 모든 스코프 선택</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>내가 쓴 작업의 스코프(&amp;U)</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>사용한 작업의 스코프 선택</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>아직 인증이 필요한 작업을 실행하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>호출 기록에서 가져온 스코프 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>선택한 스코프로 로그인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>선택한 스코프</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>캐릭터에 이미 이 스코프가 있습니다. 그대로 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>스코프 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>추가할 스코프 %n개. 캐릭터의 %1은(는) 유지됩니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>ESI Studio 옆에서 esi-sandbox를 찾지 못했습니다(%1에서 찾음). ESI Studio를 다시 설치하거나 esi-sandbox 대상을 빌드하세요.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>오프라인 샌드박스가 중지되었습니다</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>다시 시작하려면 ESI Studio를 재시작하세요.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>응답 캐시를 지웠습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>캐시</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>설정 문제</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>변경 사항 취소</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO 클라이언트 ID</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>developers.eveonline.com에서 발급. 비워 두면: 공개 작업만</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>SSO 콜백 URL</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>SSO 서버</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>캐릭터로 로그인하려면 ESI Studio에 EVE 개발자 사이트에 등록한 애플리케이션이 필요합니다. 등록 방법:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>클라이언트 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>콜백 URL(&amp;C):</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>SSO 서버(&amp;S):</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>연락처 이메일</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>you@example.com: CCP가 트래픽 관련으로 연락할 수 있게 합니다</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>앱 이름</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>선택: 이 요청을 쓰는 도구</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent 미리 보기</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 서버</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>기본 호환성 날짜</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>YYYY-MM-DD. 비워 두면: 명세 자체의 날짜</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>동시 요청 수</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>연락처 이메일(&amp;E):</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>앱 이름(&amp;N):</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>ESI 서버(&amp;V):</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>재시작 후 적용됩니다. EVE 서버가 아닌 곳에서 작업하려면 esi-sandbox나 프록시 주소를 쓰세요.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>기본 호환성 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>동시 요청 수(&amp;O):</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>캐시 크기 한도</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>캐시 위치</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>비워 두면: 표준 캐시 폴더</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>캐시 폴더 선택</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>캐시 지우기(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>응답 캐시 지우기</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>응답 캐시 크기</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>크기 한도(&amp;S):</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>위치(&amp;C):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따름</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>새 언어는 재시작 후 적용됩니다.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(올바른 헤더가 아님: %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>캐시된 응답 %1을(를) 비웠습니다.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>캐시 위치</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>응답 캐시가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>캐시된 응답: %1개, 크기 %2, 위치 %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>이 페이지의 변경 사항은 ESI Studio를 재시작한 뒤 적용됩니다. esi 명령줄 도구도 이 설정을 사용합니다.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>새 위치는 재시작 후 적용되며 esi 명령줄 도구도 이를 따릅니다. 크기 한도는 바로 적용됩니다.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>호출당 최대 페이지 수</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>최대 응답 크기</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>호출당 최대 페이지 수(&amp;P):</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>최대 응답 크기(&amp;R):</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>서버가 이보다 많은 페이지를 예고하거나 더 큰 응답을 보내면, 호출은 끝없이 가져오지 않고 오류로 중지됩니다.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>ID 이름 표시(&amp;N)</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>ID 이름 표시</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>결과 표에서 EVE ID 열마다 옆에 이름 열을 둡니다(type_id → type_name). ESI의 /universe/names 기준이며, 표 머리글 메뉴로도 전환할 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>첫 실행 도우미(&amp;F)…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>클라이언트 ID, 연락처 이메일, 서버, 캐시, 언어, 테마</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>로그인 또는 오프라인 샌드박스를 다시 설정</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>다시 온라인으로(&amp;O)</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>오프라인으로 체험(&amp;O)</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>다음 시작 때 EVE 서버를 다시 사용</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>로컬 샌드박스로 모든 기능을 체험, EVE 계정 불필요</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>바로 가기 키 검색</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>동작, 키, 설명으로 검색</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>바로 가기 키 수</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>대화 상자 단추</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>바로 가기 키 %1개 중 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInLauncher</name>
    <message>
        <source>The embedded sign-in browser %1 could not be loaded: %2. Reinstall ESI Studio with its Qt WebEngine runtime.</source>
        <translation>내장 로그인 브라우저 %1을(를) 불러올 수 없습니다: %2. Qt WebEngine 런타임과 함께 ESI Studio를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1은(는) 이 버전 ESI Studio의 내장 로그인 브라우저가 아닙니다. ESI Studio를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>내장 로그인 브라우저(%1)가 설치되어 있지 않습니다. %2에서 찾았습니다.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>EVE SSO에 연결하는 중…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>%1을(를) 키체인에 저장하는 중…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>로그인하려면 developers.eveonline.com에 등록한 애플리케이션의 클라이언트 ID가 필요합니다. 파일 › 설정…(SSO 클라이언트 ID)에 입력하거나 ESI_CLIENT_ID 환경 변수를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>%1의 스코프 추가</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>스코프 %n개로 %1 다시 로그인 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>스코프 %n개로 새 캐릭터 로그인 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>실행 중인 ESI Studio(소켓 %1)가 %2초 안에 연결을 받지 않았습니다</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>실행 중인 ESI Studio(소켓 %1)가 요청을 받지 않았습니다: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>실행 중인 ESI Studio(소켓 %1)가 %2초 안에 응답하지 않았습니다. 닫거나 --new-instance로 다른 창을 시작하세요</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>실행 중인 ESI Studio(소켓 %1)가 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>로컬 소켓 %1에서 수신할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>비교할 날짜</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>변경 요약</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>변경된 작업</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>날짜를 선택하고 [비교]를 누르세요.</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>%1의 명세 출처가 없습니다.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>%1 명세 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1을(를) 불러올 수 없습니다: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (이전: %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>추가됨(%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>제거됨(%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>변경됨(%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>%1부터 %2까지 변경된 작업이 없습니다.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>%1부터 %2까지: 추가 %3, 제거 %4, 변경 %5.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>로그인하려면 developers.eveonline.com에 등록한 애플리케이션의 클라이언트 ID가 필요합니다. ESI_CLIENT_ID 또는 설정 파일의 sso/clientId를 설정하세요.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>로그인 응답을 받을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>브라우저를 열 수 없습니다. 로그인하려면 이 주소를 직접 여세요: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>%n분 안에 브라우저에서 로그인 응답이 오지 않아 ESI Studio가 기다리기를 멈췄습니다. 준비가 되면 다시 로그인하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>로그인 페이지 다시 열기</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>로그인 중</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>웹 브라우저에서 로그인을 기다리는 중</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>웹 브라우저에서 EVE SSO 로그인을 마치세요. ESI Studio는 응답을 최대 %n분 동안 기다립니다. 취소를 누르면 기다리기를 멈춥니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>새 캐릭터로 로그인(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>스코프 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>지금 갱신(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>액세스 토큰 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>토큰 클레임 보기(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>폐기 후 제거(&amp;V)…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>소유자 변경 확인(&amp;O)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>시스템 키체인을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>먼저 캐릭터를 선택하세요.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>이 토큰은 사용할 수 없습니다. 캐릭터로 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>만료 임박</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>다음 사용 때 갱신</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>다시 로그인 필요</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>폐기됨</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>로그인한 뒤 캐릭터가 다른 EVE 계정으로 옮겨졌습니다.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · 소유자 변경됨</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>코퍼레이션 / 얼라이언스</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>액세스 토큰 만료까지</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>스코프</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>마지막 갱신</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>마지막 사용</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>캐릭터</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>캐릭터 관리자</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>로그인된 캐릭터</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1은(는) 다시 로그인해야 합니다: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1이(가) 로그인했습니다.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1이(가) 로그인했지만 더 이상 %2을(를) 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>로그인을 완료하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>시간별 토큰 사용량</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>한도 사용량, 최근 %1분</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>오류 한도</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>감시</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>이 결과 감시</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>응답이 만료될 때마다(그 전에는 절대 안 함) 호출을 다시 실행하고 바뀐 부분을 강조합니다. 바뀌지 않은 응답은 304로 끝납니다</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>감시 상태</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>감시 스냅샷</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>이전 스냅샷과 그 변경 내용 표시</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>감시 중인 결과가 바뀌면 알림</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>스냅샷에서 행이 바뀌면 데스크톱 알림 표시</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>이 스냅샷에서 삭제된 행</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 변경됨</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>감시를 중지했습니다. 최근 스냅샷 %n개는 계속 볼 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>감시 중지됨: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>first</source>
        <translation>첫 번째</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>값 목록에 대한 실행은 감시할 수 없습니다</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>먼저 호출을 실행하세요. 성공한 결과를 감시할 수 있습니다</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>응답이 만료될 때마다(그 전에는 절대 안 함) 호출을 다시 실행하고 바뀐 부분을 강조합니다. 바뀌지 않은 응답은 304로 끝납니다</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>%2의 스냅샷 %1 실패: %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>%2의 스냅샷 %1: %n행</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>%2의 스냅샷 %1: 변경 없음(304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>%2의 스냅샷 %1: %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · 다음 실행 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>스냅샷 %1에서 변경됨. 이전 값: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>스냅샷 %1에서 추가됨</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>스냅샷 %1에서 변경됨</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio가 root로 실행 중이며, 내장 브라우저(Chromium)는 root로는 샌드박스 시작을 거부합니다. 그러면 애플리케이션 전체가 종료됩니다. 따라서 로그인은 웹 브라우저에서 계속됩니다. 앱 안에서 로그인하려면 일반 사용자로 ESI Studio를 실행하세요(위험을 알고 있다면 QTWEBENGINE_DISABLE_SANDBOX=1로 시작할 수도 있습니다).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>내장 브라우저에는 OpenGL이 필요하지만 이 디스플레이에서 사용할 수 있는 OpenGL을 찾지 못했습니다. 따라서 로그인은 웹 브라우저에서 계속됩니다.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>EVE Online으로 로그인</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>EVE SSO 로그인 페이지</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>이전 페이지로(%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>페이지 다시 불러오기(%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>표시된 페이지의 주소</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>로그인 다시 시도</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>로그인 상태</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>이 창은 쿠키, 캐시, 기록을 남기지 않습니다. 닫으면 모두 잊습니다.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>대신 시스템 브라우저 사용(&amp;S)</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>대신 시스템 브라우저 사용</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>기본 웹 브라우저로 로그인합니다. 이 컴퓨터의 로컬 주소를 통해 ESI Studio로 돌아옵니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>로그인 취소</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>로그인을 완료하지 못했습니다</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>로그인을 마무리하는 중…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>%1의 로그인 페이지를 불러올 수 없습니다: %2(오류 %3).

인터넷 연결을 확인한 뒤(로컬 SSO라면 esi-sandbox가 실행 중인지) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>%1 연결을 확인할 수 없어(%2) ESI Studio가 연결을 거부했고 아무것도 보내지 않았습니다.

컴퓨터의 날짜와 시간, HTTPS 트래픽을 검사하는 프록시나 보안 소프트웨어를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>안전하지 않음</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>%1의 인증서가 거부되었습니다: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>안전함</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>%1에 대한 암호화된 연결(HTTPS). 인증서가 확인되었습니다.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>%1에 대한 암호화되지 않은 연결(HTTP). 이 방식은 esi-sandbox 같은 로컬 SSO에만 써야 합니다.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>연결 보안: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>EVE SSO 로그인 페이지 불러오는 중…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>연결 보안</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>로그인 페이지</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>먼저 1페이지. 이어질 요청 수는 X-Pages로 알 수 있습니다</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>1페이지 요청 %1개(언어마다 하나). 이어질 수는 X-Pages로 알 수 있습니다</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>요청 1개</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>요청 약 %1개</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1. 요청 한도 버킷이 없어 오류만 집계합니다(오류 한도).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · 버킷 %3의 토큰 약 %2개(남은 %4개)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>이번 실행은 요청을 약 %1개 보냅니다.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>남은 토큰이 %3개인 버킷 %2에서 토큰을 약 %1개 씁니다.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>버킷이 비면 토큰이 돌아올 때까지 실행을 잠시 멈춥니다.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>시작할까요?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>이번 실행은 약 %2개의 요청으로 약 %1페이지(지난 실행의 X-Pages)를 가져옵니다.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>%1페이지를 넘으면 호출이 오류로 중지됩니다(설정 › 요청 › 호출당 최대 페이지 수).</translation>
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
        <translation>%1ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>RunRequest</name>
    <message>
        <source>Open the operation &lt;operation_id&gt; with the name=value words that follow (as in esi call) and run it, in the ESI Studio already running if there is one.</source>
        <translation>작업 &lt;operation_id&gt;을(를) 뒤따르는 name=value 단어(esi call과 동일)로 열고 실행합니다. 이미 실행 중인 ESI Studio가 있으면 그곳에서 실행합니다.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>--run과 함께: 모든 페이지를 가져옵니다.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>--run과 함께: 실행이 끝나고 모든 행이 표에 들어오면 종료합니다. 성공 시 0, 실행 실패 시 1, 시작할 수 없으면 2를 반환합니다(--new-instance 포함).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>예상하지 못한 인수 “%1”; --spec FILE로 스펙을 열고, --run OPERATION_ID name=value ...로 작업을 실행하세요</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages와 --quit-after-run에는 --run OPERATION_ID가 필요합니다</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>본문 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>본문 파일 %1이(가) %2 MiB보다 큽니다. ESI 요청 본문은 몇 KB입니다</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1(%2(으)로 빌드)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
</TS>
