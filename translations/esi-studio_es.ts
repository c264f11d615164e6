<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>no se puede cargar la especificación %1: %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>no se pudo leer la especificación incluida: %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>Parte del estado de ESI Studio no está disponible</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>No se pudo abrir «%1»</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>No se pudo leer la especificación incluida</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>Caché de respuestas: %1 Cada llamada va a la ESI.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>Estado de los límites de tasa: %1 Los límites solo se siguen en esta ventana.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>Historial de llamadas: %1 Las llamadas no se recuerdan.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>Personajes: %1 Las operaciones autenticadas no pueden ejecutarse.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent: %1 Las solicitudes llevan el User-Agent propio de ESI Studio.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>Iniciando sesión con su navegador web en su lugar</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Continúe el inicio de sesión en su navegador web.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 inició sesión con menos ámbitos</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>El nuevo inicio de sesión no concedió %1; vuelva a iniciar sesión y apruébelos para usar las operaciones que los necesitan.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>Sandbox sin conexión: %1 ESI Studio usa los servidores habituales en su lugar.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>se trajo al frente el ESI Studio ya abierto; sus servidores no cambian (inicie con --new-instance para una ventana con otros servidores)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1; abriendo una ventana nueva</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>Personaje %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>No se pudo mantener la sesión de %1</numerusform>
            <numerusform>No se pudo mantener la sesión de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>La renovación en segundo plano falló.
%1
Abra Personajes &gt; Gestionar personajes para renovar ahora cuando se resuelva el problema, o vuelva a iniciar sesión si el personaje lo necesita.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>la ventana principal no se mostró en %1 segundos</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 «%2» usa http sin cifrar hacia %3, que no es este equipo; use https, o http solo con una dirección de bucle local (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 «%2» no es una dirección de servidor; indique una URL http(s) como https://esi.evetech.net</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>Explorador de escritorio para la ESI de EVE Online</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>Abrir el documento OpenAPI de la ESI &lt;file&gt; en lugar de la especificación incluida.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>Raíz del servidor ESI (por defecto %1, o $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>Raíz del servidor EVE SSO (o $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>Salir en cuanto se muestre la ventana y se indexe la especificación (para pruebas y medir el arranque); salir con código distinto de cero si la especificación no carga.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>Abrir otra ventana aunque ESI Studio ya esté en marcha (sin esto, un segundo arranque trae al frente la ventana abierta; --quit-after-ready lo implica).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>argumento inesperado «%1»; abra una especificación con --spec ARCHIVO</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>El estado anterior en %1 no se ha movido: %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>La configuración anterior en %1 no se ha movido: %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>«%1» no es uno de los idiomas de ESI Studio (%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>Falta la traducción %1/%2.qm en esta compilación.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Los textos propios de Qt siguen en inglés: %1.qm no está en %2 (paquete de Debian qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 «%2» usa http sin cifrar hacia %3, que no es este equipo: los tokens y las respuestas cruzarían la red sin cifrar. Use https, o http solo con una dirección de bucle local (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>Inicio de sesión › El ID de cliente «%1» no puede contener espacios ni barras. Copie el ID de cliente que se muestra para su aplicación en https://developers.eveonline.com.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>Inicio de sesión › La URL de retorno «%1» no es una URL http(s) absoluta. Introduzca la URL de retorno registrada para su aplicación, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>Inicio de sesión › La URL de retorno «%1» debe apuntar a este equipo (127.0.0.1 o localhost) para que ESI Studio reciba el inicio de sesión; use %2 y registre la misma URL en su aplicación.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>Inicio de sesión › La URL de retorno «%1» no tiene puerto. Añada el puerto en el que escucha ESI Studio, como en %2.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>Inicio de sesión › El servidor SSO «%1» no es una dirección de servidor http(s). Use %2, o la dirección de esi-sandbox para trabajar sin conexión.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>Solicitudes › Correo de contacto: %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>Solicitudes › Nombre de la aplicación: %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>Solicitudes › El servidor ESI «%1» no es una dirección de servidor http(s) sin consulta ni fragmento. Use %2, la dirección de un proxy o la de esi-sandbox.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>Solicitudes › La fecha de compatibilidad «%1» no es una fecha con formato AAAA-MM-DD. Introduzca una como 2025-08-26, o déjela vacía para usar la fecha de la propia especificación.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>Solicitudes › La fecha de compatibilidad %1 está en el futuro; la ESI la rechaza. Elija %2 o una anterior.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>Solicitudes › Solicitudes simultáneas vale %1; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Caché › El límite de tamaño es %1 MiB; debe estar entre %2 y %3 MiB.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>Caché › La ubicación «%1» es una ruta relativa. Elija una carpeta absoluta, o déjela vacía para la ubicación estándar.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>Caché › La ubicación «%1» es un archivo, no una carpeta. Elija una carpeta.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>Apariencia › El idioma «%1» no es uno de los idiomas de la ESI (%2). Elija uno de ellos, o siga al sistema.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>Inicio de sesión › Servidor SSO</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>Inicio de sesión › El servidor ESI de confianza «%1» no es una dirección de servidor http(s) sin consulta ni fragmento. Déjelo vacío salvo que su propio servidor ESI deba recibir los tokens del servidor SSO.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>Inicio de sesión › Servidor ESI de confianza</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>Solicitudes › Servidor ESI</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>Solicitudes › Máximo de páginas por llamada es %1; debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Solicitudes › Respuesta más grande es %1 MiB; debe estar entre %2 y %3 MiB.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>el personaje no tiene corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>la especificación cargada no tiene un GET %1 público</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>personaje %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>El personaje también necesita uno de los roles de corporación del juego %1.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 nombra al personaje %2 en su ruta, pero la llamada iba a llevar el token del personaje %3; no se envió nada</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>el personaje %1 de la ruta</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 no tiene sesión iniciada; %2 necesita su token con el ámbito %3, así que no se envió nada. Inicie sesión con: %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>su token fue revocado</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>el SSO rechazó su token de actualización</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 necesita volver a iniciar sesión (%2); %3 necesita su token con el ámbito %4, así que no se envió nada. Vuelva a iniciar sesión con: %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>A %1 le falta el ámbito %2 que necesita %3, así que no se envió nada. Vuelva a iniciar sesión con: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 necesita un personaje con sesión iniciada con el ámbito %2, y ningún personaje tiene sesión iniciada. Inicie sesión con uno con: %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 necesita un personaje con sesión iniciada con el ámbito %2; los personajes que lo tienen (%3) necesitan volver a iniciar sesión. Vuelva a iniciar sesión con uno con: %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 necesita un personaje con sesión iniciada con el ámbito %2: ningún personaje con sesión iniciada tiene el ámbito %3. Inicie sesión con uno con: %4</translation>
    </message>
    <message>
        <source>corporation %1</source>
        <translation>corporación %1</translation>
    </message>
    <message>
        <source>alliance %1</source>
        <translation>alianza %1</translation>
    </message>
    <message>
        <source>what corporation %1 belongs to is not known (ESI&apos;s /characters/%2/ could not be read), so it cannot be checked against %3 of the path; nothing was sent. Try again when ESI answers</source>
        <translation>no se sabe a qué corporación pertenece %1 (no se pudo leer /characters/%2/ de ESI), así que no se puede comparar con %3 de la ruta; no se envió nada. Inténtelo de nuevo cuando ESI responda</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 no es miembro de %2 de la ruta; ESI solo responde a %3 con el token de un miembro, así que no se envió nada. Deje sin elegir el personaje para usar un miembro con sesión iniciada</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>A %1 de %2 le falta el ámbito %3 que necesita %4, así que no se envió nada. Vuelva a iniciar sesión con: %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>ningún personaje tiene sesión iniciada</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>con sesión iniciada, pero no miembros: %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 necesita un miembro de %2 con sesión iniciada y el ámbito %3, y ninguno la tiene (%4), así que no se envió nada. Inicie sesión con un miembro con: %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>se eligió el personaje %1, pero la ruta nombra character_id=%2; ESI solo acepta el token de ese personaje, así que no se envió nada. Deje sin elegir el personaje (decide la ruta) o haga que coincidan</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ninguno indicado)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>No se puede crear la carpeta de bloqueos de token %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>No se puede abrir el bloqueo de token %1: %2. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>No se puede bloquear %1: %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>Otro proceso de ESI Studio (la aplicación o un comando esi) retiene el token del personaje %1 desde hace más de %2 segundos (bloqueo %3); inténtelo de nuevo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 se canceló</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>no hay ninguna especificación cargada</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>el idioma &apos;%1&apos; no es uno de los idiomas de la ESI %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%n problema en la llamada a %1</numerusform>
            <numerusform>%n problemas en la llamada a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ninguno indicado)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 necesita un personaje con sesión iniciada con el ámbito %2</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 necesita un personaje con sesión iniciada con el ámbito %2; inicie sesión con uno y elíjalo para la llamada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>no hay token de acceso</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>operación &apos;%1&apos; desconocida en la especificación %2</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation>; enumérelas con &apos;esi spec ops&apos;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; ¿quería decir %1?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>Una estructura o un objeto (un contenedor, una nave): /universe/names no nombra ninguno de los dos; el nombre de una estructura se obtiene con /universe/structures/{structure_id} y un token.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>Una ubicación especial (como la seguridad de activos) que /universe/names no nombra.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>Una oficina o carpeta dentro de una estación: /universe/names no la nombra.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>Un cuerpo celeste o una puerta estelar: /universe/names no lo nombra.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>Fuera de los rangos de ID que /universe/names puede nombrar.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>No es un ID: cero o negativo.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>No es un ID de entidad de EVE.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>Mayor que cualquier ID de tipo.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>Fuera de los rangos de ID de personajes, corporaciones, alianzas y facciones.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>Fuera del rango de ID de facciones (500.000 a 999.999).</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>Fuera del rango de ID de sistemas solares (30.000.000 a 32.999.999).</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>Fuera del rango de ID de constelaciones (20.000.000 a 22.999.999).</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>Fuera del rango de ID de regiones (10.000.000 a 12.999.999).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>no hay dispositivo de salida al que exportar</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>no se puede exportar a %1: no está abierto para escritura</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>no se puede exportar a %1: no está abierto para escritura (%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>no se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>el dispositivo de salida</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>formato de exportación &quot;%1&quot; desconocido; use uno de: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(ninguno indicado)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>ningún personaje conectado tiene los scopes %1 que necesita %2 (%n personaje conectado); conecta uno con: %3</numerusform>
            <numerusform>ningún personaje conectado tiene los scopes %1 que necesita %2 (%n personajes conectados); conecta uno con: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>Todas las llamadas fallaron; la primera, %1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 hechas, %2 fallidas, %3 pendientes</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>solo un parámetro de ruta o de consulta puede tomar una lista de valores</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 ya tiene una lista de valores; da una lista por parámetro</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 tiene %2 valores; una lista puede tener como máximo %3 (divídela en varias ejecuciones)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 tiene una lista de valores vacía; da al menos uno</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>las listas harían %1 llamadas; una ejecución puede hacer como máximo %2 (acorta una lista)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>una lista de valores guardada está dañada o es demasiado larga</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>cancelada antes de enviarse</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>OpenSSL no dio detalles</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>el miembro &apos;%1&apos; falta o no está en base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL rechazó la clave: %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>no se pueden leer n/e: %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>la clave RSA tiene %1 bits; se necesitan al menos 2048</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>no se pueden construir los parámetros RSA: %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>la curva EC &apos;%1&apos; no es P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>las coordenadas P-256 deben tener 32 bytes cada una (x tiene %1, y tiene %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>la clave &apos;%1&apos; es para &apos;%2&apos;, no para firmas</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>el tipo de clave &apos;%1&apos; no es compatible (solo RSA y EC)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>la clave &apos;%1&apos; no se puede usar: %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>no hay clave</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>el algoritmo %1 no corresponde a la clave &apos;%2&apos; de tipo %3</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>la clave &apos;%1&apos; se publica para %2, pero el token indica %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>una firma ES256 debe tener 64 bytes (r || s); esta tiene %1</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>no se puede iniciar la verificación: %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>la firma no coincide con la clave &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>no es JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>no hay matriz &quot;keys&quot;</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>El SSO no publica la clave de firma &apos;%1&apos; y sus claves se obtuvieron hace menos de un minuto, así que aún no se vuelven a obtener.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>no se conoce ninguna URL de JWKS</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>la respuesta no es un JWKS: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>No se pueden obtener las claves de firma del SSO desde %1: %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>El SSO no publica la clave de firma &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>El sujeto &apos;%1&apos; del token no es un personaje de EVE (se esperaba CHARACTER:EVE:&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>El token del personaje %1 no tiene hash de propietario (claim `owner`).</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>El claim `scp` del token no es ni una cadena ni una matriz de cadenas.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>El claim `aud` del token no es ni una cadena ni una matriz de cadenas.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>El token no tiene una caducidad utilizable (claim `exp`: segundos desde 1970, hasta el año 9999).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>La hora de emisión del token (claim `iat`) no son segundos desde 1970 hasta el año 9999.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>El inicio de validez del token (claim `nbf`) no es un número.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is probably behind by more than the %1 allowed: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true) and try again.</source>
        <translation>Es probable que el reloj de este equipo vaya retrasado más de los %1 permitidos: ajuste el reloj del sistema (active la hora automática, p. ej. timedatectl set-ntp true) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>El token de acceso no es un JWT (se esperaban tres partes separadas por puntos, se encontraron %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>La cabecera del token de acceso no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>El token de acceso no está firmado (alg &apos;%1&apos;); nunca se aceptan tokens sin firma.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>El token de acceso está firmado con %1; solo se aceptan RS256 y ES256.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>El token de acceso nombra la clave de firma &apos;%1&apos;, que el SSO no publica.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>La clave de firma del SSO no se puede usar: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>El algoritmo del token de acceso no corresponde a su clave: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>La firma del token de acceso no está en base64url.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>La firma del token de acceso no es válida: %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>La carga útil del token de acceso no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>El token de acceso lo emitió &apos;%1&apos;, no %2.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>El token de acceso se emitió para otra aplicación (su audiencia no incluye el ID de cliente %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>La audiencia del token de acceso no incluye &quot;EVE Online&quot;, así que no es un token del EVE SSO.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>El token de acceso caducó a las %1 (ahora %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>El token de acceso dice haberse emitido a las %1, %2 después de la hora de este equipo (%3). %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>El token de acceso solo es válido desde las %1, %2 después de la hora de este equipo (%3). %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>Se denegó el acceso al llavero del sistema al %1. Permita que ESI Studio use el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>El llavero del sistema no está disponible al %1 (%2). ESI Studio guarda los tokens solo en el llavero, nunca en archivos sin cifrar: inicie y desbloquee su anillo de claves (GNOME Keyring, KWallet u otro Secret Service) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>El llavero del sistema no respondió con claridad al %1: puede que esté bloqueado. Desbloquee su anillo de claves e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>leer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>guardar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>borrar &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>La URL de retorno %1 no es una dirección http://127.0.0.1 ni http://localhost, así que aquí no se puede recibir la respuesta del navegador. Registre una URL de retorno así (por ejemplo %2) en la aplicación e indíquela en la configuración.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>No se puede escuchar la respuesta del inicio de sesión en 127.0.0.1:%1: %2. Cierre el programa que usa ese puerto o registre otro puerto de retorno.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names de ESI no conoce este ID (respondió 404).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>La especificación no tiene POST /universe/names (PostUniverseNames) al que preguntar.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>Se canceló la búsqueda de nombres.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>La respuesta de ESI a POST /universe/names no es una lista de {id, name, category} para los ID pedidos.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI respondió 404 más de %1 veces; los ID restantes no se preguntaron, para no agotar el límite de errores (¿es correcta la URL base?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names falló: %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names de ESI no conoce este ID (respondió 404).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI respondió a POST /universe/names sin este ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(sin ruta)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>No se encontró esi-sandbox en %1. Se compila con ESI Studio y se instala junto al ejecutable esi-studio; reinstale ESI Studio o compile el objetivo esi-sandbox.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox mostró «%1» en lugar de su dirección; puede que sea otra versión que la de este ESI Studio. Reinstale ESI Studio.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>No se pudo iniciar esi-sandbox (%1): %2. Compruebe que el archivo sea ejecutable.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox se bloqueó.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox se detuvo con el código de salida %1: %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox (%1) no respondió en el tiempo permitido. Ejecútelo a mano con «esi-sandbox --port 0» para ver por qué.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>límite de errores de la ESI</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>grupo de límite de tasa %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>sin respuesta completa de %1 en %2 s</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>no se pudo contactar con %1: %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>reintento tras una respuesta cortada</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>la respuesta de %1 se cortó %2 veces (%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>El límite de errores de la ESI está agotado (HTTP 420); no se envía ninguna solicitud hasta que se reinicie en %1 s</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%1 tras %2 intentos</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>reintento tras HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>la ESI limitó la tasa (HTTP 429) %n vez; inténtelo más tarde</numerusform>
            <numerusform>la ESI limitó la tasa (HTTP 429) %n veces; inténtelo más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>la ESI limitó la tasa (HTTP 429) %n vez sin Retry-After; inténtelo más tarde</numerusform>
            <numerusform>la ESI limitó la tasa (HTTP 429) %n veces sin Retry-After; inténtelo más tarde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 respondió HTTP %2</translation>
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
        <translation>%1 debe ser mayor que %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 está por debajo del mínimo %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 debe ser menor que %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 supera el máximo %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 no es un entero</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 está fuera del rango int64 %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 está fuera del rango int32 %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 no es un booleano; escriba true o false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 no es una fecha; escriba AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 no es una fecha y hora; escriba AAAA-MM-DDThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 tiene %2 caracteres, se necesitan al menos %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 tiene %2 caracteres, se permiten como máximo %3</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 no coincide con el patrón %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>falta el parámetro obligatorio &apos;%1&apos; (%2 %3); añada %1=&lt;valor&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; lo establece el propio ESI Studio (idioma, validadores de caché, fecha de compatibilidad, tenant y token vienen de las opciones de la llamada); quítelo</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>un cuerpo JSON</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 y un cuerpo JSON</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>parámetro &apos;%1&apos; desconocido; %2 acepta %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>ningún parámetro</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; ¿quería decir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before y after se excluyen mutuamente; indique solo uno</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1: %n elemento dado, se necesitan al menos %2</numerusform>
            <numerusform>%1: %n elementos dados, se necesitan al menos %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1: %n elemento dado, se permiten como máximo %2</numerusform>
            <numerusform>%1: %n elementos dados, se permiten como máximo %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 elemento %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1: %2 aparece más de una vez; los elementos deben ser únicos</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body: %1 no acepta cuerpo de solicitud; quítelo</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body: %1 necesita un cuerpo de solicitud JSON (%2); añada body=&lt;json&gt;</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body: JSON no válido en la posición %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body: contiene %n valor JSON separado por comas; indique exactamente uno</numerusform>
            <numerusform>body: contiene %n valores JSON separados por comas; indique exactamente uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body: %n problema más sin mostrar</numerusform>
            <numerusform>body: %n problemas más sin mostrar</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null no está permitido; se esperaba %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se recibió %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>%n elemento dado, se necesitan al menos %1</numerusform>
            <numerusform>%n elementos dados, se necesitan al menos %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>%n elemento dado, se permiten como máximo %1</numerusform>
            <numerusform>%n elementos dados, se permiten como máximo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 aparece más de una vez; los elementos deben ser únicos</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2: falta una propiedad obligatoria</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; no es una asignación de parámetro; escriba nombre=valor (p. ej. region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>no es una matriz JSON válida (%1 en la posición %2); escriba [1, 2, 3] o 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 redirigió la solicitud más de %2 veces (¿un bucle de redirecciones?), así que se detuvo.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 respondió HTTP %2, una redirección a otro servidor (%3). No se siguió, así que no se envió ninguna credencial allí. Compruebe las direcciones de los servidores ESI y SSO.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 respondió con una redirección a otro servidor (%2). No se siguió, así que no se envió ninguna credencial allí. Compruebe las direcciones de los servidores ESI y SSO.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>el parámetro de cabecera &apos;%1&apos; contiene un salto de línea o un carácter NUL, que añadiría cabeceras propias; escriba el valor en una sola línea</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>el parámetro de ruta &apos;%1&apos; está vacío, lo que cambiaría la ruta de la solicitud; escriba un valor</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>el parámetro de ruta &apos;%1&apos; es &apos;%2&apos;, lo que enviaría la solicitud a otra ruta; escriba el valor en sí (un ID o un nombre)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>el servidor respondió «X-Pages: %1», que no es un número de páginas (un entero de 1 a 2147483647); no se obtuvo nada más allá de la página 1. El servidor o un proxy intermedio envió una cabecera rota.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>el servidor respondió «X-Pages: %1», más que el límite de %2 páginas por llamada; no se obtuvo nada más allá de la página 1. Si de verdad las quiere, suba el límite con esi call --max-pages o en Ajustes › Solicitudes › Máximo de páginas por llamada.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 respondió HTTP %2 con Content-Type %3 en lugar de JSON; los primeros bytes: %4. Puede que una página de mantenimiento o un proxy esté respondiendo en lugar de ESI.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 respondió HTTP %2 con un cuerpo vacío en lugar de JSON (Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 respondió HTTP %2 con un cuerpo que no es JSON (Content-Type %3, %4 en el byte %5); los primeros bytes: %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>la respuesta de %1 desde %2 anunciaba %3 bytes (Content-Length), más que el tamaño máximo de respuesta de %4; no se descargó.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>la respuesta de %1 desde %2 superó el tamaño máximo de respuesta de %3; se detuvo la descarga.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>Si espera una respuesta tan grande, suba el límite con esi call --max-response-size (p. ej. 256M) o en Ajustes › Solicitudes › Respuesta más grande.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 respondió HTTP 304 Not Modified a una solicitud sin validadores de caché (If-None-Match, If-Modified-Since): no hay nada en caché que revalidar, así que no hay respuesta. El servidor o un proxy intermedio respondió mal; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>el resultado seguía apuntando a más páginas más allá del límite de %1 páginas por llamada; se detuvo el recorrido. Si de verdad quiere más, suba el límite con esi call --max-pages o en Ajustes › Solicitudes › Máximo de páginas por llamada.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>las filas se emparejan por %1, único en cada instantánea</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>las filas se comparan enteras: no tienen ninguna columna *_id</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>las filas se comparan enteras: ninguna columna *_id es única (%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>las filas se comparan enteras: varias columnas *_id son únicas (%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>Aún no se ha preguntado.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run necesita un ID de operación, p. ej. --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run admite como máximo %1 valores</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>no se puede ejecutar %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>supera los %1 nodos al expandir sus $ref</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>se anida a más de %1 niveles</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>el esquema %1 %2 (alcanzado a través de %3): sus $ref se ramifican demasiado para expandirlos. Revise los $ref bajo %4 en %5; las vistas que resuelven bajo demanda (el árbol del esquema, las comprobaciones de valores) siguen funcionando</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>el esquema</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; usa http sin cifrar hacia %3, que no es este equipo: los tokens y las respuestas cruzarían la red sin cifrar. Use https, o http solo con una dirección de bucle local (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>El servidor de ESI</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 No se envió ningún token.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>El personaje inició sesión con el SSO de %1, cuyos tokens pertenecen a %2, no al servidor de ESI %3; no se envió ningún token allí. Llame a %2, inicie sesión con el personaje en el SSO propio de %3 o confíe explícitamente en %3 para los tokens de %1 (ajuste sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL o esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>El personaje inició sesión con el SSO de %1, pero el SSO en uso ahora es %2; su token de actualización solo vuelve a %1, así que no se envió nada. Use de nuevo %1 (--sso-url, ESI_SSO_URL o la configuración de inicio de sesión) o inicie sesión con el personaje en %2.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadida</numerusform>
            <numerusform>%n añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>no se puede leer la especificación: %1; compruebe la ruta y los permisos</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>ciclo de $ref: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>$ref %1 irresoluble</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 sin comparar: %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 cambió: %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>parámetro eliminado: %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>el parámetro %1 ahora es obligatorio</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>el parámetro %1 ahora es opcional</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>parámetro %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>parámetro añadido: %1 %2 (obligatorio)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>parámetro añadido: %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>estado de éxito %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>esquema de la respuesta</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(pública)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>ámbitos: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>ahora obsoleta</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>ya no está obsoleta</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>De %1 a %2: %3 añadidas, %4 eliminadas, %5 cambiadas</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>en la operación %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>JSON mal formado: %1; corrija el documento o vuelva a obtenerlo</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>una lista /meta/compatibility-dates</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>un documento /meta/status</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>un JSON Web Key Set</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>OpenAPI versión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>Swagger versión &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>un objeto JSON vacío</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>un objeto JSON con las claves %1</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>se esperaba un documento OpenAPI 3.x o Swagger 2.0 (un objeto JSON), se recibió una matriz JSON</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>se esperaba un documento OpenAPI 3.x o Swagger 2.0 (un objeto JSON), se recibió un valor JSON suelto</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>se esperaba un documento OpenAPI 3.0/3.1 o Swagger 2.0, se recibió %1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>el documento no tiene objeto &quot;paths&quot;, así que no describe ninguna operación</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>la ruta &quot;%1&quot; no empieza por &quot;/&quot;; toda ruta debe hacerlo, o cambiaría el servidor al que va la solicitud. Corríjala o quítela de la especificación</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>una operación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>operationId &quot;%1&quot; duplicado; cada operación necesita el suyo</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1; el documento no lo define (referenciado desde %2)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>un parámetro necesita &quot;name&quot; e &quot;in&quot; con path, query, header o cookie (se recibió in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>la lista de fechas de compatibilidad</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>respuesta inesperada: %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>la especificación del %1</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>no se pudo obtener %1 (%2); compruebe la URL base de la ESI y su conexión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; no es una fecha de compatibilidad; use el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>Una exportación SQLite necesita un archivo donde escribir (con esi: --out ARCHIVO.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>No se puede crear un archivo temporal junto a %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>No se puede leer %1 para añadirle una ejecución: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 existe y no es una base de datos SQLite; se dejó como estaba. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>No se puede copiar %1 para añadirle una ejecución: %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>exportación SQLite</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>No se puede empezar a escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 tiene una tabla esi_runs sin columna %2, así que no lo escribió una exportación de ESI Studio; exporte a otro archivo.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>No se puede registrar la ejecución en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>No se puede leer la exportación terminada para %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>base de datos de tokens</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>estado de los límites</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>caché de respuestas</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>No se indicó ningún nombre de archivo para: %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>No se puede crear la carpeta %1 (%2). Compruebe que la ruta no es un archivo y que puede escribir allí, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>La carpeta %1 (%2) no admite escritura. Corrija sus permisos o elija otra ubicación.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>No se puede leer %2 (%1): %3. Corrija sus permisos o muévalo.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) no es una base de datos SQLite (dañada, o escrita por otro programa). No se modificó; muévala o bórrela y se creará una nueva en el próximo inicio.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>No se puede crear %2 (%1). Compruebe que puede escribir allí, o elija otra ubicación.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está disponible, así que no se puede abrir %1. Instale el complemento SQLite de Qt SQL.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>No se puede abrir %2 (%1): %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) no se puede leer como base de datos SQLite (%3). No se modificó; muévalo o bórrelo y se creará uno nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>No se puede cambiar %2 (%1) al modo WAL: %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>No se puede bloquear %2 (%1): %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%2 (%1) lo escribió un ESI Studio más reciente (formato %3, este lee el %4). Use la versión más reciente o borre el archivo para empezar de cero.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no el archivo %2 de ESI Studio. No se modificó; elija otro archivo.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>No se pueden crear las tablas de %2 (%1): %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite se negó a modificar la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>No se puede leer la tabla %1: %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>El archivo ya tiene una tabla %1 sin columna %2, así que no lo escribió una exportación de ESI Studio; exporte a otro archivo.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>La tabla %1 tendría más de %2 columnas; SQLite no puede contenerlas. Exporte como CSV o JSON.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>La columna %1 de la tabla %2 es %3 en el archivo, pero %4 en este resultado; exporte a un archivo nuevo.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>No se puede escribir en la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>No se puede escribir una fila en la tabla %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>El SSO de %1 indica %2 como punto de conexión, en otro servidor; no se envía ningún token allí.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>No se pudo contactar con el SSO para %1: %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>El SSO rechazó la autorización para %1 (invalid_grant%2): ha caducado, ya se usó o se revocó. Vuelva a iniciar sesión con el personaje.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>El SSO rechazó %1 con %2%3.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>El SSO respondió HTTP %1 a %2.</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>La respuesta del SSO a %1 no tiene access_token; no es una respuesta de token OAuth.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>Se rechazó el token de acceso de %1: %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> Un token que el SSO acaba de emitir solo parece caducado si el reloj de este equipo va adelantado: ajuste el reloj del sistema (active la hora automática, p. ej. timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> Se conservó el token de actualización renovado, así que el inicio de sesión no se pierde.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>el intercambio del código de inicio de sesión</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>la actualización del token</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>la revocación del token</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>El documento de descubrimiento del SSO %1 no es un objeto JSON (%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>tipo incorrecto</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>El SSO de %1 no ofrece PKCE S256 (no figura en code_challenge_methods_supported), que una aplicación de escritorio necesita para iniciar sesión sin secreto de cliente.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>Este inicio de sesión ya se había iniciado; inicie uno nuevo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>El inicio de sesión se canceló en el EVE SSO (acceso denegado).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>El EVE SSO rechazó el inicio de sesión: %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>La respuesta del inicio de sesión no trae código de autorización.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>El EVE SSO no devolvió token de renovación, así que el inicio de sesión no puede conservarse.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>La respuesta de inicio de sesión no pertenece a este inicio de sesión (su state no coincide), así que se rechazó. Puede que otro programa intentara inyectar un inicio de sesión; vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>No hay ningún ID de cliente del SSO. Registre una aplicación en https://developers.eveonline.com e introduzca su ID de cliente en la configuración.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>La URL de retorno del SSO &apos;%1&apos; no es una URL absoluta. Use la URL de retorno registrada en la aplicación, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>La URL base del SSO &apos;%1&apos; no es una URL http(s). Use %2, o la dirección de esi-sandbox para trabajar sin conexión (configuración o ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>La URL base del SSO</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>La URL de ESI de confianza</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>El ámbito &apos;%1&apos; no es un único nombre de ámbito; indique los ámbitos uno a uno, como esi-assets.read_assets.v1.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>No se puede leer la base de datos de tokens %1: %2. Corrija sus permisos.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>La base de datos de tokens %1 no es una base de datos SQLite (dañada, o escrita por otro programa). No se modificó; muévala para empezar con una lista de tokens vacía, o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>No se puede abrir la base de datos de tokens %1: %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>La base de datos de tokens %1 está dañada (%2). No se modificó; muévala para empezar con una lista de tokens vacía (los personajes deberán iniciar sesión de nuevo), o restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>La base de datos de tokens %1 tiene una versión de esquema ilegible (%2). No se modificó.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 es una base de datos SQLite de otro programa (tablas %2), no una base de datos de tokens de ESI Studio. No se modificó; elija otro archivo.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>La base de datos de tokens %1 tiene la versión de esquema %2, escrita por un ESI Studio más reciente (este conoce hasta la %3). No se modificó; actualice ESI Studio.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>No se puede bloquear la base de datos de tokens %1 para comprobar su esquema: %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>La actualización de la base de datos de tokens %1 a la versión de esquema %2 falló (%3); se revirtió y quedó como estaba.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>No se puede guardar el esquema de la base de datos de tokens en %1: %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>La base de datos de tokens no está abierta.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>No se puede guardar el token del personaje %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>No se puede guardar la versión del token del personaje %1 en %2: %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>No se puede quitar el token del personaje %1 de %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>no se puede crear la carpeta de datos %1 (asigne otra carpeta a ESI_STUDIO_DATA_DIR)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>personaje %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>El resultado del inicio de sesión está incompleto (sin personaje o sin tokens); no se guardó nada.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>No se guardó el inicio de sesión de %1: %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> Tampoco se pudo restaurar el llavero: %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>No hay ningún token guardado para el personaje %1; inicie sesión con el personaje primero.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>El token de %1 necesita un nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>El token de %1 necesita un nuevo inicio de sesión: %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>El token de %1 se revocó; vuelva a iniciar sesión con el personaje para usarlo.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>Al token de %1 le falta el ámbito %2; vuelva a iniciar sesión con el personaje y concédalo.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>Al token de %1 le faltan los ámbitos %2; vuelva a iniciar sesión con el personaje y concédalos.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>No se revocó el token: %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>El token se revocó en el SSO, pero no se pudieron borrar sus secretos: %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>No se pudo revocar el token: %1 No se cambió nada.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>No se quitó el personaje %1: %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>No hay ningún token guardado para el personaje %1.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>El token del personaje %1 necesita un nuevo inicio de sesión: %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>El personaje %1 se quitó mientras tanto.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>El SSO respondió a la actualización del personaje %1 con un token del personaje %2; no se usó.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>El personaje %1 volvió a iniciar sesión mientras se actualizaba su token; se conservó el nuevo inicio de sesión y se descartó esta actualización. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>El personaje %1 se quitó mientras se actualizaba su token.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>no hay ningún personaje con sesión iniciada; inicie sesión con uno con el ámbito %1</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>los personajes con el ámbito %1 (%2) necesitan un nuevo inicio de sesión</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>ningún personaje con sesión iniciada tiene el ámbito %1; inicie sesión con un personaje y concédalo</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>ningún personaje con sesión iniciada tiene los ámbitos %1; inicie sesión con un personaje y concédalos</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>nombre de la aplicación</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>versión de la aplicación</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>correo de contacto</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>URL del código fuente</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 contiene un carácter de control (U+%2) en la posición %3; quítelo</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 «%2» contiene %3, que un token de producto del User-Agent no admite; use letras, dígitos, «.», «_» o «+»</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>versión de la aplicación «%1» indicada sin nombre de aplicación; indique también el nombre</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>el correo de contacto «%1» no es una dirección de correo; se espera algo como usted@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>la URL del código fuente «%1» no es una URL http(s) absoluta; se espera algo como https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>esperando %1 por el bucket %2: %3 de %4 tokens</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>esperando %1 por el bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>esperando %1 por el Retry-After de un HTTP 429</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>esperando %1 por el Retry-After de un HTTP 429 en el bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>esperando %1 por el límite de errores de la ESI: un HTTP 420 detuvo los envíos hasta que se reinicie la ventana</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>esperando %1 por el límite de errores de la ESI: quedan %2 errores en la ventana, los envíos se detienen en %3</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>esperando %1 para reintentar tras HTTP %2</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>esperando %1 para reintentar tras una respuesta cortada</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>esperando %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n ejecución seguida falló; la última decía: %1</numerusform>
            <numerusform>%n ejecuciones seguidas fallaron; la última decía: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>Acerca de ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>Icono de ESI Studio</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>Copiar las versiones de ESI Studio, Qt, QtKeychain, OpenSSL y del sistema para un informe de error</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>Explore la ESI de EVE Online: recorra cada operación de una especificación, ejecútela, examine y exporte el resultado vigilando los límites de tasa y de errores.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>Especificación: %1, fecha de compatibilidad %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>Especificación: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>Se quitó el token de acceso del portapapeles.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Renovando el token de %1…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>Se renovó el token de acceso de %1.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 necesita volver a iniciar sesión («Añadir ámbitos» lo hace de nuevo): %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>No se renovó el token de %1: %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>No se copió ningún token de acceso: %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>Hay un token de acceso reciente de %1 en el portapapeles (válido hasta %2). El portapapeles se vacía en %3 salvo que copie otra cosa.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>No se pueden mostrar los claims: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 de red</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en caché</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>Fecha de la espec.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servido</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>No se puede leer el historial de llamadas %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>No se puede preparar el historial de llamadas %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>Cancelado mientras se decodificaban las filas.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>Servido desde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
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
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>Aún no hay llamadas: rellene los parámetros y pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Ejecutando %1…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 páginas · %2 filas · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>revalidado (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>vigente desde la caché</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>Vigente desde la caché: respondido antes de Expires sin solicitud. Revalidado: la copia en caché se confirmó con un 304 Not Modified. Red: una respuesta 200 completa.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 distintos (uno por página)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>Primera página: %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(las páginas difieren)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 solicitudes</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 reintentos</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>esperó %1 por los límites</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>se volvió a obtener %1× porque los datos cambiaron durante la descarga</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Caduca en</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>Hasta %1 la ESI sirve los mismos datos; si se pide antes, responde la caché sin solicitud.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>hace %1; la próxima ejecución revalida</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>Detalles del personaje</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>Ámbitos del personaje seleccionado</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>No hay ningún personaje con sesión iniciada. Use «Iniciar sesión con un personaje nuevo» para añadir uno.</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>Seleccione un personaje para ver su token.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (personaje %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>Corporación / alianza: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;Aviso:&lt;/b&gt; el personaje pasó a otra cuenta de EVE desde su primer inicio de sesión (cambió el hash del propietario). Compruebe que sigue siendo su personaje y confírmelo.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>Personaje cuyo token se usa</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>Requisito de personaje</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>Iniciar sesión con el ámbito necesario</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>Ruta pública: no hace falta personaje.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>cualquier ámbito</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>Necesita un personaje con sesión iniciada con %1.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>Ningún personaje con sesión iniciada tiene %1.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Iniciar sesión con %1…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>Abre EVE SSO solicitando %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>necesita %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>¿Revocar y quitar %1?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>El token de %1 se revoca en EVE SSO y se borra del llavero. Después, las llamadas como este personaje necesitarán un nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>Confirmar revocar y quitar</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>Revocar y quitar</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>Revocando el token de %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 no se quitó: %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>¿Quitar %1 sin revocar?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>No se pudo revocar el token de %1 en EVE SSO: %2

¿Quitarlo de ESI Studio de todos modos? La autorización sigue siendo válida en EVE SSO hasta que caduque o la revoque en https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>Confirmar quitar sin revocar</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Quitar de todos modos</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>El token de %1 se revocó pero no se quitó: %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>El token de %1 se revocó en EVE SSO y se quitó.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 se quitó de ESI Studio; su autorización sigue siendo válida en EVE SSO hasta que caduque o se revoque allí.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>Sin gráfico: el resultado no tiene filas.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>Sin gráfico: el resultado no tiene ninguna columna de fecha o de fecha y hora.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>Sin gráfico: el resultado no tiene ninguna columna numérica (los ID no cuentan).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>no se pudieron restringir sus permisos a usted</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>no se pudo dibujar el gráfico como PNG</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>no se pudo dibujar el gráfico como SVG</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Columna de tiempo</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>Columnas de valores que se dibujan</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>Marque las columnas que se dibujarán como líneas</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Guardar el gráfico como dibujo SVG</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>&amp;Eje de tiempo:</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Lí&amp;neas:</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Guardar el gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>Gráfico del resultado a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>Fecha de compatibilidad</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>Fecha de &amp;compatibilidad</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>La versión de la API que el explorador muestra y usa al llamar (X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>Actualizar la lista de fechas</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>Volver a pedir a la ESI sus fechas de compatibilidad</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>Estado de la fecha de compatibilidad</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>no listada por la ESI</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1 (desde archivo)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>Cargando fechas…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>%n fecha de la ESI</numerusform>
            <numerusform>%n fechas de la ESI</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>Sin conexión: solo fechas en caché e incluidas</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Cargando la especificación %1…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 resuelta como %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 cargada desde el disco</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 descargada</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>no hay ninguna fuente de especificación disponible</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>No se pudo cargar %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>Copiar como curl (token oculto)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>Copiar como curl con el token de acceso…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>Copiar como comando esi</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Copiar como Python (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>Copiar como Python con el token de acceso…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>Copiar como JavaScript (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>Copiar como JavaScript con el token de acceso…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>No se puede ejecutar desde la línea de comandos</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>No se puede ejecutar %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>No se puede ejecutar %1: no se envió nada</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>La especificación mostrada (%1) no tiene la operación «%2». Los ID de operación distinguen mayúsculas, p. ej. GetMarketsRegionIdOrders; «esi spec ops» los lista.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>Escribiendo %1 filas en %2…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>Escribir al lado un archivo de procedencia (operación, parámetros, fecha, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Empezar con una marca de orden de bytes UTF-8 (para Excel)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exportar el resultado</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — campos anidados como columnas con puntos, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — tal como se recibió, páginas unidas en un array</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — una fila por línea</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>Los %1 idiomas (las filas llevan un campo «language»)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>Escribir procedencia</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Marca de orden de bytes</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Qué se exporta</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%1 filas de %2 páginas de %3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Arch&amp;ivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Archivos %1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija un archivo de destino.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 es una carpeta; añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>Escribir tal cual las celdas que empiezan por = + - @ (una hoja de cálculo podría ejecutarlas como fórmulas)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>Celdas tal cual</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>Desactivado (recomendado): las celdas de texto que empiezan por =, +, -, @, un tabulador o un retorno de carro llevan un apóstrofo (&apos;) delante, para que abrir el archivo nunca ejecute una fórmula enviada por el servidor. Los números nunca se cambian.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>Añadir un nombre junto a cada columna de ID de EVE (type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Añadir nombres</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>Los nombres que ESI Studio conoce de /universe/names; un ID sin nombre (una estructura, un objeto) recibe un nombre vacío</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — una tabla por operación, campos de matriz en tablas hijas; un archivo existente recibe una ejecución más</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Exportación cancelada; %1 quedó como estaba.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>Se exportaron %1 filas a %2</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (procedencia en %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>No hay filas que exportar.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>La exportación se escribió, pero su archivo de procedencia no: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>Llamadas fallidas de la lista</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%1 de %2 llamadas fallaron</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>Asistente de primer inicio</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>Bienvenido a ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio explora la ESI de EVE Online: recorra cada operación, ejecute llamadas con todas sus páginas, vigile los límites de tasa y exporte los resultados.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>Las páginas siguientes configuran el inicio de sesión y cómo se presentan sus solicitudes. Todo puede cambiarse después en Archivo › Ajustes, y este asistente puede volver a abrirse desde el menú Ayuda.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>&amp;Iniciar sesión con EVE: registrar una aplicación e introducir su ID de cliente</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>Iniciar sesión con EVE</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID de cliente SSO</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>vacío: solo operaciones públicas, iniciar sesión más tarde</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Problema con el ID de cliente</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>&amp;Probar sin conexión: una ESI sandbox local con personajes de prueba, sin cuenta de EVE</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Probar sin conexión</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>La sandbox (esi-sandbox, instalada con ESI Studio) responde a cada operación con datos generados e inicia sesión con personajes de prueba como «Sandbox Pilot». La barra de estado lo indica mientras la usa, con una forma de volver.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>Su correo de contacto</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Vista previa del User-Agent</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>Problema con el correo de contacto</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Correo de &amp;contacto:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP pide a cada cliente de la ESI que indique quién lo usa, para poder escribirle en lugar de bloquear su tráfico. La dirección va en la cabecera User-Agent de cada solicitud; déjela vacía para enviar solo el nombre de ESI Studio.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio arranca en la sandbox sin conexión. Inicie sesión con «Sandbox Pilot» u otro personaje de prueba desde el selector de personajes. Vuelva a conectarse desde la barra de estado cuando haya registrado una aplicación.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>Aún no hay ID de cliente: las operaciones públicas ya funcionan; añada el ID de cliente en Archivo › Ajustes para iniciar sesión con personajes.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>Las solicitudes se presentan como: %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>Inicie sesión con personajes desde el selector de personajes; la página de acceso de EVE se abre en la ventana de inicio de sesión de ESI Studio, que también ofrece usar el navegador del sistema.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>todas las páginas</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>esta página</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>todos los idiomas</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Comparar llamadas</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparar %1</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Resultado de la comparación</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>Páginas pedidas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Fecha de compatibilidad</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>ETag (page 1)</source>
        <translation>ETag (página 1)</translation>
    </message>
    <message>
        <source>Last-Modified (page 1)</source>
        <translation>Last-Modified (página 1)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>Vigente desde la caché</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>Revalidado (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>Bytes por la red</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>Datos (SHA-256 de los cuerpos)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>No comparable: al menos una de las llamadas no devolvió datos.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>Mismos datos: el cuerpo de cada página es idéntico.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>Los datos difieren entre las dos llamadas.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>Ejecutar de nuevo la llamada seleccionada</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>Poner dos llamadas seleccionadas lado a lado: parámetros, resultado, tiempos, datos</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>Copiar la llamada seleccionada como comando curl (token oculto)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>Quitar las llamadas seleccionadas del historial</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Historial no disponible: %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>sin almacén</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>Haga doble clic en una llamada para cargarla en el formulario</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>Poner las dos llamadas seleccionadas lado a lado</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>Seleccione exactamente dos llamadas (Ctrl+clic) para compararlas</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, de /universe/names)</translation>
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
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 elementos]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 campo}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 campos}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JwtClaimsDialog</name>
    <message>
        <source>Access token claims</source>
        <translation>Claims del token de acceso</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>Claims del token de acceso</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>Claims del token de acceso — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>Lo que dice el token de acceso actual. No se muestran el token ni su firma.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>algoritmo de firma</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>clave de firma en el JWKS del SSO</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>tipo de token</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>el personaje (CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>nombre del personaje</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>hash del propietario: cambia cuando el personaje pasa a otra cuenta</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>ámbitos concedidos</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>emisor</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>parte autorizada (ID de cliente)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>caduca</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitido</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>región SSO</translation>
    </message>
    <message>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>carga útil</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>No se pudo decodificar el token de acceso.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>audiencia: el ID de cliente y «EVE Online»</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>Mantener activos los inicios de sesión sin uso: renovar cada</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>Mantener activos los inicios de sesión sin uso</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO olvida los tokens de renovación que pasan mucho tiempo sin usarse; renovarlos de vez en cuando los mantiene válidos mientras ESI Studio está en marcha.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>Intervalo de mantenimiento en días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>Volver a comprobar el &amp;llavero</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Volver a comprobar el llavero</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>Esperando al llavero del sistema</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>Si el escritorio pide la contraseña del depósito de claves, desbloquee el de la sesión; el gestor de personajes continúa en cuanto responda el llavero.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>No se puede usar el llavero del sistema</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
Desbloquee el depósito de claves de la sesión (por ejemplo en Contraseñas y claves) o inicie un Secret Service como GNOME Keyring o KWallet, y vuelva a comprobar. Iniciar sesión, renovar y revocar necesitan el llavero; no se guarda nada en ningún otro sitio.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>Límites de la ESI</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>Límite de errores</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>Las rutas sin cubeta comparten el límite de errores de la ESI: 100 respuestas de error por ventana. Una vez agotado, la ESI responde 420 a todo hasta que la ventana se reinicia.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Errores restantes</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>Reinicio del límite de errores</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Disyuntor</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>Cubetas de límite de tasa</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Cubetas</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>Sin cubetas</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>Aún no se ha usado ninguna cubeta. Las rutas con x-rate-limit aparecen aquí tras su primera llamada.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>El seguimiento de límites está desactivado: no se pudo abrir el estado compartido de límites.</translation>
    </message>
    <message>
        <source>%1 (public)</source>
        <translation>%1 (público)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Window resets in %1</source>
        <translation>La ventana se reinicia en %1</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>Ningún error contado en la ventana actual</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>Quedan %1 de %2 errores</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>Disyuntor no disponible</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>Circuito abierto tras un 420: no se envía nada durante %1</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>En espera: solo quedan %1 errores, por debajo del margen de seguridad de %2; el envío se reanuda en %3</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>Circuito cerrado: las solicitudes fluyen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>Usar columna</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Valores para %1</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>Una llamada por valor. Escribe un valor de array por línea (1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>Una llamada por valor. Pega los valores uno por línea o separados por comas.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valores de %1</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>Número de valores</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>Columna del resultado actual</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>Del resultado actual:</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>Cada personaje conectado con el scope (%n ahora)</numerusform>
            <numerusform>Cada personaje conectado con el scope (%n ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 valores: una lista puede tener como máximo %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n valor: una llamada cada uno.</numerusform>
            <numerusform>%n valores: una llamada cada uno.</numerusform>
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
        <translation>Explorador</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>Operación y resultado</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Área principal</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>&amp;Abrir archivo de especificación…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>Explorar un documento OpenAPI o Swagger local de la ESI</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>&amp;Exportar resultado…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>Guardar las filas de la última llamada como JSON, NDJSON o CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>Ejecutar la operación seleccionada con los valores del formulario</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>Detener la llamada en curso; no se envía nada más</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>&amp;Ir a la operación…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>Saltar a una operación por id, ruta, resumen o ámbito</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>Operaciones añadidas, eliminadas y cambiadas desde otra fecha de compatibilidad</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>&amp;Acerca de ESI Studio</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>E&amp;xplorar</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>Herramientas del explorador</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>Especificación cargada</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Servidor ESI</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI: %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>Las solicitudes y descargas de especificación van a este servidor</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Ninguna especificación cargada</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 operaciones</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Cargada desde %1</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>No se pudo abrir «%1»</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>Se sigue mostrando la especificación del %1 (%2).</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>Abrir especificación de la ESI</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>Documentos OpenAPI o Swagger (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Listar todos los atajos de teclado de esta ventana</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>&amp;Gestionar personajes…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>Personajes con sesión iniciada, sus tokens y ámbitos</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Personajes</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;Qué cambió…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>Título del mensaje</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Detalles del mensaje</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>Mostrar nombres</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>Una columna de nombres junto a cada columna de ID de EVE (type_id → type_name), según /universe/names de ESI</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>Nombres de %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, de /universe/names)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>Nombres de %1 según /universe/names de ESI; haz clic derecho en un encabezado para ocultarlos</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>Sandbox sin conexión</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>Volver a conectarse</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>Volver a conectarse</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>Usar de nuevo los servidores de EVE (ESI Studio se reinicia)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>SANDBOX SIN CONEXIÓN en %1: datos generados, no los servidores de EVE</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>Las llamadas e inicios de sesión van a la esi-sandbox incluida; sus personajes de prueba no necesitan cuenta de EVE.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>Documentación de la operación</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Ninguna especificación cargada</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>Abra un documento OpenAPI de la ESI con Archivo → Abrir archivo de especificación.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Fecha de compatibilidad</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>Elija una operación a la izquierda para leer qué hace, quién puede llamarla y qué responde. Filtre con palabras o con tag:, scope:, path:, id: y method:.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>Obsoleta: la ESI puede eliminar esta ruta; busque su sustituta antes de depender de ella.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>ID de la operación</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>requiere inicio de sesión, sin ámbito indicado</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>ninguno: ruta pública, sin inicio de sesión</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Roles requeridos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(cualquiera de ellos)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de tasa</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Paginación</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Localizada</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>sí: responde en el idioma pedido con Accept-Language</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>Ruta cambiada</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>sin cubeta: cuenta para el límite global de errores</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>grupo %1, como máximo %2 tokens por ventana de %3</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>no declarado</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>ninguna: una respuesta contiene todo el resultado</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>números de página: parámetro page, total en la cabecera X-Pages</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>cursor: parámetros before / after, siguiente cursor en el cuerpo</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id: retroceder desde el id más pequeño visto</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Obsoleto.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>La especificación no declara ninguna respuesta de éxito.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Cabeceras: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>Información de la operación</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Esquema de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Documentación</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>&amp;Esquema de la respuesta</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>respuesta %1</translation>
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
        <translation>paginada</translation>
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
        <translation>localizada</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 operación con la etiqueta %1</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%1 operaciones con la etiqueta %2</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>Requiere el ámbito: %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>Pública: no requiere inicio de sesión</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>Roles requeridos (cualquiera): %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>Paginación: %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>Localizada: responde en el idioma pedido</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>Grupo de límite de tasa: %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>requiere inicio de sesión</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>paginada por %1</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>localizada</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>requiere roles de corporación</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleta</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Filtrar operaciones</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>Filtrar operaciones (id, ruta, resumen, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>Todas las palabras deben coincidir. Anteponga un campo para buscar solo en él: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F enfoca, Esc borra.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>Buscar operación</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>Árbol de operaciones</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>Número de operaciones</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Ninguna especificación cargada</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%1 operaciones en %2 etiquetas</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Ninguna operación coincide con «%1»</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>Coinciden %1 de %2 operaciones</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PageSelector</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>Parámetro %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>por defecto %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>p. ej. 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>%1 separados por comas</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>Uno de: %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Enviar %1</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>Enviar esta fecha; sin marcar, el parámetro se omite</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Cuerpo de la solicitud (JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>Sintaxis del cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(elija un valor)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>Obligatorio: introduzca el cuerpo de la solicitud en JSON.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>Opcional: déjelo vacío para no enviar cuerpo.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON válido.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>JSON no válido en la línea %1, columna %2: %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>Campos de parámetros</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>Sin parámetros</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>Problemas de parámetros</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>Elija una operación para rellenar sus parámetros.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>El cuerpo de la solicitud, en JSON.</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 no tiene parámetros: pulse Ejecutar.</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Etiqueta de %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Obsoleto.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Lista…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>Lista de valores para %1</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>Ejecutar una vez por valor: pega IDs, toma una columna del resultado actual%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> o cada personaje conectado</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>Lista (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>Cada personaje conectado con el scope (%n): una llamada cada uno.</numerusform>
            <numerusform>Cada personaje conectado con el scope (%n): una llamada cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>Una lista de %n valor, una llamada cada uno: </numerusform>
            <numerusform>Una lista de %n valores, una llamada cada uno: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Alianzas de los personajes conectados (%n)</numerusform>
            <numerusform>Alianzas de los personajes conectados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Corporaciones de los personajes conectados (%n)</numerusform>
            <numerusform>Corporaciones de los personajes conectados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>Alianzas de los personajes conectados (buscándolas…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>Corporaciones de los personajes conectados (buscándolas…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>el servidor de imágenes respondió HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>la respuesta del servidor de imágenes no es una imagen</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>Ir a la operación</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>Operación de destino</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>Ir a la operación: id, ruta, resumen, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Operaciones coincidentes</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Ninguna especificación cargada</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Ninguna operación coincide con «%1»</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>Las %1 mejores de %2 coincidencias; escriba más para acotar</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n coincidencia; Intro abre la resaltada</numerusform>
            <numerusform>%n coincidencias; Intro abre la resaltada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RateLimitBucketModel</name>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>blocked for %1</source>
        <translation>bloqueado durante %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>bloqueado durante %1: %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 tokens retenidos por solicitudes en curso</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>bloqueada %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>llena</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>Cubeta %1 para %2: %3 tokens por ventana de %4. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>Los tokens gastados salen uno a uno de la ventana deslizante de %1; el siguiente vuelve en este tiempo.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>Quedan %1 de %2 tokens (%3 reservados por solicitudes en curso). Una respuesta 2xx cuesta 2 tokens, 3xx 1, 4xx 5.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Cubeta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Tokens restantes</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>Respuesta sin procesar</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Buscar en la respuesta</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>Buscar en esta página (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Aún no hay respuesta.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>La respuesta no tenía cuerpo.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>Abra &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; e inicie sesión con su cuenta de EVE Online.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>Elija &lt;b&gt;Applications&lt;/b&gt; y luego &lt;b&gt;Create new application&lt;/b&gt;, y dele un nombre y una breve descripción.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>En &lt;b&gt;Connection type&lt;/b&gt; elija &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>En &lt;b&gt;Permissions&lt;/b&gt; añada los ámbitos de las operaciones que quiere llamar (la documentación de cada operación en ESI Studio los enumera, p. ej. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). Un inicio de sesión solo puede pedir ámbitos que tenga la aplicación.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>Como &lt;b&gt;Callback URL&lt;/b&gt; introduzca exactamente &lt;code&gt;%1&lt;/code&gt; (la URL de retorno configurada aquí).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>Cree la aplicación y copie su &lt;b&gt;Client ID&lt;/b&gt; en el campo de abajo. ESI Studio inicia sesión con PKCE, así que no necesita la clave secreta; guárdela para usted.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>Cómo registrar una aplicación</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>Se copió el comando curl (Authorization oculto).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>Comando esi copiado; esi usa su propio personaje con sesión iniciada.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>Código %1 copiado; lee el token de acceso de la variable de entorno ESI_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>Código %1 copiado.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>Se copió el comando curl con el token de acceso; trátelo como una contraseña. Se quitará del portapapeles en %1 s.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>Código %1 copiado con el token de acceso; trátelo como una contraseña. Se quitará del portapapeles en %2 s.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>No hay token de acceso que copiar</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 necesita un personaje con sesión iniciada; el comando no se copió.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>¿Copiar el token de acceso?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>El comando contendrá el token de acceso de %1. Cualquiera que lo tenga podrá leer los datos de ese personaje con %2 hasta que caduque (unos 20 minutos).

¿Copiarlo de todos modos?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>No se puede copiar una llamada sobre listas</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 se ejecuta una vez por cada valor de sus listas, y el código cubre una sola llamada. Quita las listas del formulario (o elige un valor) para copiarla.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>personaje %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Línea de estado</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Aún no hay respuesta.</translation>
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
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Servidor ESI</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>ubicación de la caché</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>sandbox sin conexión</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>vuelta a la conexión</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>Estos cambios se aplican al reiniciar ESI Studio: %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>¿Reiniciar ESI Studio?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>¿Reiniciar ahora?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Error de llamada</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>Advertencias de la ESI</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>Idioma del resultado</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>Resultado como árbol JSON</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vistas del resultado</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>Sin p&amp;rocesar</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Cabeceras</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Exportar el resultado</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>Guardar las filas como JSON, NDJSON o CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>No se envió nada: los parámetros no son válidos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>La ejecución se detuvo; habían llegado %1 páginas.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>%1 falló: la ESI respondió %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>Hay una versión más reciente de esta ruta (199): %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>Ruta obsoleta (299): %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>La ESI envió una advertencia</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>La ESI envió advertencias</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>&amp;Gráfico</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>La propia fila (el resultado es una lista de valores)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>Campo %1 de cada fila</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>Tabla del resultado</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>Filtrar filas (cualquier texto de una celda)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Columna del filtro</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Número de filas</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Todas las columnas</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Sin filas</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>Coinciden %1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>Filas comparadas</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>Comparación de filas</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Filas cambiadas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>No se pueden comparar las filas: solo se guardan para las últimas %1 llamadas con %2 filas como máximo, y no para al menos una de estas.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>Filas, de la más antigua a la más reciente: %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>No se puede ejecutar: ESI Studio se inició sin motor de llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>No se envió nada: corrija primero el parámetro marcado.</numerusform>
            <numerusform>No se envió nada: corrija primero los %n parámetros marcados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>No se envió nada: %1 necesita un personaje con sesión iniciada con %2.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>Descarga grande</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>Ejecución no iniciada.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>Hecho: %1 páginas · %2 filas · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>Cancelado tras %1 páginas</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>No se puede volver a ejecutar %1</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>La especificación mostrada (%1) no tiene la operación %2; elija la fecha de compatibilidad %3 con la que se ejecutó.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>No se puede volver a ejecutar %1 como %2</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 no ha iniciado sesión con los ámbitos que necesita esta operación.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>Se usa la fecha de compatibilidad %1; la llamada se registró con %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>No se puede copiar %1</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>La especificación mostrada no tiene la operación %1.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>Comprobando a qué corporación pertenece %1…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>No se envió nada: elija primero una operación.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>No se envió nada: hay una ejecución en curso; cancélela primero.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>Muchas llamadas</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>Esto ejecuta %1 %n vez, una por valor. ¿Ejecutar?</numerusform>
            <numerusform>Esto ejecuta %1 %n veces, una por valor. ¿Ejecutar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>Hecho: %1 de %2 llamadas · %3 fallidas · %4 filas · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>Esta página</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Todas las páginas</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>Ejecutar la operación</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Operación a ejecutar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>Obtener solo esta página</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>Una solicitud: la página 1, o la indicada por el parámetro page</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Obtener todas las páginas</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>Todas las páginas: por X-Pages, por cursor o por from_id, varias a la vez</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>Estimación de la ejecución</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>Ejecutar la operación (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>Detener la ejecución; no se envía nada más</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>Copiar la solicitud como comando curl; la cabecera Authorization se oculta</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>Ninguna operación seleccionada</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>Se obtienen todas las páginas; elija «Esta página» para pedir una sola.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>Esta ruta no está localizada; responde igual en todos los idiomas</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · esperando la página 1</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Esperando %1: %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>Accept-Language de la solicitud. «Todos los idiomas» ejecuta la llamada una vez por idioma y muestra una pestaña por idioma.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>Accept-Language de la solicitud. «Todos los idiomas» ejecuta la llamada una vez por idioma.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Página %1 de %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>Decodificando la última página…</numerusform>
            <numerusform>Decodificando las últimas %n páginas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1 (recursivo)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>Siempre presente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ScopePickerDialog</name>
    <message>
        <source>Choose Scopes</source>
        <translation>Elegir ámbitos</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>Elegir ámbitos</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>Al iniciar sesión, el personaje concede estos ámbitos a ESI Studio. Pida solo lo que necesite.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Buscar ámbitos</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>Buscar ámbitos (p. ej. wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>Ámbitos por área</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>&amp;Todos los ámbitos de esta especificación</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>Seleccionar todos los ámbitos de esta especificación</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>Ámbitos de las operaciones que &amp;uso</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>Seleccionar los ámbitos de las operaciones que ha usado</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>Aún no se ha ejecutado ninguna operación autenticada.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>%n ámbito de su historial de llamadas</numerusform>
            <numerusform>%n ámbitos de su historial de llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>Iniciar sesión con los ámbitos elegidos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>Ámbitos seleccionados</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>El personaje ya tiene este ámbito; se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n ámbito seleccionado</numerusform>
            <numerusform>%n ámbitos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>%n ámbito por añadir; se conservan los %1 del personaje</numerusform>
            <numerusform>%n ámbitos por añadir; se conservan los %1 del personaje</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>No se encontró esi-sandbox junto a ESI Studio (se buscó en %1). Reinstale ESI Studio o compile el objetivo esi-sandbox.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>La sandbox sin conexión se detuvo</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>Reinicie ESI Studio para volver a iniciarla.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>Caché de respuestas vaciada</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas con los ajustes</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID de cliente SSO</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>de developers.eveonline.com; vacío: solo operaciones públicas</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>URL de retorno del SSO</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>Servidor SSO</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>Para iniciar sesión con personajes, ESI Studio necesita una aplicación registrada en el sitio de desarrolladores de EVE. Para registrar una:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;retorno:</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>&amp;Servidor SSO:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo de contacto</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>usted@example.com: permite a CCP contactarle por su tráfico</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nombre de la aplicación</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>opcional: la herramienta para la que son estas solicitudes</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Vista previa del User-Agent</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Servidor ESI</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>Fecha de compatibilidad por defecto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>AAAA-MM-DD; vacío: la fecha de la propia especificación</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>Correo de &amp;contacto:</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>&amp;Nombre de la aplicación:</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>Ser&amp;vidor ESI:</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>Se aplica tras reiniciar. Use la dirección de esi-sandbox o de un proxy para trabajar fuera de los servidores de EVE.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>&amp;Fecha de compatibilidad por defecto:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Solicitudes &amp;simultáneas:</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Límite de tamaño de la caché</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Ubicación de la caché</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>vacío: la carpeta de caché estándar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Elegir la carpeta de caché</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Vaciar la caché</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Vaciar la caché de respuestas</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Tamaño de la caché de respuestas</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Límite de tamaño:</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Un idioma nuevo se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(cabecera no válida: %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>Se liberaron %1 de respuestas en caché.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Ubicación de la caché</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>La caché de respuestas no está abierta.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>Respuestas en caché: %1, tamaño %2, en %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>Los cambios de esta página se aplican tras reiniciar ESI Studio. La línea de órdenes esi también los usa.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>Una ubicación nueva se aplica tras reiniciar; la línea de órdenes esi también la sigue. El límite de tamaño se aplica al momento.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>Máximo de páginas por llamada</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>Respuesta más grande</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>Máximo de &amp;páginas por llamada:</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>&amp;Respuesta más grande:</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>Una llamada se detiene con un error cuando un servidor anuncia más páginas o envía una respuesta mayor, en lugar de descargar sin fin.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>Mostrar &amp;nombres de los ID</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>Mostrar nombres de los ID</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>Una columna de nombres junto a cada columna de ID de EVE en la tabla de resultados (type_id → type_name), según /universe/names de ESI; el menú de la cabecera de la tabla también las activa</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>Asistente de &amp;primer inicio…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>ID de cliente, correo de contacto, servidores, caché, idioma y tema</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>Volver a configurar el inicio de sesión o la sandbox sin conexión</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>Volver a &amp;conectarse</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>Probar sin &amp;conexión</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>Usar de nuevo los servidores de EVE en el próximo inicio</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>Explorar todas las funciones con una sandbox local, sin cuenta de EVE</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>Buscar por acción, tecla o descripción</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>Número de atajos</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%n de %1 atajos</numerusform>
            <numerusform>%n de %1 atajos</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
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
        <translation>No se pudo cargar el navegador de inicio de sesión integrado %1: %2. Reinstale ESI Studio con su entorno Qt WebEngine.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 no es el navegador de inicio de sesión integrado de esta versión de ESI Studio; reinstale ESI Studio.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>El navegador de inicio de sesión integrado (%1) no está instalado; se buscó en %2.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>Contactando con el EVE SSO…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>Guardando %1 en el llavero…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>Para iniciar sesión hace falta el ID de cliente de una aplicación registrada en developers.eveonline.com; introdúzcalo en Archivo › Ajustes… (ID de cliente SSO) o defina la variable de entorno ESI_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>Añadir ámbitos para %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>Volviendo a iniciar sesión con %1 para %n ámbito…</numerusform>
            <numerusform>Volviendo a iniciar sesión con %1 para %n ámbitos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>Iniciando sesión con un personaje nuevo para %n ámbito…</numerusform>
            <numerusform>Iniciando sesión con un personaje nuevo para %n ámbitos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>el ESI Studio en marcha (socket %1) no aceptó una conexión en %2 segundos</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>el ESI Studio en marcha (socket %1) no aceptó la solicitud: %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>el ESI Studio en marcha (socket %1) no respondió en %2 segundos; ciérrelo o inicie otra ventana con --new-instance</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>el ESI Studio en marcha (socket %1) rechazó la solicitud: %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>no se puede escuchar en el socket local %1: %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>Fecha con la que comparar</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>Operaciones cambiadas</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>Elija una fecha y pulse Comparar.</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>No hay fuente de especificación para %1.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Cargando la especificación %1…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (era %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Añadidas (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Eliminadas (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Cambiadas (%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>Ninguna operación cambió de %1 a %2.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>De %1 a %2: %3 añadidas, %4 eliminadas, %5 cambiadas.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>Para iniciar sesión hace falta el ID de cliente de una aplicación registrada en developers.eveonline.com; defina ESI_CLIENT_ID o sso/clientId en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>No se puede recibir la respuesta del inicio de sesión: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>No se pudo abrir ningún navegador. Abra usted esta dirección para iniciar sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>No llegó ninguna respuesta de inicio de sesión del navegador en %n minuto, así que ESI Studio dejó de esperar. Vuelva a iniciar sesión cuando esté listo.</numerusform>
            <numerusform>No llegó ninguna respuesta de inicio de sesión del navegador en %n minutos, así que ESI Studio dejó de esperar. Vuelva a iniciar sesión cuando esté listo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>Volver a abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>Esperando el inicio de sesión en su navegador web</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Termine de iniciar sesión con el EVE SSO en su navegador web. ESI Studio espera la respuesta hasta %n minuto; Cancelar deja de esperar.</numerusform>
            <numerusform>Termine de iniciar sesión con el EVE SSO en su navegador web. ESI Studio espera la respuesta hasta %n minutos; Cancelar deja de esperar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>&amp;Iniciar sesión con un personaje nuevo…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>&amp;Añadir ámbitos…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Renovar ahora</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>&amp;Copiar el token de acceso</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>Mostrar los c&amp;laims del token…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>Re&amp;vocar y quitar…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>Confirmar el cambio de &amp;propietario</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>No se puede usar el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>Seleccione primero un personaje.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>Este token no se puede usar; vuelva a iniciar sesión con el personaje.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por caducar</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>Se renueva en el próximo uso</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>Requiere volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>El personaje pasó a otra cuenta de EVE desde que inició sesión.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · propietario cambiado</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>Corporación / Alianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>El token de acceso caduca en</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Última renovación</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>Gestor de personajes</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>Personajes con sesión iniciada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 necesita volver a iniciar sesión: %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 ha iniciado sesión.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 ha iniciado sesión, pero ya no concede %2.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>El inicio de sesión no se completó: %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>Uso de tokens en el tiempo</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>Uso de límites, últimos %1 minutos</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>límite de errores</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>Vigilar este resultado</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Repetir la llamada cada vez que caduque su respuesta (nunca antes) y resaltar lo que cambió; una respuesta sin cambios cuesta un 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>Estado de la vigilancia</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>Instantáneas de la vigilancia</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>Mostrar una instantánea anterior y lo que cambió</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>Notificar cuando cambie el resultado vigilado</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>Mostrar una notificación de escritorio cuando una instantánea cambie filas</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>Filas eliminadas en esta instantánea</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 cambió</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>Vigilancia detenida; la última instantánea sigue disponible.</numerusform>
            <numerusform>Vigilancia detenida; las últimas %n instantáneas siguen disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Vigilancia detenida: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primera</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>n.º %1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>Una ejecución sobre listas de valores no se puede vigilar</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>Ejecute primero una llamada; un resultado correcto se puede vigilar</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Repetir la llamada cada vez que caduque su respuesta (nunca antes) y resaltar lo que cambió; una respuesta sin cambios cuesta un 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>La instantánea %1 a las %2 falló: %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>Instantánea %1 a las %2: %n fila</numerusform>
            <numerusform>Instantánea %1 a las %2: %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>Instantánea %1 a las %2: sin cambios (304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>Instantánea %1 a las %2: %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · próxima ejecución a las %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>Modificada en la instantánea %1; antes: %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>Añadida en la instantánea %1</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>Modificada en la instantánea %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio se ejecuta como root, y el navegador integrado (Chromium) se niega a iniciar su entorno aislado como root: cerraría toda la aplicación. El inicio de sesión continúa en su navegador web. Ejecute ESI Studio como usuario normal para iniciar sesión dentro de él (o, conociendo el riesgo, inícielo con QTWEBENGINE_DISABLE_SANDBOX=1).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>El navegador integrado necesita OpenGL, y no se encontró ningún OpenGL utilizable en esta pantalla. El inicio de sesión continúa en su navegador web.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>Iniciar sesión con EVE Online</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>Página de acceso de EVE SSO</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Volver a la página anterior (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>Volver a cargar la página (%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Dirección de la página mostrada</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Reintentar el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>Esta ventana no guarda cookies, caché ni historial: lo olvida todo al cerrarse.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>Usar mejor el navegador del &amp;sistema</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>Usar mejor el navegador del sistema</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>Iniciar sesión con su navegador web predeterminado; vuelve a ESI Studio mediante una dirección local de este equipo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Completando el inicio de sesión…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>No se pudo cargar la página de inicio de sesión en %1: %2 (error %3).

Compruebe la conexión a Internet (para un SSO local: que esi-sandbox esté en marcha) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>No se pudo verificar la conexión con %1 (%2), así que ESI Studio la rechazó y no envió nada.

Compruebe la fecha y hora del equipo y cualquier proxy o software de seguridad que inspeccione el tráfico HTTPS, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>No seguro</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Se rechazó el certificado de %1: %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>Conexión cifrada (HTTPS) con %1; su certificado se verificó.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>Conexión sin cifrar (HTTP) con %1. Solo un SSO local como esi-sandbox debería usarse así.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Seguridad de la conexión: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>Cargando la página de acceso de EVE SSO…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>Primero la página 1; luego X-Pages indica cuántas solicitudes siguen</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>%1 solicitudes para la página 1 (una por idioma); luego X-Pages indica cuántas siguen</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 solicitud</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>unas %1 solicitudes</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1; sin cubeta de límite de tasa, solo cuentan los errores (límite de errores).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · unos %2 tokens de la cubeta %3 (quedan %4)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>Esta ejecución envía unas %1 solicitudes.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>Gasta unos %1 tokens de la cubeta %2, a la que le quedan %3.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>La ejecución se pausará cada vez que la cubeta se vacíe, hasta que vuelvan los tokens.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>¿Iniciarla?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>Esta ejecución obtiene unas %1 páginas (X-Pages de la última ejecución) con unas %2 solicitudes.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>Una llamada se detiene con un error pasadas %1 páginas (Ajustes › Solicitudes › Máximo de páginas por llamada).</translation>
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
        <translation>Abrir la operación &lt;operation_id&gt; con las palabras nombre=valor que siguen (como en esi call) y ejecutarla, en el ESI Studio ya abierto si lo hay.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>Con --run: obtener todas las páginas.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>Con --run: salir cuando la ejecución termine y todas las filas estén en la tabla; estado 0 si tiene éxito, 1 si la ejecución falla, 2 si no pudo empezar (implica --new-instance).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>argumento inesperado «%1»; abra una especificación con --spec ARCHIVO, ejecute una operación con --run OPERATION_ID nombre=valor ...</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages y --quit-after-run necesitan --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>no se puede leer el archivo de cuerpo %1: %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>el archivo de cuerpo %1 supera %2 MiB; un cuerpo de petición de ESI ocupa pocos KB</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
</TS>
