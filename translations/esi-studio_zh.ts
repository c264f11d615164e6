<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>无法加载规范 %1：%2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>无法读取内置规范：%1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>登录未完成</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>ESI Studio 的部分状态不可用</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>无法读取内置规范</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>响应缓存：%1 每次调用都会发往 ESI。</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>速率限制状态：%1 仅在此窗口中跟踪限制。</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>调用历史：%1 不会记录调用。</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>人物：%1 无法运行需要授权的操作。</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent：%1 请求将使用 ESI Studio 自带的 User-Agent。</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>改为通过网页浏览器登录</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>请在网页浏览器中继续登录。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 登录。</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 登录时获得的权限范围变少了</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>新的登录未授予 %1；请重新登录并批准，才能使用需要它们的操作。</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>离线沙盒：%1 ESI Studio 将改用常规服务器。</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>已将正在运行的 ESI Studio 提到前台；其服务器保持不变（要在其他服务器上开窗口，请以 --new-instance 启动）</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1；正在打开新窗口</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>人物 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>无法保持 %1 的登录</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>后台刷新失败。
%1
问题解决后，请打开“人物 &gt; 管理人物”立即刷新；若该人物需要重新登录，请重新登录。</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>主窗口未在 %1 秒内显示</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1“%2”通过未加密的 http 连接 %3，而它不是本机；请使用 https，或仅对环回地址（127.0.0.1、::1、localhost）使用 http</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1“%2”不是服务器地址；请提供 http(s) URL，例如 https://esi.evetech.net</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>EVE Online ESI 桌面浏览器</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>打开 ESI OpenAPI 文档 &lt;file&gt;，而不是内置规范。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>ESI 服务器根地址（默认 %1，或 $ESI_BASE_URL）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>EVE SSO 服务器根地址（或 $ESI_SSO_URL）。</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>窗口显示且规范索引完成后即退出（用于测试和启动计时）；规范无法加载时以非零代码退出。</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>即使 ESI Studio 已在运行也打开另一个窗口（不加此项时，再次启动会把正在运行的窗口提到前台；--quit-after-ready 隐含此项）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>意外的参数“%1”；请用 --spec FILE 打开规范</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>%1 中的早期状态未被移动：%2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>%1 中的早期设置未被移动：%2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>“%1”不是 ESI Studio 支持的语言（%2）。</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>此构建缺少翻译 %1/%2.qm。</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Qt 自身的文字仍为英文：%2 中没有 %1.qm（Debian 软件包 qt6-translations-l10n）。</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1“%2”通过未加密的 http 连接 %3，而它不是本机：令牌和应答会以明文穿过网络。请使用 https，或仅对环回地址（127.0.0.1、::1、localhost）使用 http。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>登录 › 客户端 ID“%1”不能包含空格或斜杠。请复制 https://developers.eveonline.com 上为您的应用显示的客户端 ID。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>登录 › 回调 URL“%1”不是绝对 http(s) URL。请输入为您的应用注册的回调 URL，例如 %2。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>登录 › 回调 URL“%1”必须指向本机（127.0.0.1 或 localhost），ESI Studio 才能收到登录结果；请使用 %2，并为您的应用注册相同的 URL。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>登录 › 回调 URL“%1”没有端口。请像 %2 那样加上 ESI Studio 监听的端口。</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>登录 › SSO 服务器“%1”不是 http(s) 服务器地址。请使用 %2，离线工作时可用 esi-sandbox 的地址。</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>请求 › 联系邮箱：%1。</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>请求 › 应用名称：%1。</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>请求 › ESI 服务器“%1”不是不带查询和片段的 http(s) 服务器地址。请使用 %2、代理地址或 esi-sandbox 的地址。</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>请求 › 兼容日期“%1”不是 YYYY-MM-DD 格式的日期。请输入如 2025-08-26 的日期，或留空以使用规范自身的日期。</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>请求 › 兼容日期 %1 在未来；ESI 会拒绝。请选择 %2 或更早的日期。</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>请求 › 并发请求数为 %1；必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>缓存 › 大小上限为 %1 MiB；必须在 %2 到 %3 MiB 之间。</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>缓存 › 位置“%1”是相对路径。请选择绝对路径的文件夹，或留空以使用标准位置。</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>缓存 › 位置“%1”是文件而不是文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>外观 › 语言“%1”不是 ESI 支持的语言（%2）。请从中选择一种，或跟随系统。</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>登录 › SSO 服务器</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>登录 › 受信任的 ESI 服务器“%1”不是不带查询和片段的 http(s) 服务器地址。除非要让您自己的 ESI 服务器接收该 SSO 服务器的令牌，否则请留空。</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>登录 › 受信任的 ESI 服务器</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>请求 › ESI 服务器</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>请求 › 每次调用最多页数 为 %1；必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>请求 › 最大应答 为 %1 MiB；必须在 %2 到 %3 MiB 之间。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>该人物没有 corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>已加载的规范中没有公开的 GET %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>人物 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>该人物还需要以下游戏内军团职位之一：%1。</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 的路径指定了人物 %2，但此调用本将携带人物 %3 的令牌；未发送任何请求</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>路径中的人物 %1</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 未登录；%2 需要其拥有权限范围 %3 的令牌，因此未发送任何请求。请用以下命令登录：%4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>其令牌已被撤销</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>SSO 拒绝了其刷新令牌</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 需要重新登录（%2）；%3 需要其拥有权限范围 %4 的令牌，因此未发送任何请求。请用以下命令重新登录：%5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>%1 缺少 %3 所需的权限范围 %2，因此未发送任何请求。请用以下命令重新登录：%4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 需要拥有权限范围 %2 的已登录人物，但没有人物登录。请用以下命令登录：%3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 需要拥有权限范围 %2 的已登录人物；拥有它的人物（%3）需要重新登录。请用以下命令重新登录：%4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 需要拥有权限范围 %2 的已登录人物：没有已登录人物拥有权限范围 %3。请用以下命令登录：%4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>军团 %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>联盟 %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>无法得知 %1 所属的军团（无法读取 ESI 的 /characters/%2/），因此无法与路径中的 %3 核对；未发送任何请求。请在 ESI 有响应时重试</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 不是路径中 %2 的成员；ESI 只接受成员的令牌来响应 %3，因此未发送任何请求。不指定人物即可使用已登录的成员</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>%2 的 %1 缺少 %4 所需的权限范围 %3，因此未发送任何请求。请用以下命令重新登录：%5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>没有人物登录</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>已登录但不是成员：%1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 需要 %2 的已登录成员且拥有权限范围 %3，但没有成员登录（%4），因此未发送任何请求。请用以下命令登录一名成员：%5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>选择了人物 %1，但路径指定了 character_id=%2；ESI 只接受该人物的令牌，因此未发送任何请求。请不指定人物（由路径决定）或使二者一致</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>无法创建令牌锁文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>无法打开令牌锁 %1：%2。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>无法锁定 %1：%2。</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>另一个 ESI Studio 进程（应用或某条 esi 命令）已占用人物 %1 的令牌超过 %2 秒（锁 %3）；请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>未加载规范</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>语言 &apos;%1&apos; 不是 ESI 的语言 %2 之一</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>调用 %1 有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 需要一个拥有权限范围 %2 的已登录人物</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 需要一个拥有权限范围 %2 的已登录人物；请登录一个并为此调用选择它</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>没有访问令牌</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>规范 %2 中没有操作 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>；可用 &apos;esi spec ops&apos; 列出</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；您是指 %1 吗？</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>建筑或物品（容器、舰船）：/universe/names 无法为二者命名；建筑名称需通过带令牌的 /universe/structures/{structure_id} 获取。</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>/universe/names 不会命名的特殊位置（例如资产保全）。</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>空间站内的办公室或文件夹：/universe/names 不会为其命名。</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>天体或星门：/universe/names 不会为其命名。</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>超出 /universe/names 可命名的 ID 范围。</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>不是 ID：为零或负数。</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>不是 EVE 实体 ID。</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>大于任何类型 ID。</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>超出角色、军团、联盟和势力的 ID 范围。</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>超出势力 ID 范围（500,000 至 999,999）。</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>超出星系 ID 范围（30,000,000 至 32,999,999）。</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>超出星座 ID 范围（20,000,000 至 22,999,999）。</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>超出星域 ID 范围（10,000,000 至 12,999,999）。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>没有可导出到的输出设备</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>无法导出到 %1：它未以写入方式打开</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>无法导出到 %1：它未以写入方式打开（%2）</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>无法将导出内容写入 %1：%2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>输出设备</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>未知的导出格式 &quot;%1&quot;；请使用以下之一：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>（未指定）</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>没有已登录角色拥有 %2 所需的权限范围 %1(已登录 %n 个角色);请用以下命令登录一个:%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>所有调用均失败;第一个,%1:%2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 完成,%2 失败,%3 剩余</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>只有路径或查询参数可以接受值列表</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 已有一个值列表;每个参数只能给一个列表</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 有 %2 个值;一个列表最多 %3 个(请拆分为多次运行)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 的值列表为空;请至少给出一个</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>这些列表将产生 %1 次调用;一次运行最多 %2 次(请缩短列表)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>保存的值列表已损坏或过长</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>在发送前已取消</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>OpenSSL 未提供详情</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>成员 &apos;%1&apos; 缺失或不是 base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL 拒绝了该密钥：%1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>无法读取 n/e：%1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>RSA 密钥只有 %1 位；至少需要 2048 位</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>无法构建 RSA 参数：%1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>EC 曲线 &apos;%1&apos; 不是 P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>P-256 坐标必须各为 32 字节（x 为 %1，y 为 %2）</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>密钥 &apos;%1&apos; 用于 &apos;%2&apos;，不用于签名</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>不支持密钥类型 &apos;%1&apos;（仅支持 RSA 和 EC）</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>密钥 &apos;%1&apos; 无法使用：%2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>没有密钥</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>算法 %1 与类型为 %3 的密钥 &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>密钥 &apos;%1&apos; 发布用于 %2，但令牌声明的是 %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>ES256 签名必须为 64 字节（r || s），此签名为 %1 字节</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>无法开始验证：%1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>签名与密钥 &apos;%1&apos; 不匹配</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>不是 JSON（%1）</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>没有 &quot;keys&quot; 数组</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>SSO 未发布签名密钥 &apos;%1&apos;，且其密钥在不到一分钟前刚获取过，因此暂不重新获取。</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>未知 JWKS URL</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>应答不是 JWKS：%1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>无法从 %1 获取 SSO 的签名密钥：%2。</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>SSO 未发布签名密钥 &apos;%1&apos;。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>令牌的主体 &apos;%1&apos; 不是 EVE 人物（应为 CHARACTER:EVE:&lt;id&gt;）。</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>人物 %1 的令牌没有所有者哈希（`owner` 声明）。</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>令牌的 `scp` 声明既不是字符串也不是字符串数组。</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>令牌的 `aud` 声明既不是字符串也不是字符串数组。</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>令牌没有可用的过期时间（`exp` 声明：自 1970 年起的秒数，最晚到 9999 年）。</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>令牌的签发时间（`iat` 声明）不是自 1970 年起到 9999 年为止的秒数。</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>令牌的生效时间（`nbf` 声明）不是数字。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>此计算机的时钟可能慢了超过允许的 %1：请校准系统时钟（开启自动时间，例如 timedatectl set-ntp true）后重试。</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>访问令牌不是 JWT（应为以点分隔的三部分，实际为 %1 部分）。</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>访问令牌的头部不是 base64url 编码的 JSON。</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>访问令牌未签名（alg &apos;%1&apos;）；从不接受未签名的令牌。</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>访问令牌使用 %1 签名；仅接受 RS256 和 ES256。</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>访问令牌指定了签名密钥 &apos;%1&apos;，但 SSO 并未发布该密钥。</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>SSO 的签名密钥无法使用：%1。</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>访问令牌的算法与其密钥不匹配：%1。</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>访问令牌的签名不是 base64url。</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>访问令牌的签名无效：%1。</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>访问令牌的载荷不是 base64url 编码的 JSON。</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>访问令牌由 &apos;%1&apos; 签发，而不是 %2。</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>访问令牌是签发给另一个应用的（其受众中没有客户端 ID %1）。</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>访问令牌的受众中没有 &quot;EVE Online&quot;，因此它不是 EVE SSO 令牌。</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>访问令牌已于 %1 过期（现在是 %2）。</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>访问令牌声称签发于 %1，比此计算机的时间（%3）晚 %2。%4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>访问令牌从 %1 起才有效，比此计算机的时间（%3）晚 %2。%4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>在%1时访问系统钥匙串被拒绝。请允许 ESI Studio 使用钥匙串后重试。</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>在%1时系统钥匙串不可用（%2）。ESI Studio 只把令牌保存在钥匙串中，绝不写入明文文件：请启动并解锁密钥环（GNOME Keyring、KWallet 或其他 Secret Service）后重试。</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>在%1时系统钥匙串没有明确应答：它可能已锁定。请解锁密钥环后重试。</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>读取 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>保存 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>删除 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>回调 URL %1 不是 http://127.0.0.1 或 http://localhost 地址，因此这里无法接收浏览器的应答。请为应用注册这样的回调 URL（例如 %2），并在设置中填写。</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>无法在 127.0.0.1:%1 上监听登录应答：%2。请关闭占用该端口的程序，或注册另一个回调端口。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI 的 /universe/names 不认识此 ID（返回了 404）。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>规范中没有可供查询的 POST /universe/names (PostUniverseNames)。</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>名称查询已取消。</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>ESI 对 POST /universe/names 的回答不是所询问 ID 的 {id, name, category} 列表。</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI 返回 404 超过 %1 次；为节省错误限额，其余 ID 未再查询（基础 URL 是否正确？）</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names 失败：%1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI 的 /universe/names 不认识此 ID（返回了 404）。</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI 对 POST /universe/names 的回答中没有此 ID。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>（无路径）</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>在 %1 未找到 esi-sandbox。它随 ESI Studio 一同构建，并安装在 esi-studio 可执行文件旁；请重新安装 ESI Studio，或构建 esi-sandbox 目标。</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox 输出了“%1”而不是其地址；它可能与此 ESI Studio 版本不同。请重新安装 ESI Studio。</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>无法启动 esi-sandbox（%1）：%2。请检查该文件是否可执行。</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox 崩溃了。</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox 以退出代码 %1 停止：%2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox（%1）未在允许的时间内应答。请手动运行“esi-sandbox --port 0”查看原因。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>ESI 错误限制</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>速率限制组 %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>%2 秒内未收到 %1 的完整应答</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>应答中断后重试</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>%1 的应答中断了 %2 次（%3）</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>ESI 的错误限制已用尽（HTTP 420）；在 %1 秒后重置之前不会发送请求</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>尝试 %2 次后 %1</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>HTTP %1 后重试</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>被 ESI 限速（HTTP 429）%n 次；请稍后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>被 ESI 限速（HTTP 429）%n 次，且没有 Retry-After；请稍后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 应答了 HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValidator</name>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 必须大于 %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 低于最小值 %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 必须小于 %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 超过最大值 %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 无法解析为整数</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 超出 int64 范围 %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 超出 int32 范围 %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 不是布尔值；请填写 true 或 false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 不是日期；请按 YYYY-MM-DD 填写</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 不是日期时间；请按 YYYY-MM-DDTHH:MM:SSZ 填写</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 长 %2 个字符，至少需要 %3 个</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 长 %2 个字符，最多允许 %3 个</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 与模式 %2 不匹配</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>缺少必需参数 &apos;%1&apos;（%2 %3）；请添加 %1=&lt;值&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; 由 ESI Studio 自行设置（语言、缓存验证器、兼容日期、租户和令牌来自调用选项）；请删除它</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>JSON 请求体</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 和 JSON 请求体</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>未知参数 &apos;%1&apos;；%2 接受 %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>；您是指 &apos;%1&apos; 吗？</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before 和 after 互斥；只能给出其中一个</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1：给出了 %n 项，至少需要 %2 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1：给出了 %n 项，最多允许 %2 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 第 %2 项：%3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1：%2 出现了多次；各项必须唯一</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body：%1 不接受请求体；请删除它</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body：%1 需要 JSON 请求体（%2）；请添加 body=&lt;json&gt;</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body：偏移量 %1 处的 JSON 无效：%2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body：包含 %n 个以逗号分隔的 JSON 值；只能给出一个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body：另有 %n 个问题未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>不允许 null；应为%1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>给出了 %n 项，至少需要 %1 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>给出了 %n 项，最多允许 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 出现了多次；各项必须唯一</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2：缺少必需属性</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; 不是参数赋值；请写成 name=value（例如 region_id=10000002）</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>不是有效的 JSON 数组（偏移量 %2 处：%1）；请写成 [1, 2, 3] 或 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 将请求重定向了超过 %2 次（重定向循环？），因此已停止。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 返回了 HTTP %2，重定向到另一台服务器（%3）。未跟随该重定向，因此没有任何凭据被发送到那里。请检查 ESI 和 SSO 服务器地址。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 返回了到另一台服务器（%2）的重定向。未跟随该重定向，因此没有任何凭据被发送到那里。请检查 ESI 和 SSO 服务器地址。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>标头参数 &apos;%1&apos; 包含换行符或 NUL 字符，会附加出额外的标头；请在一行内输入该值</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>路径参数 &apos;%1&apos; 为空，会改变请求的路径；请输入一个值</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>路径参数 &apos;%1&apos; 为 &apos;%2&apos;，会把请求发到另一个路径；请输入值本身（ID 或名称）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>服务器返回了“X-Pages: %1”，这不是页数（1 到 2147483647 之间的整数）；第 1 页之后的内容均未获取。服务器或中间的代理发送了损坏的标头。</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>服务器返回了“X-Pages: %1”，超过了每次调用 %2 页的上限；第 1 页之后的内容均未获取。如果确实需要，请用 esi call --max-pages 或在 设置 › 请求 › 每次调用最多页数 中提高上限。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 返回了 HTTP %2，Content-Type 为 %3 而不是 JSON；开头的字节：%4。可能是维护页面或代理在代替 ESI 应答。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 返回了 HTTP %2，正文为空而不是 JSON（Content-Type %3）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 返回了 HTTP %2，正文不是 JSON（Content-Type %3，第 %5 字节处 %4）；开头的字节：%6。</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>来自 %2 的 %1 应答声明了 %3 字节（Content-Length），超过了应答大小上限 %4；未下载。</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>来自 %2 的 %1 应答超过了应答大小上限 %3；下载已停止。</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>如果预期会有这么大的应答，请用 esi call --max-response-size（例如 256M）或在 设置 › 请求 › 最大应答 中提高上限。</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 对不带缓存验证器（If-None-Match、If-Modified-Since）的请求返回了 HTTP 304 Not Modified：没有可重新验证的缓存内容，因此没有应答。服务器或中间的代理应答有误；请稍后重试。</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>结果在超过每次调用 %1 页的上限后仍指向更多页面；遍历已停止。如果确实需要更多，请用 esi call --max-pages 或在 设置 › 请求 › 每次调用最多页数 中提高上限。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>按 %1 匹配行，在每个快照中唯一</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>按整行匹配：没有 *_id 列</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>按整行匹配：没有唯一的 *_id 列（%1）</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>按整行匹配：有多个唯一的 *_id 列（%1）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>尚未查询。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run 需要操作 ID，例如 --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run 最多接受 %1 个值</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>内联其 $ref 后超过 %1 个节点</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>架构 %1 %2（经由 %3 到达）：其 $ref 分支过多，无法内联。请检查 %5 中 %4 下的 $ref；按需解析的视图（架构树、值检查）仍可使用</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>该架构</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; 以明文 http 连接到 %3，而它不是本机：令牌和应答会以未加密方式经过网络。请使用 https，或仅对回环地址（127.0.0.1、::1、localhost）使用 http。</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>ESI 服务器</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 未发送任何令牌。</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>该人物是通过 %1 的 SSO 登录的，其令牌属于 %2，而不属于 ESI 服务器 %3；未向其发送令牌。请调用 %2，或用 %3 自己的 SSO 登录该人物，或明确信任 %3 接收 %1 的令牌（设置 sso/trustedEsiBaseUrl、ESI_TRUSTED_ESI_URL 或 esi --trust-esi-url）。</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>该人物是通过 %1 的 SSO 登录的，但现在使用的 SSO 是 %2；其刷新令牌只会发回 %1，因此未发送任何内容。请重新使用 %1（--sso-url、ESI_SSO_URL 或登录设置），或用 %2 登录该人物。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>变更 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>无法读取规范：%1；请检查路径和权限</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>$ref 循环：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>无法解析的 $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 未比较：%2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 已更改：%2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>已删除参数：%1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>参数 %1 现在是必需的</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>参数 %1 现在是可选的</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>已添加参数：%1 %2（必需）</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>已添加参数：%1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>成功状态 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>应答架构</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>（公开）</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>权限范围：%1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>现已弃用</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>不再弃用</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>从 %1 到 %2：新增 %3，删除 %4，更改 %5</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>在操作 %1 中</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>JSON 格式错误：%1；请修正文档或重新获取</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>/meta/compatibility-dates 列表</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>/meta/status 文档</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>JSON Web Key Set（密钥集）</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI 版本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger 版本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>空的 JSON 对象</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>包含键 %1 的 JSON 对象</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>应为 OpenAPI 3.x 或 Swagger 2.0 文档（JSON 对象），实际为 JSON 数组</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>应为 OpenAPI 3.x 或 Swagger 2.0 文档（JSON 对象），实际为单个 JSON 值</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>应为 OpenAPI 3.0/3.1 或 Swagger 2.0 文档，实际为%1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>文档没有 &quot;paths&quot; 对象，因此未描述任何操作</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>路径 &quot;%1&quot; 不以 &quot;/&quot; 开头；每个路径都必须如此，否则会改变请求发往的服务器。请在规范中修正或删除它</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>操作必须是 JSON 对象</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>operationId &quot;%1&quot; 重复；每个操作都需要自己的 operationId</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1；文档未定义它（引用自 %2）</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>参数需要 &quot;name&quot; 以及取值为 path、query、header 或 cookie 的 &quot;in&quot;（实际 in=&quot;%1&quot;）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>兼容日期列表</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>意外的应答：%1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>%1 的规范</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>无法获取%1（%2）；请检查 ESI 基础 URL 和网络连接</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; 不是兼容日期；请使用 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>SQLite 导出需要一个要写入的文件（esi 中用 --out FILE.db）。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>无法在 %1 旁创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>无法读取 %1 以添加一次运行：%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 已存在且不是 SQLite 数据库；已保持原样。请选择其他文件名。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>无法复制 %1 以添加一次运行：%2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>SQLite 导出</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>无法开始写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 有一张没有 %2 列的 esi_runs 表，因此它不是由 ESI Studio 导出写入的；请导出到另一个文件。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>无法在 %1 中记录此次运行：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>无法读取 %1 的已完成导出：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>令牌数据库</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>限制状态</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>应答缓存</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>未给出%1的文件名。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>无法为%2创建文件夹 %1。请检查该路径不是文件且您有写入权限，或选择其他位置。</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>%2的文件夹 %1 不可写。请修正其权限或选择其他位置。</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>无法读取%1 %2：%3。请修正其权限或将其移走。</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2 不是 SQLite 数据库（已损坏，或由其他程序写入）。它未被改动；移走或删除后，下次启动时会新建一个。</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>无法创建%1 %2。请检查您是否有写入权限，或选择其他位置。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Qt SQLite 驱动（QSQLITE）不可用，因此无法打开%1。请安装 Qt SQL 的 SQLite 插件。</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>无法打开%1 %2：%3。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>无法将%1 %2 作为 SQLite 数据库读取（%3）。它未被改动；移走或删除后，下次启动时会新建一个。</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>无法将%1 %2 切换到 WAL 模式：%3。</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>无法锁定%1 %2：%3。</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%1 %2 由更新版本的 ESI Studio 写入（格式 %3，本版本读取 %4）。请使用更新的版本，或删除该文件重新开始。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 ESI Studio 的%2。它未被改动；请选择其他文件。</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>无法创建%1 %2 的表：%3。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite 拒绝修改表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>该文件已有一张没有 %2 列的表 %1，因此它不是由 ESI Studio 导出写入的；请导出到另一个文件。</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>表 %1 的列将超过 %2 个；SQLite 无法容纳。请改为导出 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>表 %2 的列 %1 在文件中是 %3，但在此结果中是 %4；请导出到新文件。</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>无法写入表 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>无法向表 %1 写入一行：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>%1 的 SSO 将另一台服务器上的 %2 指定为端点；不会向其发送令牌。</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>无法为%1连接 SSO：%2。</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>SSO 拒绝了%1的授权（invalid_grant%2）：授权已过期、已被使用或已被撤销。请重新登录该人物。</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>SSO 以 %2%3 拒绝了%1。</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>SSO 对%2应答了 HTTP %1。</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>SSO 对%1的应答中没有 access_token；它不是 OAuth 令牌应答。</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>来自%1的访问令牌被拒绝：%2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> 只有当此计算机的时钟走快时，SSO 刚签发的令牌才会显得已过期：请校准系统时钟（开启自动时间，例如 timedatectl set-ntp true）。</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> 已保留更新后的刷新令牌，因此登录不会丢失。</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>登录代码交换</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>令牌刷新</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>撤销令牌</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>SSO 发现文档 %1 不是 JSON 对象（%2）。</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>%1 的 SSO 不提供 PKCE S256（code_challenge_methods_supported 中没有），而桌面应用在没有客户端密钥时登录需要它。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>此登录已经开始；请重新开始一次。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>登录已在 EVE SSO 取消（拒绝访问）。</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>EVE SSO 拒绝了登录：%1%2。</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>登录应答中没有授权码。</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>EVE SSO 未返回刷新令牌，因此无法保留此登录。</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>该登录应答不属于本次登录（其 state 不匹配），因此已拒绝。这可能意味着有其他程序试图注入登录；请重新开始登录。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>未设置 SSO 客户端 ID。请在 https://developers.eveonline.com 注册应用，并在设置中填写其客户端 ID。</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>SSO 回调 URL &apos;%1&apos; 不是绝对 URL。请使用为应用注册的回调 URL，例如 %2。</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>SSO 基础 URL &apos;%1&apos; 不是 http(s) URL。请使用 %2，离线工作时可用 esi-sandbox 的地址（设置或 ESI_SSO_URL）。</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>SSO 基础 URL</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>受信任的 ESI URL</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>权限范围 &apos;%1&apos; 不是单个权限范围名称；请逐个列出，例如 esi-assets.read_assets.v1。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>无法读取令牌数据库 %1：%2。请修正其权限。</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>令牌数据库 %1 不是 SQLite 数据库（已损坏，或由其他程序写入）。它未被改动；请将其移走以从空令牌列表开始，或恢复备份。</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>无法打开令牌数据库 %1：%2。</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>令牌数据库 %1 已损坏（%2）。它未被改动；请将其移走以从空令牌列表开始（人物需要重新登录），或恢复备份。</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>令牌数据库 %1 的架构版本无法读取（%2）。它未被改动。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 是其他程序的 SQLite 数据库（表 %2），不是 ESI Studio 的令牌数据库。它未被改动；请选择其他文件。</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>令牌数据库 %1 的架构版本为 %2，由更新版本的 ESI Studio 写入（本版本最多支持到 %3）。它未被改动；请更新 ESI Studio。</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>无法为架构检查锁定令牌数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>将令牌数据库 %1 更新到架构版本 %2 失败（%3）；已回滚并保持原样。</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>无法在 %1 中保存令牌数据库架构：%2。</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>令牌数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>无法在 %2 中保存人物 %1 的令牌：%3。</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>无法在 %2 中保存人物 %1 的令牌版本：%3。</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>无法从 %2 中删除人物 %1 的令牌：%3。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>无法创建数据文件夹 %1（请将 ESI_STUDIO_DATA_DIR 设为其他文件夹）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>人物 %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>登录结果不完整（没有人物或没有令牌）；未保存任何内容。</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>%1 的登录未保存：%2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> 钥匙串也无法恢复：%1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>没有保存人物 %1 的令牌；请先登录该人物。</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>%1 的令牌需要重新登录。</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>%1 的令牌需要重新登录：%2。</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>%1 的令牌已被撤销；要使用该人物，请重新登录。</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>%1 的令牌缺少权限范围 %2；请重新登录该人物并授予它。</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>%1 的令牌缺少权限范围 %2；请重新登录该人物并授予它们。</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>令牌未撤销：%1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>令牌已在 SSO 撤销，但无法删除其机密：%1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>无法撤销令牌：%1 未作任何更改。</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>人物 %1 未被移除：%2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>没有保存人物 %1 的令牌。</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>人物 %1 的令牌需要重新登录：%2。</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>人物 %1 在此期间已被移除。</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>SSO 对人物 %1 的刷新返回了人物 %2 的令牌；该令牌未被使用。</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>人物 %1 在其令牌刷新期间重新登录了；已保留新的登录并放弃本次刷新。请重试。</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>人物 %1 在其令牌刷新期间被移除。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>没有已登录的人物；请用权限范围 %1 登录一个</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>拥有权限范围 %1 的人物（%2）需要重新登录</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>没有已登录的人物拥有权限范围 %1；请登录一个人物并授予它</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>没有已登录的人物拥有权限范围 %1；请登录一个人物并授予它们</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>源代码 URL</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 在第 %3 个位置含有控制字符（U+%2）；请删除</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1“%2”包含 %3，User-Agent 产品标记中不能含有它；请使用字母、数字、“.”、“_”或“+”</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>给出了应用版本“%1”但没有应用名称；请同时设置应用名称</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>联系邮箱“%1”不是电子邮件地址；应类似 you@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>源代码 URL“%1”不是绝对 http(s) URL；应类似 https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>正在为令牌桶 %2 等待 %1：剩余 %3/%4 个令牌</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>正在为令牌桶 %2 等待 %1</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>正在按 HTTP 429 的 Retry-After 等待 %1</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>正在按令牌桶 %2 上 HTTP 429 的 Retry-After 等待 %1</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>正在因 ESI 错误限制等待 %1：HTTP 420 已暂停发送，直到窗口重置</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>正在因 ESI 错误限制等待 %1：窗口内还剩 %2 次错误，到 %3 时停止发送</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>HTTP %2 后等待 %1 再重试</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>应答被截断，等待 %1 再重试</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>等待 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>连续 %n 次运行失败；最后一次提示：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>复制版本(&amp;C)</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>关于 ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>ESI Studio 图标</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>复制 ESI Studio、Qt、QtKeychain、OpenSSL 和系统的版本以用于错误报告</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>探索 EVE Online 的 ESI：浏览规范中的每个操作并运行，在关注速率和错误限制的同时查看和导出结果。</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>规范：%1，兼容日期 %2。</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>规范：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>访问令牌已从剪贴板移除。</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>正在刷新 %1 的令牌…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>%1 的访问令牌已刷新。</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 需要重新登录（“添加权限范围”可重新登录）：%2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>%1 的令牌未刷新：%2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>未复制访问令牌：%1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>%1 的新访问令牌已在剪贴板中（有效期至 %2）。除非您复制了其他内容，剪贴板将在 %3 后清除。</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>无法显示声明：%1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 来自网络</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 来自缓存</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>规范日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>无法读取调用历史 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>无法准备调用历史 %1：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>在解码行时已取消。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>响应状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
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
        <translation>请求</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>尚无调用：填写参数后按“运行”。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 页 · %2 行 · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>已重新验证 (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>缓存（未过期）</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>缓存（未过期）：在 Expires 之前无需请求即可应答。已重新验证：缓存副本经 304 Not Modified 确认。网络：完整的 200 应答。</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 个不同（每页一个）</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>第一页：%1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>（各页不同）</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 个请求</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 次重试</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>因限制等待了 %1</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>因获取过程中数据变化而重新获取 %1 次</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余有效期</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>在 %1 之前 ESI 提供相同数据；在此之前再次请求将直接由缓存应答，不发送请求。</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>%1 前；下次运行将重新验证</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>人物详情</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>所选人物的权限范围</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>没有已登录的人物。请使用“登录新人物”添加。</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>选择一个人物以查看其令牌。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（人物 %2）</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>军团 / 联盟：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;该人物首次登录后已转移到另一个 EVE 账号（所有者哈希已变更）。请确认它仍是您的人物，然后确认。</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>使用其令牌的人物</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>人物要求</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>使用所需权限范围登录</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>公开路由：无需人物。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>任意权限范围</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>需要拥有 %1 的已登录人物。</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>没有已登录人物拥有 %1。</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>以 %1 登录…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>打开 EVE SSO 并请求 %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>需要 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>吊销并移除 %1？</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>%1 的令牌将在 EVE SSO 吊销并从钥匙串中删除。之后以该人物调用需要重新登录。</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>确认吊销并移除</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>吊销并移除</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>正在吊销 %1 的令牌…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 未移除：%2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>不吊销而移除 %1？</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>无法在 EVE SSO 吊销 %1 的令牌：%2

仍要从 ESI Studio 中移除吗？该授权会在 EVE SSO 保持有效，直到过期或您在 https://community.eveonline.com/support/third-party-applications/ 吊销。</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>确认不吊销而移除</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>仍然移除</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>%1 的令牌已吊销但未移除：%2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>%1 的令牌已在 EVE SSO 吊销并移除。</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>已从 ESI Studio 移除 %1；其授权在 EVE SSO 中仍有效，直到过期或在那里被吊销。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>无图表：结果中没有行。</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>无图表：结果中没有日期或日期时间列。</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>无图表：结果中没有数值列（ID 不算）。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>无法将其权限限制为仅您可用</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>无法将图表绘制为 PNG</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>无法将图表绘制为 SVG</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>要绘制的数值列</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>勾选要绘制为折线的列</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>将图表保存为 SVG 图形</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>时间轴(&amp;X)：</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>折线(&amp;N)：</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>图表未保存</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>结果随时间变化的图表</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>兼容日期</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>兼容日期(&amp;D)</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>浏览器显示和调用所用的 API 版本（X-Compatibility-Date）</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>刷新日期列表</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>重新向 ESI 查询兼容日期</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>兼容日期状态</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>ESI 未列出</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1（来自文件）</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>正在加载日期…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>来自 ESI 的 %n 个日期</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>离线：仅有缓存和内置日期</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>正在加载 %1 规范…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 解析为 %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 已从磁盘加载</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 已下载</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>没有可用的规范来源</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>无法加载 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>复制为 curl（令牌已隐去）</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>连同访问令牌复制为 curl…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>复制为 esi 命令</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>复制为 Python (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>复制为含访问令牌的 Python…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>复制为 JavaScript (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>复制为含访问令牌的 JavaScript…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>无法从命令行运行</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>无法运行 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>无法运行 %1：未发送任何内容</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>当前显示的规范（%1）中没有操作“%2”。操作 ID 区分大小写，例如 GetMarketsRegionIdOrders；&apos;esi spec ops&apos;会列出它们。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>正在将 %1 行写入 %2…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>在旁边写入来源文件（操作、参数、日期、ETag…）</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>以 UTF-8 字节顺序标记开头（用于 Excel）</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — 嵌套字段展开为点分列，RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — 原样保存，各页合并为一个数组</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — 每行一条记录</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>全部 %1 种语言（各行增加“language”字段）</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>写入来源</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>字节顺序标记</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>来自 %3 的 %2 页共 %1 行。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>文件(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 文件 (*.%2);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 是文件夹；请加上文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>按原样写入以 = + - @ 开头的单元格（电子表格可能会把它们当作公式执行）</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>单元格保持原样</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>关闭（推荐）：以 =、+、-、@、制表符或回车开头的文本单元格前会加上撇号（&apos;），这样打开文件时绝不会执行服务器发送的公式。数字从不改变。</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>在每个 EVE ID 列旁添加名称（type_id → type_name）</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>添加名称</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>ESI Studio 从 /universe/names 得知的名称；没有名称的 ID（建筑、物品）名称留空</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — 每个操作一张表，数组字段放入子表；已有文件会再添加一次运行</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>导出已取消；%1 保持原样。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation>（来源见 %1）</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>没有可导出的行。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>导出已写入，但其来源文件未写入：%1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>列表中失败的调用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%2 次调用中 %1 次失败</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>首次运行向导</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>欢迎使用 ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio 用于探索 EVE Online 的 ESI：浏览每个操作，运行包含所有页的调用，关注速率限制并导出结果。</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>接下来的页面将设置登录方式以及请求如何自我介绍。之后可在“文件 › 设置”中更改所有内容，也可从“帮助”菜单再次打开此向导。</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>使用 EVE 登录(&amp;S)：注册应用并输入其客户端 ID</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>使用 EVE 登录</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO 客户端 ID</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>留空：仅公开操作，稍后登录</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>客户端 ID 有问题</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>离线试用(&amp;T)：带测试人物的本地沙盒 ESI，无需 EVE 账号</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>离线试用</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>沙盒（随 ESI Studio 安装的 esi-sandbox）用生成的数据应答每个操作，并可登录“Sandbox Pilot”等测试人物。使用期间状态栏会显示，并提供返回方式。</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>您的联系邮箱</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent 预览</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>联系邮箱有问题</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>联系邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent：</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP 要求每个 ESI 客户端说明由谁运行，以便联系您而不是封锁您的流量。该地址会写入每个请求的 User-Agent 头；留空则只发送 ESI Studio 的名称。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio 将在离线沙盒中启动。请从人物选择器中以“Sandbox Pilot”或其他测试人物登录。注册应用后，可从状态栏恢复在线。</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>尚无客户端 ID：公开操作现在即可使用；要登录人物，请在“文件 › 设置”中添加客户端 ID。</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>请求的自我介绍：%1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>从人物选择器登录人物；EVE 登录页面会在 ESI Studio 的登录窗口中打开，该窗口也可改用系统浏览器。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>所有页</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>本页</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>比较调用</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>比较 %1</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>请求的页</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>兼容日期</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag（第 1 页）</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified（第 1 页）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>缓存（未过期）</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>已重新验证 (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>网络传输字节数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>数据（正文的 SHA-256）</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>无法比较：至少有一个调用未返回数据。</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>数据相同：每页正文完全一致。</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>两次调用的数据不同。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>再次运行所选调用</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>并排显示两个所选调用：参数、结果、耗时、数据</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>将所选调用复制为 curl 命令（令牌已隐去）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>从历史中移除所选调用</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>调用历史</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>历史状态</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>历史不可用：%1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>无存储</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>双击调用即可载入表单</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>并排显示所选的两个调用</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>请选择恰好两个调用（Ctrl+单击）进行比较</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1（%2，来自 /universe/names）</translation>
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
        <translation>布尔值</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 项]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 项]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 个字段}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 个字段}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>访问令牌声明</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>访问令牌声明</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>访问令牌声明 — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>当前访问令牌的内容。不显示令牌本身及其签名。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>SSO 的 JWKS 中的签名密钥</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>令牌类型</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>人物（CHARACTER:EVE:&lt;id&gt;）</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>人物名称</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>所有者哈希：人物转移到其他账号时会改变</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>已授予的权限范围</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>授权方（客户端 ID）</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>令牌 ID</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>SSO 区域</translation>
    </message>
    <message>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>无法解码访问令牌。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>受众：客户端 ID 和“EVE Online”</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>保持闲置登录有效：每隔</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>保持闲置登录有效</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO 会遗忘长期未使用的刷新令牌；在 ESI Studio 运行期间不时刷新可保持其有效。</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>保活间隔（天）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>重新检查钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>重新检查钥匙串</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>正在等待系统钥匙串</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>如果桌面要求输入密钥环密码，请解锁登录密钥环；钥匙串一响应，人物管理器就会继续。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>无法使用系统钥匙串</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
请解锁登录密钥环（例如在“密码和密钥”中），或启动 GNOME Keyring、KWallet 等 Secret Service，然后重新检查。登录、刷新和吊销都需要钥匙串；不会存储到其他任何地方。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>ESI 限制</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>错误限制</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>没有令牌桶的路由共享 ESI 的错误限制：每个窗口 100 个错误应答。用尽后，在窗口重置前 ESI 对所有请求都返回 420。</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>剩余错误数</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>错误限制重置</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>熔断器</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>速率限制令牌桶</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>令牌桶</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>无令牌桶</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>尚未使用任何令牌桶。带 x-rate-limit 的路由在首次调用后会出现在这里。</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>限制跟踪已关闭：无法打开共享的限制状态。</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1（公开）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>窗口将在 %1 后重置</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>当前窗口未计入错误</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>剩余错误 %1 / %2</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>熔断器不可用</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>收到 420 后熔断：%1 内不发送任何请求</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>暂缓发送：仅剩 %1 个错误，低于安全余量 %2；%3 后恢复发送</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>熔断器闭合：请求正常发送</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>使用此列</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>每个值调用一次。每行写一个数组值(1,2,3)。</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>每个值调用一次。每行粘贴一个值,或用逗号分隔。</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>值的数量</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>当前结果的列</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>来自当前结果:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>每个拥有该权限范围的已登录角色(当前 %n 个)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 个值:一个列表最多 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n 个值:每个调用一次。</numerusform>
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
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>操作与结果</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>请求(&amp;Q)</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>主区域</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>打开规范文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>浏览本地 ESI OpenAPI 或 Swagger 文档</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>将上次调用的行保存为 JSON、NDJSON 或 CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>使用表单中的值运行所选操作</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>停止正在运行的调用；不再发送任何请求</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>转到操作(&amp;G)…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>按 ID、路径、摘要或权限范围跳转到操作</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>自另一兼容日期以来新增、移除和变更的操作</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>关于 ESI Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>探索(&amp;E)</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>浏览器工具</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>已加载的规范</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 服务器</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI：%1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>请求和规范下载都发往此服务器</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>未加载规范</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 个操作</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>从 %1 加载</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>无法打开“%1”</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>仍显示 %1（%2）的规范。</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>打开 ESI 规范</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>OpenAPI 或 Swagger 文档 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>列出此窗口的所有键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>管理人物(&amp;M)…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>已登录的人物及其令牌和权限范围</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>人物(&amp;C)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>变更内容(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>消息标题</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>消息详情</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>在每个 EVE ID 列旁添加名称列（type_id → type_name），来自 ESI 的 /universe/names</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>%1 的名称</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1（%2，来自 /universe/names）</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>来自 ESI /universe/names 的 %1 名称；右键单击表头可隐藏</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>离线沙盒</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>恢复在线</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>恢复在线</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>重新使用 EVE 的服务器（ESI Studio 将重启）</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>离线沙盒位于 %1：生成的数据，并非 EVE 的服务器</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>调用和登录都发往内置的 esi-sandbox；其测试人物无需 EVE 账号。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>操作文档</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>未加载规范</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>通过“文件 → 打开规范文件”打开 ESI OpenAPI 文档。</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>兼容日期</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>在左侧选择一个操作，查看它的作用、谁可以调用以及它的应答。可用词语或 tag:、scope:、path:、id:、method: 筛选。</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>已弃用：ESI 可能会移除此路由；依赖它之前请先寻找替代。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>操作 ID</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>需要登录，未指定权限范围</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>无：公开路由，无需登录</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>所需职权</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>（任一即可）</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>本地化</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>是：以 Accept-Language 请求的语言应答</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>路由已变更</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>无令牌桶：计入全局错误限制</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>组 %1，每 %3 窗口最多 %2 个令牌</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>无：一个应答包含全部结果</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>页码：查询参数 page，总数见 X-Pages 头</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>游标：查询参数 before / after，下一个游标在正文中</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id：从已见的最小 ID 向前回溯</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>已弃用。</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>规范未声明成功响应。</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>无正文</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>头：%1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>操作信息</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>响应模式</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>响应模式(&amp;S)</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 响应</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>游标</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>本地化</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>职权</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 个标记为 %1 的操作</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%1 个标记为 %2 的操作</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>需要权限范围：%1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>公开：无需登录</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>所需职权（任一）：%1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>分页：%1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>本地化：以请求的语言应答</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>速率限制组：%1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>按 %1 分页</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>本地化</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>需要军团职权</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>筛选操作</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>筛选操作（ID、路径、摘要、tag:、scope:）</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>所有词语都须匹配。加前缀可只搜索某一字段：tag:market、scope:assets、path:/characters、id:GetMarkets、method:post。Ctrl+F 聚焦，Esc 清除。</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>查找操作</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>操作树</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>操作数</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>未加载规范</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%2 个标签中的 %1 个操作</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>没有与“%1”匹配的操作</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>%2 个操作中 %1 个匹配</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>例如 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>逗号分隔的 %1</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>以下任一：%1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>发送此日期；取消勾选则省略该参数</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>请求正文（JSON）</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON：%1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>请求正文语法</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>（选择一个值）</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>必填：请以 JSON 输入请求正文。</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>可选：留空则不发送正文。</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON 有效。</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>参数字段</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>参数问题</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>选择一个操作以填写其参数。</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>请求正文，JSON 格式。</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 无需参数：请按“运行”。</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>已弃用。</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>%1 的消息</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>字段 %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>列表…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>%1 的值列表</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>每个值运行一次:粘贴 ID,使用当前结果的一列%1。</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation>,或每个已登录角色</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>列表 (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>每个拥有该权限范围的已登录角色 (%n):每个调用一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>%n 个值的列表,每个调用一次:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>已登录角色的联盟（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>已登录角色的军团（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>已登录角色的联盟（正在查询…）</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>已登录角色的军团（正在查询…）</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>图片服务器应答 HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>图片服务器的应答不是图片</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>转到操作</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>要转到的操作</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>转到操作：ID、路径、摘要、tag:、scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>匹配的操作</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>未加载规范</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>没有与“%1”匹配的操作</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>%2 个匹配中最佳的 %1 个；继续输入可缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n 个匹配；按回车打开高亮项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>阻塞 %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>阻塞 %1：%2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 个令牌被进行中的请求占用</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>阻塞 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>%2 的令牌桶 %1：每 %4 窗口 %3 个令牌。%5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>已用令牌会逐个离开 %1 的滑动窗口；下一个将在此时间后返还。</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>剩余 %1 / %2 个令牌（%3 个被进行中的请求预留）。2xx 应答消耗 2 个令牌，3xx 消耗 1 个，4xx 消耗 5 个。</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>令牌桶</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>剩余令牌</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>原始响应</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>搜索响应</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>搜索本页（回车：下一个，Shift+回车：上一个）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>尚无响应。</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>响应没有正文。</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>打开 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;，并用您的 EVE Online 账号登录。</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>选择 &lt;b&gt;Applications&lt;/b&gt;，再选 &lt;b&gt;Create new application&lt;/b&gt;，并填写名称和简短描述。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>在 &lt;b&gt;Connection type&lt;/b&gt; 下选择 &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>在 &lt;b&gt;Permissions&lt;/b&gt; 下添加要调用的操作的权限范围（ESI Studio 中每个操作的文档都有列出，例如 &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;）。登录时只能请求应用拥有的权限范围。</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>&lt;b&gt;Callback URL&lt;/b&gt; 处准确填写 &lt;code&gt;%1&lt;/code&gt;（此处设置的回调 URL）。</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>创建应用并将其 &lt;b&gt;Client ID&lt;/b&gt; 复制到下方字段。ESI Studio 使用 PKCE 登录，因此不需要密钥；请自行妥善保管。</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>如何注册应用</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>已复制 curl 命令（Authorization 已隐去）。</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>已复制 esi 命令；esi 使用它自己已登录的角色。</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>已复制 %1 代码；它从环境变量 ESI_TOKEN 读取访问令牌。</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>已复制 %1 代码。</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>已复制带访问令牌的 curl 命令；请像对待密码一样对待它。它将在 %1 秒后从剪贴板中移除。</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>已复制含访问令牌的 %1 代码；请像对待密码一样对待它。它将在 %2 秒后从剪贴板中移除。</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>没有可复制的访问令牌</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 需要已登录的人物；命令未复制。</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>复制访问令牌？</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>该命令将包含 %1 的访问令牌。任何持有它的人都能在其过期前（约 20 分钟）以 %2 读取该人物的数据。

仍要复制吗？</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>无法复制按列表展开的调用</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 会对其列表中的每个值各运行一次，而代码只能表示一次调用。请从表单中移除列表（或只选一个值）后再复制。</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>角色 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>状态行</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>尚无响应。</translation>
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
        <translation>登录</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 服务器</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>缓存位置</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>离线沙盒</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>恢复在线</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>以下更改将在 ESI Studio 重启后生效：%1。</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>重启 ESI Studio？</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>立即重启？</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>调用错误</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>ESI 警告</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>结果语言</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>JSON 树形式的结果</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>结果视图</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>原始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>头(&amp;H)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>将行保存为 JSON、NDJSON 或 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>未发送任何请求：参数无效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>运行已停止；已收到 %1 页。</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 失败：ESI 应答 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>此路由有更新版本 (199)：%1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>已弃用的路由 (299)：%1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI 发出了警告</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI 发出了多条警告</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>图表(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>行本身（结果是值列表）</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>每行的字段 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>结果表格</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>筛选行（单元格中的任意文本）</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>筛选列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>无行</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在筛选…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%2 行中 %1 行匹配</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>已比较的行</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>行比较</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>变更的行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>无法比较行：只为最近 %1 次且不超过 %2 行的调用保存行，其中至少一次没有保存。</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>行（从旧到新）：%1（%2）。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>无法运行：ESI Studio 启动时没有调用引擎。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>未发送任何请求：请先修正标出的 %n 个参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>未发送任何请求：%1 需要拥有 %2 的已登录人物。</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>大量获取</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>未开始运行。</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>完成：%1 页 · %2 行 · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>在 %1 页后取消</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>无法重新运行 %1</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>当前显示的规范（%1）没有操作 %2；请选择运行时所用的兼容日期 %3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>无法以 %2 身份重新运行 %1</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 登录时未获得此操作所需的权限范围。</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>使用兼容日期 %1；该调用记录时使用的是 %2。</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>当前显示的规范没有操作 %1。</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>正在检查 %1 所属的军团…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>未发送任何请求：%1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>未发送：请先选择一个操作。</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>未发送：正在运行中；请先取消。</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>大量调用</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>这将运行 %1 共 %n 次,每个值一次。要运行吗?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>完成:%2 次调用中 %1 次 · %3 次失败 · %4 行 · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>所有页</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>运行操作</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>要运行的操作</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>仅获取本页</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>一个请求：第 1 页，或 page 参数指定的页</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>获取所有页</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>所有页：按 X-Pages、游标或 from_id，多页并发</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>运行估算</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>运行操作（Ctrl+回车）</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>停止运行；不再发送任何请求</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>将请求复制为 curl 命令；Authorization 头已隐去</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>未选择操作</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>将获取所有页；选择“本页”可只请求一页。</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>此路由未本地化；所有语言的应答都相同</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · 等待第 1 页</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>等待 %1：%2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>请求的 Accept-Language。“所有语言”会按每种语言各运行一次调用，并为每种语言显示一个标签页。</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>请求的 Accept-Language。“所有语言”会按每种语言各运行一次调用。</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>第 %1 页，共 %2 页 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>正在解码最后 %n 页…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1（递归）</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>始终存在</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>选择权限范围</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>选择权限范围</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>登录时人物会向 ESI Studio 授予这些权限范围。只请求您需要的。</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>搜索权限范围</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>搜索权限范围（例如 wallet、assets）</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>按领域分类的权限范围</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>此规范的所有权限范围(&amp;A)</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>选择此规范的所有权限范围</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>我使用过的操作的权限范围(&amp;U)</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>选择您使用过的操作的权限范围</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>尚未运行任何需要授权的操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>来自调用历史的 %n 个权限范围</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>清除所选</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>使用所选权限范围登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>所选权限范围</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>该人物已拥有此权限范围；将予保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个权限范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>要添加 %n 个权限范围；保留该人物的 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>在 ESI Studio 旁未找到 esi-sandbox（已在 %1 中查找）。请重新安装 ESI Studio，或构建 esi-sandbox 目标。</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>离线沙盒已停止</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>请重启 ESI Studio 以再次启动它。</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>响应缓存已清除</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>设置有问题</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO 客户端 ID</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>来自 developers.eveonline.com；留空：仅公开操作</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>SSO 回调 URL</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>SSO 服务器</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>要登录人物，ESI Studio 需要一个在 EVE 开发者网站注册的应用。注册方法：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>回调 URL(&amp;C)：</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>SSO 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>you@example.com：便于 CCP 就您的流量联系您</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>可选：这些请求所服务的工具</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent 预览</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI 服务器</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>默认兼容日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>YYYY-MM-DD；留空：规范自身的日期</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>联系邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>应用名称(&amp;N)：</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent：</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>ESI 服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>重启后生效。要使用 EVE 服务器以外的地址，请填写 esi-sandbox 或代理的地址。</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>默认兼容日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>并发请求数(&amp;O)：</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>缓存大小上限</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>缓存位置</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>留空：标准缓存文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>选择缓存文件夹</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>清除缓存(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>清除响应缓存</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>响应缓存大小</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>大小上限(&amp;S)：</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>位置(&amp;C)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>新语言在重启后生效。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>（头无效：%1）</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>已释放 %1 的缓存响应。</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>缓存位置</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>响应缓存未打开。</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>缓存的响应：%1 个，大小 %2，位于 %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>此页的更改将在 ESI Studio 重启后生效。命令行工具 esi 也会使用它们。</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>新位置在重启后生效；命令行工具 esi 也会随之使用。大小上限立即生效。</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>每次调用最多页数</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>最大应答</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>每次调用最多页数(&amp;P):</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>最大应答(&amp;R):</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>当服务器声明更多页数或发送更大的应答时，调用会报错停止，而不是无休止地获取。</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>显示 ID 的名称(&amp;N)</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>显示 ID 的名称</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>在结果表中每个 EVE ID 列旁添加名称列（type_id → type_name），来自 ESI 的 /universe/names；表头菜单也可切换</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>首次运行向导(&amp;F)…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>客户端 ID、联系邮箱、服务器、缓存、语言和主题</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>重新设置登录或离线沙盒</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>恢复在线(&amp;O)</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>离线试用(&amp;O)</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>下次启动时重新使用 EVE 的服务器</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>用本地沙盒体验所有功能，无需 EVE 账号</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>搜索快捷键</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>按操作、按键或描述搜索</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>快捷键数量</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%1 个快捷键中的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在“%1”中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInLauncher</name>
    <message>
        <source>The embedded sign-in browser %1 could not be loaded: %2. Reinstall ESI Studio with its Qt WebEngine runtime.</source>
        <translation>无法加载内嵌登录浏览器 %1：%2。请连同 Qt WebEngine 运行时重新安装 ESI Studio。</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 不是此版本 ESI Studio 的内嵌登录浏览器；请重新安装 ESI Studio。</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>内嵌登录浏览器（%1）未安装；已在 %2 中查找。</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>正在联系 EVE SSO…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>正在将 %1 保存到钥匙串…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>登录需要在 developers.eveonline.com 注册的应用的客户端 ID；请在“文件 › 设置…”（SSO 客户端 ID）中填写，或设置环境变量 ESI_CLIENT_ID。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>为 %1 添加权限范围</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>正在为 %n 个权限范围重新登录 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>正在为 %n 个权限范围登录新人物…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>正在运行的 ESI Studio（套接字 %1）未在 %2 秒内接受连接</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>正在运行的 ESI Studio（套接字 %1）未接受请求：%2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>正在运行的 ESI Studio（套接字 %1）未在 %2 秒内应答；请关闭它，或用 --new-instance 启动另一个窗口</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>正在运行的 ESI Studio（套接字 %1）拒绝了请求：%2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>无法在本地套接字 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>用于比较的日期</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>变更摘要</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>变更的操作</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>选择日期后按“比较”。</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>没有 %1 的规范来源。</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>正在加载 %1 规范…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation>（原为 %1）</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>移除（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>从 %1 到 %2 没有操作变更。</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>从 %1 到 %2：新增 %3，移除 %4，变更 %5。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>登录需要在 developers.eveonline.com 注册的应用的客户端 ID；请设置 ESI_CLIENT_ID 或设置文件中的 sso/clientId。</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>无法接收登录应答：%1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>无法打开浏览器。请自行打开此地址登录：%1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>浏览器在 %n 分钟内没有返回登录应答，因此 ESI Studio 已停止等待。准备好后请重新登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>再次打开登录页面</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>正在等待您在网页浏览器中登录</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>请在网页浏览器中完成 EVE SSO 登录。ESI Studio 最多等待 %n 分钟的应答；点击“取消”停止等待。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>登录新人物(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>添加权限范围(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>复制访问令牌(&amp;C)</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>显示令牌声明(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>吊销并移除(&amp;V)…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>确认所有者变更(&amp;O)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>无法使用系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>请先选择一个人物。</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>此令牌无法使用；请重新登录该人物。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>下次使用时刷新</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>需要重新登录</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>该人物登录后已转移到另一个 EVE 账号。</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · 所有者已变更</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>军团 / 联盟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>访问令牌剩余有效期</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>上次刷新</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>人物管理器</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>已登录的人物</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 需要重新登录：%2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 已登录。</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 已登录，但不再授予 %2。</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>登录未完成：%1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>令牌使用随时间变化</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>限制使用情况，最近 %1 分钟</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>错误限制</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>监视此结果</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>每当响应过期时（绝不提前）重新运行调用并高亮变化；未变化的响应只需一次 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>监视状态</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>监视快照</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>显示较早的快照及其变化</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>监视的结果变化时通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>快照中有行变化时显示桌面通知</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>此快照中删除的行</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 已变化</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>监视已停止；最近 %n 个快照仍可浏览。</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>监视已停止：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>first</source>
        <translation>首个</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>基于值列表的运行无法监视</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>请先运行调用；成功的结果才能监视</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>每当响应过期时（绝不提前）重新运行调用并高亮变化；未变化的响应只需一次 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>%2 的快照 %1 失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>%2 的快照 %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>%2 的快照 %1：无变化（304 Not Modified）</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>%2 的快照 %1：%3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · 下次运行 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>在快照 %1 中变更；原值：%2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>在快照 %1 中新增</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>在快照 %1 中变更</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio 正以 root 身份运行，而内嵌浏览器（Chromium）拒绝以 root 身份启动其沙箱：这会关闭整个应用程序。因此登录将改在您的网页浏览器中继续。请以普通用户身份运行 ESI Studio 以在其中登录（或在了解风险的前提下，使用 QTWEBENGINE_DISABLE_SANDBOX=1 启动）。</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>内嵌浏览器需要 OpenGL，但在此显示器上未找到可用的 OpenGL。因此登录将改在您的网页浏览器中继续。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>使用 EVE Online 登录</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>EVE SSO 登录页面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>返回上一页（%1）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>重新加载页面（%1）</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>所显示页面的地址</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>重试登录</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>此窗口不保留 Cookie、缓存或历史：关闭后会忘记一切。</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>改用系统浏览器(&amp;S)</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>改用系统浏览器</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>通过默认网页浏览器登录；它会经由本机的本地地址返回 ESI Studio。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>登录未完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>无法加载位于 %1 的登录页面：%2（错误 %3）。

请检查网络连接（对本地 SSO：确认 esi-sandbox 正在运行），然后重试。</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>无法验证到 %1 的连接（%2），因此 ESI Studio 拒绝了该连接且未发送任何内容。

请检查计算机的日期和时间，以及任何检查 HTTPS 流量的代理或安全软件，然后重试。</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>不安全</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>%1 的证书被拒绝：%2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>到 %1 的加密连接（HTTPS）；证书已验证。</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>到 %1 的未加密连接（HTTP）。只应以此方式连接 esi-sandbox 等本地 SSO。</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>连接安全性：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>正在加载 EVE SSO 登录页面…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>连接安全性</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>登录页面</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>先取第 1 页；之后由 X-Pages 得知还有多少请求</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>第 1 页 %1 个请求（每种语言一个）；之后由 X-Pages 得知还有多少</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 个请求</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>约 %1 个请求</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1；无速率限制令牌桶，只计错误（错误限制）。</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · 约消耗令牌桶 %3 的 %2 个令牌（剩余 %4）</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>本次运行约发送 %1 个请求。</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>将消耗令牌桶 %2 中约 %1 个令牌，该桶剩余 %3 个。</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>每当令牌桶为空时，运行会暂停，直到令牌返还。</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>要开始吗？</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>本次运行将以约 %2 个请求获取约 %1 页（上次运行的 X-Pages）。</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>超过 %1 页时调用会报错停止（设置 › 请求 › 每次调用最多页数）。</translation>
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
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
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
        <translation>打开操作 &lt;operation_id&gt;，使用其后的 name=value 词（与 esi call 相同）并运行；如果已有 ESI Studio 在运行，则在其中运行。</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>与 --run 一起使用：获取所有页面。</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>与 --run 一起使用：运行结束且所有行都在表格中后退出；成功返回 0，运行失败返回 1，无法开始返回 2（隐含 --new-instance）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>意外的参数“%1”；用 --spec FILE 打开规范，用 --run OPERATION_ID name=value ... 运行操作</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages 和 --quit-after-run 需要 --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>无法读取请求体文件 %1：%2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>请求体文件 %1 大于 %2 MiB；ESI 请求体只有几 KB</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（使用 %2 构建）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
</TS>
