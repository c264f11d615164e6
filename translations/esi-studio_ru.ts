<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>не удаётся загрузить спецификацию %1: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>не удалось прочитать встроенную спецификацию: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Вход не завершён</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>Часть состояния ESI Studio недоступна</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Не удалось открыть «%1»</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>Не удалось прочитать встроенную спецификацию</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>Кэш ответов: %1 Каждый вызов уходит в ESI.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>Состояние лимитов: %1 Лимиты отслеживаются только для этого окна.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>История вызовов: %1 Вызовы не запоминаются.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>Персонажи: %1 Операции с авторизацией выполнить нельзя.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 Запросы идут с собственным User-Agent ESI Studio.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>Вместо этого вход через ваш веб-браузер</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Продолжите вход в веб-браузере.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Выполнен вход как %1.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 вошёл с меньшим числом областей доступа</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>Новый вход не предоставил %1; войдите снова и подтвердите их, чтобы пользоваться операциями, которым они нужны.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>Офлайн-песочница: %1 ESI Studio использует обычные серверы.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>уже запущенный ESI Studio выведен на передний план; его серверы не меняются (для окна с другими серверами запустите с --new-instance)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1; открывается новое окно</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>Персонаж %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>Не удалось сохранить вход %1</numerusform>
            <numerusform>Не удалось сохранить вход %1</numerusform>
            <numerusform>Не удалось сохранить вход %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>Фоновое обновление не удалось.
%1
Когда проблема будет решена, откройте Персонажи &gt; Управление персонажами и обновите сейчас, или войдите снова, если персонажу нужен новый вход.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>главное окно не появилось за %1 с</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 «%2» использует незашифрованный http к %3, а это не этот компьютер; используйте https или http только с адресом loopback (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 «%2» — не адрес сервера; укажите URL http(s), например https://esi.evetech.net</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>Настольный обозреватель ESI для EVE Online</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>Открыть документ ESI OpenAPI &lt;file&gt; вместо встроенной спецификации.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>Корень сервера ESI (по умолчанию %1 или $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>Корень сервера EVE SSO (или $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>Выйти, как только окно показано и спецификация проиндексирована (для тестов и замера запуска); при ошибке загрузки спецификации — с ненулевым кодом.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>Открыть ещё одно окно, даже если ESI Studio уже запущен (без этого повторный запуск выводит на передний план уже открытое окно; --quit-after-ready подразумевает этот ключ).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>неожиданный аргумент «%1»; откройте спецификацию через --spec ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>Прежнее состояние в %1 не перенесено: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>Прежние настройки в %1 не перенесены: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>«%1» — не язык ESI Studio (%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>В этой сборке нет перевода %1/%2.qm.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Тексты самого Qt останутся английскими: %1.qm нет в %2 (пакет Debian qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 «%2» использует незашифрованный http к %3, а это не этот компьютер: токены и ответы шли бы по сети без шифрования. Используйте https или http только с адресом loopback (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>Вход › ID клиента «%1» не может содержать пробелы или косые черты. Скопируйте ID клиента вашего приложения с https://developers.eveonline.com.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>Вход › URL обратного вызова «%1» — не абсолютный URL http(s). Введите URL, зарегистрированный для вашего приложения, например %2.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>Вход › URL обратного вызова «%1» должен указывать на этот компьютер (127.0.0.1 или localhost), чтобы ESI Studio получил ответ входа; используйте %2 и зарегистрируйте тот же URL для приложения.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>Вход › В URL обратного вызова «%1» нет порта. Добавьте порт, который слушает ESI Studio, как в %2.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>Вход › Сервер SSO «%1» — не адрес http(s)-сервера. Используйте %2 или адрес esi-sandbox для работы без сети.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>Запросы › Контактный e-mail: %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>Запросы › Название приложения: %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>Запросы › Сервер ESI «%1» — не адрес http(s)-сервера без запроса и фрагмента. Используйте %2, адрес прокси или esi-sandbox.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>Запросы › Дата совместимости «%1» — не дата в формате ГГГГ-ММ-ДД. Введите дату вроде 2025-08-26 или оставьте пустым, чтобы использовать дату спецификации.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>Запросы › Дата совместимости %1 в будущем; ESI её отклонит. Выберите %2 или раньше.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>Запросы › Одновременных запросов: %1; допустимо от %2 до %3.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Кэш › Предел размера %1 МиБ; допустимо от %2 до %3 МиБ.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>Кэш › Расположение «%1» — относительный путь. Выберите абсолютный путь к папке или оставьте пустым для стандартного расположения.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>Кэш › Расположение «%1» — файл, а не папка. Выберите папку.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>Внешний вид › Язык «%1» не входит в языки ESI (%2). Выберите один из них или следуйте системе.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>Вход › Сервер SSO</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>Вход › Доверенный сервер ESI «%1» — не адрес http(s)-сервера без запроса и фрагмента. Оставьте поле пустым, если только ваш собственный сервер ESI не должен получать токены сервера SSO.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>Вход › Доверенный сервер ESI</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>Запросы › Сервер ESI</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>Запросы › Не больше страниц за вызов: %1; значение должно быть от %2 до %3.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Запросы › Самый большой ответ: %1 МиБ; значение должно быть от %2 до %3 МиБ.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>у персонажа нет corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>в загруженной спецификации нет публичного GET %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>персонаж %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>Персонажу также нужна одна из игровых ролей корпорации: %1.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 называет в пути персонажа %2, но вызов должен был нести токен персонажа %3; ничего не отправлено</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>персонаж %1 из пути</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 не вошёл в систему; %2 нужен его токен с областью доступа %3, поэтому ничего не отправлено. Войдите им так: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>его токен отозван</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>SSO отклонил его токен обновления</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 нужно войти заново (%2); %3 нужен его токен с областью доступа %4, поэтому ничего не отправлено. Войдите им заново так: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>У %1 нет области доступа %2, нужной %3, поэтому ничего не отправлено. Войдите им заново так: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 нужен вошедший персонаж с областью доступа %2, а ни один персонаж не вошёл. Войдите так: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 нужен вошедший персонаж с областью доступа %2; персонажам с ней (%3) нужно войти заново. Войдите заново так: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 нужен вошедший персонаж с областью доступа %2: ни у одного вошедшего персонажа нет области %3. Войдите так: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>корпорация %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>альянс %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>неизвестно, в какой корпорации состоит %1 (не удалось прочитать /characters/%2/ в ESI), поэтому нельзя сверить с %3 из пути; ничего не отправлено. Повторите, когда ESI ответит</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 не состоит в %2 из пути; ESI отвечает на %3 только с токеном участника, поэтому ничего не отправлено. Не выбирайте персонажа, чтобы использовать вошедшего участника</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>У %1 из %2 нет области доступа %3, нужной %4, поэтому ничего не отправлено. Войдите им заново так: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>ни один персонаж не вошёл</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>вошли, но не участники: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 нужен вошедший участник %2 с областью доступа %3, но ни один не вошёл (%4), поэтому ничего не отправлено. Войдите участником так: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>выбран персонаж %1, но путь называет character_id=%2; ESI принимает только токен этого персонажа, поэтому ничего не отправлено. Не выбирайте персонажа (решает путь) или выберите того же</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(не указана)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>Не удаётся создать папку блокировок токенов %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Не удаётся открыть блокировку токена %1: %2. Проверьте права доступа к папке.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>Не удаётся заблокировать %1: %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>Другой процесс ESI Studio (приложение или команда esi) держит токен персонажа %1 дольше %2 секунд (блокировка %3); повторите, когда он завершится.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 отменён</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>спецификация не загружена</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>язык &apos;%1&apos; не входит в языки ESI %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%n проблема в вызове %1</numerusform>
            <numerusform>%n проблемы в вызове %1</numerusform>
            <numerusform>%n проблем в вызове %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(не указана)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 нужен вошедший персонаж с областью доступа %2</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 нужен вошедший персонаж с областью доступа %2; войдите персонажем и выберите его для вызова</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>нет токена доступа</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>неизвестная операция &apos;%1&apos; в спецификации %2</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>; список: &apos;esi spec ops&apos;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; может быть, %1?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>Структура или предмет (контейнер, корабль): /universe/names не называет ни то, ни другое; имя структуры даёт /universe/structures/{structure_id} с токеном.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>Особое место (например, asset safety), которое /universe/names не называет.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>Офис или папка внутри станции: /universe/names её не называет.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>Небесное тело или звёздные врата: /universe/names их не называет.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>Вне диапазонов ID, которые может назвать /universe/names.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>Не ID: ноль или отрицательное число.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>Не ID сущности EVE.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>Больше любого ID типа.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>Вне диапазонов ID персонажей, корпораций, альянсов и фракций.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>Вне диапазона ID фракций (от 500 000 до 999 999).</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>Вне диапазона ID звёздных систем (от 30 000 000 до 32 999 999).</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>Вне диапазона ID созвездий (от 20 000 000 до 22 999 999).</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>Вне диапазона ID регионов (от 10 000 000 до 12 999 999).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>нет устройства вывода для экспорта</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>экспорт в %1 невозможен: он не открыт для записи</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>экспорт в %1 невозможен: он не открыт для записи (%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>не удалось записать экспорт в %1: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>устройство вывода</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>неизвестный формат экспорта &quot;%1&quot;; используйте один из: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(не указана)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>ни у одного вошедшего персонажа нет scopes %1, нужных %2 (вошёл %n персонаж); войдите одним из них: %3</numerusform>
            <numerusform>ни у одного вошедшего персонажа нет scopes %1, нужных %2 (вошли %n персонажа); войдите одним из них: %3</numerusform>
            <numerusform>ни у одного вошедшего персонажа нет scopes %1, нужных %2 (вошли %n персонажей); войдите одним из них: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>Все вызовы завершились ошибкой; первый, %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>готово %1, ошибок %2, осталось %3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>список значений может принимать только параметр пути или запроса</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>у %1 уже есть список значений; задайте один список на параметр</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>у %1 %2 значений; список может содержать не более %3 (разбейте его на несколько запусков)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>у %1 пустой список значений; задайте хотя бы одно</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>списки дали бы %1 вызовов; запуск может сделать не более %2 (сократите список)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>сохранённый список значений повреждён или слишком длинный</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>отменён до отправки</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>OpenSSL не сообщил подробностей</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>элемент &apos;%1&apos; отсутствует или не в base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL отклонил ключ: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>не удаётся прочитать n/e: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>у ключа RSA %1 бит; нужно не меньше 2048</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>не удаётся собрать параметры RSA: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>кривая EC &apos;%1&apos; — не P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>координаты P-256 должны занимать по 32 байта (x: %1, y: %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>ключ &apos;%1&apos; предназначен для &apos;%2&apos;, а не для подписей</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>тип ключа &apos;%1&apos; не поддерживается (только RSA и EC)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>ключ &apos;%1&apos; нельзя использовать: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>нет ключа</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>алгоритм %1 не подходит к ключу &apos;%2&apos; типа %3</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>ключ &apos;%1&apos; опубликован для %2, а токен указывает %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>подпись ES256 должна занимать 64 байта (r || s), а эта — %1</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>не удаётся начать проверку: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>подпись не соответствует ключу &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>не JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>нет массива &quot;keys&quot;</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>SSO не публикует ключ подписи &apos;%1&apos;, а его ключи получены меньше минуты назад, поэтому повторно они пока не запрашиваются.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>URL JWKS неизвестен</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>ответ не является JWKS: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>Не удаётся получить ключи подписи SSO с %1: %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>SSO не публикует ключ подписи &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>Субъект токена &apos;%1&apos; не является персонажем EVE (ожидалось CHARACTER:EVE:&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>У токена персонажа %1 нет хеша владельца (утверждение `owner`).</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>Утверждение `scp` токена — не строка и не массив строк.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>Утверждение `aud` токена — не строка и не массив строк.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>У токена нет пригодного срока действия (утверждение `exp`: секунды с 1970 года, не позже 9999 года).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>Время выдачи токена (утверждение `iat`) — не число секунд с 1970 года до 9999 года.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>Начало действия токена (утверждение `nbf`) — не число.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>Часы этого компьютера, вероятно, отстают больше допустимых %1: выставьте системное время (включите автоматическую синхронизацию, например timedatectl set-ntp true) и повторите.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>Токен доступа не является JWT (ожидалось три части через точку, найдено %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>Заголовок токена доступа — не JSON в кодировке base64url.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>Токен доступа не подписан (alg &apos;%1&apos;); неподписанные токены не принимаются никогда.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>Токен доступа подписан %1; принимаются только RS256 и ES256.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>Токен доступа указывает ключ подписи &apos;%1&apos;, которого SSO не публикует.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>Ключ подписи SSO нельзя использовать: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>Алгоритм токена доступа не соответствует его ключу: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>Подпись токена доступа не в base64url.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>Подпись токена доступа недействительна: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>Полезная нагрузка токена доступа — не JSON в кодировке base64url.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>Токен доступа выдан &apos;%1&apos;, а не %2.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>Токен доступа выдан другому приложению (в его аудитории нет идентификатора клиента %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>В аудитории токена доступа нет &quot;EVE Online&quot;, значит это не токен EVE SSO.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>Срок токена доступа истёк в %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Токен доступа заявляет время выдачи %1 — на %2 позже времени этого компьютера (%3). %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Токен доступа действует только с %1 — на %2 позже времени этого компьютера (%3). %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>Доступ к системной связке ключей запрещён во время операции «%1». Разрешите ESI Studio пользоваться связкой ключей и повторите.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>Системная связка ключей недоступна во время операции «%1» (%2). ESI Studio хранит токены только в связке ключей, никогда в обычных файлах: запустите и разблокируйте хранилище ключей (GNOME Keyring, KWallet или другой Secret Service) и повторите.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>Системная связка ключей не дала ясного ответа во время операции «%1»: возможно, она заблокирована. Разблокируйте хранилище ключей и повторите.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>чтение &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>сохранение &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>удаление &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>Адрес обратного вызова %1 — не http://127.0.0.1 и не http://localhost, поэтому ответ браузера здесь не перехватить. Зарегистрируйте такой адрес обратного вызова (например, %2) для приложения и укажите его в настройках.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>Не удаётся ждать ответ входа на 127.0.0.1:%1: %2. Закройте программу, занявшую этот порт, или зарегистрируйте другой порт обратного вызова.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names в ESI не знает этот ID (ответ 404).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>В спецификации нет POST /universe/names (PostUniverseNames), к которому можно обратиться.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>Получение имён отменено.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>Ответ ESI на POST /universe/names — не список {id, name, category} для запрошенных ID.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI ответил 404 более %1 раз; остальные ID не запрашивались, чтобы поберечь лимит ошибок (верен ли базовый URL?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names не удался: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names в ESI не знает этот ID (ответ 404).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI ответил на POST /universe/names без этого ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(нет пути)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>esi-sandbox не найден в %1. Он собирается вместе с ESI Studio и ставится рядом с исполняемым файлом esi-studio; переустановите ESI Studio или соберите цель esi-sandbox.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox вывел «%1» вместо своего адреса; возможно, это другая версия, чем у ESI Studio. Переустановите ESI Studio.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>Не удалось запустить esi-sandbox (%1): %2. Проверьте, что файл исполняемый.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox аварийно завершилась.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox завершилась с кодом %1: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox (%1) не ответила за отведённое время. Запустите её вручную командой «esi-sandbox --port 0», чтобы узнать причину.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>лимит ошибок ESI</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>группа лимита запросов %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>нет полного ответа от %1 за %2 с</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>не удалось связаться с %1: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>повтор после оборванного ответа</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>ответ от %1 обрывался %2 раз (%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>Лимит ошибок ESI исчерпан (HTTP 420); запросы не отправляются до сброса через %1 с</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%1 после %2 попыток</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>повтор после HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раз; повторите позже</numerusform>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раза; повторите позже</numerusform>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раз; повторите позже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раз без Retry-After; повторите позже</numerusform>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раза без Retry-After; повторите позже</numerusform>
            <numerusform>ESI ограничил частоту запросов (HTTP 429) %n раз без Retry-After; повторите позже</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 ответил HTTP %2</translation>
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
        <translation>%1 должно быть больше %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 меньше минимума %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 должно быть меньше %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 больше максимума %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 не является целым числом</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 вне диапазона int64 %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 вне диапазона int32 %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не входит в %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 — не число</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 — не логическое значение; напишите true или false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 — не дата; напишите ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 — не дата и время; напишите ГГГГ-ММ-ДДTчч:мм:ссZ</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 длиной %2 символов, нужно не меньше %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 длиной %2 символов, допустимо не больше %3</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 не соответствует шаблону %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>нет обязательного параметра &apos;%1&apos; (%2 %3); добавьте %1=&lt;значение&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; задаёт сама ESI Studio (язык, валидаторы кеша, дата совместимости, тенант и токен берутся из параметров вызова); уберите его</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>тело JSON</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 и тело JSON</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>неизвестный параметр &apos;%1&apos;; %2 принимает %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>никаких параметров</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; может быть, &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before и after взаимно исключают друг друга; укажите только один</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: указан %n элемент, нужно не меньше %2</numerusform>
            <numerusform>%1: указано %n элемента, нужно не меньше %2</numerusform>
            <numerusform>%1: указано %n элементов, нужно не меньше %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: указан %n элемент, допустимо не больше %2</numerusform>
            <numerusform>%1: указано %n элемента, допустимо не больше %2</numerusform>
            <numerusform>%1: указано %n элементов, допустимо не больше %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1, элемент %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2 встречается больше одного раза; элементы должны быть уникальными</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1 не принимает тело запроса; уберите его</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1 нужно тело запроса JSON (%2); добавьте body=&lt;json&gt;</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: некорректный JSON в позиции %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: содержит %n значение JSON через запятую; укажите ровно одно</numerusform>
            <numerusform>body: содержит %n значения JSON через запятую; укажите ровно одно</numerusform>
            <numerusform>body: содержит %n значений JSON через запятую; укажите ровно одно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: ещё %n проблема не показана</numerusform>
            <numerusform>body: ещё %n проблемы не показаны</numerusform>
            <numerusform>body: ещё %n проблем не показано</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null не допускается; ожидалось: %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидалось: %1, получено: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>указан %n элемент, нужно не меньше %1</numerusform>
            <numerusform>указано %n элемента, нужно не меньше %1</numerusform>
            <numerusform>указано %n элементов, нужно не меньше %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>указан %n элемент, допустимо не больше %1</numerusform>
            <numerusform>указано %n элемента, допустимо не больше %1</numerusform>
            <numerusform>указано %n элементов, допустимо не больше %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 встречается больше одного раза; элементы должны быть уникальными</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: нет обязательного свойства</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; — не присваивание параметра; пишите имя=значение (например, region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>— некорректный массив JSON (%1 в позиции %2); пишите [1, 2, 3] или 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 перенаправил запрос более %2 раз (петля перенаправлений?), поэтому он остановлен.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 ответил HTTP %2 — перенаправлением на другой сервер (%3). Оно не выполнено, поэтому учётные данные туда не отправлены. Проверьте адреса серверов ESI и SSO.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 ответил перенаправлением на другой сервер (%2). Оно не выполнено, поэтому учётные данные туда не отправлены. Проверьте адреса серверов ESI и SSO.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>параметр заголовка &apos;%1&apos; содержит перевод строки или символ NUL, что добавило бы собственные заголовки; введите значение в одну строку</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>параметр пути &apos;%1&apos; пуст, что изменило бы путь запроса; введите значение</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>параметр пути &apos;%1&apos; равен &apos;%2&apos;, что отправило бы запрос по другому пути; введите само значение (ID или имя)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>сервер ответил «X-Pages: %1», а это не число страниц (целое число от 1 до 2147483647); дальше страницы 1 ничего не загружено. Сервер или промежуточный прокси прислал испорченный заголовок.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>сервер ответил «X-Pages: %1» — больше предела в %2 страниц на вызов; дальше страницы 1 ничего не загружено. Если они действительно нужны, поднимите предел через esi call --max-pages или в Настройки › Запросы › Не больше страниц за вызов.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 ответил HTTP %2 с Content-Type %3 вместо JSON; первые байты: %4. Возможно, вместо ESI отвечает страница техобслуживания или прокси.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 ответил HTTP %2 с пустым телом вместо JSON (Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 ответил HTTP %2 с телом, которое не является JSON (Content-Type %3, %4 на байте %5); первые байты: %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>ответ %1 от %2 объявил %3 байт (Content-Length) — больше предельного размера ответа %4; он не был загружен.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>ответ %1 от %2 превысил предельный размер ответа %3; загрузка остановлена.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>Если вы ожидаете такой большой ответ, поднимите предел через esi call --max-response-size (например, 256M) или в Настройки › Запросы › Самый большой ответ.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 ответил HTTP 304 Not Modified на запрос без валидаторов кэша (If-None-Match, If-Modified-Since): в кэше нечего проверять, поэтому ответа нет. Сервер или промежуточный прокси ответил неправильно; повторите попытку позже.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>результат продолжал указывать на следующие страницы сверх предела в %1 страниц на вызов; обход остановлен. Если действительно нужно больше, поднимите предел через esi call --max-pages или в Настройки › Запросы › Не больше страниц за вызов.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>строки сопоставляются по %1, уникальному в каждом снимке</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>строки сравниваются целиком: у них нет столбца *_id</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>строки сравниваются целиком: ни один столбец *_id не уникален (%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>строки сравниваются целиком: уникальны несколько столбцов *_id (%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>Ещё не запрошено.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>для --run нужен ID операции, например --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run принимает не более %1 значений</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>не удаётся выполнить %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>после подстановки $ref разрастается больше чем до %1 узлов</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>вложена глубже %1 уровней</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>схема %1 %2 (достигнута через %3): её $ref ветвятся слишком широко для подстановки. Проверьте $ref в %4 в %5; представления, разрешающие ссылки по требованию (дерево схемы, проверки значений), по-прежнему работают</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>схема</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; использует незашифрованный http к %3, а это не этот компьютер: токены и ответы пошли бы по сети без шифрования. Используйте https или http только с адресом обратной петли (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>Сервер ESI</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 Токен не отправлен.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>Персонаж вошёл через SSO на %1, чьи токены принадлежат %2, а не серверу ESI %3; туда токен не отправлен. Вызывайте %2, войдите персонажем через собственный SSO %3 или явно доверьте %3 токены %1 (настройка sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL или esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>Персонаж вошёл через SSO на %1, а сейчас используется SSO %2; его токен обновления отправляется только на %1, поэтому ничего не отправлено. Снова используйте %1 (--sso-url, ESI_SSO_URL или настройки входа) или войдите персонажем через %2.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлена</numerusform>
            <numerusform>%n добавлены</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменена</numerusform>
            <numerusform>%n изменены</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n удалена</numerusform>
            <numerusform>%n удалены</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>не удаётся прочитать спецификацию: %1; проверьте путь и права доступа</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>цикл $ref: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>неразрешимая $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 не сравнивается: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 изменён: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>параметр удалён: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>параметр %1 теперь обязателен</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>параметр %1 теперь необязателен</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>параметр %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>параметр добавлен: %1 %2 (обязательный)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>параметр добавлен: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>тело запроса</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>код успеха %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>схема ответа</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(публичная)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>области доступа: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>теперь устарела</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>больше не устарела</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>С %1 по %2: добавлено %3, удалено %4, изменено %5</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>в %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>в операции %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>некорректный JSON: %1; исправьте документ или получите его заново</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>список /meta/compatibility-dates</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>документ /meta/status</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>JSON Web Key Set (набор ключей)</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI версии &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger версии &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>пустой объект JSON</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>объект JSON с ключами %1</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>ожидался документ OpenAPI 3.x или Swagger 2.0 (объект JSON), получен массив JSON</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>ожидался документ OpenAPI 3.x или Swagger 2.0 (объект JSON), получено отдельное значение JSON</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>ожидался документ OpenAPI 3.0/3.1 или Swagger 2.0, получено: %1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>в документе нет объекта &quot;paths&quot;, поэтому он не описывает ни одной операции</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>путь &quot;%1&quot; не начинается с &quot;/&quot;; так должен начинаться любой путь, иначе он изменил бы сервер, куда уходит запрос. Исправьте или удалите его в спецификации</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>операция должна быть объектом JSON</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>повторяющийся operationId &quot;%1&quot;; у каждой операции должен быть свой</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1; в документе это не определено (ссылка из %2)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>параметру нужны &quot;name&quot; и &quot;in&quot; со значением path, query, header или cookie (получено in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>список дат совместимости</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>неожиданный ответ: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>спецификацию на %1</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>не удалось получить %1 (%2); проверьте базовый URL ESI и подключение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; — не дата совместимости; используйте формат ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>Для экспорта в SQLite нужен файл для записи (в esi: --out FILE.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Не удаётся создать временный файл рядом с %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>Не удаётся прочитать %1, чтобы добавить запуск: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 существует и не является базой SQLite; он оставлен как был. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>Не удаётся скопировать %1, чтобы добавить запуск: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>экспорт SQLite</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>Не удаётся начать запись %1: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>В %1 есть таблица esi_runs без столбца %2, значит, он записан не экспортом ESI Studio; экспортируйте в другой файл.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Не удаётся подготовить %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Не удаётся записать запуск в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>Не удаётся прочитать готовый экспорт для %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>база данных токенов</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>состояние лимитов</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>кеш ответов</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>Не указано имя файла (%1).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>Не удаётся создать папку %1 (%2). Проверьте, что путь не является файлом и что туда можно писать, или выберите другое место.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>В папку %1 (%2) нельзя писать. Исправьте права доступа или выберите другое место.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>Не удаётся прочитать %2 (%1): %3. Исправьте права доступа или переместите файл.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) — не база SQLite (повреждена или записана другой программой). Она не тронута; переместите или удалите её, и при следующем запуске будет создана новая.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>Не удаётся создать %2 (%1). Проверьте, что туда можно писать, или выберите другое место.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Драйвер SQLite для Qt (QSQLITE) недоступен, поэтому %1 не открыть. Установите плагин SQLite для Qt SQL.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>Не удаётся открыть %2 (%1): %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) не читается как база SQLite (%3). Она не тронута; переместите или удалите её, и при следующем запуске будет создана новая.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>Не удаётся перевести %2 (%1) в режим WAL: %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>Не удаётся заблокировать %2 (%1): %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%2 (%1) записан более новой ESI Studio (формат %3, эта читает %4). Используйте новую версию или удалите файл, чтобы начать заново.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 — база SQLite другой программы, а не %2 ESI Studio. Она не тронута; выберите другой файл.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>Не удаётся создать таблицы %2 (%1): %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite отказался изменить таблицу %1: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Не удаётся прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>В файле уже есть таблица %1 без столбца %2, значит, он записан не экспортом ESI Studio; экспортируйте в другой файл.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>В таблице %1 оказалось бы больше %2 столбцов; SQLite не может их вместить. Экспортируйте в CSV или JSON.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>Столбец %1 таблицы %2 в файле имеет тип %3, а в этом результате — %4; экспортируйте в новый файл.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>Не удаётся записать в таблицу %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>Не удаётся записать строку в таблицу %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>SSO на %1 указывает конечной точкой %2 на другом сервере; туда токены не отправляются.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>Не удалось связаться с SSO для операции «%1»: %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>SSO отклонил разрешение для операции «%1» (invalid_grant%2): оно истекло, уже использовано или отозвано. Войдите персонажем заново.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>SSO отклонил операцию «%1» с ошибкой %2%3.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>SSO ответил HTTP %1 на операцию «%2».</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>В ответе SSO на операцию «%1» нет access_token; это не ответ OAuth с токеном.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>Токен доступа из операции «%1» отклонён: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> Только что выданный SSO токен выглядит просроченным, лишь когда часы этого компьютера спешат: выставьте системное время (включите автоматическую синхронизацию, например timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> Обновлённый токен обновления сохранён, так что вход не потерян.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>обмен кода входа</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>обновление токена</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>отзыв токена</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>Документ обнаружения SSO %1 — не объект JSON (%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>неверный тип</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>SSO на %1 не поддерживает PKCE S256 (его нет в code_challenge_methods_supported), а он нужен настольному приложению для входа без секрета клиента.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>Этот вход уже начат; начните новый.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>Вход отменён в EVE SSO (доступ запрещён).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>EVE SSO отклонил вход: %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>В ответе входа нет кода авторизации.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>EVE SSO не вернул токен обновления, поэтому вход нельзя сохранить.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>Ответ входа не относится к этому входу (state не совпадает), поэтому он отклонён. Возможно, другая программа пыталась подсунуть вход; начните вход заново.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>Идентификатор клиента SSO не задан. Зарегистрируйте приложение на https://developers.eveonline.com и укажите его идентификатор клиента в настройках.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>Адрес обратного вызова SSO &apos;%1&apos; — не абсолютный URL. Используйте адрес, зарегистрированный для приложения, например %2.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>Базовый URL SSO &apos;%1&apos; — не адрес http(s). Используйте %2 или адрес esi-sandbox для работы офлайн (настройки или ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>Базовый URL SSO</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>Доверенный URL ESI</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>Область доступа &apos;%1&apos; — не одно имя области; перечисляйте области по одной, например esi-assets.read_assets.v1.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>Не удаётся прочитать базу данных токенов %1: %2. Исправьте права доступа.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>База данных токенов %1 — не база SQLite (повреждена или записана другой программой). Она не тронута; переместите её, чтобы начать с пустым списком токенов, или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>Не удаётся открыть базу данных токенов %1: %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>База данных токенов %1 повреждена (%2). Она не тронута; переместите её, чтобы начать с пустым списком токенов (персонажам придётся войти заново), или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>Версию схемы базы данных токенов %1 не прочитать (%2). База не тронута.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 — база SQLite другой программы (таблицы %2), а не база токенов ESI Studio. Она не тронута; выберите другой файл.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>База данных токенов %1 имеет версию схемы %2 от более новой ESI Studio (эта знает версии до %3). Она не тронута; обновите ESI Studio.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>Не удаётся заблокировать базу данных токенов %1 для проверки схемы: %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>Обновление базы данных токенов %1 до версии схемы %2 не удалось (%3); изменения откатаны, база осталась прежней.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>Не удаётся сохранить схему базы данных токенов в %1: %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>База данных токенов не открыта.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>Не удаётся сохранить токен персонажа %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>Не удаётся сохранить версию токена персонажа %1 в %2: %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>Не удаётся удалить токен персонажа %1 из %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>не удаётся создать папку данных %1 (укажите в ESI_STUDIO_DATA_DIR другую папку)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>персонаж %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>Результат входа неполный (нет персонажа или токенов); ничего не сохранено.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>Вход %1 не сохранён: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> Связку ключей тоже не удалось восстановить: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>Для персонажа %1 токен не сохранён; сначала войдите этим персонажем.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>Токену %1 нужен повторный вход.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>Токену %1 нужен повторный вход: %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>Токен %1 отозван; чтобы пользоваться персонажем, войдите им заново.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>У токена %1 нет области доступа %2; войдите персонажем заново и предоставьте её.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>У токена %1 нет областей доступа %2; войдите персонажем заново и предоставьте их.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Токен не отозван: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>Токен отозван в SSO, но его секреты удалить не удалось: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>Не удалось отозвать токен: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>Персонаж %1 не удалён: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>Для персонажа %1 токен не сохранён.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>Токену персонажа %1 нужен повторный вход: %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>Персонаж %1 тем временем удалён.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>SSO ответил на обновление персонажа %1 токеном персонажа %2; он не использован.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>Персонаж %1 вошёл заново, пока обновлялся его токен; новый вход сохранён, а это обновление отброшено. Повторите.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>Персонаж %1 удалён, пока обновлялся его токен.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>ни один персонаж не вошёл; войдите персонажем с областью доступа %1</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>персонажам с областью доступа %1 (%2) нужен повторный вход</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>ни у одного вошедшего персонажа нет области доступа %1; войдите персонажем и предоставьте её</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>ни у одного вошедшего персонажа нет областей доступа %1; войдите персонажем и предоставьте их</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>название приложения</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>версия приложения</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>контактный e-mail</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>URL исходного кода</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 содержит управляющий символ (U+%2) в позиции %3; удалите его</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 «%2» содержит %3, что недопустимо в токене продукта User-Agent; используйте буквы, цифры, «.», «_» или «+»</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>версия приложения «%1» указана без названия; задайте и название приложения</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>контактный e-mail «%1» — не адрес электронной почты; ожидается что-то вроде vy@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>URL исходного кода «%1» — не абсолютный URL http(s); ожидается что-то вроде https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>ожидание %1 для корзины %2: %3 из %4 токенов</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>ожидание %1 для корзины %2</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>ожидание %1 по Retry-After ответа HTTP 429</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>ожидание %1 по Retry-After ответа HTTP 429 для корзины %2</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>ожидание %1 из-за лимита ошибок ESI: HTTP 420 остановил отправку до сброса окна</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>ожидание %1 из-за лимита ошибок ESI: в окне осталось ошибок: %2, отправка останавливается на %3</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>ожидание %1 до повтора после HTTP %2</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>ожидание %1 до повтора после оборванного ответа</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>ожидание %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n запуск подряд не удался; последний сообщил: %1</numerusform>
            <numerusform>%n запуска подряд не удались; последний сообщил: %1</numerusform>
            <numerusform>%n запусков подряд не удались; последний сообщил: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Копировать версии</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>О программе ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>Значок ESI Studio</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Копировать версии</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>Скопировать версии ESI Studio, Qt, QtKeychain, OpenSSL и системы для отчёта об ошибке</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>Исследуйте ESI EVE Online: просматривайте каждую операцию спецификации, выполняйте её, изучайте и экспортируйте результат, следя за лимитами запросов и ошибок.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>Спецификация: %1, дата совместимости %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>Спецификация: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>Токен доступа удалён из буфера обмена.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Обновление токена %1…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>Токен доступа %1 обновлён.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 нужно войти заново («Добавить области доступа» выполнит вход снова): %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>Токен %1 не обновлён: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>Токен доступа не скопирован: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>Свежий токен доступа %1 в буфере обмена (действует до %2). Буфер очистится через %3, если вы не скопируете что-то другое.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>Утверждения нельзя показать: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 из сети</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 из кэша</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>Дата спецификации</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>Не удаётся прочитать историю вызовов %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>Не удаётся подготовить историю вызовов %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>Отменено во время разбора строк.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>Статус ответа</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>Откуда получено</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
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
        <translation>Запросы</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>Вызовов ещё не было: заполните параметры и нажмите «Выполнить».</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Выполняется %1…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>Страниц: %1 · строк: %2 · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>перепроверено (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>свежее из кэша</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>Свежее из кэша: ответ до Expires без запроса. Перепроверено: копию в кэше подтвердил ответ 304 Not Modified. Сеть: полный ответ 200.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>разных: %1 (по одному на страницу)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>Первая страница: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(страницы различаются)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>запросов: %1</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>повторов: %1</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>ожидание лимитов: %1</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>загружено заново %1× — данные изменились во время загрузки</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Истекает через</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>До %1 ESI отдаёт те же данные; повторный запрос раньше этого времени обслуживается из кэша без обращения к серверу.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>%1 назад; следующий запуск перепроверит</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>Сведения о персонаже</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>Области доступа выбранного персонажа</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>Ни один персонаж не вошёл. Добавьте его через «Войти новым персонажем».</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>Выберите персонажа, чтобы увидеть его токен.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (персонаж %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>Корпорация / альянс: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;Внимание:&lt;/b&gt; после первого входа персонаж перенесён на другой аккаунт EVE (хеш владельца изменился). Убедитесь, что это всё ещё ваш персонаж, и подтвердите.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>Персонаж, чей токен используется</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>Требование к персонажу</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>Войти с нужной областью доступа</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>Публичный маршрут: персонаж не нужен.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>любая область доступа</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>Нужен вошедший персонаж с %1.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>Ни у одного вошедшего персонажа нет %1.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Войти с %1…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>Открывает EVE SSO с запросом %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>нужно %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>Отозвать и удалить %1?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>Токен %1 будет отозван в EVE SSO и удалён из связки ключей. Для вызовов от имени этого персонажа потом понадобится новый вход.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>Подтвердить отзыв и удаление</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>Отозвать и удалить</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>Отзыв токена %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 не удалён: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>Удалить %1 без отзыва?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>Токен %1 не удалось отозвать в EVE SSO: %2

Всё равно удалить его из ESI Studio? Разрешение останется действительным в EVE SSO, пока не истечёт или пока вы не отзовёте его на https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>Подтвердить удаление без отзыва</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Всё равно удалить</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>Токен %1 отозван, но не удалён: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>Токен %1 отозван в EVE SSO и удалён.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 удалён из ESI Studio; его разрешение остаётся действительным в EVE SSO, пока не истечёт или не будет отозвано там.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>Нет диаграммы: в результате нет строк.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>Нет диаграммы: в результате нет столбца с датой или датой и временем.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>Нет диаграммы: в результате нет числового столбца (ID не считаются).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>не удалось ограничить права доступа только вами</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>не удалось нарисовать диаграмму в PNG</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>не удалось нарисовать диаграмму в SVG</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Сохранить в &amp;PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Сохранить в SVG…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Столбец времени</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>Столбцы значений для рисования</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>Отметьте столбцы, которые нужно нарисовать линиями</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Сохранить диаграмму как изображение PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Сохранить диаграмму как рисунок SVG</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>&amp;Ось времени:</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>&amp;Линии:</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Сохранить диаграмму в SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Сохранить диаграмму в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Диаграмма не сохранена</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>Диаграмма результата во времени</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>Дата совместимости</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>&amp;Дата совместимости</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>Версия API, которую обозреватель показывает и вызывает (X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>Обновить список дат</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>Снова запросить у ESI даты совместимости</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>Состояние даты совместимости</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>встроенная</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>в кэше</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>нет в списке ESI</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1 (из файла)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>Загрузка дат…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>%n дата из ESI</numerusform>
            <numerusform>%n даты из ESI</numerusform>
            <numerusform>%n дат из ESI</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>Нет сети: только даты из кэша и встроенные</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Загрузка спецификации %1…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 соответствует %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 загружена с диска</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 загружена из сети</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>нет доступного источника спецификации</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>Не удалось загрузить %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>Копировать как curl (токен скрыт)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>Копировать как curl с токеном доступа…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>Копировать как команду esi</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Копировать как Python (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>Копировать как Python с токеном доступа…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>Копировать как JavaScript (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>Копировать как JavaScript с токеном доступа…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>Не удаётся выполнить из командной строки</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>Не удаётся выполнить %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>Не удаётся выполнить %1: ничего не отправлено</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>В показанной спецификации (%1) нет операции «%2». ID операций чувствительны к регистру, например GetMarketsRegionIdOrders; «esi spec ops» выводит их список.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>Запись строк (%1) в %2…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>Записать рядом файл происхождения (операция, параметры, дата, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Начать с метки порядка байтов UTF-8 (для Excel)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Экспорт результата</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — вложенные поля как столбцы через точку, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — как получено, страницы объединены в один массив</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — одна строка данных на строку</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>Все языки (%1) (в строки добавляется поле «language»)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>Записать происхождение</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Метка порядка байтов</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Что экспортируется</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>Строк: %1 из страниц: %2 операции %3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Ф&amp;айл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Файлы %1 (*.%2);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 — это папка; добавьте имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>Записывать ячейки, начинающиеся с = + - @, как есть (электронная таблица может выполнить их как формулы)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>Ячейки как есть</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>Выключено (рекомендуется): к текстовым ячейкам, начинающимся с =, +, -, @, табуляции или возврата каретки, добавляется апостроф (&apos;) в начале, чтобы при открытии файла никогда не выполнялась формула, присланная сервером. Числа никогда не изменяются.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>Добавить имя рядом с каждым столбцом ID EVE (type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Добавить имена</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>Имена, известные ESI Studio из /universe/names; ID без имени (структура, предмет) получает пустое имя</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — таблица на операцию, поля-массивы в дочерних таблицах; в существующий файл добавляется ещё один запуск</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Экспорт отменён; %1 не изменён.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Экспортировано строк: %1 в %2</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (происхождение в %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Нет строк для экспорта.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>Экспорт записан, а файл происхождения — нет: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>Неудачные вызовы списка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%1 из %2 вызовов завершились ошибкой</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>Мастер первого запуска</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>Добро пожаловать в ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio исследует ESI EVE Online: просматривайте все операции, выполняйте вызовы со всеми страницами, следите за лимитами и экспортируйте результаты.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>На следующих страницах настраивается вход и то, как ваши запросы представляются серверу. Всё можно изменить позже в Файл › Настройки, а этот мастер снова открыть из меню «Справка».</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Как вы хотите начать?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>&amp;Вход через EVE: зарегистрируйте приложение и введите его ID клиента</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>Вход через EVE</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID клиента SSO</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>пусто: только публичные операции, вход позже</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Проблема с ID клиента</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>&amp;Попробовать офлайн: локальная песочница ESI с тестовыми персонажами, аккаунт EVE не нужен</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Попробовать офлайн</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>Песочница (esi-sandbox, ставится вместе с ESI Studio) отвечает на любую операцию сгенерированными данными и пускает тестовых персонажей, например «Sandbox Pilot». Пока вы в ней, это видно в строке состояния, там же — путь обратно.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>Ваш контактный e-mail</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Контактный e-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vy@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Предпросмотр User-Agent</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>Проблема с контактным e-mail</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Контактный &amp;e-mail:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP просит каждый клиент ESI сообщать, кто его запускает, чтобы вам могли написать, а не блокировать трафик. Адрес попадает в заголовок User-Agent каждого запроса; оставьте пустым, чтобы отправлять только имя ESI Studio.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio запустится в офлайн-песочнице. Войдите как «Sandbox Pilot» или другой тестовый персонаж через выбор персонажа. Когда зарегистрируете приложение, вернитесь в сеть из строки состояния.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>ID клиента пока нет: публичные операции уже работают; чтобы входить персонажами, добавьте ID клиента в Файл › Настройки.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>Запросы представляются так: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>Входите персонажами через выбор персонажа; страница входа EVE откроется в окне входа ESI Studio, где можно выбрать и системный браузер.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>все страницы</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>эта страница</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>все языки</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Сравнение вызовов</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Сравнение %1</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Результат сравнения</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>Запрошенные страницы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Дата совместимости</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Статус HTTP</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag (страница 1)</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified (страница 1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>Свежее из кэша</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>Перепроверено (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>Байт по сети</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>Данные (SHA-256 тел ответов)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>Сравнить нельзя: хотя бы один вызов не вернул данных.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>Данные совпадают: тела всех страниц идентичны.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>Данные двух вызовов различаются.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>Повторить выбранный вызов</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>Сравнить два выбранных вызова: параметры, итог, время, данные</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>Скопировать выбранный вызов как команду curl (токен скрыт)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>Удалить выбранные вызовы из истории</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>История вызовов</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Вызовы</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Состояние истории</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>История недоступна: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>нет хранилища</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>Дважды щёлкните вызов, чтобы загрузить его в форму</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>Сравнить два выбранных вызова</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>Выберите ровно два вызова (Ctrl+щелчок), чтобы сравнить их</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, из /universe/names)</translation>
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
        <translation>логическое</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 элемент]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[элементов: %1]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 поле}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{полей: %1}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>Утверждения токена доступа</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>Утверждения токена доступа</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>Утверждения токена доступа — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>Что содержит текущий токен доступа. Сам токен и его подпись не показываются.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>алгоритм подписи</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>ключ подписи в JWKS SSO</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>тип токена</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>персонаж (CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>имя персонажа</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>хеш владельца: меняется при переносе персонажа на другой аккаунт</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>предоставленные области доступа</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>издатель</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>авторизованная сторона (ID клиента)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>истекает</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдан</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>ID токена</translation>
    </message>
    <message>
        <source>server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>регион SSO</translation>
    </message>
    <message>
        <source>header</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>полезная нагрузка</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>Не удалось декодировать токен доступа.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>аудитория: ID клиента и «EVE Online»</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>Поддерживать неиспользуемые входы: обновлять каждые</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>Поддерживать неиспользуемые входы</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO забывает токены обновления, которые долго не использовались; периодическое обновление сохраняет их рабочими, пока запущен ESI Studio.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>Интервал поддержки в днях</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>Снова проверить &amp;связку ключей</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Снова проверить связку ключей</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>Ожидание системной связки ключей</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>Если рабочий стол запросит пароль связки ключей, разблокируйте связку ключей входа; управление персонажами продолжит работу, как только связка ключей ответит.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Системной связкой ключей нельзя воспользоваться</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
Разблокируйте связку ключей входа (например, в «Пароли и ключи») или запустите Secret Service, например GNOME Keyring или KWallet, и проверьте снова. Вход, обновление и отзыв требуют связки ключей; больше нигде ничего не хранится.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>Лимиты ESI</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>Лимит ошибок</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>Маршруты без корзины делят лимит ошибок ESI: 100 ответов с ошибкой за окно. Когда он исчерпан, ESI отвечает 420 на всё до сброса окна.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Осталось ошибок</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>Сброс лимита ошибок</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Предохранитель</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>Корзины лимитов</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Корзины</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>Нет корзин</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>Корзины ещё не использовались. Маршруты с x-rate-limit появятся здесь после первого вызова.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>Отслеживание лимитов выключено: не удалось открыть общее состояние лимитов.</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (публичный)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>Окно сбросится через %1</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>В текущем окне ошибок нет</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>Осталось ошибок: %1 из %2</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>Предохранитель недоступен</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>Цепь разомкнута после 420: ничего не отправляется %1</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>Пауза: осталось лишь %1 ошибок, меньше запаса %2; отправка возобновится через %3</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>Цепь замкнута: запросы идут</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>Взять столбец</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Значения для %1</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>Один вызов на значение. Пишите одно значение-массив на строку (1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>Один вызов на значение. Вставьте значения по одному на строку или через запятую.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Значения %1</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>Число значений</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>Столбец текущего результата</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>Из текущего результата:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>Каждый вошедший персонаж со scope (сейчас %n)</numerusform>
            <numerusform>Каждый вошедший персонаж со scope (сейчас %n)</numerusform>
            <numerusform>Каждый вошедший персонаж со scope (сейчас %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 значений: список может содержать не более %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n значение: по вызову на каждое.</numerusform>
            <numerusform>%n значения: по вызову на каждое.</numerusform>
            <numerusform>%n значений: по вызову на каждое.</numerusform>
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
        <translation>Обозреватель</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>Операция и результат</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Запрос</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Основная область</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>&amp;Открыть файл спецификации…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>Просмотреть локальный документ ESI OpenAPI или Swagger</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>&amp;Экспорт результата…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>Сохранить строки последнего вызова в JSON, NDJSON или CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>Выполнить выбранную операцию со значениями формы</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Отменить выполнение</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>Остановить текущий вызов; больше ничего не отправляется</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>&amp;Перейти к операции…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>Перейти к операции по id, пути, описанию или области доступа</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>Операции, добавленные, удалённые и изменённые с другой даты совместимости</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>&amp;О программе ESI Studio</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>Инструменты обозревателя</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>Загруженная спецификация</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Сервер ESI</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>Запросы и загрузка спецификаций идут на этот сервер</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Спецификация не загружена</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · операций: %4</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Загружено из %1</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Не удалось открыть «%1»</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>По-прежнему показана спецификация на %1 (%2).</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>Открыть спецификацию ESI</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>Документы OpenAPI или Swagger (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Горячие клавиши…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Показать все горячие клавиши этого окна</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>&amp;Управление персонажами…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>Вошедшие персонажи, их токены и области доступа</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Персонажи</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Персонажи</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;Что изменилось…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Тип сообщения</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>Заголовок сообщения</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Подробности сообщения</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>Показывать имена</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>Столбец имён рядом с каждым столбцом ID EVE (type_id → type_name), из /universe/names ESI</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>Имена для %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, из /universe/names)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>Имена для %1 из /universe/names ESI; щёлкните заголовок правой кнопкой, чтобы скрыть их</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>Офлайн-песочница</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>Вернуться в сеть</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>Вернуться в сеть</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>Снова использовать серверы EVE (ESI Studio перезапустится)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>ОФЛАЙН-ПЕСОЧНИЦА на %1: сгенерированные данные, не серверы EVE</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>Вызовы и входы идут во встроенную esi-sandbox; её тестовым персонажам аккаунт EVE не нужен.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>Документация операции</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Спецификация не загружена</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>Откройте документ ESI OpenAPI через Файл → Открыть файл спецификации.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Дата совместимости</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>Выберите операцию слева, чтобы узнать, что она делает, кто может её вызывать и что она отвечает. Фильтруйте словами или с помощью tag:, scope:, path:, id: и method:.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>Устарело: ESI может удалить этот маршрут; найдите замену, прежде чем на него полагаться.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>ID операции</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область доступа</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>нужен вход, область доступа не указана</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>нет: публичный маршрут, вход не нужен</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Необходимые роли</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(любая из них)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Лимит запросов</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Постраничность</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Локализовано</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>да: отвечает на языке, запрошенном через Accept-Language</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>Маршрут изменён</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>без корзины: учитывается в общем лимите ошибок</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>группа %1, не больше %2 токенов за окно %3</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 секунда</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>нет: один ответ содержит весь результат</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>номера страниц: параметр page, всего — в заголовке X-Pages</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>курсор: параметры before / after, следующий курсор в теле</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: идти назад от наименьшего увиденного id</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Устарело.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Тело запроса</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательно)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>В спецификации не объявлен успешный ответ.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>без тела</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Заголовки: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>Сведения об операции</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Схема ответа</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Документация</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>&amp;Схема ответа</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>ответ %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>авт.</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>постранично</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>курсор</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>локализовано</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>устарело</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 операция с тегом %1</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>Операций с тегом %2: %1</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>Нужна область доступа: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>Публичный: вход не нужен</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>Необходимые роли (любая из): %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>Постраничность: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>Локализовано: отвечает на запрошенном языке</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>Группа лимита запросов: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>нужен вход</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>постранично по %1</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>локализовано</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>нужны роли корпорации</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>устарело</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Фильтр операций</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>Фильтр операций (id, путь, описание, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>Совпасть должны все слова. Чтобы искать в одном поле, добавьте префикс: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F — фокус, Esc — очистить.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>Найти операцию</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>Дерево операций</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>Число операций</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Спецификация не загружена</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>Операций: %1, тегов: %2</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Нет операций, подходящих под «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>Подходит операций: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>Параметр %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>по умолчанию %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>напр. %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>напр. 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>значения</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>%1 через запятую</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>Одно из: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Отправлять %1</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>Отправлять эту дату; если флажок снят, параметр не передаётся</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Тело запроса (JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>Синтаксис тела запроса</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(выберите значение)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>Обязательно: введите тело запроса в формате JSON.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>Необязательно: оставьте пустым, чтобы не отправлять тело.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Корректный JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Некорректный JSON в строке %1, столбце %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>Поля параметров</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>Нет параметров</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>Проблемы с параметрами</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>Выберите операцию, чтобы заполнить её параметры.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>тело</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>Тело запроса в формате JSON.</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>У %1 нет параметров: нажмите «Выполнить».</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Подпись %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Устарело.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Сообщение для %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Поле %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Список…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>Список значений для %1</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>Выполнить по разу на значение: вставьте ID, возьмите столбец текущего результата%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> или каждого вошедшего персонажа</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>Список (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>Каждый вошедший персонаж со scope (%n): по вызову на каждого.</numerusform>
            <numerusform>Каждый вошедший персонаж со scope (%n): по вызову на каждого.</numerusform>
            <numerusform>Каждый вошедший персонаж со scope (%n): по вызову на каждого.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>Список из %n значения, по вызову на каждое: </numerusform>
            <numerusform>Список из %n значений, по вызову на каждое: </numerusform>
            <numerusform>Список из %n значений, по вызову на каждое: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Альянсы вошедших персонажей (%n)</numerusform>
            <numerusform>Альянсы вошедших персонажей (%n)</numerusform>
            <numerusform>Альянсы вошедших персонажей (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Корпорации вошедших персонажей (%n)</numerusform>
            <numerusform>Корпорации вошедших персонажей (%n)</numerusform>
            <numerusform>Корпорации вошедших персонажей (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>Альянсы вошедших персонажей (выясняем…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>Корпорации вошедших персонажей (выясняем…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>сервер изображений ответил HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>ответ сервера изображений — не изображение</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>Перейти к операции</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>Операция для перехода</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>Перейти к операции: id, путь, описание, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Подходящие операции</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Спецификация не загружена</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Нет операций, подходящих под «%1»</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>Лучшие %1 из %2 совпадений; уточните запрос</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n совпадение; Enter открывает выделенное</numerusform>
            <numerusform>%n совпадения; Enter открывает выделенное</numerusform>
            <numerusform>%n совпадений; Enter открывает выделенное</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>заблокировано на %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>заблокировано на %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 токенов занято запросами в пути</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ок</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>заблокировано %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>полна</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>Корзина %1 для %2: %3 токенов за окно %4. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>Потраченные токены по одному выходят из скользящего окна %1; следующий вернётся через это время.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>Осталось токенов: %1 из %2 (%3 зарезервировано запросами в пути). Ответ 2xx стоит 2 токена, 3xx — 1, 4xx — 5.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Осталось токенов</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>Исходный ответ</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Поиск в ответе</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>Поиск на этой странице (Enter — далее, Shift+Enter — назад)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Тело ответа</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>У ответа не было тела.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 совпадение</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>совпадений: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>Откройте &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; и войдите с аккаунтом EVE Online.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>Выберите &lt;b&gt;Applications&lt;/b&gt;, затем &lt;b&gt;Create new application&lt;/b&gt; и задайте имя и краткое описание.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>В поле &lt;b&gt;Connection type&lt;/b&gt; выберите &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>В разделе &lt;b&gt;Permissions&lt;/b&gt; добавьте области доступа нужных операций (они указаны в документации каждой операции в ESI Studio, например &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). При входе можно запросить только те области, что есть у приложения.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>В поле &lt;b&gt;Callback URL&lt;/b&gt; введите точно &lt;code&gt;%1&lt;/code&gt; (адрес обратного вызова, заданный здесь).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>Создайте приложение и скопируйте его &lt;b&gt;Client ID&lt;/b&gt; в поле ниже. ESI Studio входит через PKCE, поэтому секретный ключ не нужен; держите его при себе.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>Как зарегистрировать приложение</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>Команда curl скопирована (Authorization скрыт).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>Команда esi скопирована; esi использует своего вошедшего персонажа.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>Код %1 скопирован; токен доступа он читает из переменной окружения ESI_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>Код %1 скопирован.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>Команда curl с токеном доступа скопирована; обращайтесь с ней как с паролем. Она будет удалена из буфера обмена через %1 с.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>Код %1 скопирован вместе с токеном доступа; обращайтесь с ним как с паролем. Он будет удалён из буфера обмена через %2 с.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>Нет токена доступа для копирования</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>Для %1 нужен вошедший персонаж; команда не скопирована.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>Скопировать токен доступа?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>Команда будет содержать токен доступа %1. Любой, у кого он есть, сможет читать данные этого персонажа с %2, пока токен не истечёт (около 20 минут).

Всё равно скопировать?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>Нельзя скопировать вызов по спискам</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 выполняется по разу для каждого значения своих списков, а код описывает один вызов. Уберите списки из формы (или выберите одно значение), чтобы скопировать его.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>персонаж %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>Заголовки ответа</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Строка статуса</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Ответа пока нет.</translation>
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
        <translation>вход</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Сервер ESI</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>расположение кэша</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>офлайн-песочница</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>возврат в сеть</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>Эти изменения вступят в силу после перезапуска ESI Studio: %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>Перезапустить ESI Studio?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Ошибка вызова</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>Предупреждения ESI</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>Язык результата</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>Результат в виде дерева JSON</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Представления результата</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Исходный</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Заголовки</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Экспортировать результат</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>Сохранить строки в JSON, NDJSON или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>Ничего не отправлено: параметры некорректны</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>Выполнение остановлено; получено страниц: %1.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 не удалась: ESI ответил %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: ошибка: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>Доступна новая версия этого маршрута (199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>Устаревший маршрут (299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI прислал предупреждение</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI прислал предупреждения</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>&amp;Диаграмма</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>Сама строка (результат — список значений)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>Поле %1 каждой строки</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>Таблица результата</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>Фильтр строк (любой текст в ячейке)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Столбец фильтра</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Число строк</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Все столбцы</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Нет строк</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Сортировка…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Фильтрация…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>строк: %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>Подходит строк: %1 из %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>Сравнение строк</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>Результат сравнения строк</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Изменённые строки</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>Строки нельзя сравнить: они хранятся только для последних %1 вызовов с не более чем %2 строками, а для одного из этих вызовов их нет.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>Строки, от старого к новому: %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменена</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>Запуск недоступен: ESI Studio запущен без механизма вызовов.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>Ничего не отправлено: сначала исправьте %n отмеченный параметр.</numerusform>
            <numerusform>Ничего не отправлено: сначала исправьте %n отмеченных параметра.</numerusform>
            <numerusform>Ничего не отправлено: сначала исправьте %n отмеченных параметров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>Ничего не отправлено: для %1 нужен вошедший персонаж с %2.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>Большая загрузка</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>Выполнение не начато.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>Готово: страниц %1 · строк %2 · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>Отменено после страниц: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>Нельзя повторить %1</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>В показанной спецификации (%1) нет операции %2; выберите дату совместимости %3, с которой она выполнялась.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>Нельзя повторить %1 от имени %2</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 не вошёл с областями доступа, нужными этой операции.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>Используется дата совместимости %1; вызов записан с %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>Нельзя скопировать %1</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>В показанной спецификации нет операции %1.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>Проверяю, в какой корпорации состоит %1…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>Ничего не отправлено: сначала выберите операцию.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>Ничего не отправлено: выполнение уже идёт; сначала отмените его.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>Много вызовов</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>Будет выполнено %1 %n раз, по разу на значение. Выполнить?</numerusform>
            <numerusform>Будет выполнено %1 %n раза, по разу на значение. Выполнить?</numerusform>
            <numerusform>Будет выполнено %1 %n раз, по разу на значение. Выполнить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>Готово: %1 из %2 вызовов · ошибок %3 · строк %4 · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>Эта страница</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Выполнить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>Выполнение операции</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Операция для выполнения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>Загрузить только эту страницу</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>Один запрос: страница 1 или указанная в параметре page</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Загрузить все страницы</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>Все страницы: по X-Pages, курсору или from_id, по нескольку сразу</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>Оценка выполнения</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>Выполнить операцию (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Отменить выполнение</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>Остановить выполнение; больше ничего не отправляется</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Копировать как curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>Скопировать запрос как команду curl; заголовок Authorization скрыт</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Состояние выполнения</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>Операция не выбрана</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>Загружаются все страницы; выберите «Эта страница», чтобы запросить одну.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>Этот маршрут не локализован; он отвечает одинаково на любом языке</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · ожидание страницы 1</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Ожидание %1: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>Accept-Language запроса. «Все языки» выполняет вызов по разу для каждого языка и показывает по вкладке на язык.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>Accept-Language запроса. «Все языки» выполняет вызов по разу для каждого языка.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Страница %1 из %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>Декодируется последняя %n страница…</numerusform>
            <numerusform>Декодируются последние %n страницы…</numerusform>
            <numerusform>Декодируются последние %n страниц…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1 (рекурсивно)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>Всегда присутствует</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>Выбор областей доступа</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>Выбор областей доступа</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>При входе персонаж предоставит ESI Studio эти области доступа. Запрашивайте только нужное.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Поиск областей доступа</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>Поиск областей доступа (напр. wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>Области доступа по разделам</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>&amp;Все области доступа этой спецификации</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>Выбрать все области доступа этой спецификации</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>Области доступа &amp;используемых операций</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>Выбрать области доступа операций, которыми вы пользовались</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>Ни одна операция с авторизацией ещё не выполнялась.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>%n область доступа из истории вызовов</numerusform>
            <numerusform>%n области доступа из истории вызовов</numerusform>
            <numerusform>%n областей доступа из истории вызовов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>Войти с выбранными областями доступа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>Выбранные области доступа</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>У персонажа уже есть эта область доступа; она сохранится.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>Выбрана %n область доступа</numerusform>
            <numerusform>Выбраны %n области доступа</numerusform>
            <numerusform>Выбрано %n областей доступа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>Добавится %n область доступа; %1 персонажа сохранятся</numerusform>
            <numerusform>Добавятся %n области доступа; %1 персонажа сохранятся</numerusform>
            <numerusform>Добавятся %n областей доступа; %1 персонажа сохранятся</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>esi-sandbox не найден рядом с ESI Studio (искали в %1). Переустановите ESI Studio или соберите цель esi-sandbox.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>Офлайн-песочница остановилась</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>Перезапустите ESI Studio, чтобы снова её запустить.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>Кэш ответов очищен</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Проблемы с настройками</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID клиента SSO</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>с developers.eveonline.com; пусто — только публичные операции</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>URL обратного вызова SSO</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>Сервер SSO</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>Чтобы входить персонажами, ESI Studio нужно приложение, зарегистрированное на сайте разработчиков EVE. Как его зарегистрировать:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;URL обратного вызова:</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>&amp;Сервер SSO:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Контактный e-mail</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>vy@example.com: чтобы CCP мог связаться с вами по поводу вашего трафика</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Название приложения</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>необязательно: инструмент, для которого эти запросы</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Предпросмотр User-Agent</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Сервер ESI</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>Дата совместимости по умолчанию</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>ГГГГ-ММ-ДД; пусто — дата самой спецификации</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Одновременных запросов</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Контактный &amp;e-mail:</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>&amp;Название приложения:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>Се&amp;рвер ESI:</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>Вступит в силу после перезапуска. Чтобы работать не с серверами EVE, укажите адрес esi-sandbox или прокси.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>&amp;Дата совместимости по умолчанию:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Одновременных &amp;запросов:</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Предел размера кэша</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> МиБ</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Расположение кэша</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>пусто — стандартная папка кэша</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Выбрать папку кэша</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>О&amp;чистить кэш</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Очистить кэш ответов</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Размер кэша ответов</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Предел размера:</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Расположение:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Новый язык вступит в силу после перезапуска.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(некорректный заголовок: %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>Освобождено %1 кэшированных ответов.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Расположение кэша</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>Кэш ответов не открыт.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>Ответов в кэше: %1, размер %2, в %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>Изменения на этой странице вступят в силу после перезапуска ESI Studio. Командная строка esi тоже их использует.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>Новое расположение вступит в силу после перезапуска; командная строка esi тоже его использует. Предел размера действует сразу.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>Не больше страниц за вызов</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>Самый большой ответ</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>Не больше &amp;страниц за вызов:</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>Самый большой &amp;ответ:</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>Вызов останавливается с ошибкой, если сервер объявляет больше страниц или присылает ответ большего размера, а не загружает без конца.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>Показывать &amp;имена для ID</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>Показывать имена для ID</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>Столбец имён рядом с каждым столбцом ID EVE в таблице результатов (type_id → type_name), из /universe/names ESI; их также переключает меню заголовка таблицы</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>&amp;Мастер первого запуска…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>ID клиента, контактный e-mail, серверы, кэш, язык и тема</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>Заново настроить вход или офлайн-песочницу</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>Вернуться в &amp;сеть</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>Попробовать &amp;офлайн</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>Снова использовать серверы EVE при следующем запуске</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>Попробовать все функции на локальной песочнице, аккаунт EVE не нужен</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Поиск сочетаний клавиш</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>Поиск по действию, клавише или описанию</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>Число сочетаний клавиш</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Кнопки диалога</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%n сочетание клавиш из %1</numerusform>
            <numerusform>%n сочетания клавиш из %1</numerusform>
            <numerusform>%n сочетаний клавиш из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в области «%1»</translation>
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
        <translation>Не удалось загрузить встроенный браузер входа %1: %2. Переустановите ESI Studio вместе со средой Qt WebEngine.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 — не встроенный браузер входа этой версии ESI Studio; переустановите ESI Studio.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>Встроенный браузер входа (%1) не установлен; искали в %2.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>Связь с EVE SSO…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>Сохранение %1 в связке ключей…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>Для входа нужен ID клиента приложения, зарегистрированного на developers.eveonline.com; введите его в Файл › Настройки… (ID клиента SSO) или задайте переменную окружения ESI_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>Добавить области доступа для %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>Повторный вход %1 для %n области доступа…</numerusform>
            <numerusform>Повторный вход %1 для %n областей доступа…</numerusform>
            <numerusform>Повторный вход %1 для %n областей доступа…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>Вход нового персонажа для %n области доступа…</numerusform>
            <numerusform>Вход нового персонажа для %n областей доступа…</numerusform>
            <numerusform>Вход нового персонажа для %n областей доступа…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>запущенный ESI Studio (сокет %1) не принял соединение за %2 с</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>запущенный ESI Studio (сокет %1) не принял запрос: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>запущенный ESI Studio (сокет %1) не ответил за %2 с; закройте его или откройте другое окно с --new-instance</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>запущенный ESI Studio (сокет %1) отклонил запрос: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>не удаётся слушать локальный сокет %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>Дата для сравнения</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Сводка изменений</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>Изменённые операции</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>Выберите дату и нажмите «Сравнить».</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>Нет источника спецификации для %1.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Загрузка спецификации %1…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Не удалось загрузить %1: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (было %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Добавлено (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Удалено (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Изменено (%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>С %1 по %2 ни одна операция не изменилась.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>С %1 по %2: добавлено %3, удалено %4, изменено %5.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>Для входа нужен ID клиента приложения, зарегистрированного на developers.eveonline.com; задайте ESI_CLIENT_ID или sso/clientId в файле настроек.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>Не удаётся получить ответ входа: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес сами, чтобы войти: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>За %n минуту браузер не прислал ответа на вход, поэтому ESI Studio перестала ждать. Начните вход снова, когда будете готовы.</numerusform>
            <numerusform>За %n минуты браузер не прислал ответа на вход, поэтому ESI Studio перестала ждать. Начните вход снова, когда будете готовы.</numerusform>
            <numerusform>За %n минут браузер не прислал ответа на вход, поэтому ESI Studio перестала ждать. Начните вход снова, когда будете готовы.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>Открыть страницу входа снова</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>Ожидание входа в вашем веб-браузере</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Завершите вход через EVE SSO в вашем веб-браузере. ESI Studio ждёт ответа до %n минуты; «Отмена» прекращает ожидание.</numerusform>
            <numerusform>Завершите вход через EVE SSO в вашем веб-браузере. ESI Studio ждёт ответа до %n минут; «Отмена» прекращает ожидание.</numerusform>
            <numerusform>Завершите вход через EVE SSO в вашем веб-браузере. ESI Studio ждёт ответа до %n минут; «Отмена» прекращает ожидание.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>&amp;Войти новым персонажем…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>&amp;Добавить области доступа…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>&amp;Копировать токен доступа</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>Показать &amp;утверждения токена…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>О&amp;тозвать и удалить…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>Подтвердить смену &amp;владельца</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Системной связкой ключей нельзя воспользоваться: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>Сначала выберите персонажа.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>Этот токен нельзя использовать; войдите персонажем снова.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>Обновится при следующем использовании</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>Нужен повторный вход</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>После входа персонаж перенесён на другой аккаунт EVE.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · владелец сменился</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>Корпорация / Альянс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>Токен доступа истекает через</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Области доступа</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Последнее использование</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>Персонажи</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>Управление персонажами</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>Вошедшие персонажи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 нужно войти заново: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 выполнил вход.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 вошёл, но больше не предоставляет %2.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>Вход не завершён: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>Расход токенов во времени</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>Расход лимитов за последние %1 мин</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>лимит ошибок</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>Уведомлять</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>Следить за этим результатом</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Повторять вызов каждый раз, когда истекает срок ответа (никогда раньше), и выделять изменения; неизменный ответ стоит лишь 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Состояние наблюдения</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>Снимки наблюдения</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>Показать более ранний снимок и его изменения</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>Уведомлять, когда отслеживаемый результат меняется</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>Показывать уведомление на рабочем столе, когда снимок меняет строки</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>Строки, удалённые в этом снимке</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 изменился</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>Наблюдение остановлено; последний %n снимок можно просмотреть.</numerusform>
            <numerusform>Наблюдение остановлено; последние %n снимка можно просмотреть.</numerusform>
            <numerusform>Наблюдение остановлено; последние %n снимков можно просмотреть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Наблюдение остановлено: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>first</source>
        <translation>первый</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>№ %1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>Запуск по спискам значений нельзя отслеживать</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>Сначала выполните вызов; за успешным результатом можно следить</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Повторять вызов каждый раз, когда истекает срок ответа (никогда раньше), и выделять изменения; неизменный ответ стоит лишь 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>Снимок %1 в %2 не удался: %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>Снимок %1 в %2: %n строка</numerusform>
            <numerusform>Снимок %1 в %2: %n строки</numerusform>
            <numerusform>Снимок %1 в %2: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>Снимок %1 в %2: без изменений (304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>Снимок %1 в %2: %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · следующий запуск в %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>Изменено в снимке %1; было: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>Добавлено в снимке %1</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>Изменено в снимке %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio запущена от root, а встроенный браузер (Chromium) отказывается запускать свою песочницу от root: он закрыл бы всё приложение. Вход продолжится в вашем веб-браузере. Запустите ESI Studio от обычного пользователя, чтобы входить внутри неё (или, понимая риск, запустите её с QTWEBENGINE_DISABLE_SANDBOX=1).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>Встроенному браузеру нужен OpenGL, а на этом дисплее пригодный OpenGL не найден. Вход продолжится в вашем веб-браузере.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>Вход через EVE Online</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>Страница входа EVE SSO</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Назад на предыдущую страницу (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>Загрузить страницу заново (%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Адрес показанной страницы</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Повторить вход</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Состояние входа</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>Это окно не хранит cookie, кэш и историю: при закрытии всё забывается.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>Использовать &amp;системный браузер</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>Использовать системный браузер</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>Войти через браузер по умолчанию; он вернётся в ESI Studio через локальный адрес на этом компьютере.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>Вход не завершён</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Завершение входа…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>Не удалось загрузить страницу входа %1: %2 (ошибка %3).

Проверьте подключение к интернету (для локального SSO — что esi-sandbox запущена) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>Соединение с %1 не удалось проверить (%2), поэтому ESI Studio отклонил его и ничего не отправил.

Проверьте дату и время компьютера, а также прокси и защитные программы, которые проверяют HTTPS-трафик, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Небезопасно</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Сертификат %1 отклонён: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Безопасно</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>Зашифрованное соединение (HTTPS) с %1; сертификат проверен.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>Незашифрованное соединение (HTTP) с %1. Так следует подключаться только к локальному SSO вроде esi-sandbox.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Безопасность соединения: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>Загрузка страницы входа EVE SSO…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Безопасность соединения</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Страница входа</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>Сначала страница 1; затем X-Pages скажет, сколько запросов последует</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>Запросов для страницы 1: %1 (по одному на язык); затем X-Pages скажет, сколько последует</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 запрос</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>около %1 запросов</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1; корзины лимита нет, учитываются только ошибки (лимит ошибок).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · около %2 токенов из корзины %3 (осталось %4)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>Это выполнение отправит около %1 запросов.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>Будет потрачено около %1 токенов из корзины %2, в которой осталось %3.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>Когда корзина опустеет, выполнение будет приостанавливаться до возврата токенов.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>Начать?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>Этот запуск загрузит около %1 страниц (X-Pages последнего запуска) примерно за %2 запросов.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>Вызов останавливается с ошибкой после %1 страниц (Настройки › Запросы › Не больше страниц за вызов).</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
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
        <translation>Открыть операцию &lt;operation_id&gt; с последующими словами имя=значение (как в esi call) и выполнить её — в уже запущенном ESI Studio, если он есть.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>С --run: загрузить все страницы.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>С --run: выйти, когда выполнение закончится и все строки будут в таблице; код 0 при успехе, 1 при неудачном выполнении, 2 если оно не смогло начаться (включает --new-instance).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>неожиданный аргумент «%1»; откройте спецификацию через --spec ФАЙЛ, выполните операцию через --run OPERATION_ID имя=значение ...</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>для --all-pages и --quit-after-run нужен --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>не удаётся прочитать файл тела запроса %1: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>файл тела запроса %1 больше %2 МиБ; тело запроса к ESI занимает несколько КБ</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (собрано с %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
</TS>
