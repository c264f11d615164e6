<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>仕様 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>同梱の仕様を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>サインインが完了しませんでした</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>ESI Studio の状態の一部を利用できません</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>「%1」を開けませんでした</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>同梱の仕様を読み取れませんでした</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>レスポンスキャッシュ: %1 呼び出しは毎回 ESI に送られます。</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>レート制限の状態: %1 制限はこのウィンドウ内でのみ追跡されます。</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>呼び出し履歴: %1 呼び出しは記録されません。</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>キャラクター: %1 認証が必要なオペレーションは実行できません。</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 リクエストには ESI Studio 自身の User-Agent が付きます。</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>代わりに Web ブラウザーでサインインします</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Web ブラウザーでサインインを続けてください。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 は少ないスコープでサインインしました</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>新しいサインインでは %1 が許可されませんでした。必要なオペレーションを使うには、もう一度サインインして承認してください。</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>オフラインサンドボックス: %1 ESI Studio は代わりに通常のサーバーを使います。</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>起動済みの ESI Studio を前面に出しました。サーバー設定はそのままです（別のサーバーでウィンドウを開くには --new-instance で起動してください）</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1。新しいウィンドウを開きます</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>キャラクター %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>%1 のサインインを維持できませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>バックグラウンドでの更新に失敗しました。
%1
問題が解決したら［キャラクター］&gt;［キャラクターを管理］を開いて今すぐ更新するか、再サインインが必要な場合はもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>メインウィンドウが %1 秒以内に表示されませんでした</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1「%2」は、このコンピューターではない %3 へ暗号化されない http を使います。https を使うか、http はループバックアドレス (127.0.0.1、::1、localhost) に限ってください</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1「%2」はサーバーアドレスではありません。https://esi.evetech.net のような http(s) URL を指定してください</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>EVE Online の ESI 用デスクトップエクスプローラー</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>同梱の仕様の代わりに ESI OpenAPI ドキュメント &lt;file&gt; を開きます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>ESI サーバーのルート（既定は %1、または $ESI_BASE_URL）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>EVE SSO サーバーのルート（または $ESI_SSO_URL）。</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>ウィンドウが表示され仕様のインデックスが完了したら終了します（テストと起動時間の計測用）。仕様を読み込めない場合は 0 以外で終了します。</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>ESI Studio が起動済みでも別のウィンドウを開きます（指定しない場合、2 回目の起動は実行中のウィンドウを前面に出します。--quit-after-ready はこれを含みます）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>予期しない引数「%1」です。仕様は --spec FILE で開いてください</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>%1 にある以前の状態は移動されませんでした: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>%1 にある以前の設定は移動されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>「%1」は ESI Studio の言語ではありません（%2）。</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>このビルドには翻訳 %1/%2.qm がありません。</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Qt 自身のテキストは英語のままです: %1.qm が %2 にありません（Debian パッケージ qt6-translations-l10n）。</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1「%2」は、このコンピューターではない %3 へ暗号化されない http を使います。トークンと応答が暗号化されずにネットワークを通ります。https を使うか、http はループバックアドレス (127.0.0.1、::1、localhost) に限ってください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>サインイン › クライアント ID「%1」にスペースやスラッシュは使えません。https://developers.eveonline.com でアプリケーションに表示されるクライアント ID をコピーしてください。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>サインイン › コールバック URL「%1」は絶対 http(s) URL ではありません。アプリケーションに登録したコールバック URL（例: %2）を入力してください。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>サインイン › ESI Studio がサインインを受け取れるよう、コールバック URL「%1」はこのコンピューター（127.0.0.1 または localhost）を指す必要があります。%2 を使い、同じ URL をアプリケーションに登録してください。</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>サインイン › コールバック URL「%1」にポートがありません。%2 のように ESI Studio が待ち受けるポートを追加してください。</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>サインイン › SSO サーバー「%1」は http(s) サーバーのアドレスではありません。%2、またはオフライン作業には esi-sandbox のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>リクエスト › 連絡先メールアドレス: %1。</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>リクエスト › アプリ名: %1。</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>リクエスト › ESI サーバー「%1」は、クエリやフラグメントのない http(s) サーバーアドレスではありません。%2、プロキシのアドレス、または esi-sandbox のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>リクエスト › 互換性日付「%1」は YYYY-MM-DD 形式の日付ではありません。2025-08-26 のように入力するか、空欄にして仕様自身の日付を使ってください。</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>リクエスト › 互換性日付 %1 は未来の日付のため ESI に拒否されます。%2 以前を選んでください。</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>リクエスト › 同時リクエスト数が %1 です。%2 から %3 の範囲にしてください。</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>キャッシュ › サイズ上限が %1 MiB です。%2 から %3 MiB の範囲にしてください。</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>キャッシュ › 場所「%1」は相対パスです。絶対パスのフォルダーを選ぶか、空欄にして標準の場所を使ってください。</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>キャッシュ › 場所「%1」はフォルダーではなくファイルです。フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>外観 › 言語「%1」は ESI の言語ではありません（%2）。いずれかを選ぶか、システムに従ってください。</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>サインイン › SSO サーバー</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>サインイン › 信頼する ESI サーバー「%1」は、クエリやフラグメントのない http(s) サーバーアドレスではありません。独自の ESI サーバーに SSO サーバーのトークンを渡す場合以外は空のままにしてください。</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>サインイン › 信頼する ESI サーバー</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>リクエスト › ESI サーバー</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>リクエスト › 1 回の呼び出しの最大ページ数 が %1 です。%2～%3 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>リクエスト › 最大の応答 が %1 MiB です。%2～%3 MiB の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>キャラクターに corporation_id がありません</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>読み込んだ仕様に公開の GET %1 がありません</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>キャラクター %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>キャラクターにはゲーム内のコーポレーションロール %1 のいずれかも必要です。</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 はパスでキャラクター %2 を指定していますが、呼び出しはキャラクター %3 のトークンを使うところでした。何も送信していません</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>パスのキャラクター %1</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 はサインインしていません。%2 にはスコープ %3 を持つそのトークンが必要なため、何も送信していません。次でサインインしてください: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>トークンは取り消されています</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>SSO がリフレッシュトークンを拒否しました</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 は再サインインが必要です（%2）。%3 にはスコープ %4 を持つそのトークンが必要なため、何も送信していません。次で再サインインしてください: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>%1 には %3 に必要なスコープ %2 がないため、何も送信していません。次で再サインインしてください: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 にはスコープ %2 を持つサインイン済みキャラクターが必要ですが、サインインしているキャラクターがいません。次でサインインしてください: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 にはスコープ %2 を持つサインイン済みキャラクターが必要です。それを持つキャラクター（%3）は再サインインが必要です。次で再サインインしてください: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 にはスコープ %2 を持つサインイン済みキャラクターが必要です: スコープ %3 を持つサインイン済みキャラクターがいません。次でサインインしてください: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>コーポレーション %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>アライアンス %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>%1 の所属コーポレーションが不明です（ESI の /characters/%2/ を読めませんでした）。パスの %3 と照合できないため、何も送信していません。ESI が応答するようになったら再試行してください</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 はパスの %2 のメンバーではありません。ESI はメンバーのトークンでしか %3 に応答しないため、何も送信していません。キャラクターの指定を外すとサインイン済みのメンバーを使います</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>%2 の %1 には %4 に必要なスコープ %3 がないため、何も送信していません。次で再サインインしてください: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>サインインしているキャラクターがいません</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>サインイン済みですがメンバーではありません: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 にはスコープ %3 を持つ %2 のサインイン済みメンバーが必要ですが、サインインしていません（%4）。何も送信していません。次でメンバーをサインインしてください: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>キャラクター %1 が選ばれましたが、パスは character_id=%2 を指定しています。ESI はそのキャラクターのトークンしか受け付けないため、何も送信していません。キャラクターの指定を外す（パスが決めます）か、同じにしてください</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>トークンのロックフォルダー %1 を作成できません: %2。</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>トークンのロック %1 を開けません: %2。フォルダーの権限を確認してください。</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 をロックできません: %2。</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>別の ESI Studio プロセス（アプリまたは esi コマンド）がキャラクター %1 のトークンを %2 秒以上保持しています（ロック %3）。終了してから再試行してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 は取り消されました</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>仕様が読み込まれていません</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>言語 &apos;%1&apos; は ESI の言語 %2 のいずれでもありません</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%1 の呼び出しに %n 件の問題があります</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 にはスコープ %2 を持つサインイン済みのキャラクターが必要です</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 にはスコープ %2 を持つサインイン済みのキャラクターが必要です。1 体サインインして呼び出しに選んでください</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>アクセストークンがありません</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>仕様 %2 に不明な操作 &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>。&apos;esi spec ops&apos; で一覧できます</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>。%1 のことですか？</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>ストラクチャーまたはアイテム（コンテナ、艦船）です。/universe/names はどちらも名前を返しません。ストラクチャー名はトークン付きの /universe/structures/{structure_id} で取得します。</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>/universe/names が名前を返さない特殊な場所（アセットセーフティなど）です。</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>ステーション内のオフィスまたはフォルダーです。/universe/names は名前を返しません。</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>天体またはスターゲートです。/universe/names は名前を返しません。</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>/universe/names が名前を返せる ID 範囲の外です。</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>ID ではありません（0 または負の値）。</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>EVE のエンティティ ID ではありません。</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>どのタイプ ID よりも大きい値です。</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>キャラクター、コーポレーション、アライアンス、ファクションの ID 範囲の外です。</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>ファクションの ID 範囲（500,000～999,999）の外です。</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>星系の ID 範囲（30,000,000～32,999,999）の外です。</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>コンステレーションの ID 範囲（20,000,000～22,999,999）の外です。</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>リージョンの ID 範囲（10,000,000～12,999,999）の外です。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>エクスポート先の出力デバイスがありません</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>%1 にエクスポートできません: 書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>%1 にエクスポートできません: 書き込み用に開かれていません（%2）</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>エクスポートを %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>出力デバイス</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>不明なエクスポート形式 &quot;%1&quot; です。次のいずれかを使ってください: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>%2 に必要なスコープ %1 を持つサインイン済みキャラクターがいません(サインイン済み %n 人)。次のコマンドでサインインしてください: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>すべての呼び出しが失敗しました。最初の失敗、%1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>完了 %1、失敗 %2、残り %3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>値のリストを受け取れるのはパスまたはクエリのパラメーターだけです</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 にはすでに値のリストがあります。リストはパラメーターごとに1つにしてください</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 の値は %2 個です。リストは最大 %3 個までです(複数回の実行に分けてください)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 の値のリストが空です。少なくとも1つ指定してください</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>リストから %1 回の呼び出しになります。1回の実行は最大 %2 回までです(リストを短くしてください)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>保存された値のリストが壊れているか長すぎます</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>OpenSSL から詳細なし</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>メンバー &apos;%1&apos; がないか base64url ではありません</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL が鍵を拒否しました: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>n/e を読み取れません: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>RSA 鍵は %1 ビットです。2048 ビット以上が必要です</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>RSA パラメーターを構築できません: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>EC 曲線 &apos;%1&apos; は P-256 ではありません</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>P-256 の座標はそれぞれ 32 バイトでなければなりません（x は %1、y は %2）</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>鍵 &apos;%1&apos; は &apos;%2&apos; 用で、署名用ではありません</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>鍵の種類 &apos;%1&apos; には対応していません（RSA と EC のみ）</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>鍵 &apos;%1&apos; は使用できません: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>鍵がありません</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>アルゴリズム %1 は種類 %3 の鍵 &apos;%2&apos; に合いません</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>鍵 &apos;%1&apos; は %2 用に公開されていますが、トークンには %3 とあります</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>ES256 署名は 64 バイト（r || s）でなければなりませんが、これは %1 バイトです</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>検証を開始できません: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>署名が鍵 &apos;%1&apos; と一致しません</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>JSON ではありません（%1）</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>&quot;keys&quot; 配列がありません</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>SSO は署名鍵 &apos;%1&apos; を公開していません。鍵は 1 分以内に取得済みのため、まだ再取得しません。</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>JWKS の URL が不明です</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>応答は JWKS ではありません: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>SSO の署名鍵を %1 から取得できません: %2。</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>SSO は署名鍵 &apos;%1&apos; を公開していません。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>トークンのサブジェクト &apos;%1&apos; は EVE のキャラクターではありません（CHARACTER:EVE:&lt;id&gt; のはずです）。</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>キャラクター %1 のトークンに所有者ハッシュ（`owner` クレーム）がありません。</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>トークンの `scp` クレームが文字列でも文字列の配列でもありません。</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>トークンの `aud` クレームが文字列でも文字列の配列でもありません。</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>トークンに有効な有効期限がありません（`exp` クレーム: 1970 年からの秒数、9999 年まで）。</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>トークンの発行時刻（`iat` クレーム）が 1970 年から 9999 年までの秒数ではありません。</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>トークンの有効開始時刻（`nbf` クレーム）が数値ではありません。</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>このコンピューターの時計が許容範囲 %1 を超えて遅れている可能性があります。システム時計を正しく合わせて（自動時刻設定を有効にする。例: timedatectl set-ntp true）再試行してください。</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>アクセストークンが JWT ではありません（ドット区切りの 3 部分のはずが %1 部分）。</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>アクセストークンのヘッダーが base64url でエンコードされた JSON ではありません。</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>アクセストークンが署名されていません（alg &apos;%1&apos;）。署名のないトークンは受け付けません。</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>アクセストークンは %1 で署名されています。RS256 と ES256 のみ受け付けます。</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>アクセストークンが署名鍵 &apos;%1&apos; を指定していますが、SSO はこの鍵を公開していません。</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>SSO の署名鍵を使用できません: %1。</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>アクセストークンのアルゴリズムが鍵と一致しません: %1。</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>アクセストークンの署名が base64url ではありません。</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>アクセストークンの署名が無効です: %1。</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>アクセストークンのペイロードが base64url でエンコードされた JSON ではありません。</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>アクセストークンの発行者は %2 ではなく &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>アクセストークンは別のアプリケーション向けに発行されています（audience にクライアント ID %1 がありません）。</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>アクセストークンの audience に &quot;EVE Online&quot; がないため、EVE SSO のトークンではありません。</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>アクセストークンは %1 に期限切れになりました（現在 %2）。</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>アクセストークンの発行時刻は %1 で、このコンピューターの時刻（%3）より %2 進んでいます。%4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>アクセストークンは %1 から有効で、このコンピューターの時刻（%3）より %2 後です。%4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>%1 中にシステムのキーチェーンへのアクセスが拒否されました。ESI Studio にキーチェーンの使用を許可して再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>%1 中にシステムのキーチェーンを利用できません（%2）。ESI Studio はトークンをキーチェーンにだけ保存し、平文のファイルには決して保存しません。キーリング（GNOME Keyring、KWallet などの Secret Service）を起動してロックを解除し、再試行してください。</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>%1 中にシステムのキーチェーンから明確な応答がありませんでした。ロックされている可能性があります。キーリングのロックを解除して再試行してください。</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の読み取り</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の保存</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の削除</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>コールバック URL %1 は http://127.0.0.1 または http://localhost のアドレスではないため、ブラウザーの応答をここで受け取れません。そのようなコールバック URL（例: %2）をアプリケーションに登録し、設定に入力してください。</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>127.0.0.1:%1 でサインインの応答を待ち受けできません: %2。そのポートを使っているプログラムを閉じるか、別のコールバックポートを登録してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI の /universe/names はこの ID を知りません（404 を返しました）。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>仕様に問い合わせ先の POST /universe/names (PostUniverseNames) がありません。</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>名前の取得はキャンセルされました。</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>POST /universe/names への ESI の応答が、問い合わせた ID の {id, name, category} のリストではありません。</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI が 404 を %1 回を超えて返しました。エラー制限を節約するため、残りの ID は問い合わせていません（ベース URL は正しいですか？）</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names が失敗しました: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>ESI の /universe/names はこの ID を知りません（404 を返しました）。</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI は POST /universe/names にこの ID を含めずに応答しました。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>（パスなし）</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>%1 に esi-sandbox が見つかりません。esi-sandbox は ESI Studio と一緒にビルドされ、esi-studio 実行ファイルの隣にインストールされます。ESI Studio を再インストールするか、esi-sandbox ターゲットをビルドしてください。</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox がアドレスの代わりに「%1」を出力しました。この ESI Studio とは別のバージョンかもしれません。ESI Studio を再インストールしてください。</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>esi-sandbox（%1）を起動できませんでした: %2。ファイルが実行可能か確認してください。</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox がクラッシュしました。</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox が終了コード %1 で停止しました: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox（%1）が制限時間内に応答しませんでした。原因を調べるには「esi-sandbox --port 0」で手動実行してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>ESI のエラー制限</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>レート制限グループ %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>%2 秒以内に %1 から完全な応答がありません</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>途中で切れた応答の後に再試行</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>%1 からの応答が %2 回途中で切れました（%3）</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>ESI のエラー制限を使い切りました（HTTP 420）。%1 秒後のリセットまでリクエストは送信しません</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%2 回試行後に %1</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>HTTP %1 の後に再試行</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>ESI からレート制限（HTTP 429）を %n 回受けました。後で再試行してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>ESI からレート制限（HTTP 429）を %n 回受けました（Retry-After なし）。後で再試行してください</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 は HTTP %2 で応答しました</translation>
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
        <translation>%1 は %2 より大きくなければなりません</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 は最小値 %2 を下回っています</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 は %2 より小さくなければなりません</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 は最大値 %2 を超えています</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 は整数として解釈できません</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 は int64 の範囲 %2..%3 の外です</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 は int32 の範囲 %2..%3 の外です</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 は真偽値ではありません。true または false と入力してください</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 は日付ではありません。YYYY-MM-DD の形式で入力してください</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 は日時ではありません。YYYY-MM-DDTHH:MM:SSZ の形式で入力してください</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 は %2 文字です。%3 文字以上必要です</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 は %2 文字です。%3 文字以下にしてください</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 はパターン %2 に一致しません</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もなし</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>必須パラメーター &apos;%1&apos;（%2 %3）がありません。%1=&lt;値&gt; を追加してください</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; は ESI Studio 自身が設定します（言語、キャッシュ検証子、互換日付、テナント、トークンは呼び出しのオプションから決まります）。削除してください</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>JSON の本文</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 と JSON の本文</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>不明なパラメーター &apos;%1&apos; です。%2 が受け付けるのは %3 です</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>パラメーターなし</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>。&apos;%1&apos; のことですか？</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before と after は同時に指定できません。どちらか一方だけを指定してください</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: %n 個の要素が指定されましたが、%2 個以上必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: %n 個の要素が指定されましたが、%2 個までです</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 の要素 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2 が複数回現れます。要素は重複できません</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1 はリクエスト本文を受け付けません。削除してください</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1 には JSON のリクエスト本文（%2）が必要です。body=&lt;json&gt; を追加してください</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: オフセット %1 の JSON が無効です: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: カンマ区切りの JSON 値が %n 個あります。ちょうど 1 個にしてください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: ほかに %n 件の問題（非表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null は使えません。%1 が必要です</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 でした</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>%n 個の要素が指定されましたが、%1 個以上必要です</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>%n 個の要素が指定されましたが、%1 個までです</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 が複数回現れます。要素は重複できません</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: 必須プロパティがありません</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; はパラメーターの指定ではありません。name=value の形で書いてください（例: region_id=10000002）</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>は有効な JSON 配列ではありません（オフセット %2 で %1）。[1, 2, 3] または 1,2,3 と書いてください</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 がリクエストを %2 回を超えてリダイレクトしたため（リダイレクトのループ？）、中止しました。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 が HTTP %2 で別のサーバー（%3）へのリダイレクトを返しました。リダイレクトには従わなかったため、認証情報は送信されていません。ESI と SSO のサーバーアドレスを確認してください。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 が別のサーバー（%2）へのリダイレクトを返しました。リダイレクトには従わなかったため、認証情報は送信されていません。ESI と SSO のサーバーアドレスを確認してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>ヘッダーパラメーター &apos;%1&apos; に改行または NUL 文字が含まれており、独自のヘッダーが追加されてしまいます。値は 1 行で入力してください</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>パスパラメーター &apos;%1&apos; が空のため、リクエストのパスが変わってしまいます。値を入力してください</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>パスパラメーター &apos;%1&apos; が &apos;%2&apos; のため、リクエストが別のパスに送られてしまいます。値そのもの（ID または名前）を入力してください</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>サーバーは「X-Pages: %1」と応答しましたが、これはページ数（1～2147483647 の整数）ではありません。1 ページ目以降は取得していません。サーバーまたは途中のプロキシが壊れたヘッダーを送信しました。</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>サーバーは「X-Pages: %1」と応答しました。これは 1 回の呼び出しあたりの上限 %2 ページを超えています。1 ページ目以降は取得していません。本当に必要な場合は、esi call --max-pages または 設定 › リクエスト › 1 回の呼び出しの最大ページ数 で上限を引き上げてください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 は JSON ではなく Content-Type %3 で HTTP %2 を返しました。先頭のバイト: %4。ESI の代わりにメンテナンスページやプロキシが応答している可能性があります。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 は JSON ではなく空の本文で HTTP %2 を返しました（Content-Type %3）。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 は JSON ではない本文で HTTP %2 を返しました（Content-Type %3、バイト %5 で %4）。先頭のバイト: %6。</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>%2 からの %1 の応答は %3 バイト（Content-Length）を予告しており、応答サイズの上限 %4 を超えています。ダウンロードしませんでした。</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>%2 からの %1 の応答が応答サイズの上限 %3 を超えたため、ダウンロードを中止しました。</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>これほど大きな応答を想定している場合は、esi call --max-response-size（例: 256M）または 設定 › リクエスト › 最大の応答 で上限を引き上げてください。</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 はキャッシュ検証子（If-None-Match、If-Modified-Since）のないリクエストに HTTP 304 Not Modified を返しました。再検証するキャッシュがないため、応答がありません。サーバーまたは途中のプロキシの応答が誤っています。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>結果が 1 回の呼び出しあたりの上限 %1 ページを超えてさらに次のページを指し続けたため、取得を中止しました。本当にさらに必要な場合は、esi call --max-pages または 設定 › リクエスト › 1 回の呼び出しの最大ページ数 で上限を引き上げてください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>行は %1 で照合されます（すべてのスナップショットで一意）</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>行全体で照合します：*_id 列がありません</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>行全体で照合します：一意な *_id 列がありません（%1）</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>行全体で照合します：一意な *_id 列が複数あります（%1）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>まだ問い合わせていません。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run には操作 ID が必要です（例: --run GetMarketsRegionIdOrders region_id=10000002）</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run に指定できる値は最大 %1 個です</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>$ref を展開すると %1 ノードを超えます</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>%1 階層より深く入れ子になっています</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>スキーマ %1 は %2（%3 経由で到達）: $ref の分岐が多すぎて展開できません。%5 の %4 以下の $ref を確認してください。必要に応じて解決する表示（スキーマツリー、値のチェック）は引き続き使えます</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>スキーマ</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; はこのコンピューターではない %3 に暗号化なしの http で接続します。トークンと応答が暗号化されずにネットワークを流れてしまいます。https を使うか、http はループバックアドレス（127.0.0.1、::1、localhost）でのみ使ってください。</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>ESI サーバー</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 トークンは送信していません。</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>このキャラクターは %1 の SSO でサインインしており、そのトークンは ESI サーバー %3 ではなく %2 のものです。そちらにはトークンを送信していません。%2 を呼び出すか、%3 自身の SSO でキャラクターをサインインするか、%1 のトークンについて %3 を明示的に信頼してください（設定 sso/trustedEsiBaseUrl、ESI_TRUSTED_ESI_URL または esi --trust-esi-url）。</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>このキャラクターは %1 の SSO でサインインしましたが、現在使用中の SSO は %2 です。リフレッシュトークンは %1 にしか送らないため、何も送信していません。再び %1 を使うか（--sso-url、ESI_SSO_URL またはサインイン設定）、%2 でキャラクターをサインインしてください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 件変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 件削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>仕様を読み取れません: %1。パスと権限を確認してください</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>$ref の循環: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>解決できない $ref %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 は比較していません: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 が変更: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>パラメーター削除: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>パラメーター %1 が必須になりました</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>パラメーター %1 が任意になりました</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>パラメーター %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>パラメーター追加: %1 %2（必須）</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>パラメーター追加: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>リクエスト本文</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>成功ステータス %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>応答スキーマ</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>（公開）</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>スコープ: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>非推奨になりました</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>非推奨ではなくなりました</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>%1 から %2: 追加 %3、削除 %4、変更 %5</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>%1 の位置</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>操作 %1 内</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>JSON の形式が不正です: %1。文書を修正するか、再取得してください</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>/meta/compatibility-dates の一覧</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>/meta/status の文書</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>JSON Web Key Set</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI バージョン &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger バージョン &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>空の JSON オブジェクト</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>キー %1 を持つ JSON オブジェクト</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>OpenAPI 3.x または Swagger 2.0 の文書（JSON オブジェクト）のはずが、JSON 配列でした</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>OpenAPI 3.x または Swagger 2.0 の文書（JSON オブジェクト）のはずが、単独の JSON 値でした</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>OpenAPI 3.0/3.1 または Swagger 2.0 の文書のはずが、%1 でした</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>文書に &quot;paths&quot; オブジェクトがないため、操作が 1 つも記述されていません</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>パス &quot;%1&quot; が &quot;/&quot; で始まっていません。すべてのパスは &quot;/&quot; で始まる必要があり、そうでないとリクエストの送信先サーバーが変わってしまいます。仕様で修正するか削除してください</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>操作は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>operationId &quot;%1&quot; が重複しています。操作ごとに固有の値が必要です</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1。文書で定義されていません（%2 から参照）</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>パラメーターには &quot;name&quot; と、path・query・header・cookie のいずれかの &quot;in&quot; が必要です（in=&quot;%1&quot; でした）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>互換性日付の一覧</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>予期しない応答: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>%1 の仕様</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>%1 を取得できませんでした（%2）。ESI のベース URL と接続を確認してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; は互換日付ではありません。YYYY-MM-DD の形式を使ってください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>SQLite エクスポートには書き込み先のファイルが必要です (esi では --out FILE.db)。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>%1 の隣に一時ファイルを作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>実行を追加するために %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 は既に存在し、SQLite データベースではありません。そのまま残しました。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>実行を追加するために %1 をコピーできません: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>SQLite エクスポート</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>%1 の書き込みを開始できません: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 には %2 列のない esi_runs テーブルがあり、ESI Studio のエクスポートで書かれたものではありません。別のファイルにエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 を準備できません: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>%1 に実行を記録できません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>%1 の完成したエクスポートを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>トークンデータベース</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>制限状態</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>応答キャッシュ</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>%1 のファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>%2 用のフォルダー %1 を作成できません。パスがファイルでないこと、そこに書き込めることを確認するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>%2 用のフォルダー %1 に書き込めません。権限を修正するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>%1 %2 を読み取れません: %3。権限を修正するか、移動してください。</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2 は SQLite データベースではありません（破損しているか、別のプログラムが書き込んだもの）。変更はしていません。移動または削除すれば、次回の起動時に新しく作成されます。</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>%1 %2 を作成できません。そこに書き込めるか確認するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）がないため、%1 を開けません。Qt SQL の SQLite プラグインをインストールしてください。</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>%1 %2 を開けません: %3。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%1 %2 を SQLite データベースとして読み取れません（%3）。変更はしていません。移動または削除すれば、次回の起動時に新しく作成されます。</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>%1 %2 を WAL モードに切り替えられません: %3。</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>%1 %2 をロックできません: %3。</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%1 %2 はより新しい ESI Studio が書き込んだものです（形式 %3、このバージョンが読めるのは %4）。新しいバージョンを使うか、ファイルを削除してやり直してください。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 は別のプログラムの SQLite データベースで、ESI Studio の %2 ではありません。変更はしていません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>%1 %2 のテーブルを作成できません: %3。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite がテーブル %1 の変更を拒否しました: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>テーブル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>このファイルには %2 列のないテーブル %1 が既にあり、ESI Studio のエクスポートで書かれたものではありません。別のファイルにエクスポートしてください。</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>テーブル %1 の列が %2 を超えてしまい、SQLite では扱えません。代わりに CSV または JSON でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>テーブル %2 の列 %1 はファイルでは %3 ですが、この結果では %4 です。新しいファイルにエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>テーブル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>テーブル %1 に行を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>%1 の SSO は別のサーバー上の %2 をエンドポイントとして指定しています。そこへはトークンを送信しません。</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>%1 のために SSO に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>SSO が %1 の許可を拒否しました（invalid_grant%2）。期限切れ、使用済み、または取り消し済みです。キャラクターを再度サインインしてください。</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>SSO が %1 を %2%3 で拒否しました。</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>SSO は %2 に HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>%1 に対する SSO の応答に access_token がありません。OAuth のトークン応答ではありません。</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>%1 で得たアクセストークンを拒否しました: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> SSO が発行したばかりのトークンが期限切れに見えるのは、このコンピューターの時計が進んでいる場合だけです。システム時計を正しく合わせてください（自動時刻設定を有効にする。例: timedatectl set-ntp true）。</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> 更新されたリフレッシュトークンは保持したので、サインインは失われません。</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>サインインコードの交換</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>トークンの更新</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>トークンの取り消し</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>SSO のディスカバリー文書 %1 が JSON オブジェクトではありません（%2）。</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>型が違います</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>%1 の SSO は PKCE S256 を提供していません（code_challenge_methods_supported にありません）。デスクトップアプリがクライアントシークレットなしでサインインするには必要です。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>このサインインはすでに開始されています。新しく開始してください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>EVE SSO でサインインが取り消されました（アクセス拒否）。</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>EVE SSO がサインインを拒否しました: %1%2。</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>サインインの応答に認可コードがありません。</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>EVE SSO がリフレッシュトークンを返さなかったため、サインインを保持できません。</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>サインインの応答がこのサインインのものではないため（state が一致しません）拒否しました。別のプログラムがサインインを差し込もうとした可能性があります。サインインをやり直してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>SSO のクライアント ID が設定されていません。https://developers.eveonline.com でアプリケーションを登録し、そのクライアント ID を設定に入力してください。</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>SSO のコールバック URL &apos;%1&apos; は絶対 URL ではありません。アプリケーションに登録したコールバック URL（例: %2）を使ってください。</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>SSO のベース URL &apos;%1&apos; は http(s) の URL ではありません。%2 を使うか、オフライン作業には esi-sandbox のアドレスを使ってください（設定または ESI_SSO_URL）。</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>SSO のベース URL</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>信頼する ESI の URL</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>スコープ &apos;%1&apos; は単一のスコープ名ではありません。esi-assets.read_assets.v1 のように 1 つずつ並べてください。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>トークンデータベース %1 を読み取れません: %2。権限を修正してください。</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>トークンデータベース %1 は SQLite データベースではありません（破損しているか、別のプログラムが書き込んだもの）。変更はしていません。空のトークン一覧から始めるには移動するか、バックアップを復元してください。</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>トークンデータベース %1 を開けません: %2。</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>トークンデータベース %1 が破損しています（%2）。変更はしていません。空のトークン一覧から始めるには移動するか（キャラクターは再サインインが必要）、バックアップを復元してください。</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>トークンデータベース %1 のスキーマバージョンを読み取れません（%2）。変更はしていません。</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 は別のプログラムの SQLite データベース（テーブル %2）で、ESI Studio のトークンデータベースではありません。変更はしていません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>トークンデータベース %1 のスキーマバージョンは %2 で、より新しい ESI Studio が書き込んだものです（このバージョンは %3 まで対応）。変更はしていません。ESI Studio を更新してください。</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>スキーマ確認のためにトークンデータベース %1 をロックできません: %2。</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>トークンデータベース %1 をスキーマバージョン %2 に更新できませんでした（%3）。ロールバックし、元のままにしています。</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>トークンデータベースのスキーマを %1 に保存できません: %2。</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>トークンデータベースが開かれていません。</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>キャラクター %1 のトークンを %2 に保存できません: %3。</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>キャラクター %1 のトークンのバージョンを %2 に保存できません: %3。</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>キャラクター %1 のトークンを %2 から削除できません: %3。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>データフォルダー %1 を作成できません（ESI_STUDIO_DATA_DIR に別のフォルダーを指定してください）</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>キャラクター %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>サインインの結果が不完全です（キャラクターまたはトークンがありません）。何も保存していません。</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>%1 のサインインを保存できませんでした: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> キーチェーンも元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>キャラクター %1 のトークンは保存されていません。先にキャラクターをサインインしてください。</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>%1 のトークンは再サインインが必要です。</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>%1 のトークンは再サインインが必要です: %2。</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>%1 のトークンは取り消されました。使うにはキャラクターを再度サインインしてください。</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>%1 のトークンにはスコープ %2 がありません。キャラクターを再度サインインして許可してください。</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>%1 のトークンにはスコープ %2 がありません。キャラクターを再度サインインして許可してください。</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>トークンは取り消されていません: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>トークンは SSO で取り消されましたが、その秘密情報を削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>トークンを取り消せませんでした: %1 何も変更していません。</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>キャラクター %1 は削除されていません: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>キャラクター %1 のトークンは保存されていません。</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>キャラクター %1 のトークンは再サインインが必要です: %2。</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>キャラクター %1 はその間に削除されました。</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>SSO はキャラクター %1 の更新にキャラクター %2 のトークンで応答しました。そのトークンは使用していません。</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>キャラクター %1 はトークンの更新中に再サインインされました。新しいサインインを残し、この更新は破棄しました。再試行してください。</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>キャラクター %1 はトークンの更新中に削除されました。</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>サインイン中のキャラクターがいません。スコープ %1 で 1 体サインインしてください</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>スコープ %1 を持つキャラクター（%2）は再サインインが必要です</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>サインイン中のどのキャラクターもスコープ %1 を持っていません。キャラクターをサインインして許可してください</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>サインイン中のどのキャラクターもスコープ %1 を持っていません。キャラクターをサインインして許可してください</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>アプリのバージョン</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>連絡先メールアドレス</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>ソース URL</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 の %3 文字目に制御文字（U+%2）があります。削除してください</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1「%2」に %3 が含まれていますが、User-Agent の製品トークンには使えません。英字、数字、「.」「_」「+」を使ってください</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>アプリ名なしでアプリのバージョン「%1」が指定されています。アプリ名も設定してください</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>連絡先メールアドレス「%1」はメールアドレスではありません。you@example.com のような形式にしてください</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>ソース URL「%1」は絶対 http(s) URL ではありません。https://github.com/you/your-app のような形式にしてください</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>バケット %2 のため %1 待機中: トークン %3/%4</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>バケット %2 のため %1 待機中</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>HTTP 429 の Retry-After のため %1 待機中</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>バケット %2 での HTTP 429 の Retry-After のため %1 待機中</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>ESI のエラー制限のため %1 待機中: HTTP 420 により、ウィンドウがリセットされるまで送信を停止しています</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>ESI のエラー制限のため %1 待機中: ウィンドウ内の残りエラーは %2、%3 で送信を停止します</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>HTTP %2 の後の再試行まで %1 待機中</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>途中で切れた応答の後の再試行まで %1 待機中</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>%1 待機中</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n 回連続で実行に失敗しました。最後のメッセージ：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>バージョンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>ESI Studio について</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>ESI Studio のアイコン</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>バージョンをコピー</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>不具合報告用に ESI Studio、Qt、QtKeychain、OpenSSL、システムのバージョンをコピー</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>EVE Online の ESI を探索: 仕様のすべてのオペレーションを閲覧・実行し、レート制限とエラー制限を見ながら結果を確認・エクスポートできます。</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>仕様: %1、互換性日付 %2。</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>仕様: %1（%2）</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>アクセストークンをクリップボードから削除しました。</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>%1 のトークンを更新中…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>%1 のアクセストークンを更新しました。</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 は再サインインが必要です（「スコープを追加」で再サインインできます）: %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>%1 のトークンは更新されませんでした: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>アクセストークンはコピーされませんでした: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>%1 の新しいアクセストークンがクリップボードにあります（%2 まで有効）。ほかのものをコピーしない限り、%3 後にクリップボードを消去します。</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>クレームを表示できません: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 件ネットワーク</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 件キャッシュ</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>仕様の日付</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>提供元</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>呼び出し履歴 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>呼び出し履歴 %1 を準備できません: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>行のデコード中に取り消されました。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>レスポンスの状態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
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
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>まだ呼び出していません。パラメーターを入力して［実行］を押してください。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 を実行中…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 ページ · %2 行 · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>再検証済み (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>キャッシュから（有効）</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>キャッシュ（有効）: Expires 前のためリクエストなしで応答。再検証済み: キャッシュのコピーが 304 Not Modified で確認されました。ネットワーク: 完全な 200 応答。</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 種類（ページごとに 1 つ）</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>最初のページ: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>（ページごとに異なる）</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 件のリクエスト</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 回の再試行</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>制限のため %1 待機</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>取得中にデータが変わったため %1 回再取得</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>有効期限まで</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>%1 まで ESI は同じデータを返します。それより前に再度問い合わせると、リクエストせずにキャッシュから応答します。</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>%1 前。次回の実行で再検証します</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>キャラクターの詳細</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>選択したキャラクターのスコープ</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>サインイン済みのキャラクターはいません。「新しいキャラクターでサインイン」で追加してください。</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>トークンを見るにはキャラクターを選択してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（キャラクター %2）</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>コーポレーション / アライアンス: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; 最初のサインイン以降、キャラクターが別の EVE アカウントに移りました（所有者ハッシュが変更）。まだ自分のキャラクターか確認してから承認してください。</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>サインイン済み: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>トークンを使うキャラクター</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>キャラクターの要件</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>必要なスコープでサインイン</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>公開ルート: キャラクターは不要です。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>任意のスコープ</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>%1 を持つサインイン済みキャラクターが必要です。</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>%1 を持つサインイン済みキャラクターがいません。</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>%1 でサインイン…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>%1 を要求して EVE SSO を開きます</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>%1 が必要</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>%1 を失効させて削除しますか?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>%1 のトークンを EVE SSO で失効させ、キーチェーンから削除します。以後このキャラクターとして呼び出すには再サインインが必要です。</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>失効と削除の確認</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>失効させて削除</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>%1 のトークンを失効中…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 は削除されませんでした: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>%1 を失効させずに削除しますか?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>%1 のトークンを EVE SSO で失効できませんでした: %2

それでも ESI Studio から削除しますか? その場合、許可は期限切れになるか https://community.eveonline.com/support/third-party-applications/ で取り消すまで EVE SSO で有効なままです。</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>失効させずに削除することを確認</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>それでも削除</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>%1 のトークンは失効しましたが削除されませんでした: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>%1 のトークンを EVE SSO で失効させ、削除しました。</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 を ESI Studio から削除しました。許可は期限切れになるか EVE SSO で取り消されるまで有効です。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>グラフなし: 結果に行がありません。</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>グラフなし: 結果に日付または日時の列がありません。</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>グラフなし: 結果に数値の列がありません (ID は数えません)。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>アクセス権をあなただけに制限できませんでした</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>グラフを PNG として描けませんでした</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>グラフを SVG として描けませんでした</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG で保存…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>時間の列</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>描く値の列</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>線として描く列にチェックを入れます</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>グラフを PNG 画像として保存します</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>グラフを SVG 図として保存します</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>時間軸(&amp;X):</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>線(&amp;N):</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>グラフを SVG で保存</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>グラフを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>結果の時系列グラフ</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>互換性日付</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>互換性日付(&amp;D)</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>エクスプローラーが表示し、呼び出しに使う API バージョン（X-Compatibility-Date）</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>日付の一覧を更新</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>ESI に互換性日付をもう一度問い合わせます</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>互換性日付の状態</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>ESI の一覧にない</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1（ファイルから）</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>日付を読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>ESI から %n 件の日付</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>オフライン: キャッシュ済みと同梱の日付のみ</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>%1 の仕様を読み込み中…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 は %2 に解決されました</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 をディスクから読み込みました</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 をダウンロードしました</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>利用できる仕様のソースがありません</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>curl としてコピー（トークンは伏せ字）</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>アクセストークン付きで curl としてコピー…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>esi コマンドとしてコピー</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Python としてコピー (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>アクセストークン付きで Python としてコピー…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>JavaScript としてコピー (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>アクセストークン付きで JavaScript としてコピー…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>コマンドラインから実行できません</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>%1 を実行できません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>%1 を実行できません: 何も送信していません</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>表示中の仕様（%1）に操作「%2」はありません。操作 ID は大文字と小文字を区別します（例: GetMarketsRegionIdOrders）。「esi spec ops」で一覧できます。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>エクスポート中</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>%1 行を %2 に書き込み中…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>横に来歴ファイルを書き出す（オペレーション、パラメーター、日付、ETag…）</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>UTF-8 のバイトオーダーマークで始める（Excel 用）</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — 入れ子のフィールドはドット区切りの列、RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — 受信したまま、ページを 1 つの配列に結合</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — 1 行に 1 レコード</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>全 %1 言語（各行に「language」フィールドを追加）</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>来歴を書き出す</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>バイトオーダーマーク</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>エクスポートされる内容</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%3 の %2 ページから %1 行。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>形式(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>ファイル(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 ファイル (*.%2);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を追加してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>= + - @ で始まるセルをそのまま書き出す（表計算ソフトが数式として実行するおそれがあります）</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>セルをそのまま</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>オフ（推奨）: =、+、-、@、タブ、復帰で始まるテキストセルの先頭にアポストロフィ（&apos;）を付け、ファイルを開いてもサーバーから送られた数式が実行されないようにします。数値は変更しません。</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>EVE ID の各列の隣に名前を追加する（type_id → type_name）</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>名前を追加</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>ESI Studio が /universe/names から得た名前です。名前のない ID（ストラクチャー、アイテム）は空の名前になります</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — 操作ごとに 1 テーブル、配列フィールドは子テーブル。既存のファイルには実行が 1 件追加されます</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>エクスポートを取り消しました。%1 は変更されていません。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 行を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation>（来歴は %1）</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>エクスポートする行がありません。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>エクスポートを取り消しました。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>エクスポートは書き込まれましたが、来歴ファイルは書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>リストの失敗した呼び出し</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%2 回中 %1 回の呼び出しが失敗しました</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>初回起動アシスタント</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>ESI Studio へようこそ</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio は EVE Online の ESI を探索します。すべてのオペレーションを閲覧し、全ページの呼び出しを実行し、レート制限を見ながら結果をエクスポートできます。</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>次のページではサインインと、リクエストの名乗り方を設定します。すべて後から［ファイル］›［設定］で変更でき、このアシスタントは［ヘルプ］メニューから再度開けます。</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>どのように始めますか?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>EVE でサインイン(&amp;S): アプリケーションを登録してクライアント ID を入力</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>EVE でサインイン</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO クライアント ID</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>空欄: 公開オペレーションのみ、後でサインイン</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>クライアント ID の問題</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>オフラインで試す(&amp;T): テスト用キャラクター付きのローカルサンドボックス ESI、EVE アカウント不要</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>オフラインで試す</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>サンドボックス（ESI Studio と一緒にインストールされる esi-sandbox）は、すべてのオペレーションに生成データで応答し、「Sandbox Pilot」などのテスト用キャラクターをサインインさせます。使用中はステータスバーに表示され、戻る方法もあります。</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>連絡先メールアドレス</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>連絡先メールアドレス</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent のプレビュー</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>連絡先メールアドレスの問題</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>連絡先メール(&amp;E):</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP はすべての ESI クライアントに運用者を名乗るよう求めています。通信を遮断する代わりに連絡できるようにするためです。アドレスは各リクエストの User-Agent ヘッダーに入ります。空欄なら ESI Studio の名前だけを送ります。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio はオフラインサンドボックスで起動します。キャラクター選択から「Sandbox Pilot」などのテスト用キャラクターでサインインしてください。アプリケーションを登録したら、ステータスバーからオンラインに戻れます。</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>クライアント ID はまだありません。公開オペレーションは今すぐ使えます。キャラクターでサインインするには［ファイル］›［設定］でクライアント ID を追加してください。</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>リクエストの名乗り: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>キャラクター選択からサインインしてください。EVE のログインページは ESI Studio のサインインウィンドウで開き、代わりにシステムのブラウザーを使うこともできます。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>全ページ</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>このページ</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>全言語</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>呼び出しを比較</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>%1 を比較</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>比較結果</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>要求したページ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>互換性日付</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag（1 ページ目）</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified（1 ページ目）</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>キャッシュから（有効）</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>再検証済み (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>ネットワーク転送バイト数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>データ（本文の SHA-256）</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>比較できません: 少なくとも一方の呼び出しがデータを返していません。</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>同じデータ: すべてのページ本文が一致します。</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>2 つの呼び出しでデータが異なります。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>選択した呼び出しをもう一度実行</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>選択した 2 つの呼び出しを並べて表示: パラメーター、結果、時間、データ</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>選択した呼び出しを curl コマンドとしてコピー（トークンは伏せ字）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>選択した呼び出しを履歴から削除</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>呼び出し履歴</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼び出し</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>履歴の状態</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>履歴を利用できません: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>保存先なし</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>呼び出しをダブルクリックするとフォームに読み込みます</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>選択した 2 つの呼び出しを並べて表示</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>比較するには呼び出しをちょうど 2 つ選択してください（Ctrl+クリック）</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1（%2、/universe/names より）</translation>
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
        <translation>真偽値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 項目]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 項目]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 フィールド}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 フィールド}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>アクセストークンのクレーム</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>アクセストークンのクレーム</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>アクセストークンのクレーム — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>現在のアクセストークンの内容です。トークン自体とその署名は表示しません。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>SSO の JWKS にある署名鍵</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>トークンの種類</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>キャラクター（CHARACTER:EVE:&lt;id&gt;）</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>キャラクター名</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>所有者ハッシュ: キャラクターが別アカウントに移ると変わります</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>許可されたスコープ</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>認可された当事者（クライアント ID）</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>トークン ID</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>SSO リージョン</translation>
    </message>
    <message>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>アクセストークンをデコードできませんでした。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>対象者: クライアント ID と「EVE Online」</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>使っていないサインインを維持: 更新間隔</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>使っていないサインインを維持</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO は長く使われないリフレッシュトークンを破棄します。ESI Studio の実行中にときどき更新すると使える状態が保たれます。</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>維持の間隔（日）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>キーチェーンを再確認(&amp;K)</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>キーチェーンを再確認</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>システムのキーチェーンを待機中</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>デスクトップがキーリングのパスワードを求めたら、ログインキーリングのロックを解除してください。キーチェーンが応答するとすぐにキャラクター管理が続行します。</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>システムのキーチェーンを使用できません</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
ログインキーリングのロックを解除するか（例:「パスワードと鍵」）、GNOME Keyring や KWallet などの Secret Service を起動してから再確認してください。サインイン、更新、失効にはキーチェーンが必要です。ほかの場所には何も保存しません。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>ESI の制限</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>エラー制限</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>バケットのないルートは ESI のエラー制限を共有します: ウィンドウごとにエラー応答 100 件。使い切ると、ウィンドウがリセットされるまで ESI はすべてに 420 を返します。</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>残りエラー数</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>エラー制限のリセット</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>サーキットブレーカー</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>レート制限バケット</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>バケットなし</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>まだバケットは使われていません。x-rate-limit のあるルートは最初の呼び出し後にここに表示されます。</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>制限の追跡はオフです: 共有の制限状態を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1（公開）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>ウィンドウは %1 後にリセット</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>現在のウィンドウではエラーはありません</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>残りエラー %1 / %2</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>サーキットブレーカーを利用できません</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>420 により遮断中: %1 の間は何も送信しません</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>送信を保留中: 残りエラー %1 件で安全マージン %2 を下回っています。%3 後に再開します</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>回路は閉: リクエストは流れています</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>列を使用</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>値ごとに1回呼び出します。配列の値を1行に1つ書いてください(1,2,3)。</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>値ごとに1回呼び出します。値を1行に1つ、またはカンマ区切りで貼り付けてください。</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>値の数</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>現在の結果の列</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>現在の結果から:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>スコープを持つすべてのサインイン済みキャラクター(現在 %n 人)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>値が %1 個あります。リストは最大 %2 個までです。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n 個の値: それぞれ1回呼び出します。</numerusform>
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
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>オペレーションと結果</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>リクエスト(&amp;Q)</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>メイン領域</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>仕様ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>ローカルの ESI OpenAPI または Swagger ドキュメントを閲覧</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>最後の呼び出しの行を JSON、NDJSON、CSV で保存</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>選択したオペレーションをフォームの値で実行</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>実行を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>実行中の呼び出しを停止し、以後は何も送信しません</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>オペレーションへ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>ID、パス、概要、スコープでオペレーションへ移動</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>別の互換性日付以降に追加・削除・変更されたオペレーション</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>ESI Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
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
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>エクスプローラーツール</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>読み込んだ仕様</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI サーバー</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>リクエストと仕様のダウンロードはこのサーバーに送られます</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>仕様が読み込まれていません</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 オペレーション</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>%1 から読み込み</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>「%1」を開けませんでした</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>%1（%2）の仕様を引き続き表示しています。</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>ESI の仕様を開く</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>OpenAPI または Swagger ドキュメント (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>このウィンドウのキーボードショートカットを一覧表示</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>キャラクターを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>サインイン済みキャラクターとそのトークン、スコープ</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>キャラクター(&amp;C)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>変更点(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>メッセージの種類</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>メッセージのタイトル</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>メッセージの詳細</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>名前を表示</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>EVE ID の各列の隣に名前の列を表示します（type_id → type_name）。ESI の /universe/names より</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>%1 の名前</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1（%2、/universe/names より）</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>ESI の /universe/names による %1 の名前。見出しを右クリックすると非表示にできます</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>オフラインサンドボックス</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>オンラインに戻る</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>オンラインに戻る</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>EVE のサーバーに戻す（ESI Studio を再起動します）</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>オフラインサンドボックス（%1）: 生成データであり、EVE のサーバーではありません</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>呼び出しとサインインは同梱の esi-sandbox に送られます。そのテスト用キャラクターに EVE アカウントは不要です。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>オペレーションのドキュメント</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>仕様が読み込まれていません</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>［ファイル］→［仕様ファイルを開く］で ESI OpenAPI ドキュメントを開いてください。</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>互換性日付</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>左でオペレーションを選ぶと、その機能、呼び出せる人、応答内容を読めます。単語、または tag:、scope:、path:、id:、method: で絞り込めます。</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>非推奨: ESI はこのルートを削除する可能性があります。頼る前に代替を探してください。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>オペレーション ID</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>サインインが必要、スコープの指定なし</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>なし: 公開ルート、サインイン不要</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>必要なロール</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>（いずれか 1 つ）</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>ページング</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>ローカライズ</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>はい: Accept-Language で要求した言語で応答</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>ルートが変更されました</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>バケットなし: 全体のエラー制限に数えられます</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>グループ %1、%3 のウィンドウごとに最大 %2 トークン</translation>
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
        <translation>宣言なし</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>なし: 1 つの応答に結果全体が入ります</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>ページ番号: クエリ page、総数は X-Pages ヘッダー</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>カーソル: クエリ before / after、次のカーソルは本文内</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: 見た中で最小の ID からさかのぼる</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>In</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>非推奨。</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>リクエスト本文</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>（必須）</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>仕様に成功レスポンスが宣言されていません。</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>本文なし</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>ヘッダー: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>オペレーション情報</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>レスポンススキーマ</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>ドキュメント(&amp;D)</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>レスポンススキーマ(&amp;S)</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 レスポンス</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationItemDelegate</name>
    <message>
        <source>auth</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>paged</source>
        <translation>ページング</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>カーソル</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>ローカライズ</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>タグ %1 のオペレーション 1 件</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>タグ %2 のオペレーション %1 件</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>必要なスコープ: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>公開: サインイン不要</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>必要なロール（いずれか）: %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>ページング: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>ローカライズ: 要求した言語で応答</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>レート制限グループ: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>%1 でページング</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>ローカライズ</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>コーポレーションのロールが必要</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>オペレーションを絞り込む</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>オペレーションを絞り込む（ID、パス、概要、tag:、scope:）</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>すべての単語に一致する必要があります。接頭辞でフィールドを指定: tag:market、scope:assets、path:/characters、id:GetMarkets、method:post。Ctrl+F でフォーカス、Esc でクリア。</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>オペレーションを検索</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>オペレーションツリー</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>オペレーション数</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>仕様が読み込まれていません</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%2 タグに %1 オペレーション</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>「%1」に一致するオペレーションはありません</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>%2 件中 %1 件のオペレーションが一致</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>パラメーター %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>既定値 %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>例: 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>カンマ区切りの %1</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>いずれか: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 を送信</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>この日付を送信します。オフのときはパラメーターを省略します</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>リクエスト本文（JSON）</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>リクエスト本文の構文</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>（値を選択）</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>必須: リクエスト本文を JSON で入力してください。</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>任意: 空のままにすると本文を送信しません。</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>有効な JSON です。</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>%1 行 %2 列で JSON が無効です: %3。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>パラメーター欄</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>パラメーターなし</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>パラメーターの問題</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>パラメーターを入力するオペレーションを選んでください。</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>リクエスト本文（JSON）。</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 にはパラメーターがありません。［実行］を押してください。</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>%1 のラベル</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>非推奨。</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>%1 へのメッセージ</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>フィールド %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>リスト…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>%1 の値のリスト</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>値ごとに1回実行: ID を貼り付けるか、現在の結果の列を使います%1。</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation>、またはすべてのサインイン済みキャラクター</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>リスト (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>スコープを持つすべてのサインイン済みキャラクター (%n): それぞれ1回呼び出します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>%n 個の値のリスト、それぞれ1回呼び出します: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>サインイン中のキャラクターのアライアンス (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>サインイン中のキャラクターのコーポレーション (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>サインイン中のキャラクターのアライアンス (照会中…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>サインイン中のキャラクターのコーポレーション (照会中…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>画像サーバーの応答は HTTP %1 でした</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>画像サーバーの応答は画像ではありません</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>オペレーションへ移動</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>移動先のオペレーション</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>オペレーションへ移動: ID、パス、概要、tag:、scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>一致するオペレーション</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>仕様が読み込まれていません</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>「%1」に一致するオペレーションはありません</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>%2 件中上位 %1 件。さらに入力すると絞り込めます</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n 件一致。Enter で強調表示中の項目を開きます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>%1 の間ブロック</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>%1 の間ブロック: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 トークンが送信中のリクエストで使用中</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>ブロック %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>満杯</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>%2 のバケット %1: %4 のウィンドウごとに %3 トークン。%5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>使ったトークンは %1 のスライディングウィンドウから 1 つずつ抜けます。次の 1 つはこの時間後に戻ります。</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>残り %1 / %2 トークン（送信中のリクエストが %3 を予約）。2xx 応答は 2 トークン、3xx は 1、4xx は 5 消費します。</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>残りトークン</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>補充</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>生のレスポンス</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>レスポンスを検索</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>このページを検索（Enter: 次、Shift+Enter: 前）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>レスポンス本文</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>まだレスポンスはありません。</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>レスポンスに本文はありませんでした。</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 件一致</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 件一致</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; を開き、EVE Online のアカウントでログインします。</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>&lt;b&gt;Applications&lt;/b&gt;、続いて &lt;b&gt;Create new application&lt;/b&gt; を選び、名前と短い説明を入力します。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Connection type&lt;/b&gt; で &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt; を選びます。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>&lt;b&gt;Permissions&lt;/b&gt; に呼び出したいオペレーションのスコープを追加します（ESI Studio の各オペレーションのドキュメントに記載、例: &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;）。サインインではアプリケーションが持つスコープしか要求できません。</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>&lt;b&gt;Callback URL&lt;/b&gt; には &lt;code&gt;%1&lt;/code&gt; を正確に入力します（ここで設定したコールバック URL）。</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>アプリケーションを作成し、その &lt;b&gt;Client ID&lt;/b&gt; を下の欄にコピーします。ESI Studio は PKCE でサインインするため秘密鍵は不要です。他人に教えないでください。</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>アプリケーションの登録方法</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>curl コマンドをコピーしました（Authorization は伏せ字）。</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>esi コマンドをコピーしました。esi は自身でサインインしたキャラクターを使います。</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>%1 のコードをコピーしました。アクセストークンは環境変数 ESI_TOKEN から読み込みます。</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>%1 のコードをコピーしました。</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>アクセストークン付きの curl コマンドをコピーしました。パスワードと同様に扱ってください。%1 秒後にクリップボードから削除されます。</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>アクセストークン入りの %1 のコードをコピーしました。パスワードと同じように扱ってください。%2 秒後にクリップボードから消去されます。</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>コピーするアクセストークンがありません</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 にはサインイン済みキャラクターが必要です。コマンドはコピーされませんでした。</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>アクセストークンをコピーしますか?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>コマンドには %1 のアクセストークンが含まれます。これを持つ人は誰でも、期限切れ（約 20 分）まで %2 でそのキャラクターのデータを読めます。

それでもコピーしますか?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>リストを使った呼び出しはコピーできません</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 はリストの値ごとに 1 回ずつ実行されますが、コードは 1 回の呼び出し分しか表せません。コピーするには、フォームからリストを外してください（または値を 1 つ選んでください）。</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>キャラクター %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>レスポンスヘッダー</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>ステータス行</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>まだレスポンスはありません。</translation>
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
        <translation>サインイン</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI サーバー</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>キャッシュの場所</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>オフラインサンドボックス</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>オンライン復帰</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>これらの変更は ESI Studio の再起動後に反映されます: %1。</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>ESI Studio を再起動しますか?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>今すぐ再起動しますか?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>呼び出しエラー</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>ESI の警告</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>結果の言語</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>JSON ツリーの結果</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>結果ビュー</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>生データ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>行を JSON、NDJSON、CSV で保存（Ctrl+E）</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>何も送信していません: パラメーターが無効です</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>実行を停止しました。%1 ページを受信済みでした。</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 は失敗しました: ESI の応答は %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>このルートの新しいバージョンがあります (199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>非推奨のルート (299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>ESI から警告がありました</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>ESI から複数の警告がありました</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>グラフ(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>行そのもの（結果は値のリスト）</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>各行のフィールド %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>結果の表</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>行を絞り込む</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>行を絞り込む（セル内の任意の文字列）</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>絞り込む列</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>すべての列</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>行なし</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>並べ替え中…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>絞り込み中…</translation>
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
        <translation>%2 行中 %1 行が一致</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>比較した行</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>行の比較</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>変更された行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>行を比較できません：行は最新 %1 件の呼び出しのうち %2 行以下のものだけ保存され、少なくとも一方は保存されていません。</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>行（古い順から新しい順）：%1（%2）。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>実行できません: ESI Studio は呼び出しエンジンなしで起動されました。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>何も送信していません: まず印の付いた %n 個のパラメーターを修正してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>何も送信していません: %1 には %2 を持つサインイン済みキャラクターが必要です。</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>大量取得</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>実行を開始しませんでした。</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>完了: %1 ページ · %2 行 · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>%1 ページ後に取り消し</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>%1 を再実行できません</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>表示中の仕様（%1）にオペレーション %2 はありません。実行時の互換性日付 %3 を選んでください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>%1 を %2 として再実行できません</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 はこのオペレーションに必要なスコープでサインインしていません。</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>互換性日付 %1 を使用します。呼び出しは %2 で記録されました。</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>%1 をコピーできません</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>表示中の仕様にオペレーション %1 はありません。</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>%1 の所属コーポレーションを確認中…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>何も送信していません: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>送信していません: まず操作を選んでください。</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>送信していません: 実行中です。先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>多数の呼び出し</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>%1 を値ごとに1回、計 %n 回実行します。実行しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>完了: %2 回中 %1 回 · 失敗 %3 · %4 行 · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>このページ</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>全ページ</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>オペレーションを実行</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>実行するオペレーション</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全言語</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>このページだけを取得</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>1 回のリクエスト: 1 ページ目、または page パラメーターで指定したページ</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>全ページを取得</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>すべてのページ: X-Pages、カーソル、from_id で、複数を同時に</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>実行の見積もり</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>オペレーションを実行（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>実行を取り消す</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>実行を停止し、以後は何も送信しません</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>リクエストを curl コマンドとしてコピー。Authorization ヘッダーは伏せ字になります</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>実行の進行状況</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>実行の状態</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>オペレーションが選択されていません</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>全ページを取得します。1 ページだけ要求するには「このページ」を選んでください。</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>このルートはローカライズされていません。どの言語でも同じ応答です</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · 1 ページ目を待機中</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>%1 待機中: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>リクエストの Accept-Language。「全言語」は言語ごとに 1 回ずつ呼び出し、言語ごとにタブを表示します。</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>リクエストの Accept-Language。「全言語」は言語ごとに 1 回ずつ呼び出します。</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>%2 ページ中 %1 ページ · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>最後の %n ページをデコードしています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1（再帰）</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>常に存在</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>スコープを選択</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>スコープを選択</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>サインイン時にキャラクターがこれらのスコープを ESI Studio に許可します。必要なものだけを要求してください。</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>スコープを検索</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>スコープを検索（例: wallet、assets）</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>分野別のスコープ</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>この仕様のすべてのスコープ(&amp;A)</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>この仕様のすべてのスコープを選択</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>使ったオペレーションのスコープ(&amp;U)</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>使ったオペレーションのスコープを選択</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>認証が必要なオペレーションはまだ実行されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>呼び出し履歴からのスコープ %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>選んだスコープでサインイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>選択したスコープ</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>キャラクターはこのスコープをすでに持っています。そのまま残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n 個のスコープを選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>追加するスコープ %n 個。キャラクターの %1 はそのまま残ります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>ESI Studio と同じ場所に esi-sandbox が見つかりません（%1 を検索）。ESI Studio を再インストールするか、esi-sandbox ターゲットをビルドしてください。</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>オフラインサンドボックスが停止しました</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>再び起動するには ESI Studio を再起動してください。</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>レスポンスキャッシュを消去しました</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>設定の問題</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>SSO クライアント ID</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>developers.eveonline.com で取得。空欄: 公開オペレーションのみ</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>SSO コールバック URL</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>SSO サーバー</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>キャラクターでサインインするには、EVE 開発者サイトで登録したアプリケーションが必要です。登録手順:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>コールバック URL(&amp;C):</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>SSO サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>連絡先メールアドレス</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>you@example.com: 通信について CCP があなたに連絡できるようにします</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>任意: これらのリクエストを使うツール</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>User-Agent のプレビュー</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>ESI サーバー</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>既定の互換性日付</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>YYYY-MM-DD。空欄: 仕様自身の日付</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>同時リクエスト数</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>連絡先メール(&amp;E):</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>アプリ名(&amp;N):</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>ESI サーバー(&amp;V):</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>再起動後に反映されます。EVE のサーバー以外で作業するには esi-sandbox やプロキシのアドレスを使います。</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>既定の互換性日付(&amp;D):</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>同時リクエスト数(&amp;O):</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>キャッシュサイズの上限</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>キャッシュの場所</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>空欄: 標準のキャッシュフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>キャッシュフォルダーを選択</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>キャッシュを消去(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>レスポンスキャッシュを消去</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>レスポンスキャッシュのサイズ</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>サイズ上限(&amp;S):</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>場所(&amp;C):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>新しい言語は再起動後に反映されます。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>（有効なヘッダーではありません: %1）</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>キャッシュされたレスポンス %1 を解放しました。</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>キャッシュの場所</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>レスポンスキャッシュが開かれていません。</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>キャッシュ済みレスポンス: %1 件、サイズ %2、場所 %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>このページの変更は ESI Studio の再起動後に反映されます。コマンドラインの esi もこれを使います。</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>新しい場所は再起動後に反映され、コマンドラインの esi もそれに従います。サイズ上限はすぐに適用されます。</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>1 回の呼び出しの最大ページ数</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>最大の応答</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>1 回の呼び出しの最大ページ数(&amp;P):</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>最大の応答(&amp;R):</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>サーバーがこれより多くのページを予告したり、これより大きな応答を送ったりした場合、呼び出しは際限なく取得し続けずにエラーで停止します。</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>ID の名前を表示(&amp;N)</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>ID の名前を表示</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>結果テーブルの EVE ID の各列の隣に名前の列を表示します（type_id → type_name）。ESI の /universe/names より。テーブル見出しのメニューでも切り替えられます</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>初回起動アシスタント(&amp;F)…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>クライアント ID、連絡先メール、サーバー、キャッシュ、言語、テーマ</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>サインインまたはオフラインサンドボックスを設定し直す</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>オンラインに戻る(&amp;O)</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>オフラインで試す(&amp;O)</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>次回起動時に EVE のサーバーに戻す</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>ローカルサンドボックスですべての機能を試せます。EVE アカウント不要</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>操作、キー、説明で検索</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>ショートカット数</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%1 件中 %n 件のショートカット</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 内</translation>
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
        <translation>組み込みサインインブラウザー %1 を読み込めませんでした: %2。Qt WebEngine ランタイムと一緒に ESI Studio を再インストールしてください。</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 はこのバージョンの ESI Studio の組み込みサインインブラウザーではありません。ESI Studio を再インストールしてください。</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>組み込みサインインブラウザー（%1）がインストールされていません。%2 を検索しました。</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>EVE SSO に接続中…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>%1 をキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>サインインには developers.eveonline.com で登録したアプリケーションのクライアント ID が必要です。［ファイル］›［設定…］（SSO クライアント ID）で入力するか、環境変数 ESI_CLIENT_ID を設定してください。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>%1 のスコープを追加</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>%n 個のスコープで %1 を再サインイン中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>%n 個のスコープで新しいキャラクターをサインイン中…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>実行中の ESI Studio（ソケット %1）が %2 秒以内に接続を受け付けませんでした</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>実行中の ESI Studio（ソケット %1）が要求を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>実行中の ESI Studio（ソケット %1）が %2 秒以内に応答しませんでした。閉じるか、--new-instance で別のウィンドウを起動してください</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>実行中の ESI Studio（ソケット %1）が要求を拒否しました: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>ローカルソケット %1 で待ち受けできません: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>比較する日付</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>変更されたオペレーション</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>オペレーション</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>日付を選んで［比較］を押してください。</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>%1 の仕様のソースがありません。</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>%1 の仕様を読み込み中…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation>（以前は %1）</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加（%1）</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除（%1）</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>変更（%1）</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>%1 から %2 までに変更されたオペレーションはありません。</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>%1 から %2: 追加 %3、削除 %4、変更 %5。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>サインインには developers.eveonline.com で登録したアプリケーションのクライアント ID が必要です。ESI_CLIENT_ID または設定ファイルの sso/clientId を設定してください。</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>サインインの応答を受け取れません: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>ブラウザーを開けませんでした。サインインするには次のアドレスを自分で開いてください: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>%n 分以内にブラウザーからサインインの応答がなかったため、ESI Studio は待機を終了しました。準備ができたらもう一度サインインしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>ログインページをもう一度開く</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>サインイン中</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>Web ブラウザーでのサインインを待っています</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Web ブラウザーで EVE SSO へのサインインを完了してください。ESI Studio は最大 %n 分間応答を待ちます。キャンセルすると待機を終了します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>新しいキャラクターでサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>スコープを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>アクセストークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>トークンのクレームを表示(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>失効させて削除(&amp;V)…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>所有者の変更を確認(&amp;O)</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>システムのキーチェーンを使用できません: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>先にキャラクターを選択してください。</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>このトークンは使用できません。キャラクターでもう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>期限切れ間近</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>次回使用時に更新</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>再サインインが必要</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>失効済み</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>サインイン後、キャラクターが別の EVE アカウントに移りました。</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · 所有者が変更</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>コーポレーション / アライアンス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>アクセストークンの期限まで</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>キャラクター管理</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>サインイン済みキャラクター</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 は再サインインが必要です: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 がサインインしました。</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 はサインインしましたが、%2 はもう許可していません。</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>サインインが完了しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>トークン使用量の推移</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>制限の使用量（直近 %1 分）</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>エラー制限</translation>
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
        <translation>監視</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>この結果を監視</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>応答の有効期限が切れるたびに（それより前には決して行わず）呼び出しを再実行し、変更点を強調表示します。変更のない応答は 304 で済みます</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>監視の状態</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>監視のスナップショット</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>以前のスナップショットとその変更点を表示</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>監視中の結果が変わったら通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>スナップショットで行が変わったらデスクトップ通知を表示</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>このスナップショットで削除された行</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 が変更されました</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>監視を停止しました。最新 %n 件のスナップショットは引き続き閲覧できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>監視を停止しました：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>first</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>値のリストに対する実行は監視できません</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>まず呼び出しを実行してください。成功した結果を監視できます</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>応答の有効期限が切れるたびに（それより前には決して行わず）呼び出しを再実行し、変更点を強調表示します。変更のない応答は 304 で済みます</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>%2 のスナップショット %1 は失敗しました：%3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>%2 のスナップショット %1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>%2 のスナップショット %1：変更なし（304 Not Modified）</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>%2 のスナップショット %1：%3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · 次回の実行 %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>スナップショット %1 で変更。以前: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>スナップショット %1 で追加</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>スナップショット %1 で変更</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio は root で実行されていますが、組み込みブラウザー（Chromium）は root ではサンドボックスの起動を拒否し、アプリケーション全体を終了させてしまいます。そのため、サインインは Web ブラウザーで続行します。アプリ内でサインインするには一般ユーザーで ESI Studio を実行してください（リスクを理解したうえで QTWEBENGINE_DISABLE_SANDBOX=1 を付けて起動することもできます）。</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>組み込みブラウザーには OpenGL が必要ですが、このディスプレイでは使用できる OpenGL が見つかりませんでした。そのため、サインインは Web ブラウザーで続行します。</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>EVE Online でサインイン</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>EVE SSO のログインページ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>前のページに戻る（%1）</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>ページを再読み込み（%1）</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>表示中のページのアドレス</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>サインインを再試行</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>このウィンドウは Cookie、キャッシュ、履歴を保持しません。閉じるとすべて忘れます。</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>代わりにシステムのブラウザーを使う(&amp;S)</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>代わりにシステムのブラウザーを使う</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>既定の Web ブラウザーでサインインします。このコンピューター上のローカルアドレス経由で ESI Studio に戻ります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>サインインを取り消す</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>サインインが完了しませんでした</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>%1 のサインインページを読み込めませんでした: %2（エラー %3）。

インターネット接続を確認してから（ローカル SSO の場合は esi-sandbox が動いているか）、再試行してください。</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>%1 への接続を検証できなかったため（%2）、ESI Studio は接続を拒否し、何も送信しませんでした。

コンピューターの日付と時刻、HTTPS 通信を検査するプロキシやセキュリティソフトを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>安全ではありません</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>%1 の証明書は拒否されました: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>%1 への暗号化接続（HTTPS）。証明書は検証済みです。</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>%1 への暗号化されていない接続（HTTP）。この方法で接続するのは esi-sandbox のようなローカル SSO だけにしてください。</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>接続のセキュリティ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>EVE SSO のログインページを読み込み中…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>接続のセキュリティ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>サインインページ</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>まず 1 ページ目。続くリクエスト数は X-Pages でわかります</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>1 ページ目に %1 件のリクエスト（言語ごとに 1 件）。続く数は X-Pages でわかります</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 件のリクエスト</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>約 %1 件のリクエスト</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1。レート制限バケットはなく、エラーのみ数えます（エラー制限）。</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · バケット %3 の約 %2 トークン（残り %4）</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>この実行では約 %1 件のリクエストを送信します。</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>残り %3 のバケット %2 から約 %1 トークンを消費します。</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>バケットが空になるたび、トークンが戻るまで実行を一時停止します。</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>開始しますか?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>この実行では約 %1 ページ（前回の実行の X-Pages）を約 %2 件のリクエストで取得します。</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>%1 ページを超えると呼び出しはエラーで停止します（設定 › リクエスト › 1 回の呼び出しの最大ページ数）。</translation>
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
        <translation>%1 ミリ秒</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
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
        <translation>操作 &lt;operation_id&gt; を続く name=value の語（esi call と同じ）で開いて実行します。ESI Studio が既に起動していればそちらで実行します。</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>--run と併用: すべてのページを取得します。</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>--run と併用: 実行が終わり全行が表に入ったら終了します。成功で 0、実行失敗で 1、開始できなければ 2 を返します（--new-instance を含みます）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>予期しない引数「%1」です。仕様は --spec FILE で開き、操作は --run OPERATION_ID name=value ... で実行します</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages と --quit-after-run には --run OPERATION_ID が必要です</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>ボディファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>ボディファイル %1 が %2 MiB を超えています。ESI のリクエストボディは数 KB です</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（%2 でビルド）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
</context>
</TS>
