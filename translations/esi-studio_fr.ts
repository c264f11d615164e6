<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Esi::App::Application</name>
    <message>
        <source>ESI Studio</source>
        <translation>ESI Studio</translation>
    </message>
    <message>
        <source>cannot load spec %1: %2</source>
        <translation>impossible de charger la spécification %1 : %2</translation>
    </message>
    <message>
        <source>the bundled spec could not be read: %1</source>
        <translation>la spécification fournie n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
        <source>Some of ESI Studio&apos;s state is unavailable</source>
        <translation>Une partie de l’état d’ESI Studio est indisponible</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Impossible d’ouvrir « %1 »</translation>
    </message>
    <message>
        <source>The bundled spec could not be read</source>
        <translation>La spécification fournie n’a pas pu être lue</translation>
    </message>
    <message>
        <source>Response cache: %1 Calls go to ESI every time.</source>
        <translation>Cache des réponses : %1 Chaque appel part vers l’ESI.</translation>
    </message>
    <message>
        <source>Rate-limit state: %1 Limits are tracked for this window only.</source>
        <translation>État des limites de débit : %1 Les limites ne sont suivies que pour cette fenêtre.</translation>
    </message>
    <message>
        <source>Call history: %1 Calls are not remembered.</source>
        <translation>Historique des appels : %1 Les appels ne sont pas mémorisés.</translation>
    </message>
    <message>
        <source>Characters: %1 Authed operations cannot run.</source>
        <translation>Personnages : %1 Les opérations authentifiées ne peuvent pas s’exécuter.</translation>
    </message>
    <message>
        <source>User-Agent: %1 Requests carry ESI Studio&apos;s own User-Agent.</source>
        <translation>User-Agent : %1 Les requêtes portent le User-Agent propre à ESI Studio.</translation>
    </message>
    <message>
        <source>Signing in through your web browser instead</source>
        <translation>Connexion par votre navigateur web à la place</translation>
    </message>
    <message>
        <source>Continue the sign-in in your web browser.</source>
        <translation>Poursuivez la connexion dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>%1 was signed in with fewer scopes</source>
        <translation>%1 a été connecté avec moins de portées</translation>
    </message>
    <message>
        <source>The new sign-in did not grant %1; sign in again and approve them to use the operations that need them.</source>
        <translation>La nouvelle connexion n’a pas accordé %1 ; reconnectez-vous et approuvez-les pour utiliser les opérations qui en ont besoin.</translation>
    </message>
    <message>
        <source>Offline sandbox: %1 ESI Studio uses the usual servers instead.</source>
        <translation>Bac à sable hors ligne : %1 ESI Studio utilise les serveurs habituels à la place.</translation>
    </message>
    <message>
        <source>raised the ESI Studio already running; its servers stay as they are (start with --new-instance for a window on other servers)</source>
        <translation>l’ESI Studio déjà lancé a été mis au premier plan ; ses serveurs restent inchangés (lancez avec --new-instance pour une fenêtre sur d’autres serveurs)</translation>
    </message>
    <message>
        <source>%1; opening a new window</source>
        <translation>%1 ; ouverture d’une nouvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>Esi::App::KeepAliveBanner</name>
    <message>
        <source>Character %1</source>
        <translation>Personnage %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not keep %1 signed in</source>
        <translation>
            <numerusform>Impossible de garder %1 connecté</numerusform>
            <numerusform>Impossible de garder %1 connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>The background refresh failed.
%1
Open Characters &gt; Manage Characters to refresh now once the problem is solved, or sign in again if the character needs a new sign-in.</source>
        <translation>Le renouvellement en arrière-plan a échoué.
%1
Ouvrez Personnages &gt; Gérer les personnages pour renouveler une fois le problème résolu, ou reconnectez-vous si le personnage doit se reconnecter.</translation>
    </message>
</context>
<context>
    <name>Esi::App::QuitAfterReady</name>
    <message>
        <source>the main window was not shown within %1 seconds</source>
        <translation>la fenêtre principale ne s’est pas affichée en %1 secondes</translation>
    </message>
</context>
<context>
    <name>Esi::App::ServerUrl</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer; use https, or http only with a loopback address (127.0.0.1, ::1, localhost)</source>
        <translation>%1 « %2 » utilise http en clair vers %3, qui n’est pas cet ordinateur ; utilisez https, ou http seulement avec une adresse de bouclage (127.0.0.1, ::1, localhost)</translation>
    </message>
    <message>
        <source>%1 “%2” is not a server address; give an http(s) URL such as https://esi.evetech.net</source>
        <translation>%1 « %2 » n’est pas une adresse de serveur ; indiquez une URL http(s) comme https://esi.evetech.net</translation>
    </message>
</context>
<context>
    <name>Esi::App::StartupOptions</name>
    <message>
        <source>Desktop explorer for EVE Online&apos;s ESI</source>
        <translation>Explorateur de bureau pour l’ESI d’EVE Online</translation>
    </message>
    <message>
        <source>Open the ESI OpenAPI document &lt;file&gt; instead of the bundled spec.</source>
        <translation>Ouvrir le document OpenAPI de l’ESI &lt;file&gt; au lieu de la spécification fournie.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>ESI server root (default %1, or $ESI_BASE_URL).</source>
        <translation>Racine du serveur ESI (par défaut %1, ou $ESI_BASE_URL).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>EVE SSO server root (or $ESI_SSO_URL).</source>
        <translation>Racine du serveur EVE SSO (ou $ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>Exit once the window is shown and the spec is indexed (for tests and start-up timing); exit non-zero if the spec does not load.</source>
        <translation>Quitter dès que la fenêtre est affichée et la spécification indexée (pour les tests et la mesure du démarrage) ; quitter avec un code non nul si la spécification ne se charge pas.</translation>
    </message>
    <message>
        <source>Open another window even if ESI Studio is already running (without this, a second launch raises the running window; --quit-after-ready implies it).</source>
        <translation>Ouvrir une autre fenêtre même si ESI Studio tourne déjà (sans cette option, un second lancement met au premier plan la fenêtre existante ; --quit-after-ready l’implique).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE</source>
        <translation>argument inattendu « %1 » ; ouvrez une spécification avec --spec FICHIER</translation>
    </message>
</context>
<context>
    <name>Esi::App::StateFolders</name>
    <message>
        <source>Earlier state in %1 was not moved: %2</source>
        <translation>L’état antérieur dans %1 n’a pas été déplacé : %2</translation>
    </message>
    <message>
        <source>Earlier settings in %1 were not moved: %2</source>
        <translation>Les paramètres antérieurs dans %1 n’ont pas été déplacés : %2</translation>
    </message>
</context>
<context>
    <name>Esi::App::UiLanguage</name>
    <message>
        <source>“%1” is not one of ESI Studio&apos;s languages (%2).</source>
        <translation>« %1 » n’est pas une des langues d’ESI Studio (%2).</translation>
    </message>
    <message>
        <source>The translation %1/%2.qm is missing from this build.</source>
        <translation>La traduction %1/%2.qm manque dans cette compilation.</translation>
    </message>
    <message>
        <source>Qt&apos;s own texts stay in English: %1.qm is not in %2 (Debian package qt6-translations-l10n).</source>
        <translation>Les textes propres à Qt restent en anglais : %1.qm n’est pas dans %2 (paquet Debian qt6-translations-l10n).</translation>
    </message>
</context>
<context>
    <name>Esi::Core</name>
    <message>
        <source>%1 “%2” uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 « %2 » utilise http en clair vers %3, qui n’est pas cet ordinateur : jetons et réponses traverseraient le réseau sans chiffrement. Utilisez https, ou http seulement avec une adresse de bouclage (127.0.0.1, ::1, localhost).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::AppSettings</name>
    <message>
        <source>Sign-in › Client ID “%1” cannot contain spaces or slashes. Copy the Client ID shown for your application at https://developers.eveonline.com.</source>
        <translation>Connexion › L’ID client « %1 » ne peut contenir ni espaces ni barres obliques. Copiez l’ID client affiché pour votre application sur https://developers.eveonline.com.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” is not an absolute http(s) URL. Enter the callback URL registered with your application, for example %2.</source>
        <translation>Connexion › L’URL de rappel « %1 » n’est pas une URL http(s) absolue. Saisissez l’URL de rappel enregistrée pour votre application, par exemple %2.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” must point at this computer (127.0.0.1 or localhost) so ESI Studio receives the sign-in; use %2 and register the same URL with your application.</source>
        <translation>Connexion › L’URL de rappel « %1 » doit pointer vers cet ordinateur (127.0.0.1 ou localhost) pour qu’ESI Studio reçoive la connexion ; utilisez %2 et enregistrez la même URL pour votre application.</translation>
    </message>
    <message>
        <source>Sign-in › Callback URL “%1” has no port. Add the port ESI Studio listens on, as in %2.</source>
        <translation>Connexion › L’URL de rappel « %1 » n’a pas de port. Ajoutez le port sur lequel ESI Studio écoute, comme dans %2.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server “%1” is not an http(s) server address. Use %2, or esi-sandbox&apos;s address for offline work.</source>
        <translation>Connexion › Le serveur SSO « %1 » n’est pas une adresse de serveur http(s). Utilisez %2, ou l’adresse d’esi-sandbox pour travailler hors ligne.</translation>
    </message>
    <message>
        <source>Requests › Contact email: %1.</source>
        <translation>Requêtes › E-mail de contact : %1.</translation>
    </message>
    <message>
        <source>Requests › App name: %1.</source>
        <translation>Requêtes › Nom de l’application : %1.</translation>
    </message>
    <message>
        <source>Requests › ESI server “%1” is not an http(s) server address without query or fragment. Use %2, a proxy&apos;s address or esi-sandbox&apos;s.</source>
        <translation>Requêtes › Le serveur ESI « %1 » n’est pas une adresse de serveur http(s) sans requête ni fragment. Utilisez %2, l’adresse d’un proxy ou celle d’esi-sandbox.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date “%1” is not a date written YYYY-MM-DD. Enter one such as 2025-08-26, or leave it empty to use the spec&apos;s own date.</source>
        <translation>Requêtes › La date de compatibilité « %1 » n’est pas une date au format AAAA-MM-JJ. Saisissez-en une comme 2025-08-26, ou laissez vide pour utiliser la date de la spécification.</translation>
    </message>
    <message>
        <source>Requests › Compatibility date %1 is in the future; ESI rejects it. Pick %2 or earlier.</source>
        <translation>Requêtes › La date de compatibilité %1 est dans le futur ; l’ESI la refuse. Choisissez %2 ou une date antérieure.</translation>
    </message>
    <message>
        <source>Requests › Requests at once is %1; it must be from %2 to %3.</source>
        <translation>Requêtes › Requêtes simultanées vaut %1 ; la valeur doit aller de %2 à %3.</translation>
    </message>
    <message>
        <source>Cache › Size limit is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Cache › La taille maximale est de %1 Mio ; elle doit aller de %2 à %3 Mio.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a relative path. Choose an absolute folder, or leave it empty for the standard location.</source>
        <translation>Cache › L’emplacement « %1 » est un chemin relatif. Choisissez un dossier absolu, ou laissez vide pour l’emplacement standard.</translation>
    </message>
    <message>
        <source>Cache › Location “%1” is a file, not a folder. Choose a folder.</source>
        <translation>Cache › L’emplacement « %1 » est un fichier, pas un dossier. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>Appearance › Language “%1” is not one of ESI&apos;s languages (%2). Pick one of them, or follow the system.</source>
        <translation>Apparence › La langue « %1 » n’est pas une des langues de l’ESI (%2). Choisissez-en une, ou suivez le système.</translation>
    </message>
    <message>
        <source>Sign-in › SSO server</source>
        <translation>Connexion › Serveur SSO</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server “%1” is not an http(s) server address without query or fragment. Leave it empty unless your own ESI server should receive the tokens of the SSO server.</source>
        <translation>Connexion › Le serveur ESI de confiance « %1 » n’est pas une adresse de serveur http(s) sans requête ni fragment. Laissez-le vide, sauf si votre propre serveur ESI doit recevoir les jetons du serveur SSO.</translation>
    </message>
    <message>
        <source>Sign-in › Trusted ESI server</source>
        <translation>Connexion › Serveur ESI de confiance</translation>
    </message>
    <message>
        <source>Requests › ESI server</source>
        <translation>Requêtes › Serveur ESI</translation>
    </message>
    <message>
        <source>Requests › Most pages per call is %1; it must be from %2 to %3.</source>
        <translation>Requêtes › Pages maximum par appel vaut %1 ; la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>Requests › Largest response is %1 MiB; it must be from %2 to %3 MiB.</source>
        <translation>Requêtes › Réponse maximale vaut %1 Mio ; la valeur doit être comprise entre %2 et %3 Mio.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterAffiliations</name>
    <message>
        <source>the character has no corporation_id</source>
        <translation>le personnage n’a pas de corporation_id</translation>
    </message>
    <message>
        <source>the loaded spec has no public GET %1</source>
        <translation>la spécification chargée n’a pas de GET %1 public</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterForCall</name>
    <message>
        <source>character %1</source>
        <translation>personnage %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The character also needs one of the in-game corporation roles %1.</source>
        <translation>Le personnage a aussi besoin de l’un des rôles de corporation en jeu %1.</translation>
    </message>
    <message>
        <source>%1 names character %2 in its path, but the call was to carry the token of character %3; nothing was sent</source>
        <translation>%1 nomme le personnage %2 dans son chemin, mais l’appel devait porter le jeton du personnage %3 ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>character %1 of the path</source>
        <translation>le personnage %1 du chemin</translation>
    </message>
    <message>
        <source>%1 is not signed in; %2 needs its token with scope %3, so nothing was sent. Sign it in with: %4</source>
        <translation>%1 n’est pas connecté ; %2 a besoin de son jeton avec la portée %3, donc rien n’a été envoyé. Connectez-le avec : %4</translation>
    </message>
    <message>
        <source>its token was revoked</source>
        <translation>son jeton a été révoqué</translation>
    </message>
    <message>
        <source>the SSO refused its refresh token</source>
        <translation>le SSO a refusé son jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (%2); %3 needs its token with scope %4, so nothing was sent. Sign it in again with: %5</source>
        <translation>%1 doit se reconnecter (%2) ; %3 a besoin de son jeton avec la portée %4, donc rien n’a été envoyé. Reconnectez-le avec : %5</translation>
    </message>
    <message>
        <source>%1 lacks the scope %2 that %3 needs, so nothing was sent. Sign it in again with: %4</source>
        <translation>Il manque à %1 la portée %2 dont %3 a besoin, donc rien n’a été envoyé. Reconnectez-le avec : %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2, and no character is signed in. Sign one in with: %3</source>
        <translation>%1 a besoin d’un personnage connecté avec la portée %2, et aucun personnage n’est connecté. Connectez-en un avec : %3</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; the characters with it (%3) need a new sign-in. Sign one in again with: %4</source>
        <translation>%1 a besoin d’un personnage connecté avec la portée %2 ; les personnages qui l’ont (%3) doivent se reconnecter. Reconnectez-en un avec : %4</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2: no signed-in character has the scope %3. Sign one in with: %4</source>
        <translation>%1 a besoin d’un personnage connecté avec la portée %2 : aucun personnage connecté n’a la portée %3. Connectez-en un avec : %4</translation>
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
        <translation>on ne sait pas à quelle corporation appartient %1 (/characters/%2/ d’ESI n’a pas pu être lu), donc impossible de le comparer à %3 du chemin ; rien n’a été envoyé. Réessayez quand ESI répondra</translation>
    </message>
    <message>
        <source>%1 is not a member of %2 of the path; ESI answers %3 only with a member&apos;s token, so nothing was sent. Leave the character choice out to use a signed-in member</source>
        <translation>%1 n’est pas membre de %2 du chemin ; ESI ne répond à %3 qu’avec le jeton d’un membre, donc rien n’a été envoyé. Ne choisissez pas de personnage pour utiliser un membre connecté</translation>
    </message>
    <message>
        <source>%1 of %2 lacks the scope %3 that %4 needs, so nothing was sent. Sign it in again with: %5</source>
        <translation>Il manque à %1 de %2 la portée %3 dont %4 a besoin, donc rien n’a été envoyé. Reconnectez-le avec : %5</translation>
    </message>
    <message>
        <source>no character is signed in</source>
        <translation>aucun personnage n’est connecté</translation>
    </message>
    <message>
        <source>signed in, but not members: %1</source>
        <translation>connectés, mais non membres : %1</translation>
    </message>
    <message>
        <source>%1 needs a signed-in member of %2 with scope %3, and none is signed in (%4), so nothing was sent. Sign a member in with: %5</source>
        <translation>%1 a besoin d’un membre connecté de %2 avec la portée %3, et aucun n’est connecté (%4), donc rien n’a été envoyé. Connectez un membre avec : %5</translation>
    </message>
    <message>
        <source>character %1 was chosen, but the path names character_id=%2; ESI accepts only that character&apos;s token, so nothing was sent. Leave the character choice out (the path decides) or make them the same</source>
        <translation>le personnage %1 a été choisi, mais le chemin nomme character_id=%2 ; ESI n’accepte que le jeton de ce personnage, donc rien n’a été envoyé. Ne choisissez pas de personnage (le chemin décide) ou choisissez le même</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(aucune indiquée)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::CharacterLock</name>
    <message>
        <source>Cannot create the token lock folder %1: %2.</source>
        <translation>Impossible de créer le dossier des verrous de jeton %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot open the token lock %1: %2. Check the folder&apos;s permissions.</source>
        <translation>Impossible d’ouvrir le verrou de jeton %1 : %2. Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2.</source>
        <translation>Impossible de verrouiller %1 : %2.</translation>
    </message>
    <message>
        <source>Another ESI Studio process (the app or an esi command) has held the token of character %1 for over %2 seconds (lock %3); try again when it has finished.</source>
        <translation>Un autre processus d’ESI Studio (l’application ou une commande esi) détient le jeton du personnage %1 depuis plus de %2 secondes (verrou %3) ; réessayez quand il aura terminé.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiCall</name>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 a été annulé</translation>
    </message>
    <message>
        <source>no spec is loaded</source>
        <translation>aucune spécification n’est chargée</translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not one of ESI&apos;s languages %2</source>
        <translation>la langue &apos;%1&apos; ne fait pas partie des langues de l’ESI %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problems with the call to %1</source>
        <translation>
            <numerusform>%n problème dans l’appel à %1</numerusform>
            <numerusform>%n problèmes dans l’appel à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2</source>
        <translation>%1 nécessite un personnage connecté avec la portée %2</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character with scope %2; sign one in and choose it for the call</source>
        <translation>%1 nécessite un personnage connecté avec la portée %2 ; connectez-en un et choisissez-le pour l’appel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no access token</source>
        <translation>aucun jeton d’accès</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EsiClient</name>
    <message>
        <source>unknown operation &apos;%1&apos; in the %2 spec</source>
        <translation>opération &apos;%1&apos; inconnue dans la spécification %2</translation>
    </message>
    <message>
        <source>; list them with &apos;esi spec ops&apos;</source>
        <translation> ; listez-les avec &apos;esi spec ops&apos;</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation> ; vouliez-vous dire %1 ?</translation>
    </message>
</context>
<context>
    <name>Esi::Core::EveIdRanges</name>
    <message>
        <source>A structure or an item (a container, a ship): /universe/names names neither; a structure&apos;s name needs /universe/structures/{structure_id} with a token.</source>
        <translation>Une structure ou un objet (un conteneur, un vaisseau) : /universe/names ne nomme ni l&apos;un ni l&apos;autre ; le nom d&apos;une structure s&apos;obtient avec /universe/structures/{structure_id} et un jeton.</translation>
    </message>
    <message>
        <source>A special location (such as asset safety) that /universe/names does not name.</source>
        <translation>Un emplacement spécial (comme la sécurité des biens) que /universe/names ne nomme pas.</translation>
    </message>
    <message>
        <source>An office or folder inside a station: /universe/names does not name it.</source>
        <translation>Un bureau ou un dossier dans une station : /universe/names ne le nomme pas.</translation>
    </message>
    <message>
        <source>A celestial or stargate: /universe/names does not name it.</source>
        <translation>Un corps céleste ou une porte stellaire : /universe/names ne le nomme pas.</translation>
    </message>
    <message>
        <source>Outside the ID ranges /universe/names can name.</source>
        <translation>Hors des plages d&apos;ID que /universe/names sait nommer.</translation>
    </message>
    <message>
        <source>Not an ID: zero or negative.</source>
        <translation>Pas un ID : zéro ou négatif.</translation>
    </message>
    <message>
        <source>Not an EVE entity ID.</source>
        <translation>Pas un ID d&apos;entité EVE.</translation>
    </message>
    <message>
        <source>Larger than any type ID.</source>
        <translation>Plus grand que tout ID de type.</translation>
    </message>
    <message>
        <source>Outside the ID ranges of characters, corporations, alliances and factions.</source>
        <translation>Hors des plages d&apos;ID des personnages, corporations, alliances et factions.</translation>
    </message>
    <message>
        <source>Outside the faction ID range (500,000 to 999,999).</source>
        <translation>Hors de la plage d&apos;ID des factions (500 000 à 999 999).</translation>
    </message>
    <message>
        <source>Outside the solar system ID range (30,000,000 to 32,999,999).</source>
        <translation>Hors de la plage d&apos;ID des systèmes solaires (30 000 000 à 32 999 999).</translation>
    </message>
    <message>
        <source>Outside the constellation ID range (20,000,000 to 22,999,999).</source>
        <translation>Hors de la plage d&apos;ID des constellations (20 000 000 à 22 999 999).</translation>
    </message>
    <message>
        <source>Outside the region ID range (10,000,000 to 12,999,999).</source>
        <translation>Hors de la plage d&apos;ID des régions (10 000 000 à 12 999 999).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriter</name>
    <message>
        <source>no output device to export to</source>
        <translation>aucun périphérique de sortie vers lequel exporter</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing</source>
        <translation>impossible d’exporter vers %1 : il n’est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>cannot export to %1: it is not open for writing (%2)</source>
        <translation>impossible d’exporter vers %1 : il n’est pas ouvert en écriture (%2)</translation>
    </message>
    <message>
        <source>could not write the export to %1: %2</source>
        <translation>impossible d’écrire l’export dans %1 : %2</translation>
    </message>
    <message>
        <source>the output device</source>
        <translation>le périphérique de sortie</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ExportWriterFactory</name>
    <message>
        <source>unknown export format &quot;%1&quot;; use one of: %2</source>
        <translation>format d’export &quot;%1&quot; inconnu ; utilisez l’un de : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutCharacters</name>
    <message>
        <source>(none named)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message numerus="yes">
        <source>no signed-in character holds the scopes %1 that %2 needs (%n character(s) signed in); sign one in with: %3</source>
        <translation>
            <numerusform>aucun personnage connecté n&apos;a les scopes %1 dont %2 a besoin (%n personnage connecté) ; connectez-en un avec : %3</numerusform>
            <numerusform>aucun personnage connecté n&apos;a les scopes %1 dont %2 a besoin (%n personnages connectés) ; connectez-en un avec : %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutMerge</name>
    <message>
        <source>Every call failed; the first, %1: %2</source>
        <translation>Tous les appels ont échoué ; le premier, %1 : %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 left</source>
        <translation>%1 terminés, %2 en échec, %3 restants</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutPlan</name>
    <message>
        <source>only a path or query parameter can take a list of values</source>
        <translation>seul un paramètre de chemin ou de requête peut prendre une liste de valeurs</translation>
    </message>
    <message>
        <source>%1 already has a list of values; give one list per parameter</source>
        <translation>%1 a déjà une liste de valeurs ; donnez une liste par paramètre</translation>
    </message>
    <message>
        <source>%1 has %2 values; a list may hold at most %3 (split it into several runs)</source>
        <translation>%1 a %2 valeurs ; une liste peut en contenir au plus %3 (répartissez-la sur plusieurs exécutions)</translation>
    </message>
    <message>
        <source>%1 has an empty list of values; give at least one</source>
        <translation>%1 a une liste de valeurs vide ; donnez-en au moins une</translation>
    </message>
    <message>
        <source>the lists would make %1 calls; a run may make at most %2 (shorten a list)</source>
        <translation>les listes feraient %1 appels ; une exécution peut en faire au plus %2 (raccourcissez une liste)</translation>
    </message>
    <message>
        <source>a stored list of values is damaged or too long</source>
        <translation>une liste de valeurs enregistrée est endommagée ou trop longue</translation>
    </message>
</context>
<context>
    <name>Esi::Core::FanOutRun</name>
    <message>
        <source>cancelled before it was sent</source>
        <translation>annulé avant d&apos;être envoyé</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwkKey</name>
    <message>
        <source>no detail from OpenSSL</source>
        <translation>aucun détail d’OpenSSL</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; is missing or not base64url</source>
        <translation>le membre &apos;%1&apos; est absent ou n’est pas en base64url</translation>
    </message>
    <message>
        <source>OpenSSL rejected the key: %1</source>
        <translation>OpenSSL a refusé la clé : %1</translation>
    </message>
    <message>
        <source>cannot read n/e: %1</source>
        <translation>impossible de lire n/e : %1</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>la clé RSA a %1 bits ; il en faut au moins 2048</translation>
    </message>
    <message>
        <source>cannot build RSA parameters: %1</source>
        <translation>impossible de construire les paramètres RSA : %1</translation>
    </message>
    <message>
        <source>the EC curve &apos;%1&apos; is not P-256</source>
        <translation>la courbe EC &apos;%1&apos; n’est pas P-256</translation>
    </message>
    <message>
        <source>P-256 coordinates must be 32 bytes each (x has %1, y has %2)</source>
        <translation>les coordonnées P-256 doivent faire 32 octets chacune (x en a %1, y en a %2)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is for &apos;%2&apos;, not for signatures</source>
        <translation>la clé &apos;%1&apos; sert à &apos;%2&apos;, pas aux signatures</translation>
    </message>
    <message>
        <source>key type &apos;%1&apos; is not supported (only RSA and EC)</source>
        <translation>le type de clé &apos;%1&apos; n’est pas pris en charge (seuls RSA et EC le sont)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; cannot be used: %2</source>
        <translation>la clé &apos;%1&apos; est inutilisable : %2</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>algorithm %1 does not fit key &apos;%2&apos; of type %3</source>
        <translation>l’algorithme %1 ne convient pas à la clé &apos;%2&apos; de type %3</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; is published for %2, but the token says %3</source>
        <translation>la clé &apos;%1&apos; est publiée pour %2, mais le jeton indique %3</translation>
    </message>
    <message>
        <source>an ES256 signature must be 64 bytes (r || s), this one has %1</source>
        <translation>une signature ES256 doit faire 64 octets (r || s), celle-ci en a %1</translation>
    </message>
    <message>
        <source>cannot start verification: %1</source>
        <translation>impossible de lancer la vérification : %1</translation>
    </message>
    <message>
        <source>the signature does not match key &apos;%1&apos;</source>
        <translation>la signature ne correspond pas à la clé &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Jwks</name>
    <message>
        <source>not JSON (%1)</source>
        <translation>pas du JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;keys&quot; array</source>
        <translation>pas de tableau &quot;keys&quot;</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;, and its keys were fetched less than a minute ago, so they are not fetched again yet.</source>
        <translation>Le SSO ne publie pas la clé de signature &apos;%1&apos;, et ses clés ont été récupérées il y a moins d’une minute ; elles ne sont donc pas encore récupérées à nouveau.</translation>
    </message>
    <message>
        <source>no JWKS URL is known</source>
        <translation>aucune URL JWKS n’est connue</translation>
    </message>
    <message>
        <source>the answer is not a JWKS: %1</source>
        <translation>la réponse n’est pas un JWKS : %1</translation>
    </message>
    <message>
        <source>Cannot fetch the SSO&apos;s signing keys from %1: %2.</source>
        <translation>Impossible de récupérer les clés de signature du SSO depuis %1 : %2.</translation>
    </message>
    <message>
        <source>The SSO does not publish signing key &apos;%1&apos;.</source>
        <translation>Le SSO ne publie pas la clé de signature &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtClaims</name>
    <message>
        <source>The token&apos;s subject &apos;%1&apos; is not an EVE character (expected CHARACTER:EVE:&lt;id&gt;).</source>
        <translation>Le sujet &apos;%1&apos; du jeton n’est pas un personnage d’EVE (attendu : CHARACTER:EVE:&lt;id&gt;).</translation>
    </message>
    <message>
        <source>The token for character %1 has no owner hash (`owner` claim).</source>
        <translation>Le jeton du personnage %1 n’a pas d’empreinte de propriétaire (revendication `owner`).</translation>
    </message>
    <message>
        <source>The token&apos;s `scp` claim is neither a string nor an array of strings.</source>
        <translation>La revendication `scp` du jeton n’est ni une chaîne ni un tableau de chaînes.</translation>
    </message>
    <message>
        <source>The token&apos;s `aud` claim is neither a string nor an array of strings.</source>
        <translation>La revendication `aud` du jeton n’est ni une chaîne ni un tableau de chaînes.</translation>
    </message>
    <message>
        <source>The token has no usable expiry (`exp` claim: seconds since 1970, up to the year 9999).</source>
        <translation>Le jeton n’a pas d’expiration exploitable (revendication `exp` : secondes depuis 1970, jusqu’à l’an 9999).</translation>
    </message>
    <message>
        <source>The token&apos;s issue time (`iat` claim) is not seconds since 1970 up to the year 9999.</source>
        <translation>L’heure d’émission du jeton (revendication `iat`) n’est pas un nombre de secondes depuis 1970 jusqu’à l’an 9999.</translation>
    </message>
    <message>
        <source>The token&apos;s start of validity (`nbf` claim) is not a number.</source>
        <translation>Le début de validité du jeton (revendication `nbf`) n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::JwtVerifier</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>L’horloge de cet ordinateur retarde probablement de plus des %1 tolérées : réglez l’horloge système (activez l’heure automatique, p. ex. timedatectl set-ntp true) et réessayez.</translation>
    </message>
    <message>
        <source>The access token is not a JWT (expected three dot-separated parts, found %1).</source>
        <translation>Le jeton d’accès n’est pas un JWT (trois parties séparées par des points attendues, %1 trouvées).</translation>
    </message>
    <message>
        <source>The access token&apos;s header is not base64url-encoded JSON.</source>
        <translation>L’en-tête du jeton d’accès n’est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>The access token is unsigned (alg &apos;%1&apos;); unsigned tokens are never accepted.</source>
        <translation>Le jeton d’accès n’est pas signé (alg &apos;%1&apos;) ; les jetons non signés ne sont jamais acceptés.</translation>
    </message>
    <message>
        <source>The access token is signed with %1; only RS256 and ES256 are accepted.</source>
        <translation>Le jeton d’accès est signé avec %1 ; seuls RS256 et ES256 sont acceptés.</translation>
    </message>
    <message>
        <source>The access token names signing key &apos;%1&apos;, which the SSO does not publish.</source>
        <translation>Le jeton d’accès désigne la clé de signature &apos;%1&apos;, que le SSO ne publie pas.</translation>
    </message>
    <message>
        <source>The SSO&apos;s signing key cannot be used: %1.</source>
        <translation>La clé de signature du SSO est inutilisable : %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s algorithm does not match its key: %1.</source>
        <translation>L’algorithme du jeton d’accès ne correspond pas à sa clé : %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is not base64url.</source>
        <translation>La signature du jeton d’accès n’est pas en base64url.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature is invalid: %1.</source>
        <translation>La signature du jeton d’accès n’est pas valide : %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s payload is not base64url-encoded JSON.</source>
        <translation>La charge utile du jeton d’accès n’est pas du JSON encodé en base64url.</translation>
    </message>
    <message>
        <source>The access token was issued by &apos;%1&apos;, not by %2.</source>
        <translation>Le jeton d’accès a été émis par &apos;%1&apos;, pas par %2.</translation>
    </message>
    <message>
        <source>The access token was issued to another application (its audience lacks client ID %1).</source>
        <translation>Le jeton d’accès a été émis pour une autre application (son audience ne contient pas l’ID client %1).</translation>
    </message>
    <message>
        <source>The access token&apos;s audience lacks &quot;EVE Online&quot;, so it is not an EVE SSO token.</source>
        <translation>L’audience du jeton d’accès ne contient pas &quot;EVE Online&quot; : ce n’est donc pas un jeton de l’EVE SSO.</translation>
    </message>
    <message>
        <source>The access token expired at %1 (now %2).</source>
        <translation>Le jeton d’accès a expiré à %1 (il est %2).</translation>
    </message>
    <message>
        <source>The access token claims to be issued at %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Le jeton d’accès prétend avoir été émis à %1, %2 après l’heure de cet ordinateur (%3). %4</translation>
    </message>
    <message>
        <source>The access token is valid only from %1, %2 after this computer&apos;s time (%3). %4</source>
        <translation>Le jeton d’accès n’est valide qu’à partir de %1, %2 après l’heure de cet ordinateur (%3). %4</translation>
    </message>
</context>
<context>
    <name>Esi::Core::KeychainSecretStore</name>
    <message>
        <source>Access to the system keychain was denied while %1. Allow ESI Studio to use the keychain and try again.</source>
        <translation>L’accès au trousseau du système a été refusé pendant %1. Autorisez ESI Studio à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available while %1 (%2). ESI Studio keeps tokens only in the keychain, never in plain files: start and unlock your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.</source>
        <translation>Le trousseau du système n’est pas disponible pendant %1 (%2). ESI Studio ne garde les jetons que dans le trousseau, jamais dans des fichiers en clair : démarrez et déverrouillez votre trousseau (GNOME Keyring, KWallet ou un autre Secret Service) et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer clearly while %1: it may be locked. Unlock your keyring and try again.</source>
        <translation>Le trousseau du système n’a pas répondu clairement pendant %1 : il est peut-être verrouillé. Déverrouillez votre trousseau et réessayez.</translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation>la lecture de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>storing &apos;%1&apos;</source>
        <translation>l’enregistrement de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>deleting &apos;%1&apos;</source>
        <translation>la suppression de &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Esi::Core::LoopbackReceiver</name>
    <message>
        <source>The callback URL %1 is not an http://127.0.0.1 or http://localhost address, so the browser&apos;s answer cannot be caught here. Register such a callback URL (for example %2) with the application and set it in the settings.</source>
        <translation>L’URL de rappel %1 n’est pas une adresse http://127.0.0.1 ou http://localhost : la réponse du navigateur ne peut donc pas être captée ici. Enregistrez une telle URL de rappel (par exemple %2) pour l’application et indiquez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in answer on 127.0.0.1:%1: %2. Close the program using that port or register another callback port.</source>
        <translation>Impossible d’écouter la réponse de connexion sur 127.0.0.1:%1 : %2. Fermez le programme qui utilise ce port ou enregistrez un autre port de rappel.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameCache</name>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names d&apos;ESI ne connaît pas cet ID (réponse 404).</translation>
    </message>
</context>
<context>
    <name>Esi::Core::NameResolver</name>
    <message>
        <source>The spec has no POST /universe/names (PostUniverseNames) to ask.</source>
        <translation>La spécification ne contient pas de POST /universe/names (PostUniverseNames) à interroger.</translation>
    </message>
    <message>
        <source>Naming was cancelled.</source>
        <translation>La recherche des noms a été annulée.</translation>
    </message>
    <message>
        <source>ESI&apos;s answer to POST /universe/names is not a list of {id, name, category} for the IDs asked.</source>
        <translation>La réponse d&apos;ESI à POST /universe/names n&apos;est pas une liste de {id, name, category} pour les ID demandés.</translation>
    </message>
    <message>
        <source>ESI answered 404 more than %1 times; the remaining IDs were not asked, to spare the error limit (is the base URL right?)</source>
        <translation>ESI a répondu 404 plus de %1 fois ; les ID restants n&apos;ont pas été demandés, pour ménager la limite d&apos;erreurs (l&apos;URL de base est-elle correcte ?)</translation>
    </message>
    <message>
        <source>POST /universe/names failed: %1</source>
        <translation>POST /universe/names a échoué : %1</translation>
    </message>
    <message>
        <source>ESI&apos;s /universe/names does not know this ID (it answered 404).</source>
        <translation>/universe/names d&apos;ESI ne connaît pas cet ID (réponse 404).</translation>
    </message>
    <message>
        <source>ESI answered POST /universe/names without this ID.</source>
        <translation>ESI a répondu à POST /universe/names sans cet ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::OfflineSandbox</name>
    <message>
        <source>(no path)</source>
        <translation>(aucun chemin)</translation>
    </message>
    <message>
        <source>esi-sandbox was not found at %1. It is built with ESI Studio and installed next to the esi-studio executable; reinstall ESI Studio or build the esi-sandbox target.</source>
        <translation>esi-sandbox est introuvable dans %1. Il est compilé avec ESI Studio et installé à côté de l’exécutable esi-studio ; réinstallez ESI Studio ou compilez la cible esi-sandbox.</translation>
    </message>
    <message>
        <source>esi-sandbox printed “%1” instead of its address; it may be a different version than this ESI Studio. Reinstall ESI Studio.</source>
        <translation>esi-sandbox a affiché « %1 » au lieu de son adresse ; sa version diffère peut-être de celle d’ESI Studio. Réinstallez ESI Studio.</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) could not be started: %2. Check that the file is executable.</source>
        <translation>esi-sandbox (%1) n’a pas pu démarrer : %2. Vérifiez que le fichier est exécutable.</translation>
    </message>
    <message>
        <source>esi-sandbox crashed.</source>
        <translation>esi-sandbox a planté.</translation>
    </message>
    <message>
        <source>esi-sandbox stopped with exit code %1: %2</source>
        <translation>esi-sandbox s’est arrêté avec le code de sortie %1 : %2</translation>
    </message>
    <message>
        <source>esi-sandbox (%1) did not answer within the time allowed. Run it by hand with “esi-sandbox --port 0” to see why.</source>
        <translation>esi-sandbox (%1) n’a pas répondu dans le délai imparti. Lancez-le à la main avec « esi-sandbox --port 0 » pour voir pourquoi.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::PageFetcher</name>
    <message>
        <source>ESI error limit</source>
        <translation>limite d’erreurs de l’ESI</translation>
    </message>
    <message>
        <source>rate limit group %1</source>
        <translation>groupe de limite de débit %1</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s</source>
        <translation>aucune réponse complète de %1 en %2 s</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>retry after a cut-short answer</source>
        <translation>nouvel essai après une réponse tronquée</translation>
    </message>
    <message>
        <source>the answer from %1 was cut short %2 times (%3)</source>
        <translation>la réponse de %1 a été tronquée %2 fois (%3)</translation>
    </message>
    <message>
        <source>ESI&apos;s error limit is exhausted (HTTP 420); no request is sent until it resets in %1 s</source>
        <translation>La limite d’erreurs de l’ESI est épuisée (HTTP 420) ; aucune requête n’est envoyée avant sa réinitialisation dans %1 s</translation>
    </message>
    <message>
        <source>%1 after %2 tries</source>
        <translation>%1 après %2 essais</translation>
    </message>
    <message>
        <source>retry after HTTP %1</source>
        <translation>nouvel essai après HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s); try again later</source>
        <translation>
            <numerusform>limité par l’ESI (HTTP 429) %n fois ; réessayez plus tard</numerusform>
            <numerusform>limité par l’ESI (HTTP 429) %n fois ; réessayez plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rate limited by ESI (HTTP 429) %n time(s) without a Retry-After; try again later</source>
        <translation>
            <numerusform>limité par l’ESI (HTTP 429) %n fois sans Retry-After ; réessayez plus tard</numerusform>
            <numerusform>limité par l’ESI (HTTP 429) %n fois sans Retry-After ; réessayez plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValidator</name>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 doit être supérieur à %2</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 doit être inférieur à %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 dépasse le maximum %2</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 n’est pas un entier</translation>
    </message>
    <message>
        <source>%1 is outside the int64 range %2..%3</source>
        <translation>%1 est hors de la plage int64 %2..%3</translation>
    </message>
    <message>
        <source>%1 is outside the int32 range %2..%3</source>
        <translation>%1 est hors de la plage int32 %2..%3</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a boolean; write true or false</source>
        <translation>%1 n’est pas un booléen ; écrivez true ou false</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD</source>
        <translation>%1 n’est pas une date ; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not a date-time; write YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>%1 n’est pas une date-heure ; écrivez AAAA-MM-JJThh:mm:ssZ</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at least %3 needed</source>
        <translation>%1 fait %2 caractères, il en faut au moins %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, at most %3 allowed</source>
        <translation>%1 fait %2 caractères, %3 au maximum sont permis</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2</source>
        <translation>%1 ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>missing required parameter &apos;%1&apos; (%2 %3); add %1=&lt;value&gt;</source>
        <translation>paramètre obligatoire &apos;%1&apos; manquant (%2 %3) ; ajoutez %1=&lt;valeur&gt;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by ESI Studio itself (language, cache validators, compatibility date, tenant and token come from the call&apos;s options); remove it</source>
        <translation>&apos;%1&apos; est défini par ESI Studio lui-même (langue, validateurs de cache, date de compatibilité, tenant et jeton viennent des options de l’appel) ; retirez-le</translation>
    </message>
    <message>
        <source>a JSON body</source>
        <translation>un corps JSON</translation>
    </message>
    <message>
        <source>%1 and a JSON body</source>
        <translation>%1 et un corps JSON</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;; %2 takes %3</source>
        <translation>paramètre &apos;%1&apos; inconnu ; %2 accepte %3</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>aucun paramètre</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation> ; vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>before and after are mutually exclusive; give only one of them</source>
        <translation>before et after s’excluent mutuellement ; n’en donnez qu’un</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) given, at least %2 needed</source>
        <translation>
            <numerusform>%1 : %n élément donné, au moins %2 requis</numerusform>
            <numerusform>%1 : %n éléments donnés, au moins %2 requis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items given, at most %2 allowed</source>
        <translation>
            <numerusform>%1 : %n élément donné, au plus %2 autorisés</numerusform>
            <numerusform>%1 : %n éléments donnés, au plus %2 autorisés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 élément %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 appears more than once; items must be unique</source>
        <translation>%1 : %2 apparaît plusieurs fois ; les éléments doivent être uniques</translation>
    </message>
    <message>
        <source>body: %1 takes no request body; remove it</source>
        <translation>body : %1 n’accepte pas de corps de requête ; retirez-le</translation>
    </message>
    <message>
        <source>body: %1 needs a JSON request body (%2); add body=&lt;json&gt;</source>
        <translation>body : %1 nécessite un corps de requête JSON (%2) ; ajoutez body=&lt;json&gt;</translation>
    </message>
    <message>
        <source>body: invalid JSON at offset %1: %2</source>
        <translation>body : JSON non valide à la position %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>body: holds %n JSON values separated by commas; give exactly one</source>
        <translation>
            <numerusform>body : contient %n valeur JSON séparée par des virgules ; n’en donnez qu’une</numerusform>
            <numerusform>body : contient %n valeurs JSON séparées par des virgules ; n’en donnez qu’une</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>body: %n more problems not shown</source>
        <translation>
            <numerusform>body : %n autre problème non affiché</numerusform>
            <numerusform>body : %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>null is not allowed; expected %1</source>
        <translation>null n’est pas autorisé ; attendu : %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu : %1, reçu : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) given, at least %1 needed</source>
        <translation>
            <numerusform>%n élément donné, au moins %1 requis</numerusform>
            <numerusform>%n éléments donnés, au moins %1 requis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items given, at most %1 allowed</source>
        <translation>
            <numerusform>%n élément donné, au plus %1 autorisés</numerusform>
            <numerusform>%n éléments donnés, au plus %1 autorisés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 appears more than once; items must be unique</source>
        <translation>%1 apparaît plusieurs fois ; les éléments doivent être uniques</translation>
    </message>
    <message>
        <source>%1.%2: required property is missing</source>
        <translation>%1.%2 : propriété obligatoire manquante</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ParameterValues</name>
    <message>
        <source>&apos;%1&apos; is not a parameter assignment; write name=value (e.g. region_id=10000002)</source>
        <translation>&apos;%1&apos; n’est pas une affectation de paramètre ; écrivez nom=valeur (p. ex. region_id=10000002)</translation>
    </message>
    <message>
        <source>is not a valid JSON array (%1 at offset %2); write [1, 2, 3] or 1,2,3</source>
        <translation>n’est pas un tableau JSON valide (%1 à la position %2) ; écrivez [1, 2, 3] ou 1,2,3</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RedirectGuard</name>
    <message>
        <source>%1 redirected the request more than %2 times (a redirect loop?), so it was stopped.</source>
        <translation>%1 a redirigé la requête plus de %2 fois (une boucle de redirection ?) ; elle a donc été arrêtée.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect to another server (%3). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 a répondu HTTP %2, une redirection vers un autre serveur (%3). Elle n’a pas été suivie : aucun identifiant n’y a été envoyé. Vérifiez les adresses des serveurs ESI et SSO.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect to another server (%2). It was not followed, so no credentials went there. Check the ESI and SSO server addresses.</source>
        <translation>%1 a répondu par une redirection vers un autre serveur (%2). Elle n’a pas été suivie : aucun identifiant n’y a été envoyé. Vérifiez les adresses des serveurs ESI et SSO.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RequestValueCheck</name>
    <message>
        <source>header parameter &apos;%1&apos; contains a line break or NUL character, which would add headers of its own; enter the value on one line</source>
        <translation>le paramètre d’en-tête &apos;%1&apos; contient un saut de ligne ou un caractère NUL, qui ajouterait ses propres en-têtes ; saisissez la valeur sur une seule ligne</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is empty, which would change the path of the request; enter a value</source>
        <translation>le paramètre de chemin &apos;%1&apos; est vide, ce qui changerait le chemin de la requête ; saisissez une valeur</translation>
    </message>
    <message>
        <source>path parameter &apos;%1&apos; is &apos;%2&apos;, which would send the request to another path; enter the value itself (an ID or a name)</source>
        <translation>le paramètre de chemin &apos;%1&apos; vaut &apos;%2&apos;, ce qui enverrait la requête vers un autre chemin ; saisissez la valeur elle-même (un ID ou un nom)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ResponseGuard</name>
    <message>
        <source>the server answered “X-Pages: %1”, which is not a page count (a whole number from 1 to 2147483647); nothing beyond page 1 was fetched. The server or a proxy in between sent a broken header.</source>
        <translation>le serveur a répondu « X-Pages: %1 », qui n’est pas un nombre de pages (un entier de 1 à 2147483647) ; rien n’a été récupéré au-delà de la page 1. Le serveur ou un proxy intermédiaire a envoyé un en-tête invalide.</translation>
    </message>
    <message>
        <source>the server answered “X-Pages: %1”, more than the cap of %2 pages per call; nothing beyond page 1 was fetched. If you really want them, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>le serveur a répondu « X-Pages: %1 », plus que la limite de %2 pages par appel ; rien n’a été récupéré au-delà de la page 1. Si vous les voulez vraiment, relevez la limite avec esi call --max-pages ou dans Paramètres › Requêtes › Pages maximum par appel.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with Content-Type %3 instead of JSON; the first bytes: %4. A maintenance page or a proxy may be answering in ESI&apos;s place.</source>
        <translation>%1 a répondu HTTP %2 avec le Content-Type %3 au lieu de JSON ; les premiers octets : %4. Une page de maintenance ou un proxy répond peut-être à la place d’ESI.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body instead of JSON (Content-Type %3).</source>
        <translation>%1 a répondu HTTP %2 avec un corps vide au lieu de JSON (Content-Type %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with a body that is not JSON (Content-Type %3, %4 at byte %5); the first bytes: %6.</source>
        <translation>%1 a répondu HTTP %2 avec un corps qui n’est pas du JSON (Content-Type %3, %4 à l’octet %5) ; les premiers octets : %6.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 announced %3 bytes (Content-Length), more than the response size cap of %4; it was not downloaded.</source>
        <translation>la réponse de %1 depuis %2 annonçait %3 octets (Content-Length), plus que la taille maximale de réponse de %4 ; elle n’a pas été téléchargée.</translation>
    </message>
    <message>
        <source>the answer of %1 from %2 grew past the response size cap of %3; the download was stopped.</source>
        <translation>la réponse de %1 depuis %2 a dépassé la taille maximale de réponse de %3 ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>If you expect such a large answer, raise the cap with esi call --max-response-size (e.g. 256M) or in Settings › Requests › Largest response.</source>
        <translation>Si vous attendez une réponse aussi grande, relevez la limite avec esi call --max-response-size (p. ex. 256M) ou dans Paramètres › Requêtes › Réponse maximale.</translation>
    </message>
    <message>
        <source>%1 answered HTTP 304 Not Modified to a request without cache validators (If-None-Match, If-Modified-Since): nothing is cached to revalidate, so there is no answer. The server or a proxy in between answered wrongly; try again later.</source>
        <translation>%1 a répondu HTTP 304 Not Modified à une requête sans validateurs de cache (If-None-Match, If-Modified-Since) : rien n’est en cache à revalider, il n’y a donc pas de réponse. Le serveur ou un proxy intermédiaire a mal répondu ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>the result kept pointing to further pages past the cap of %1 pages per call; the walk was stopped. If you really want more, raise the cap with esi call --max-pages or in Settings › Requests › Most pages per call.</source>
        <translation>le résultat renvoyait encore vers d’autres pages au-delà de la limite de %1 pages par appel ; le parcours a été arrêté. Si vous en voulez vraiment plus, relevez la limite avec esi call --max-pages ou dans Paramètres › Requêtes › Pages maximum par appel.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowIdentity</name>
    <message>
        <source>rows are matched by %1, unique in every snapshot</source>
        <translation>les lignes sont associées par %1, unique dans chaque instantané</translation>
    </message>
    <message>
        <source>rows are matched as a whole: they have no *_id column</source>
        <translation>les lignes sont comparées entières : elles n’ont aucune colonne *_id</translation>
    </message>
    <message>
        <source>rows are matched as a whole: no *_id column is unique (%1)</source>
        <translation>les lignes sont comparées entières : aucune colonne *_id n’est unique (%1)</translation>
    </message>
    <message>
        <source>rows are matched as a whole: several *_id columns are unique (%1)</source>
        <translation>les lignes sont comparées entières : plusieurs colonnes *_id sont uniques (%1)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RowNames</name>
    <message>
        <source>Not asked yet.</source>
        <translation>Pas encore demandé.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::RunWords</name>
    <message>
        <source>--run needs an operation ID, e.g. --run GetMarketsRegionIdOrders region_id=10000002</source>
        <translation>--run nécessite un identifiant d’opération, p. ex. --run GetMarketsRegionIdOrders region_id=10000002</translation>
    </message>
    <message>
        <source>--run takes at most %1 values</source>
        <translation>--run accepte au plus %1 valeurs</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible d’exécuter %1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Schema</name>
    <message>
        <source>expands to more than %1 nodes once its $refs are inlined</source>
        <translation>dépasse %1 nœuds une fois ses $ref développés</translation>
    </message>
    <message>
        <source>nests deeper than %1 levels</source>
        <translation>s’imbrique sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the schema %1 %2 (reached through %3): its $refs fan out too widely to inline. Check the $refs under %4 in %5; views that resolve on demand (the schema tree, value checks) still work</source>
        <translation>le schéma %1 %2 (atteint via %3) : ses $ref se ramifient trop pour être développés. Vérifiez les $ref sous %4 dans %5 ; les vues qui résolvent à la demande (l’arbre du schéma, les contrôles de valeurs) fonctionnent toujours</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>le schéma</translation>
    </message>
</context>
<context>
    <name>Esi::Core::ServerTrust</name>
    <message>
        <source>%1 &quot;%2&quot; uses plain http to %3, which is not this computer: tokens and answers would cross the network unencrypted. Use https, or http only with a loopback address (127.0.0.1, ::1, localhost).</source>
        <translation>%1 &quot;%2&quot; utilise du http simple vers %3, qui n’est pas cet ordinateur : jetons et réponses traverseraient le réseau sans chiffrement. Utilisez https, ou http seulement avec une adresse de bouclage (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>The ESI server</source>
        <translation>Le serveur ESI</translation>
    </message>
    <message>
        <source>%1 No token was sent.</source>
        <translation>%1 Aucun jeton n’a été envoyé.</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, whose tokens belong to %2, not to the ESI server %3; no token was sent there. Call %2, sign the character in with %3&apos;s own SSO, or trust %3 for tokens of %1 explicitly (setting sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL or esi --trust-esi-url).</source>
        <translation>Le personnage s’est connecté avec le SSO de %1, dont les jetons appartiennent à %2 et non au serveur ESI %3 ; aucun jeton n’y a été envoyé. Appelez %2, connectez le personnage avec le SSO propre à %3, ou faites explicitement confiance à %3 pour les jetons de %1 (paramètre sso/trustedEsiBaseUrl, ESI_TRUSTED_ESI_URL ou esi --trust-esi-url).</translation>
    </message>
    <message>
        <source>The character was signed in with the SSO at %1, but the SSO in use now is %2; its refresh token goes only back to %1, so nothing was sent. Use %1 again (--sso-url, ESI_SSO_URL or the Sign-in settings), or sign the character in with %2.</source>
        <translation>Le personnage s’est connecté avec le SSO de %1, mais le SSO utilisé maintenant est %2 ; son jeton de rafraîchissement ne retourne qu’à %1, donc rien n’a été envoyé. Utilisez de nouveau %1 (--sso-url, ESI_SSO_URL ou les paramètres de connexion), ou connectez le personnage avec %2.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SnapshotDiff</name>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Core::Spec</name>
    <message>
        <source>cannot read the spec: %1; check the path and permissions</source>
        <translation>impossible de lire la spécification : %1 ; vérifiez le chemin et les droits</translation>
    </message>
    <message>
        <source>$ref cycle: %1 -&gt; %2</source>
        <translation>cycle de $ref : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>unresolvable $ref %1</source>
        <translation>$ref %1 impossible à résoudre</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecDiff</name>
    <message>
        <source>%1 not compared: %2</source>
        <translation>%1 non comparé : %2</translation>
    </message>
    <message>
        <source>%1 changed: %2</source>
        <translation>%1 modifié : %2</translation>
    </message>
    <message>
        <source>parameter removed: %1 %2</source>
        <translation>paramètre retiré : %1 %2</translation>
    </message>
    <message>
        <source>parameter %1 is now required</source>
        <translation>le paramètre %1 est désormais obligatoire</translation>
    </message>
    <message>
        <source>parameter %1 is now optional</source>
        <translation>le paramètre %1 est désormais facultatif</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <source>parameter added: %1 %2 (required)</source>
        <translation>paramètre ajouté : %1 %2 (obligatoire)</translation>
    </message>
    <message>
        <source>parameter added: %1 %2</source>
        <translation>paramètre ajouté : %1 %2</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>corps de la requête</translation>
    </message>
    <message>
        <source>success status %1 -&gt; %2</source>
        <translation>statut de succès %1 -&gt; %2</translation>
    </message>
    <message>
        <source>response schema</source>
        <translation>schéma de la réponse</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(publique)</translation>
    </message>
    <message>
        <source>scopes: %1 -&gt; %2</source>
        <translation>portées : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>now deprecated</source>
        <translation>désormais obsolète</translation>
    </message>
    <message>
        <source>no longer deprecated</source>
        <translation>n’est plus obsolète</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed</source>
        <translation>De %1 à %2 : %3 ajoutées, %4 retirées, %5 modifiées</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecError</name>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>in operation %1</source>
        <translation>dans l’opération %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1; fix the document or fetch it again</source>
        <translation>JSON mal formé : %1 ; corrigez le document ou récupérez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecReader</name>
    <message>
        <source>a /meta/compatibility-dates list</source>
        <translation>une liste /meta/compatibility-dates</translation>
    </message>
    <message>
        <source>a /meta/status document</source>
        <translation>un document /meta/status</translation>
    </message>
    <message>
        <source>a JSON Web Key Set</source>
        <translation>un JSON Web Key Set</translation>
    </message>
    <message>
        <source>OpenAPI version &quot;%1&quot;</source>
        <translation>version OpenAPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Swagger version &quot;%1&quot;</source>
        <translation>version Swagger &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an empty JSON object</source>
        <translation>un objet JSON vide</translation>
    </message>
    <message>
        <source>a JSON object with keys %1</source>
        <translation>un objet JSON avec les clés %1</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a JSON array</source>
        <translation>document OpenAPI 3.x ou Swagger 2.0 attendu (un objet JSON), reçu un tableau JSON</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.x or Swagger 2.0 document (a JSON object), got a bare JSON value</source>
        <translation>document OpenAPI 3.x ou Swagger 2.0 attendu (un objet JSON), reçu une valeur JSON isolée</translation>
    </message>
    <message>
        <source>expected an OpenAPI 3.0/3.1 or Swagger 2.0 document, got %1</source>
        <translation>document OpenAPI 3.0/3.1 ou Swagger 2.0 attendu, reçu : %1</translation>
    </message>
    <message>
        <source>the document has no &quot;paths&quot; object, so it describes no operations</source>
        <translation>le document n’a pas d’objet &quot;paths&quot; : il ne décrit donc aucune opération</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;; every path must, or it would change the server the request goes to. Fix or remove it in the spec</source>
        <translation>le chemin &quot;%1&quot; ne commence pas par &quot;/&quot; ; tout chemin le doit, sinon il changerait le serveur auquel va la requête. Corrigez-le ou retirez-le de la spécification</translation>
    </message>
    <message>
        <source>an operation must be a JSON object</source>
        <translation>une opération doit être un objet JSON</translation>
    </message>
    <message>
        <source>duplicate operationId &quot;%1&quot;; every operation needs its own</source>
        <translation>operationId &quot;%1&quot; en double ; chaque opération doit avoir la sienne</translation>
    </message>
    <message>
        <source>%1; the document does not define it (referenced from %2)</source>
        <translation>%1 ; le document ne le définit pas (référencé depuis %2)</translation>
    </message>
    <message>
        <source>a parameter needs a &quot;name&quot; and &quot;in&quot; of path, query, header or cookie (got in=&quot;%1&quot;)</source>
        <translation>un paramètre nécessite un &quot;name&quot; et un &quot;in&quot; valant path, query, header ou cookie (reçu in=&quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SpecRepository</name>
    <message>
        <source>the list of compatibility dates</source>
        <translation>la liste des dates de compatibilité</translation>
    </message>
    <message>
        <source>unexpected answer: %1</source>
        <translation>réponse inattendue : %1</translation>
    </message>
    <message>
        <source>the spec for %1</source>
        <translation>la spécification du %1</translation>
    </message>
    <message>
        <source>could not fetch %1 (%2); check the ESI base URL and your connection</source>
        <translation>impossible de récupérer %1 (%2) ; vérifiez l’URL de base de l’ESI et votre connexion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compatibility date; use the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; n’est pas une date de compatibilité ; utilisez la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteExportWriter</name>
    <message>
        <source>A SQLite export needs a file to write to (with esi: --out FILE.db).</source>
        <translation>Un export SQLite a besoin d’un fichier où écrire (avec esi : --out FICHIER.db).</translation>
    </message>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>Impossible de créer un fichier temporaire à côté de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to add a run to it: %2</source>
        <translation>Impossible de lire %1 pour y ajouter une exécution : %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a SQLite database; it was left as it was. Choose another file name.</source>
        <translation>%1 existe et n’est pas une base SQLite ; il a été laissé tel quel. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to add a run to it: %2</source>
        <translation>Impossible de copier %1 pour y ajouter une exécution : %2</translation>
    </message>
    <message>
        <source>SQLite export</source>
        <translation>export SQLite</translation>
    </message>
    <message>
        <source>Cannot start writing %1: %2</source>
        <translation>Impossible de commencer à écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has an esi_runs table without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>%1 a une table esi_runs sans colonne %2 : il n’a donc pas été écrit par un export d’ESI Studio ; exportez dans un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Impossible d’enregistrer l’exécution dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the finished export for %1: %2</source>
        <translation>Impossible de lire l’export terminé pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteFile</name>
    <message>
        <source>token database</source>
        <translation>base de données des jetons</translation>
    </message>
    <message>
        <source>limit state</source>
        <translation>état des limites</translation>
    </message>
    <message>
        <source>response cache</source>
        <translation>cache des réponses</translation>
    </message>
    <message>
        <source>No file name was given for the %1.</source>
        <translation>Aucun nom de fichier n’a été donné pour : %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the %2. Check that the path is not a file and that you may write there, or choose another location.</source>
        <translation>Impossible de créer le dossier %1 (%2). Vérifiez que le chemin n’est pas un fichier et que vous pouvez y écrire, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The folder %1 for the %2 is not writable. Fix its permissions or choose another location.</source>
        <translation>Le dossier %1 (%2) n’est pas accessible en écriture. Corrigez ses droits ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3. Fix its permissions or move it away.</source>
        <translation>Impossible de lire %2 (%1) : %3. Corrigez ses droits ou déplacez-le.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a SQLite database (damaged, or written by another program). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) n’est pas une base SQLite (endommagée, ou écrite par un autre programme). Elle n’a pas été modifiée ; déplacez-la ou supprimez-la et une nouvelle sera créée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Cannot create the %1 %2. Check that you may write there, or choose another location.</source>
        <translation>Impossible de créer %2 (%1). Vérifiez que vous pouvez y écrire, ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so the %1 cannot be opened. Install the Qt SQL SQLite plugin.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas disponible : impossible d’ouvrir %1. Installez le greffon SQLite de Qt SQL.</translation>
    </message>
    <message>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>Impossible d’ouvrir %2 (%1) : %3.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read as a SQLite database (%3). It was left untouched; move or delete it and a new one is created on the next start.</source>
        <translation>%2 (%1) ne peut pas être lu comme une base SQLite (%3). Il n’a pas été modifié ; déplacez-le ou supprimez-le et un nouveau sera créé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Cannot switch the %1 %2 to WAL mode: %3.</source>
        <translation>Impossible de passer %2 (%1) en mode WAL : %3.</translation>
    </message>
    <message>
        <source>Cannot lock the %1 %2: %3.</source>
        <translation>Impossible de verrouiller %2 (%1) : %3.</translation>
    </message>
    <message>
        <source>The %1 %2 was written by a newer ESI Studio (format %3, this one reads %4). Use the newer version, or delete the file to start afresh.</source>
        <translation>%2 (%1) a été écrit par un ESI Studio plus récent (format %3, celui-ci lit le %4). Utilisez la version plus récente, ou supprimez le fichier pour repartir de zéro.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not ESI Studio&apos;s %2. It was left untouched; choose another file.</source>
        <translation>%1 est une base SQLite d’un autre programme, pas le fichier %2 d’ESI Studio. Elle n’a pas été modifiée ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot create the tables of the %1 %2: %3.</source>
        <translation>Impossible de créer les tables de %2 (%1) : %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SqliteTable</name>
    <message>
        <source>SQLite refused to change table %1: %2</source>
        <translation>SQLite a refusé de modifier la table %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>Impossible de lire la table %1 : %2</translation>
    </message>
    <message>
        <source>The file already has a table %1 without a %2 column, so it was not written by an ESI Studio export; export into another file.</source>
        <translation>Le fichier contient déjà une table %1 sans colonne %2 : il n’a donc pas été écrit par un export d’ESI Studio ; exportez dans un autre fichier.</translation>
    </message>
    <message>
        <source>Table %1 would get more than %2 columns; SQLite cannot hold them. Export as CSV or JSON instead.</source>
        <translation>La table %1 aurait plus de %2 colonnes ; SQLite ne peut pas les contenir. Exportez plutôt en CSV ou JSON.</translation>
    </message>
    <message>
        <source>Column %1 of table %2 is %3 in the file, but %4 in this result; export into a new file.</source>
        <translation>La colonne %1 de la table %2 est %3 dans le fichier, mais %4 dans ce résultat ; exportez dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Cannot write to table %1: %2</source>
        <translation>Impossible d’écrire dans la table %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write a row to table %1: %2</source>
        <translation>Impossible d’écrire une ligne dans la table %1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoClient</name>
    <message>
        <source>The SSO at %1 names %2 as an endpoint, on another server; no token is sent there.</source>
        <translation>Le SSO de %1 indique %2 comme point de terminaison, sur un autre serveur ; aucun jeton n’y est envoyé.</translation>
    </message>
    <message>
        <source>The SSO could not be reached for %1: %2.</source>
        <translation>Le SSO est injoignable pour %1 : %2.</translation>
    </message>
    <message>
        <source>The SSO refused the grant for %1 (invalid_grant%2): it is expired, already used or revoked. Sign the character in again.</source>
        <translation>Le SSO a refusé l’autorisation pour %1 (invalid_grant%2) : elle a expiré, a déjà servi ou a été révoquée. Reconnectez le personnage.</translation>
    </message>
    <message>
        <source>The SSO refused %1 with %2%3.</source>
        <translation>Le SSO a refusé %1 avec %2%3.</translation>
    </message>
    <message>
        <source>The SSO answered HTTP %1 to %2.</source>
        <translation>Le SSO a répondu HTTP %1 à %2.</translation>
    </message>
    <message>
        <source>The SSO&apos;s answer to %1 has no access_token; it is not an OAuth token answer.</source>
        <translation>La réponse du SSO à %1 n’a pas d’access_token ; ce n’est pas une réponse de jeton OAuth.</translation>
    </message>
    <message>
        <source>The access token from %1 was rejected: %2</source>
        <translation>Le jeton d’accès issu de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source> A token the SSO has just issued looks expired only when this computer&apos;s clock is ahead: set the system clock right (turn on automatic time, e.g. timedatectl set-ntp true).</source>
        <translation> Un jeton que le SSO vient d’émettre ne paraît expiré que si l’horloge de cet ordinateur avance : réglez l’horloge système (activez l’heure automatique, p. ex. timedatectl set-ntp true).</translation>
    </message>
    <message>
        <source> The renewed refresh token was kept, so the sign-in is not lost.</source>
        <translation> Le jeton de rafraîchissement renouvelé a été conservé : la connexion n’est donc pas perdue.</translation>
    </message>
    <message>
        <source>the sign-in code exchange</source>
        <translation>l’échange du code de connexion</translation>
    </message>
    <message>
        <source>the token refresh</source>
        <translation>le rafraîchissement du jeton</translation>
    </message>
    <message>
        <source>revoking the token</source>
        <translation>la révocation du jeton</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoEndpoints</name>
    <message>
        <source>The SSO discovery document %1 is not a JSON object (%2).</source>
        <translation>Le document de découverte du SSO %1 n’est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>mauvais type</translation>
    </message>
    <message>
        <source>The SSO at %1 does not offer PKCE S256 (code_challenge_methods_supported lacks it), which a desktop app needs to sign in without a client secret.</source>
        <translation>Le SSO de %1 ne propose pas PKCE S256 (absent de code_challenge_methods_supported), dont une application de bureau a besoin pour se connecter sans secret client.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoFlow</name>
    <message>
        <source>This sign-in was already started; start a new one.</source>
        <translation>Cette connexion a déjà été lancée ; lancez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled at the EVE SSO (access denied).</source>
        <translation>La connexion a été annulée sur l’EVE SSO (accès refusé).</translation>
    </message>
    <message>
        <source>The EVE SSO refused the sign-in: %1%2.</source>
        <translation>L’EVE SSO a refusé la connexion : %1%2.</translation>
    </message>
    <message>
        <source>The sign-in answer carries no authorization code.</source>
        <translation>La réponse de connexion ne contient aucun code d’autorisation.</translation>
    </message>
    <message>
        <source>The EVE SSO returned no refresh token, so the sign-in cannot be kept.</source>
        <translation>L’EVE SSO n’a renvoyé aucun jeton de renouvellement ; la connexion ne peut pas être conservée.</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (its state does not match), so it was refused. This can mean another program tried to inject a sign-in; start the sign-in again.</source>
        <translation>La réponse de connexion n’appartient pas à cette connexion (son state ne correspond pas) ; elle a donc été refusée. Un autre programme a peut-être tenté d’injecter une connexion ; relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::SsoSettings</name>
    <message>
        <source>No SSO client ID is set. Register an application at https://developers.eveonline.com and enter its client ID in the settings.</source>
        <translation>Aucun ID client SSO n’est défini. Enregistrez une application sur https://developers.eveonline.com et saisissez son ID client dans les paramètres.</translation>
    </message>
    <message>
        <source>The SSO callback URL &apos;%1&apos; is not an absolute URL. Use the callback URL registered with the application, for example %2.</source>
        <translation>L’URL de rappel SSO &apos;%1&apos; n’est pas une URL absolue. Utilisez l’URL de rappel enregistrée pour l’application, par exemple %2.</translation>
    </message>
    <message>
        <source>The SSO base URL &apos;%1&apos; is not an http(s) URL. Use %2, or esi-sandbox&apos;s address for offline work (settings or ESI_SSO_URL).</source>
        <translation>L’URL de base du SSO &apos;%1&apos; n’est pas une URL http(s). Utilisez %2, ou l’adresse d’esi-sandbox pour travailler hors ligne (paramètres ou ESI_SSO_URL).</translation>
    </message>
    <message>
        <source>The SSO base URL</source>
        <translation>L’URL de base du SSO</translation>
    </message>
    <message>
        <source>The trusted ESI URL</source>
        <translation>L’URL ESI de confiance</translation>
    </message>
    <message>
        <source>The scope &apos;%1&apos; is not a single scope name; list scopes one by one, like esi-assets.read_assets.v1.</source>
        <translation>La portée &apos;%1&apos; n’est pas un nom de portée unique ; indiquez les portées une par une, comme esi-assets.read_assets.v1.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenDatabase</name>
    <message>
        <source>Cannot read the token database %1: %2. Fix its permissions.</source>
        <translation>Impossible de lire la base de données des jetons %1 : %2. Corrigez ses droits.</translation>
    </message>
    <message>
        <source>The token database %1 is not a SQLite database (damaged, or written by another program). It was left untouched; move it away to start with an empty token list, or restore a backup.</source>
        <translation>La base de données des jetons %1 n’est pas une base SQLite (endommagée, ou écrite par un autre programme). Elle n’a pas été modifiée ; déplacez-la pour repartir d’une liste de jetons vide, ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot open the token database %1: %2.</source>
        <translation>Impossible d’ouvrir la base de données des jetons %1 : %2.</translation>
    </message>
    <message>
        <source>The token database %1 is damaged (%2). It was left untouched; move it away to start with an empty token list (characters must sign in again), or restore a backup.</source>
        <translation>La base de données des jetons %1 est endommagée (%2). Elle n’a pas été modifiée ; déplacez-la pour repartir d’une liste de jetons vide (les personnages devront se reconnecter), ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The token database %1 has an unreadable schema version (%2). It was left untouched.</source>
        <translation>La base de données des jetons %1 a une version de schéma illisible (%2). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program (tables %2), not an ESI Studio token database. It was left untouched; choose another file.</source>
        <translation>%1 est une base SQLite d’un autre programme (tables %2), pas une base de jetons d’ESI Studio. Elle n’a pas été modifiée ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The token database %1 has schema version %2, written by a newer ESI Studio (this one knows up to %3). It was left untouched; update ESI Studio.</source>
        <translation>La base de données des jetons %1 a la version de schéma %2, écrite par un ESI Studio plus récent (celui-ci connaît jusqu’à %3). Elle n’a pas été modifiée ; mettez ESI Studio à jour.</translation>
    </message>
    <message>
        <source>Cannot lock the token database %1 for its schema check: %2.</source>
        <translation>Impossible de verrouiller la base de données des jetons %1 pour vérifier son schéma : %2.</translation>
    </message>
    <message>
        <source>Updating the token database %1 to schema version %2 failed (%3); it was rolled back and left as it was.</source>
        <translation>La mise à jour de la base de données des jetons %1 vers la version de schéma %2 a échoué (%3) ; elle a été annulée et laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot save the token database schema in %1: %2.</source>
        <translation>Impossible d’enregistrer le schéma de la base de données des jetons dans %1 : %2.</translation>
    </message>
    <message>
        <source>The token database is not open.</source>
        <translation>La base de données des jetons n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot save the token of character %1 in %2: %3.</source>
        <translation>Impossible d’enregistrer le jeton du personnage %1 dans %2 : %3.</translation>
    </message>
    <message>
        <source>Cannot save the token version of character %1 in %2: %3.</source>
        <translation>Impossible d’enregistrer la version du jeton du personnage %1 dans %2 : %3.</translation>
    </message>
    <message>
        <source>Cannot remove the token of character %1 from %2: %3.</source>
        <translation>Impossible de retirer le jeton du personnage %1 de %2 : %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenServices</name>
    <message>
        <source>cannot create the data folder %1 (set ESI_STUDIO_DATA_DIR to another folder)</source>
        <translation>impossible de créer le dossier de données %1 (faites pointer ESI_STUDIO_DATA_DIR vers un autre dossier)</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStore</name>
    <message>
        <source>character %1</source>
        <translation>personnage %1</translation>
    </message>
    <message>
        <source>The sign-in result is incomplete (no character or no tokens); nothing was stored.</source>
        <translation>Le résultat de la connexion est incomplet (pas de personnage ou pas de jetons) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The sign-in of %1 was not stored: %2</source>
        <translation>La connexion de %1 n’a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source> The keychain could not be restored either: %1</source>
        <translation> Le trousseau n’a pas pu être restauré non plus : %1</translation>
    </message>
    <message>
        <source>No token is stored for character %1; sign the character in first.</source>
        <translation>Aucun jeton n’est enregistré pour le personnage %1 ; connectez d’abord le personnage.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in.</source>
        <translation>Le jeton de %1 nécessite une nouvelle connexion.</translation>
    </message>
    <message>
        <source>The token of %1 needs a new sign-in: %2.</source>
        <translation>Le jeton de %1 nécessite une nouvelle connexion : %2.</translation>
    </message>
    <message>
        <source>The token of %1 was revoked; sign the character in again to use it.</source>
        <translation>Le jeton de %1 a été révoqué ; reconnectez le personnage pour l’utiliser.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scope %2; sign the character in again and grant it.</source>
        <translation>Il manque au jeton de %1 la portée %2 ; reconnectez le personnage et accordez-la.</translation>
    </message>
    <message>
        <source>The token of %1 lacks the scopes %2; sign the character in again and grant them.</source>
        <translation>Il manque au jeton de %1 les portées %2 ; reconnectez le personnage et accordez-les.</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>Le jeton n’a pas été révoqué : %1</translation>
    </message>
    <message>
        <source>The token was revoked at the SSO, but its secrets could not be deleted: %1</source>
        <translation>Le jeton a été révoqué auprès du SSO, mais ses secrets n’ont pas pu être supprimés : %1</translation>
    </message>
    <message>
        <source>The token could not be revoked: %1 Nothing was changed.</source>
        <translation>Le jeton n’a pas pu être révoqué : %1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Character %1 was not removed: %2</source>
        <translation>Le personnage %1 n’a pas été retiré : %2</translation>
    </message>
    <message>
        <source>No token is stored for character %1.</source>
        <translation>Aucun jeton n’est enregistré pour le personnage %1.</translation>
    </message>
    <message>
        <source>The token of character %1 needs a new sign-in: %2.</source>
        <translation>Le jeton du personnage %1 nécessite une nouvelle connexion : %2.</translation>
    </message>
    <message>
        <source>Character %1 was removed meanwhile.</source>
        <translation>Le personnage %1 a été retiré entre-temps.</translation>
    </message>
    <message>
        <source>The SSO answered the refresh of character %1 with a token for character %2; it was not used.</source>
        <translation>Le SSO a répondu au rafraîchissement du personnage %1 avec un jeton du personnage %2 ; il n’a pas été utilisé.</translation>
    </message>
    <message>
        <source>Character %1 was signed in again while its token was being refreshed; the new sign-in was kept and this refresh dropped. Try again.</source>
        <translation>Le personnage %1 s’est reconnecté pendant le rafraîchissement de son jeton ; la nouvelle connexion a été conservée et ce rafraîchissement abandonné. Réessayez.</translation>
    </message>
    <message>
        <source>Character %1 was removed while its token was being refreshed.</source>
        <translation>Le personnage %1 a été retiré pendant le rafraîchissement de son jeton.</translation>
    </message>
</context>
<context>
    <name>Esi::Core::TokenStoreProvider</name>
    <message>
        <source>no character is signed in; sign one in with scope %1</source>
        <translation>aucun personnage n’est connecté ; connectez-en un avec la portée %1</translation>
    </message>
    <message>
        <source>the characters with scope %1 (%2) need a new sign-in</source>
        <translation>les personnages ayant la portée %1 (%2) doivent se reconnecter</translation>
    </message>
    <message>
        <source>no signed-in character has the scope %1; sign a character in and grant it</source>
        <translation>aucun personnage connecté n’a la portée %1 ; connectez un personnage et accordez-la</translation>
    </message>
    <message>
        <source>no signed-in character has the scopes %1; sign a character in and grant them</source>
        <translation>aucun personnage connecté n’a les portées %1 ; connectez un personnage et accordez-les</translation>
    </message>
</context>
<context>
    <name>Esi::Core::UserAgent</name>
    <message>
        <source>app name</source>
        <translation>nom de l’application</translation>
    </message>
    <message>
        <source>app version</source>
        <translation>version de l’application</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>e-mail de contact</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>URL des sources</translation>
    </message>
    <message>
        <source>%1 contains a control character (U+%2) at position %3; remove it</source>
        <translation>%1 contient un caractère de contrôle (U+%2) en position %3 ; supprimez-le</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; contains %3, which a User-Agent product token cannot hold; use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;+&apos;</source>
        <translation>%1 « %2 » contient %3, interdit dans un jeton produit du User-Agent ; utilisez des lettres, des chiffres, « . », « _ » ou « + »</translation>
    </message>
    <message>
        <source>app version &apos;%1&apos; is given without an app name; set the app name too</source>
        <translation>version de l’application « %1 » indiquée sans nom d’application ; indiquez aussi le nom</translation>
    </message>
    <message>
        <source>contact email &apos;%1&apos; is not an email address; expected something like you@example.com</source>
        <translation>l’e-mail de contact « %1 » n’est pas une adresse e-mail ; attendu par exemple vous@example.com</translation>
    </message>
    <message>
        <source>source URL &apos;%1&apos; is not an absolute http(s) URL; expected something like https://github.com/you/your-app</source>
        <translation>l’URL des sources « %1 » n’est pas une URL http(s) absolue ; attendu par exemple https://github.com/you/your-app</translation>
    </message>
</context>
<context>
    <name>Esi::Core::WaitAnnouncer</name>
    <message>
        <source>waiting %1 for bucket %2: %3 of %4 tokens</source>
        <translation>attente de %1 pour le bucket %2 : %3 jetons sur %4</translation>
    </message>
    <message>
        <source>waiting %1 for bucket %2</source>
        <translation>attente de %1 pour le bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429</source>
        <translation>attente de %1 pour le Retry-After d’un HTTP 429</translation>
    </message>
    <message>
        <source>waiting %1 for the Retry-After of an HTTP 429 on bucket %2</source>
        <translation>attente de %1 pour le Retry-After d’un HTTP 429 sur le bucket %2</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: an HTTP 420 stopped sending until the window resets</source>
        <translation>attente de %1 pour la limite d’erreurs de l’ESI : un HTTP 420 a suspendu les envois jusqu’à la réinitialisation de la fenêtre</translation>
    </message>
    <message>
        <source>waiting %1 for the ESI error limit: %2 errors left in the window, sending stops at %3</source>
        <translation>attente de %1 pour la limite d’erreurs de l’ESI : %2 erreurs restantes dans la fenêtre, les envois s’arrêtent à %3</translation>
    </message>
    <message>
        <source>waiting %1 to retry after HTTP %2</source>
        <translation>attente de %1 avant un nouvel essai après HTTP %2</translation>
    </message>
    <message>
        <source>waiting %1 to retry after a cut-short answer</source>
        <translation>attente de %1 avant un nouvel essai après une réponse tronquée</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>attente de %1</translation>
    </message>
</context>
<context>
    <name>Esi::Core::Watcher</name>
    <message numerus="yes">
        <source>%n runs in a row failed; the last said: %1</source>
        <translation>
            <numerusform>%n exécution consécutive a échoué ; la dernière disait : %1</numerusform>
            <numerusform>%n exécutions consécutives ont échoué ; la dernière disait : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AboutDialog</name>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>About ESI Studio</source>
        <translation>À propos d’ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio icon</source>
        <translation>Icône d’ESI Studio</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions of ESI Studio, Qt, QtKeychain, OpenSSL and the system for a bug report</source>
        <translation>Copier les versions d’ESI Studio, Qt, QtKeychain, OpenSSL et du système pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>ESI Studio %1</source>
        <translation>ESI Studio %1</translation>
    </message>
    <message>
        <source>Explore EVE Online&apos;s ESI: browse every operation of a spec, run it, inspect and export the result while watching the rate and error limits.</source>
        <translation>Explorez l’ESI d’EVE Online : parcourez chaque opération d’une spécification, exécutez-la, examinez et exportez le résultat en surveillant les limites de débit et d’erreurs.</translation>
    </message>
    <message>
        <source>Spec: %1, compatibility date %2.</source>
        <translation>Spécification : %1, date de compatibilité %2.</translation>
    </message>
    <message>
        <source>Spec: %1 (%2)</source>
        <translation>Spécification : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::AccessTokenCommands</name>
    <message>
        <source>The access token was removed from the clipboard.</source>
        <translation>Le jeton d’accès a été retiré du presse-papiers.</translation>
    </message>
    <message>
        <source>Refreshing the token of %1…</source>
        <translation>Renouvellement du jeton de %1…</translation>
    </message>
    <message>
        <source>The access token of %1 was refreshed.</source>
        <translation>Le jeton d’accès de %1 a été renouvelé.</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in (“Add Scopes” signs it in again): %2</source>
        <translation>%1 doit se reconnecter (« Ajouter des portées » le reconnecte) : %2</translation>
    </message>
    <message>
        <source>The token of %1 was not refreshed: %2</source>
        <translation>Le jeton de %1 n’a pas été renouvelé : %2</translation>
    </message>
    <message>
        <source>No access token was copied: %1</source>
        <translation>Aucun jeton d’accès n’a été copié : %1</translation>
    </message>
    <message>
        <source>A fresh access token of %1 is on the clipboard (valid until %2). The clipboard is cleared in %3 unless you copy something else.</source>
        <translation>Un jeton d’accès récent de %1 est dans le presse-papiers (valide jusqu’à %2). Le presse-papiers sera vidé dans %3, sauf si vous copiez autre chose.</translation>
    </message>
    <message>
        <source>The claims cannot be shown: %1</source>
        <translation>Les revendications ne peuvent pas être affichées : %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryModel</name>
    <message>
        <source>%1 network</source>
        <translation>%1 réseau</translation>
    </message>
    <message>
        <source>%1 × 304</source>
        <translation>%1 × 304</translation>
    </message>
    <message>
        <source>%1 cached</source>
        <translation>%1 en cache</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Spec date</source>
        <translation>Date de la spéc.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Servi</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallHistoryStore</name>
    <message>
        <source>Cannot read the call history %1: %2</source>
        <translation>Impossible de lire l’historique des appels %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the call history %1: %2</source>
        <translation>Impossible de préparer l’historique des appels %1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallRunner</name>
    <message>
        <source>Cancelled while decoding the rows.</source>
        <translation>Annulé pendant le décodage des lignes.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CallStatusView</name>
    <message>
        <source>Response status</source>
        <translation>Statut de la réponse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Served from</source>
        <translation>Servi depuis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
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
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>No call yet: fill in the parameters and press Run.</source>
        <translation>Aucun appel pour l’instant : remplissez les paramètres et appuyez sur Exécuter.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1 pages · %2 rows · %3 · %4</source>
        <translation>%1 pages · %2 lignes · %3 · %4</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>revalidated (304)</source>
        <translation>revalidé (304)</translation>
    </message>
    <message>
        <source>fresh from cache</source>
        <translation>frais depuis le cache</translation>
    </message>
    <message>
        <source>Fresh from cache: answered before Expires without a request. Revalidated: the cached copy was confirmed by a 304 Not Modified. Network: a full 200 answer.</source>
        <translation>Frais depuis le cache : répondu avant Expires sans requête. Revalidé : la copie en cache a été confirmée par un 304 Not Modified. Réseau : une réponse 200 complète.</translation>
    </message>
    <message>
        <source>%1 different (one per page)</source>
        <translation>%1 différents (un par page)</translation>
    </message>
    <message>
        <source>First page: %1</source>
        <translation>Première page : %1</translation>
    </message>
    <message>
        <source>(pages differ)</source>
        <translation>(les pages diffèrent)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 nouvelles tentatives</translation>
    </message>
    <message>
        <source>waited %1 for limits</source>
        <translation>attendu %1 pour les limites</translation>
    </message>
    <message>
        <source>refetched %1× because the data changed mid-fetch</source>
        <translation>récupéré à nouveau %1× car les données ont changé en cours de route</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Until %1 ESI serves the same data; asking again earlier is answered from the cache without a request.</source>
        <translation>Jusqu’à %1, l’ESI sert les mêmes données ; redemander plus tôt est servi par le cache sans requête.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>%1 ago; the next run revalidates</source>
        <translation>il y a %1 ; la prochaine exécution revalide</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterDetailsPane</name>
    <message>
        <source>Character details</source>
        <translation>Détails du personnage</translation>
    </message>
    <message>
        <source>Scopes of the selected character</source>
        <translation>Portées du personnage sélectionné</translation>
    </message>
    <message>
        <source>No character is signed in. Use “Sign In New Character” to add one.</source>
        <translation>Aucun personnage n’est connecté. Utilisez « Connecter un nouveau personnage » pour en ajouter un.</translation>
    </message>
    <message>
        <source>Select a character to see its token.</source>
        <translation>Sélectionnez un personnage pour voir son jeton.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (personnage %2)</translation>
    </message>
    <message>
        <source>Corporation / alliance: %1</source>
        <translation>Corporation / alliance : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; the character moved to another EVE account since it was first signed in (owner hash changed). Check that this is still your character, then acknowledge.</source>
        <translation>&lt;b&gt;Attention :&lt;/b&gt; le personnage est passé sur un autre compte EVE depuis sa première connexion (empreinte du propriétaire changée). Vérifiez qu’il s’agit toujours de votre personnage, puis prenez-en acte.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterPicker</name>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Character whose token is used</source>
        <translation>Personnage dont le jeton est utilisé</translation>
    </message>
    <message>
        <source>Character requirement</source>
        <translation>Exigence de personnage</translation>
    </message>
    <message>
        <source>Sign in with the needed scope</source>
        <translation>Se connecter avec la portée requise</translation>
    </message>
    <message>
        <source>Public route: no character needed.</source>
        <translation>Route publique : aucun personnage requis.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>any scope</source>
        <translation>n’importe quelle portée</translation>
    </message>
    <message>
        <source>Needs a signed-in character with %1.</source>
        <translation>Nécessite un personnage connecté avec %1.</translation>
    </message>
    <message>
        <source>No signed-in character has %1.</source>
        <translation>Aucun personnage connecté n’a %1.</translation>
    </message>
    <message>
        <source>Sign in with %1…</source>
        <translation>Se connecter avec %1…</translation>
    </message>
    <message>
        <source>Opens EVE SSO asking for %1</source>
        <translation>Ouvre EVE SSO en demandant %1</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>nécessite %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CharacterRemoval</name>
    <message>
        <source>Revoke and Remove %1?</source>
        <translation>Révoquer et supprimer %1 ?</translation>
    </message>
    <message>
        <source>The token of %1 is revoked at EVE SSO and deleted from the keychain. Calls as this character need a new sign-in afterwards.</source>
        <translation>Le jeton de %1 est révoqué auprès d’EVE SSO et supprimé du trousseau. Les appels en tant que ce personnage nécessiteront ensuite une nouvelle connexion.</translation>
    </message>
    <message>
        <source>Confirm revoke and remove</source>
        <translation>Confirmer la révocation et la suppression</translation>
    </message>
    <message>
        <source>Revoke and Remove</source>
        <translation>Révoquer et supprimer</translation>
    </message>
    <message>
        <source>Revoking the token of %1…</source>
        <translation>Révocation du jeton de %1…</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Remove %1 Without Revoking?</source>
        <translation>Supprimer %1 sans révoquer ?</translation>
    </message>
    <message>
        <source>The token of %1 could not be revoked at EVE SSO: %2

Remove it from ESI Studio anyway? The grant then stays valid at EVE SSO until it expires or you revoke it at https://community.eveonline.com/support/third-party-applications/.</source>
        <translation>Le jeton de %1 n’a pas pu être révoqué auprès d’EVE SSO : %2

Le supprimer d’ESI Studio quand même ? L’autorisation reste alors valide auprès d’EVE SSO jusqu’à son expiration ou sa révocation sur https://community.eveonline.com/support/third-party-applications/.</translation>
    </message>
    <message>
        <source>Confirm removing without revoking</source>
        <translation>Confirmer la suppression sans révocation</translation>
    </message>
    <message>
        <source>Remove Anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <source>The token of %1 was revoked but not removed: %2</source>
        <translation>Le jeton de %1 a été révoqué mais pas supprimé : %2</translation>
    </message>
    <message>
        <source>The token of %1 was revoked at EVE SSO and removed.</source>
        <translation>Le jeton de %1 a été révoqué auprès d’EVE SSO et supprimé.</translation>
    </message>
    <message>
        <source>%1 was removed from ESI Studio; its grant stays valid at EVE SSO until it expires or is revoked there.</source>
        <translation>%1 a été supprimé d’ESI Studio ; son autorisation reste valide auprès d’EVE SSO jusqu’à son expiration ou sa révocation.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartColumns</name>
    <message>
        <source>No chart: the result has no rows.</source>
        <translation>Pas de graphique : le résultat n’a aucune ligne.</translation>
    </message>
    <message>
        <source>No chart: the result has no date or date-time column.</source>
        <translation>Pas de graphique : le résultat n’a pas de colonne de date ou de date-heure.</translation>
    </message>
    <message>
        <source>No chart: the result has no numeric column (IDs do not count).</source>
        <translation>Pas de graphique : le résultat n’a pas de colonne numérique (les identifiants ne comptent pas).</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>its permissions could not be restricted to you</source>
        <translation>ses droits d’accès n’ont pas pu être limités à vous</translation>
    </message>
    <message>
        <source>the chart could not be drawn as PNG</source>
        <translation>le graphique n’a pas pu être dessiné en PNG</translation>
    </message>
    <message>
        <source>the chart could not be drawn as SVG</source>
        <translation>le graphique n’a pas pu être dessiné en SVG</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPanel</name>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Enregistrer en SVG…</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>Colonne de temps</translation>
    </message>
    <message>
        <source>Value columns to draw</source>
        <translation>Colonnes de valeurs à tracer</translation>
    </message>
    <message>
        <source>Check the columns to draw as lines</source>
        <translation>Cochez les colonnes à tracer en lignes</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique comme image PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Enregistrer le graphique comme dessin SVG</translation>
    </message>
    <message>
        <source>Time a&amp;xis:</source>
        <translation>A&amp;xe du temps :</translation>
    </message>
    <message>
        <source>Li&amp;nes:</source>
        <translation>Li&amp;gnes :</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ChartPlot</name>
    <message>
        <source>Chart of the result over time</source>
        <translation>Graphique du résultat dans le temps</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CompatibilityDatePicker</name>
    <message>
        <source>Compatibility date</source>
        <translation>Date de compatibilité</translation>
    </message>
    <message>
        <source>Compatibility &amp;date</source>
        <translation>&amp;Date de compatibilité</translation>
    </message>
    <message>
        <source>The API version the explorer shows and calls with (X-Compatibility-Date)</source>
        <translation>La version de l’API que l’explorateur affiche et appelle (X-Compatibility-Date)</translation>
    </message>
    <message>
        <source>Refresh the list of dates</source>
        <translation>Actualiser la liste des dates</translation>
    </message>
    <message>
        <source>Ask ESI for its compatibility dates again</source>
        <translation>Redemander à l’ESI ses dates de compatibilité</translation>
    </message>
    <message>
        <source>Compatibility date status</source>
        <translation>État de la date de compatibilité</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>fournie</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>not listed by ESI</source>
        <translation>non listée par l’ESI</translation>
    </message>
    <message>
        <source>%1 (from file)</source>
        <translation>%1 (depuis un fichier)</translation>
    </message>
    <message>
        <source>Loading dates…</source>
        <translation>Chargement des dates…</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) from ESI</source>
        <translation>
            <numerusform>%n date de l’ESI</numerusform>
            <numerusform>%n dates de l’ESI</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: cached and bundled dates only</source>
        <translation>Hors ligne : dates en cache et fournies uniquement</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Chargement de la spécification %1…</translation>
    </message>
    <message>
        <source>%1 resolved to %2</source>
        <translation>%1 résolue en %2</translation>
    </message>
    <message>
        <source>%1 loaded from disk</source>
        <translation>%1 chargée depuis le disque</translation>
    </message>
    <message>
        <source>%1 downloaded</source>
        <translation>%1 téléchargée</translation>
    </message>
    <message>
        <source>no spec source is available</source>
        <translation>aucune source de spécification disponible</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>Impossible de charger %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::CopyAsMenu</name>
    <message>
        <source>Copy as curl (token redacted)</source>
        <translation>Copier en curl (jeton masqué)</translation>
    </message>
    <message>
        <source>Copy as curl with the access token…</source>
        <translation>Copier en curl avec le jeton d’accès…</translation>
    </message>
    <message>
        <source>Copy as esi command</source>
        <translation>Copier comme commande esi</translation>
    </message>
    <message>
        <source>Copy as Python (requests)</source>
        <translation>Copier en Python (requests)</translation>
    </message>
    <message>
        <source>Copy as Python with the access token…</source>
        <translation>Copier en Python avec le jeton d’accès…</translation>
    </message>
    <message>
        <source>Copy as JavaScript (fetch)</source>
        <translation>Copier en JavaScript (fetch)</translation>
    </message>
    <message>
        <source>Copy as JavaScript with the access token…</source>
        <translation>Copier en JavaScript avec le jeton d’accès…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::DeepLinkRun</name>
    <message>
        <source>Cannot run from the command line</source>
        <translation>Impossible d’exécuter depuis la ligne de commande</translation>
    </message>
    <message>
        <source>Cannot run %1</source>
        <translation>Impossible d’exécuter %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cannot run %1: nothing was sent</source>
        <translation>Impossible d’exécuter %1 : rien n’a été envoyé</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation “%2”. Operation IDs are case-sensitive, e.g. GetMarketsRegionIdOrders; &apos;esi spec ops&apos; lists them.</source>
        <translation>La spécification affichée (%1) n’a pas d’opération « %2 ». Les identifiants d’opération sont sensibles à la casse, p. ex. GetMarketsRegionIdOrders ; « esi spec ops » les liste.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportController</name>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Writing %1 rows to %2…</source>
        <translation>Écriture de %1 lignes dans %2…</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportDialog</name>
    <message>
        <source>Write a provenance file next to it (operation, parameters, date, ETag…)</source>
        <translation>Écrire un fichier de provenance à côté (opération, paramètres, date, ETag…)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel)</source>
        <translation>Commencer par une marque d’ordre des octets UTF-8 (pour Excel)</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — nested fields as dotted columns, RFC 4180</source>
        <translation>CSV — champs imbriqués en colonnes pointées, RFC 4180</translation>
    </message>
    <message>
        <source>JSON — as received, pages merged into one array</source>
        <translation>JSON — tel que reçu, pages fusionnées en un tableau</translation>
    </message>
    <message>
        <source>NDJSON — one row per line</source>
        <translation>NDJSON — une ligne de données par ligne</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>All %1 languages (rows get a “language” field)</source>
        <translation>Les %1 langues (les lignes reçoivent un champ « language »)</translation>
    </message>
    <message>
        <source>Write provenance</source>
        <translation>Écrire la provenance</translation>
    </message>
    <message>
        <source>Byte order mark</source>
        <translation>Marque d’ordre des octets</translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Ce qui est exporté</translation>
    </message>
    <message>
        <source>%1 rows from %2 pages of %3.</source>
        <translation>%1 lignes de %2 pages de %3.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 est un dossier ; ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Write cells starting with = + - @ as they came (a spreadsheet may run them as formulas)</source>
        <translation>Écrire telles quelles les cellules commençant par = + - @ (un tableur pourrait les exécuter comme des formules)</translation>
    </message>
    <message>
        <source>Cells as they came</source>
        <translation>Cellules telles quelles</translation>
    </message>
    <message>
        <source>Off (recommended): text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe (&apos;) so that opening the file never runs a formula sent by the server. Numbers are never changed.</source>
        <translation>Désactivé (recommandé) : les cellules de texte commençant par =, +, -, @, une tabulation ou un retour chariot reçoivent une apostrophe (&apos;) en tête, afin que l’ouverture du fichier n’exécute jamais une formule envoyée par le serveur. Les nombres ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Add a name next to every column of EVE IDs (type_id → type_name)</source>
        <translation>Ajouter un nom à côté de chaque colonne d&apos;ID EVE (type_id → type_name)</translation>
    </message>
    <message>
        <source>Add names</source>
        <translation>Ajouter les noms</translation>
    </message>
    <message>
        <source>The names ESI Studio knows from /universe/names; an ID without one (a structure, an item) gets an empty name</source>
        <translation>Les noms qu&apos;ESI Studio connaît d&apos;après /universe/names ; un ID sans nom (une structure, un objet) reçoit un nom vide</translation>
    </message>
    <message>
        <source>SQLite — a table per operation, array fields in child tables; an existing file gets one more run</source>
        <translation>SQLite — une table par opération, champs tableau dans des tables filles ; un fichier existant reçoit une exécution de plus</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ExportJob</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Export annulé ; %1 est resté inchangé.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
        <source> (provenance in %1)</source>
        <translation> (provenance dans %1)</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Il n’y a aucune ligne à exporter.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>The export was written, but its provenance file was not: %1</source>
        <translation>L’export a été écrit, mais pas son fichier de provenance : %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FanOutFailuresView</name>
    <message>
        <source>Failed calls of the list</source>
        <translation>Appels de la liste en échec</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed</source>
        <translation>%1 appels sur %2 ont échoué</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::FirstRunAssistant</name>
    <message>
        <source>First-run assistant</source>
        <translation>Assistant de premier lancement</translation>
    </message>
    <message>
        <source>Welcome to ESI Studio</source>
        <translation>Bienvenue dans ESI Studio</translation>
    </message>
    <message>
        <source>ESI Studio explores EVE Online&apos;s ESI: browse every operation, run calls with all their pages, watch the rate limits and export the results.</source>
        <translation>ESI Studio explore l’ESI d’EVE Online : parcourez chaque opération, exécutez des appels sur toutes leurs pages, surveillez les limites de débit et exportez les résultats.</translation>
    </message>
    <message>
        <source>The next pages set up signing in and how your requests introduce themselves. Everything can be changed later in File › Settings, and this assistant opened again from the Help menu.</source>
        <translation>Les pages suivantes configurent la connexion et la façon dont vos requêtes se présentent. Tout peut être modifié plus tard dans Fichier › Paramètres, et cet assistant peut être rouvert depuis le menu Aide.</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>&amp;Sign in with EVE: register an application and enter its client ID</source>
        <translation>&amp;Se connecter avec EVE : enregistrer une application et saisir son ID client</translation>
    </message>
    <message>
        <source>Sign in with EVE</source>
        <translation>Se connecter avec EVE</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID client SSO</translation>
    </message>
    <message>
        <source>empty: public operations only, sign in later</source>
        <translation>vide : opérations publiques uniquement, connexion plus tard</translation>
    </message>
    <message>
        <source>Problem with the client ID</source>
        <translation>Problème avec l’ID client</translation>
    </message>
    <message>
        <source>&amp;Try it offline: a local sandbox ESI with test characters, no EVE account needed</source>
        <translation>&amp;Essayer hors ligne : une ESI bac à sable locale avec des personnages de test, sans compte EVE</translation>
    </message>
    <message>
        <source>Try it offline</source>
        <translation>Essayer hors ligne</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>The sandbox (esi-sandbox, installed with ESI Studio) answers every operation with generated data and signs in test characters such as “Sandbox Pilot”. The status bar shows while you are on it, with a way back.</source>
        <translation>Le bac à sable (esi-sandbox, installé avec ESI Studio) répond à chaque opération avec des données générées et connecte des personnages de test comme « Sandbox Pilot ». La barre d’état l’indique tant que vous l’utilisez, avec un moyen d’en sortir.</translation>
    </message>
    <message>
        <source>Your contact email</source>
        <translation>Votre e-mail de contact</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Aperçu du User-Agent</translation>
    </message>
    <message>
        <source>Problem with the contact email</source>
        <translation>Problème avec l’e-mail de contact</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail de contact :</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent :</translation>
    </message>
    <message>
        <source>CCP asks every ESI client to say who runs it, so they can write to you instead of blocking your traffic. The address goes into the User-Agent header of each request; leave it empty to send ESI Studio&apos;s name only.</source>
        <translation>CCP demande à chaque client de l’ESI d’indiquer qui l’utilise, afin de pouvoir vous écrire plutôt que de bloquer votre trafic. L’adresse est placée dans l’en-tête User-Agent de chaque requête ; laissez vide pour n’envoyer que le nom d’ESI Studio.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>ESI Studio starts on the offline sandbox. Sign in with “Sandbox Pilot” or another test character from the character picker. Go back online from the status bar when you have registered an application.</source>
        <translation>ESI Studio démarre sur le bac à sable hors ligne. Connectez-vous avec « Sandbox Pilot » ou un autre personnage de test depuis le sélecteur de personnage. Revenez en ligne depuis la barre d’état une fois une application enregistrée.</translation>
    </message>
    <message>
        <source>No client ID yet: public operations work now; add the client ID in File › Settings to sign in characters.</source>
        <translation>Pas encore d’ID client : les opérations publiques fonctionnent déjà ; ajoutez l’ID client dans Fichier › Paramètres pour connecter des personnages.</translation>
    </message>
    <message>
        <source>Requests introduce themselves as: %1</source>
        <translation>Les requêtes se présentent ainsi : %1</translation>
    </message>
    <message>
        <source>Sign in characters from the character picker; EVE&apos;s login page opens in ESI Studio&apos;s sign-in window, which also offers to use your system browser instead.</source>
        <translation>Connectez des personnages depuis le sélecteur de personnage ; la page de connexion d’EVE s’ouvre dans la fenêtre de connexion d’ESI Studio, qui propose aussi d’utiliser plutôt votre navigateur système.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryCompareDialog</name>
    <message>
        <source>all pages</source>
        <translation>toutes les pages</translation>
    </message>
    <message>
        <source>this page</source>
        <translation>cette page</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>toutes les langues</translation>
    </message>
    <message>
        <source>Compare calls</source>
        <translation>Comparer les appels</translation>
    </message>
    <message>
        <source>Compare %1</source>
        <translation>Comparer %1</translation>
    </message>
    <message>
        <source>Comparison result</source>
        <translation>Résultat de la comparaison</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Pages asked</source>
        <translation>Pages demandées</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Date de compatibilité</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
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
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Fresh from cache</source>
        <translation>Frais depuis le cache</translation>
    </message>
    <message>
        <source>Revalidated (304)</source>
        <translation>Revalidé (304)</translation>
    </message>
    <message>
        <source>Bytes over the network</source>
        <translation>Octets sur le réseau</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Data (SHA-256 of the bodies)</source>
        <translation>Données (SHA-256 des corps)</translation>
    </message>
    <message>
        <source>Not comparable: at least one of the calls returned no data.</source>
        <translation>Non comparable : au moins un des appels n’a renvoyé aucune donnée.</translation>
    </message>
    <message>
        <source>Same data: every page body is identical.</source>
        <translation>Mêmes données : chaque corps de page est identique.</translation>
    </message>
    <message>
        <source>The data differs between the two calls.</source>
        <translation>Les données diffèrent entre les deux appels.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::HistoryPanel</name>
    <message>
        <source>Re-run</source>
        <translation>Réexécuter</translation>
    </message>
    <message>
        <source>Run the selected call again</source>
        <translation>Réexécuter l’appel sélectionné</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Put two selected calls side by side: parameters, outcome, timings, data</source>
        <translation>Mettre deux appels sélectionnés côte à côte : paramètres, issue, durées, données</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command (token redacted)</source>
        <translation>Copier l’appel sélectionné en commande curl (jeton masqué)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected calls from the history</source>
        <translation>Retirer les appels sélectionnés de l’historique</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>History unavailable: %1</source>
        <translation>Historique indisponible : %1</translation>
    </message>
    <message>
        <source>no store</source>
        <translation>aucun stockage</translation>
    </message>
    <message>
        <source>Double-click a call to load it into the form</source>
        <translation>Double-cliquez sur un appel pour le charger dans le formulaire</translation>
    </message>
    <message>
        <source>Put the two selected calls side by side</source>
        <translation>Mettre les deux appels sélectionnés côte à côte</translation>
    </message>
    <message>
        <source>Select exactly two calls (Ctrl+click) to compare them</source>
        <translation>Sélectionnez exactement deux appels (Ctrl+clic) pour les comparer</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::JsonNameHints</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, d&apos;après /universe/names)</translation>
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
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>{1 field}</source>
        <translation>{1 champ}</translation>
    </message>
    <message>
        <source>{%1 fields}</source>
        <translation>{%1 champs}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Revendications du jeton d’accès</translation>
    </message>
    <message>
        <source>Access Token Claims</source>
        <translation>Revendications du jeton d’accès</translation>
    </message>
    <message>
        <source>Access Token Claims — %1</source>
        <translation>Revendications du jeton d’accès — %1</translation>
    </message>
    <message>
        <source>What the current access token says. The token itself and its signature are not shown.</source>
        <translation>Ce que dit le jeton d’accès actuel. Le jeton lui-même et sa signature ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendication</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>algorithme de signature</translation>
    </message>
    <message>
        <source>signing key at the SSO&apos;s JWKS</source>
        <translation>clé de signature dans le JWKS du SSO</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>type de jeton</translation>
    </message>
    <message>
        <source>the character (CHARACTER:EVE:&lt;id&gt;)</source>
        <translation>le personnage (CHARACTER:EVE:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>character name</source>
        <translation>nom du personnage</translation>
    </message>
    <message>
        <source>owner hash: changes when the character moves to another account</source>
        <translation>empreinte du propriétaire : change quand le personnage passe sur un autre compte</translation>
    </message>
    <message>
        <source>granted scopes</source>
        <translation>portées accordées</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>émetteur</translation>
    </message>
    <message>
        <source>authorized party (client id)</source>
        <translation>partie autorisée (ID client)</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expire</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>token id</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>SSO region</source>
        <translation>région SSO</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>charge utile</translation>
    </message>
    <message>
        <source>The access token could not be decoded.</source>
        <translation>Le jeton d’accès n’a pas pu être décodé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>audience: the client id and “EVE Online”</source>
        <translation>audience : l’ID client et « EVE Online »</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeepAliveOption</name>
    <message>
        <source>Keep idle sign-ins alive: refresh every</source>
        <translation>Garder actives les connexions inutilisées : renouveler tous les</translation>
    </message>
    <message>
        <source>Keep idle sign-ins alive</source>
        <translation>Garder actives les connexions inutilisées</translation>
    </message>
    <message>
        <source>EVE SSO forgets refresh tokens left unused for long; a refresh now and then keeps them working while ESI Studio runs.</source>
        <translation>EVE SSO oublie les jetons de renouvellement longtemps inutilisés ; un renouvellement de temps en temps les garde valides tant qu’ESI Studio tourne.</translation>
    </message>
    <message>
        <source>Keep-alive interval in days</source>
        <translation>Intervalle de maintien en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::KeychainBanner</name>
    <message>
        <source>Check the &amp;Keychain Again</source>
        <translation>Revérifier le &amp;trousseau</translation>
    </message>
    <message>
        <source>Check the keychain again</source>
        <translation>Revérifier le trousseau</translation>
    </message>
    <message>
        <source>Waiting for the system keychain</source>
        <translation>En attente du trousseau du système</translation>
    </message>
    <message>
        <source>If your desktop asks for the keyring password, unlock the login keyring; the character manager continues as soon as the keychain answers.</source>
        <translation>Si votre bureau demande le mot de passe du trousseau, déverrouillez le trousseau de session ; le gestionnaire de personnages reprend dès que le trousseau répond.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used</source>
        <translation>Le trousseau du système est inutilisable</translation>
    </message>
    <message>
        <source>%1
Unlock the login keyring (for example in Passwords and Keys), or start a Secret Service such as GNOME Keyring or KWallet, then check again. Signing in, refreshing and revoking need the keychain; nothing is stored anywhere else.</source>
        <translation>%1
Déverrouillez le trousseau de session (par exemple dans Mots de passe et clés) ou lancez un Secret Service comme GNOME Keyring ou KWallet, puis revérifiez. La connexion, le renouvellement et la révocation ont besoin du trousseau ; rien n’est stocké ailleurs.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::LimitsPanel</name>
    <message>
        <source>ESI limits</source>
        <translation>Limites de l’ESI</translation>
    </message>
    <message>
        <source>Error limit</source>
        <translation>Limite d’erreurs</translation>
    </message>
    <message>
        <source>Routes without a bucket share ESI&apos;s error limit: 100 error answers per window. Once spent, ESI answers 420 to everything until the window resets.</source>
        <translation>Les routes sans compartiment partagent la limite d’erreurs de l’ESI : 100 réponses d’erreur par fenêtre. Une fois épuisée, l’ESI répond 420 à tout jusqu’à la réinitialisation de la fenêtre.</translation>
    </message>
    <message>
        <source>Errors left</source>
        <translation>Erreurs restantes</translation>
    </message>
    <message>
        <source>Error limit reset</source>
        <translation>Réinitialisation de la limite d’erreurs</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>Rate-limit buckets</source>
        <translation>Compartiments de limite de débit</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Compartiments</translation>
    </message>
    <message>
        <source>No buckets</source>
        <translation>Aucun compartiment</translation>
    </message>
    <message>
        <source>No bucket used yet. Routes with x-rate-limit appear here after their first call.</source>
        <translation>Aucun compartiment utilisé pour l’instant. Les routes avec x-rate-limit apparaissent ici après leur premier appel.</translation>
    </message>
    <message>
        <source>Limit tracking is off: the shared limit state could not be opened.</source>
        <translation>Le suivi des limites est désactivé : l’état partagé des limites n’a pas pu être ouvert.</translation>
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
        <translation>La fenêtre se réinitialise dans %1</translation>
    </message>
    <message>
        <source>No errors counted in the current window</source>
        <translation>Aucune erreur comptée dans la fenêtre actuelle</translation>
    </message>
    <message>
        <source>%1 of %2 errors left</source>
        <translation>%1 erreurs restantes sur %2</translation>
    </message>
    <message>
        <source>Circuit breaker unavailable</source>
        <translation>Disjoncteur indisponible</translation>
    </message>
    <message>
        <source>Circuit open after a 420: nothing is sent for %1</source>
        <translation>Circuit ouvert après un 420 : rien n’est envoyé pendant %1</translation>
    </message>
    <message>
        <source>Holding back: only %1 errors left, under the safety margin of %2; sending resumes in %3</source>
        <translation>En retenue : seulement %1 erreurs restantes, sous la marge de sécurité de %2 ; l’envoi reprend dans %3</translation>
    </message>
    <message>
        <source>Circuit closed: requests flow</source>
        <translation>Circuit fermé : les requêtes passent</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ListValuesDialog</name>
    <message>
        <source>Use Column</source>
        <translation>Utiliser la colonne</translation>
    </message>
    <message>
        <source>Values for %1</source>
        <translation>Valeurs pour %1</translation>
    </message>
    <message>
        <source>One call per value. Write one array value a line (1,2,3).</source>
        <translation>Un appel par valeur. Écrivez une valeur de tableau par ligne (1,2,3).</translation>
    </message>
    <message>
        <source>One call per value. Paste the values one a line or comma-separated.</source>
        <translation>Un appel par valeur. Collez les valeurs une par ligne ou séparées par des virgules.</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>Valeurs de %1</translation>
    </message>
    <message>
        <source>Number of values</source>
        <translation>Nombre de valeurs</translation>
    </message>
    <message>
        <source>Column of the current result</source>
        <translation>Colonne du résultat actuel</translation>
    </message>
    <message>
        <source>From the current result:</source>
        <translation>Depuis le résultat actuel :</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n now)</source>
        <translation>
            <numerusform>Chaque personnage connecté ayant le scope (%n actuellement)</numerusform>
            <numerusform>Chaque personnage connecté ayant le scope (%n actuellement)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 values: a list may hold at most %2.</source>
        <translation>%1 valeurs : une liste peut en contenir au plus %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): one call each.</source>
        <translation>
            <numerusform>%n valeur : un appel chacune.</numerusform>
            <numerusform>%n valeurs : un appel chacune.</numerusform>
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
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Operation and result</source>
        <translation>Opération et résultat</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Zone principale</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Open Spec File…</source>
        <translation>&amp;Ouvrir un fichier de spécification…</translation>
    </message>
    <message>
        <source>Browse a local ESI OpenAPI or Swagger document</source>
        <translation>Parcourir un document OpenAPI ou Swagger local de l’ESI</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>&amp;Exporter le résultat…</translation>
    </message>
    <message>
        <source>Save the rows of the last call as JSON, NDJSON or CSV</source>
        <translation>Enregistrer les lignes du dernier appel en JSON, NDJSON ou CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the selected operation with the form&apos;s values</source>
        <translation>Exécuter l’opération sélectionnée avec les valeurs du formulaire</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop the running call; nothing more is sent</source>
        <translation>Arrêter l’appel en cours ; plus rien n’est envoyé</translation>
    </message>
    <message>
        <source>&amp;Go to Operation…</source>
        <translation>Aller à l’&amp;opération…</translation>
    </message>
    <message>
        <source>Jump to an operation by id, path, summary or scope</source>
        <translation>Aller à une opération par id, chemin, résumé ou portée</translation>
    </message>
    <message>
        <source>Operations added, removed and changed since another compatibility date</source>
        <translation>Opérations ajoutées, supprimées et modifiées depuis une autre date de compatibilité</translation>
    </message>
    <message>
        <source>&amp;About ESI Studio</source>
        <translation>À &amp;propos d’ESI Studio</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>E&amp;xplorer</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Explorer tools</source>
        <translation>Outils de l’explorateur</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message>
        <source>Loaded spec</source>
        <translation>Spécification chargée</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Serveur ESI</translation>
    </message>
    <message>
        <source>ESI: %1</source>
        <translation>ESI : %1</translation>
    </message>
    <message>
        <source>Requests and spec downloads go to this server</source>
        <translation>Les requêtes et téléchargements de spécification vont vers ce serveur</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Aucune spécification chargée</translation>
    </message>
    <message>
        <source>ESI Studio — %1</source>
        <translation>ESI Studio — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 operations</source>
        <translation>%1 · %2 · %3 · %4 opérations</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Chargée depuis %1</translation>
    </message>
    <message>
        <source>Could not open “%1”</source>
        <translation>Impossible d’ouvrir « %1 »</translation>
    </message>
    <message>
        <source>Still showing the spec for %1 (%2).</source>
        <translation>La spécification du %1 (%2) reste affichée.</translation>
    </message>
    <message>
        <source>Open ESI Spec</source>
        <translation>Ouvrir une spécification ESI</translation>
    </message>
    <message>
        <source>OpenAPI or Swagger documents (*.json);;All files (*)</source>
        <translation>Documents OpenAPI ou Swagger (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Lister tous les raccourcis clavier de cette fenêtre</translation>
    </message>
    <message>
        <source>&amp;Manage Characters…</source>
        <translation>&amp;Gérer les personnages…</translation>
    </message>
    <message>
        <source>Signed-in characters, their tokens and scopes</source>
        <translation>Personnages connectés, leurs jetons et leurs portées</translation>
    </message>
    <message>
        <source>&amp;Characters</source>
        <translation>&amp;Personnages</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>&amp;What Changed…</source>
        <translation>&amp;Ce qui a changé…</translation>
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
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Message title</source>
        <translation>Titre du message</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsHeader</name>
    <message>
        <source>Show Names</source>
        <translation>Afficher les noms</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs (type_id → type_name), from ESI&apos;s /universe/names</source>
        <translation>Une colonne de noms à côté de chaque colonne d&apos;ID EVE (type_id → type_name), d&apos;après /universe/names d&apos;ESI</translation>
    </message>
    <message>
        <source>Names of %1</source>
        <translation>Noms de %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::NameColumnsModel</name>
    <message>
        <source>%1 (%2, from /universe/names)</source>
        <translation>%1 (%2, d&apos;après /universe/names)</translation>
    </message>
    <message>
        <source>Names of %1 from ESI&apos;s /universe/names; right-click a header to hide them</source>
        <translation>Noms de %1 d&apos;après /universe/names d&apos;ESI ; clic droit sur un en-tête pour les masquer</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OfflineIndicator</name>
    <message>
        <source>Offline sandbox</source>
        <translation>Bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Go back online</source>
        <translation>Revenir en ligne</translation>
    </message>
    <message>
        <source>Go Back Online</source>
        <translation>Revenir en ligne</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again (ESI Studio restarts)</source>
        <translation>Utiliser à nouveau les serveurs d’EVE (ESI Studio redémarre)</translation>
    </message>
    <message>
        <source>OFFLINE SANDBOX at %1: generated data, not EVE&apos;s servers</source>
        <translation>BAC À SABLE HORS LIGNE sur %1 : données générées, pas les serveurs d’EVE</translation>
    </message>
    <message>
        <source>Calls and sign-ins go to the bundled esi-sandbox; its test characters need no EVE account.</source>
        <translation>Les appels et connexions vont vers l’esi-sandbox fourni ; ses personnages de test ne nécessitent aucun compte EVE.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationDocsView</name>
    <message>
        <source>Operation documentation</source>
        <translation>Documentation de l’opération</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Aucune spécification chargée</translation>
    </message>
    <message>
        <source>Open an ESI OpenAPI document with File → Open Spec File.</source>
        <translation>Ouvrez un document OpenAPI de l’ESI avec Fichier → Ouvrir un fichier de spécification.</translation>
    </message>
    <message>
        <source>Compatibility date</source>
        <translation>Date de compatibilité</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pick an operation on the left to read what it does, who may call it and what it answers. Filter with words or with tag:, scope:, path:, id: and method:.</source>
        <translation>Choisissez une opération à gauche pour lire ce qu’elle fait, qui peut l’appeler et ce qu’elle répond. Filtrez avec des mots ou avec tag:, scope:, path:, id: et method:.</translation>
    </message>
    <message>
        <source>Deprecated: ESI may remove this route; look for its replacement before relying on it.</source>
        <translation>Obsolète : l’ESI peut supprimer cette route ; cherchez son remplacement avant de vous y fier.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Operation ID</source>
        <translation>ID de l’opération</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>sign-in required, no scope named</source>
        <translation>connexion requise, aucune portée indiquée</translation>
    </message>
    <message>
        <source>none: public route, no sign-in needed</source>
        <translation>aucune : route publique, pas de connexion requise</translation>
    </message>
    <message>
        <source>Required roles</source>
        <translation>Rôles requis</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(any one of them)</source>
        <translation>(l’un d’eux suffit)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Paging</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>Localized</source>
        <translation>Localisée</translation>
    </message>
    <message>
        <source>yes: answers in the language asked for with Accept-Language</source>
        <translation>oui : répond dans la langue demandée par Accept-Language</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Route changed</source>
        <translation>Route modifiée</translation>
    </message>
    <message>
        <source>no bucket: counts against the global error limit</source>
        <translation>aucun compartiment : compte dans la limite d’erreurs globale</translation>
    </message>
    <message>
        <source>group %1, at most %2 tokens per %3 window</source>
        <translation>groupe %1, au plus %2 jetons par fenêtre de %3</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>non déclaré</translation>
    </message>
    <message>
        <source>none: one response holds the whole result</source>
        <translation>aucune : une réponse contient tout le résultat</translation>
    </message>
    <message>
        <source>page numbers: query page, total in the X-Pages header</source>
        <translation>numéros de page : paramètre page, total dans l’en-tête X-Pages</translation>
    </message>
    <message>
        <source>cursor: query before / after, next cursor in the body</source>
        <translation>curseur : paramètres before / after, curseur suivant dans le corps</translation>
    </message>
    <message>
        <source>from_id: walk backwards from the smallest id seen</source>
        <translation>from_id : remonter depuis le plus petit id vu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
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
        <translation>Obsolète.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(requis)</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facultatif)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>The spec declares no success response.</source>
        <translation>La spécification ne déclare aucune réponse de succès.</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>aucun corps</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>En-têtes : %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationInfoPanel</name>
    <message>
        <source>Operation information</source>
        <translation>Informations sur l’opération</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Schéma de la réponse</translation>
    </message>
    <message>
        <source>&amp;Docs</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Response &amp;schema</source>
        <translation>&amp;Schéma de la réponse</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>réponse %1</translation>
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
        <translation>paginée</translation>
    </message>
    <message>
        <source>cursor</source>
        <translation>curseur</translation>
    </message>
    <message>
        <source>from_id</source>
        <translation>from_id</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>localisée</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreeModel</name>
    <message>
        <source>1 operation tagged %1</source>
        <translation>1 opération étiquetée %1</translation>
    </message>
    <message>
        <source>%1 operations tagged %2</source>
        <translation>%1 opérations étiquetées %2</translation>
    </message>
    <message>
        <source>Requires scope: %1</source>
        <translation>Nécessite la portée : %1</translation>
    </message>
    <message>
        <source>Public: no sign-in needed</source>
        <translation>Publique : pas de connexion requise</translation>
    </message>
    <message>
        <source>Required roles (any of): %1</source>
        <translation>Rôles requis (l’un d’eux) : %1</translation>
    </message>
    <message>
        <source>Paging: %1</source>
        <translation>Pagination : %1</translation>
    </message>
    <message>
        <source>Localized: answers in the requested language</source>
        <translation>Localisée : répond dans la langue demandée</translation>
    </message>
    <message>
        <source>Rate limit group: %1</source>
        <translation>Groupe de limite de débit : %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>requires sign-in</source>
        <translation>nécessite une connexion</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>paged by %1</source>
        <translation>paginée par %1</translation>
    </message>
    <message>
        <source>localized</source>
        <translation>localisée</translation>
    </message>
    <message>
        <source>requires corporation roles</source>
        <translation>nécessite des rôles de corporation</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::OperationTreePanel</name>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Filtrer les opérations</translation>
    </message>
    <message>
        <source>Filter operations (id, path, summary, tag:, scope:)</source>
        <translation>Filtrer les opérations (id, chemin, résumé, tag:, scope:)</translation>
    </message>
    <message>
        <source>Words must all match. Qualify a word to search one field: tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F focuses, Esc clears.</source>
        <translation>Tous les mots doivent correspondre. Préfixez un mot pour chercher dans un champ : tag:market, scope:assets, path:/characters, id:GetMarkets, method:post. Ctrl+F donne le focus, Échap efface.</translation>
    </message>
    <message>
        <source>Find Operation</source>
        <translation>Trouver une opération</translation>
    </message>
    <message>
        <source>Operation tree</source>
        <translation>Arbre des opérations</translation>
    </message>
    <message>
        <source>Operation count</source>
        <translation>Nombre d’opérations</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Aucune spécification chargée</translation>
    </message>
    <message>
        <source>%1 operations in %2 tags</source>
        <translation>%1 opérations dans %2 étiquettes</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Aucune opération ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>%1 of %2 operations match</source>
        <translation>%1 opérations sur %2 correspondent</translation>
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
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterEditor</name>
    <message>
        <source>Parameter %1</source>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>e.g. 2026-07-21T11:00:00Z</source>
        <translation>p. ex. 2026-07-21T11:00:00Z</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>comma-separated %1</source>
        <translation>%1 séparées par des virgules</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>L’une de : %1</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>Send this date; unchecked, the parameter is left out</source>
        <translation>Envoyer cette date ; décoché, le paramètre est omis</translation>
    </message>
    <message>
        <source>Request body (JSON)</source>
        <translation>Corps de la requête (JSON)</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON : %1</translation>
    </message>
    <message>
        <source>Request body syntax</source>
        <translation>Syntaxe du corps de la requête</translation>
    </message>
    <message>
        <source>(choose a value)</source>
        <translation>(choisir une valeur)</translation>
    </message>
    <message>
        <source>Required: enter the request body as JSON.</source>
        <translation>Requis : saisissez le corps de la requête en JSON.</translation>
    </message>
    <message>
        <source>Optional: leave empty to send no body.</source>
        <translation>Facultatif : laissez vide pour n’envoyer aucun corps.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>JSON invalide ligne %1, colonne %2 : %3.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterForm</name>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Parameter fields</source>
        <translation>Champs des paramètres</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>Aucun paramètre</translation>
    </message>
    <message>
        <source>Parameter problems</source>
        <translation>Problèmes de paramètres</translation>
    </message>
    <message>
        <source>Pick an operation to fill in its parameters.</source>
        <translation>Choisissez une opération pour remplir ses paramètres.</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <source>The request body, as JSON.</source>
        <translation>Le corps de la requête, en JSON.</translation>
    </message>
    <message>
        <source>%1 takes no parameters: press Run.</source>
        <translation>%1 ne prend aucun paramètre : appuyez sur Exécuter.</translation>
    </message>
    <message>
        <source>Label of %1</source>
        <translation>Libellé de %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Requis.</translation>
    </message>
    <message>
        <source>Deprecated.</source>
        <translation>Obsolète.</translation>
    </message>
    <message>
        <source>Message for %1</source>
        <translation>Message pour %1</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Champ %1</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>Liste…</translation>
    </message>
    <message>
        <source>List of values for %1</source>
        <translation>Liste de valeurs pour %1</translation>
    </message>
    <message>
        <source>Run once per value: paste IDs, take a column of the current result%1.</source>
        <translation>Exécuter une fois par valeur : collez des ID, prenez une colonne du résultat actuel%1.</translation>
    </message>
    <message>
        <source> or every signed-in character</source>
        <translation> ou chaque personnage connecté</translation>
    </message>
    <message>
        <source>List (%1)…</source>
        <translation>Liste (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Every signed-in character with the scope (%n): one call each.</source>
        <translation>
            <numerusform>Chaque personnage connecté ayant le scope (%n) : un appel chacun.</numerusform>
            <numerusform>Chaque personnage connecté ayant le scope (%n) : un appel chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A list of %n value(s), one call each: </source>
        <translation>
            <numerusform>Une liste de %n valeur, un appel chacune : </numerusform>
            <numerusform>Une liste de %n valeurs, un appel chacune : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ParameterListLauncher</name>
    <message numerus="yes">
        <source>Alliances of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Alliances des personnages connectés (%n)</numerusform>
            <numerusform>Alliances des personnages connectés (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Corporations of the signed-in characters (%n)</source>
        <translation>
            <numerusform>Corporations des personnages connectés (%n)</numerusform>
            <numerusform>Corporations des personnages connectés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alliances of the signed-in characters (looking them up…)</source>
        <translation>Alliances des personnages connectés (recherche en cours…)</translation>
    </message>
    <message>
        <source>Corporations of the signed-in characters (looking them up…)</source>
        <translation>Corporations des personnages connectés (recherche en cours…)</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::PortraitCache</name>
    <message>
        <source>the image server answered HTTP %1</source>
        <translation>le serveur d’images a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the image server&apos;s answer is not an image</source>
        <translation>la réponse du serveur d’images n’est pas une image</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::QuickSwitcher</name>
    <message>
        <source>Go to operation</source>
        <translation>Aller à l’opération</translation>
    </message>
    <message>
        <source>Operation to go to</source>
        <translation>Opération de destination</translation>
    </message>
    <message>
        <source>Go to operation: id, path, summary, tag:, scope:…</source>
        <translation>Aller à l’opération : id, chemin, résumé, tag:, scope:…</translation>
    </message>
    <message>
        <source>Matching operations</source>
        <translation>Opérations correspondantes</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>No spec loaded</source>
        <translation>Aucune spécification chargée</translation>
    </message>
    <message>
        <source>No operation matches “%1”</source>
        <translation>Aucune opération ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Best %1 of %2 matches; type more to narrow</source>
        <translation>Les %1 meilleures sur %2 correspondances ; tapez davantage pour affiner</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es); Return opens the highlighted one</source>
        <translation>
            <numerusform>%n correspondance ; Entrée ouvre celle en surbrillance</numerusform>
            <numerusform>%n correspondances ; Entrée ouvre celle en surbrillance</numerusform>
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
        <translation>bloqué pendant %1</translation>
    </message>
    <message>
        <source>blocked for %1: %2</source>
        <translation>bloqué pendant %1 : %2</translation>
    </message>
    <message>
        <source>%1 tokens held by requests in flight</source>
        <translation>%1 jetons retenus par des requêtes en cours</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>blocked %1</source>
        <translation>bloqué %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>Bucket %1 for %2: %3 tokens per %4 window. %5</source>
        <translation>Compartiment %1 pour %2 : %3 jetons par fenêtre de %4. %5</translation>
    </message>
    <message>
        <source>Tokens spent leave the floating %1 window one by one; the next one comes back in this time.</source>
        <translation>Les jetons dépensés quittent un à un la fenêtre glissante de %1 ; le prochain revient dans ce délai.</translation>
    </message>
    <message>
        <source>%1 of %2 tokens left (%3 reserved by requests in flight). A 2xx answer costs 2 tokens, 3xx 1, 4xx 5.</source>
        <translation>%1 jetons restants sur %2 (%3 réservés par des requêtes en cours). Une réponse 2xx coûte 2 jetons, 3xx 1, 4xx 5.</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Compartiment</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Jetons restants</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RawResponseView</name>
    <message>
        <source>Raw response</source>
        <translation>Réponse brute</translation>
    </message>
    <message>
        <source>Search the response</source>
        <translation>Rechercher dans la réponse</translation>
    </message>
    <message>
        <source>Search this page (Return: next, Shift+Return: previous)</source>
        <translation>Rechercher dans cette page (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>La réponse n’avait pas de corps.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 correspondance</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 correspondances</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RegistrationGuide</name>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and log in with your EVE Online account.</source>
        <translation>Ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; et connectez-vous avec votre compte EVE Online.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;Applications&lt;/b&gt;, then &lt;b&gt;Create new application&lt;/b&gt;, and give it a name and a short description.</source>
        <translation>Choisissez &lt;b&gt;Applications&lt;/b&gt;, puis &lt;b&gt;Create new application&lt;/b&gt;, et donnez-lui un nom et une courte description.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Connection type&lt;/b&gt; choose &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</source>
        <translation>Dans &lt;b&gt;Connection type&lt;/b&gt;, choisissez &lt;b&gt;Authentication &amp;amp; API Access&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Permissions&lt;/b&gt; add the scopes of the operations you want to call (each operation&apos;s documentation in ESI Studio lists them, e.g. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). A sign-in can only ask for scopes the application has.</source>
        <translation>Dans &lt;b&gt;Permissions&lt;/b&gt;, ajoutez les portées des opérations que vous voulez appeler (la documentation de chaque opération dans ESI Studio les liste, p. ex. &lt;code&gt;esi-assets.read_assets.v1&lt;/code&gt;). Une connexion ne peut demander que les portées de l’application.</translation>
    </message>
    <message>
        <source>As &lt;b&gt;Callback URL&lt;/b&gt; enter exactly &lt;code&gt;%1&lt;/code&gt; (the callback URL set here).</source>
        <translation>Comme &lt;b&gt;Callback URL&lt;/b&gt;, saisissez exactement &lt;code&gt;%1&lt;/code&gt; (l’URL de rappel définie ici).</translation>
    </message>
    <message>
        <source>Create the application and copy its &lt;b&gt;Client ID&lt;/b&gt; into the field below. ESI Studio signs in with PKCE, so the secret key is not needed; keep it to yourself.</source>
        <translation>Créez l’application et copiez son &lt;b&gt;Client ID&lt;/b&gt; dans le champ ci-dessous. ESI Studio se connecte avec PKCE, la clé secrète n’est donc pas nécessaire ; gardez-la pour vous.</translation>
    </message>
    <message>
        <source>How to register an application</source>
        <translation>Comment enregistrer une application</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RequestCopier</name>
    <message>
        <source>Copied the curl command (Authorization redacted).</source>
        <translation>Commande curl copiée (Authorization masqué).</translation>
    </message>
    <message>
        <source>Copied the esi command; esi uses its own signed-in character.</source>
        <translation>Commande esi copiée ; esi utilise son propre personnage connecté.</translation>
    </message>
    <message>
        <source>Copied the %1 code; it reads the access token from the ESI_TOKEN environment variable.</source>
        <translation>Code %1 copié ; il lit le jeton d’accès dans la variable d’environnement ESI_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the %1 code.</source>
        <translation>Code %1 copié.</translation>
    </message>
    <message>
        <source>Copied the curl command with the access token; treat it like a password. It is removed from the clipboard in %1 s.</source>
        <translation>Commande curl copiée avec le jeton d’accès ; traitez-la comme un mot de passe. Elle sera retirée du presse-papiers dans %1 s.</translation>
    </message>
    <message>
        <source>Copied the %1 code with the access token; treat it like a password. It is removed from the clipboard in %2 s.</source>
        <translation>Code %1 copié avec le jeton d’accès ; traitez-le comme un mot de passe. Il sera retiré du presse-papiers dans %2 s.</translation>
    </message>
    <message>
        <source>No access token to copy</source>
        <translation>Aucun jeton d’accès à copier</translation>
    </message>
    <message>
        <source>%1 needs a signed-in character; the command was not copied.</source>
        <translation>%1 nécessite un personnage connecté ; la commande n’a pas été copiée.</translation>
    </message>
    <message>
        <source>Copy the Access Token?</source>
        <translation>Copier le jeton d’accès ?</translation>
    </message>
    <message>
        <source>The command will contain the access token of %1. Anyone holding it can read that character&apos;s data with %2 until it expires (about 20 minutes).

Copy it anyway?</source>
        <translation>La commande contiendra le jeton d’accès de %1. Quiconque le détient peut lire les données de ce personnage avec %2 jusqu’à son expiration (environ 20 minutes).

La copier quand même ?</translation>
    </message>
    <message>
        <source>Cannot copy a call over lists</source>
        <translation>Impossible de copier un appel sur des listes</translation>
    </message>
    <message>
        <source>%1 runs once per value of its lists, and the code covers one call. Take the lists out of the form (or pick one value) to copy it.</source>
        <translation>%1 s’exécute une fois par valeur de ses listes, et le code ne couvre qu’un appel. Retirez les listes du formulaire (ou choisissez une valeur) pour le copier.</translation>
    </message>
    <message>
        <source>character %1</source>
        <translation>personnage %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResponseHeadersView</name>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Status line</source>
        <translation>Ligne de statut</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Pas encore de réponse.</translation>
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
        <translation>connexion</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Serveur ESI</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>cache location</source>
        <translation>emplacement du cache</translation>
    </message>
    <message>
        <source>offline sandbox</source>
        <translation>bac à sable hors ligne</translation>
    </message>
    <message>
        <source>back online</source>
        <translation>retour en ligne</translation>
    </message>
    <message>
        <source>These changes take effect when ESI Studio restarts: %1.</source>
        <translation>Ces changements prennent effet au redémarrage d’ESI Studio : %1.</translation>
    </message>
    <message>
        <source>Restart ESI Studio?</source>
        <translation>Redémarrer ESI Studio ?</translation>
    </message>
    <message>
        <source>Restart now?</source>
        <translation>Redémarrer maintenant ?</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Call error</source>
        <translation>Erreur d’appel</translation>
    </message>
    <message>
        <source>ESI warnings</source>
        <translation>Avertissements de l’ESI</translation>
    </message>
    <message>
        <source>Result language</source>
        <translation>Langue du résultat</translation>
    </message>
    <message>
        <source>Result as JSON tree</source>
        <translation>Résultat en arbre JSON</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Vues du résultat</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Raw</source>
        <translation>&amp;Brut</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation>Exporter le résultat</translation>
    </message>
    <message>
        <source>Save the rows as JSON, NDJSON or CSV (Ctrl+E)</source>
        <translation>Enregistrer les lignes en JSON, NDJSON ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Nothing was sent: the parameters are not valid</source>
        <translation>Rien n’a été envoyé : les paramètres ne sont pas valides</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The run was stopped; %1 pages had arrived.</source>
        <translation>L’exécution a été arrêtée ; %1 pages étaient arrivées.</translation>
    </message>
    <message>
        <source>%1 failed: ESI answered %2</source>
        <translation>Échec de %1 : l’ESI a répondu %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Newer version of this route available (199): %1</source>
        <translation>Version plus récente de cette route disponible (199) : %1</translation>
    </message>
    <message>
        <source>Deprecated route (299): %1</source>
        <translation>Route obsolète (299) : %1</translation>
    </message>
    <message>
        <source>ESI sent a warning</source>
        <translation>L’ESI a envoyé un avertissement</translation>
    </message>
    <message>
        <source>ESI sent warnings</source>
        <translation>L’ESI a envoyé des avertissements</translation>
    </message>
    <message>
        <source>Ch&amp;art</source>
        <translation>&amp;Graphique</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableModel</name>
    <message>
        <source>The row itself (the result is a list of values)</source>
        <translation>La ligne elle-même (le résultat est une liste de valeurs)</translation>
    </message>
    <message>
        <source>Field %1 of each row</source>
        <translation>Champ %1 de chaque ligne</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ResultTableView</name>
    <message>
        <source>Result table</source>
        <translation>Tableau du résultat</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter rows (any text in a cell)</source>
        <translation>Filtrer les lignes (tout texte d’une cellule)</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Colonne filtrée</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Toutes les colonnes</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Aucune ligne</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 of %2 rows match</source>
        <translation>%1 lignes sur %2 correspondent</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RowCompareView</name>
    <message>
        <source>Rows compared</source>
        <translation>Lignes comparées</translation>
    </message>
    <message>
        <source>Row comparison</source>
        <translation>Comparaison des lignes</translation>
    </message>
    <message>
        <source>Changed rows</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Rows cannot be compared: they are kept only for the last %1 calls with at most %2 rows, and not for at least one of these.</source>
        <translation>Impossible de comparer les lignes : elles ne sont conservées que pour les %1 derniers appels d’au plus %2 lignes, et pas pour au moins l’un de ceux-ci.</translation>
    </message>
    <message>
        <source>Rows, older to newer: %1 (%2).</source>
        <translation>Lignes, de la plus ancienne à la plus récente : %1 (%2).</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunController</name>
    <message>
        <source>Runs are unavailable: ESI Studio was started without a call engine.</source>
        <translation>Exécutions indisponibles : ESI Studio a été lancé sans moteur d’appels.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing sent: fix the %n marked parameter(s) first.</source>
        <translation>
            <numerusform>Rien n’a été envoyé : corrigez d’abord le paramètre signalé.</numerusform>
            <numerusform>Rien n’a été envoyé : corrigez d’abord les %n paramètres signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent: %1 needs a signed-in character with %2.</source>
        <translation>Rien n’a été envoyé : %1 nécessite un personnage connecté avec %2.</translation>
    </message>
    <message>
        <source>Large Fetch</source>
        <translation>Récupération volumineuse</translation>
    </message>
    <message>
        <source>Run not started.</source>
        <translation>Exécution non lancée.</translation>
    </message>
    <message>
        <source>Done: %1 pages · %2 rows · %3</source>
        <translation>Terminé : %1 pages · %2 lignes · %3</translation>
    </message>
    <message>
        <source>Cancelled after %1 pages</source>
        <translation>Annulé après %1 pages</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cannot re-run %1</source>
        <translation>Impossible de réexécuter %1</translation>
    </message>
    <message>
        <source>The spec shown (%1) has no operation %2; pick the compatibility date %3 it was run with.</source>
        <translation>La spécification affichée (%1) n’a pas d’opération %2 ; choisissez la date de compatibilité %3 utilisée lors de l’exécution.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cannot re-run %1 as %2</source>
        <translation>Impossible de réexécuter %1 en tant que %2</translation>
    </message>
    <message>
        <source>%1 is not signed in with the scopes this operation needs.</source>
        <translation>%1 n’est pas connecté avec les portées requises par cette opération.</translation>
    </message>
    <message>
        <source>Using compatibility date %1; the call was recorded with %2.</source>
        <translation>Date de compatibilité %1 utilisée ; l’appel a été enregistré avec %2.</translation>
    </message>
    <message>
        <source>Cannot copy %1</source>
        <translation>Impossible de copier %1</translation>
    </message>
    <message>
        <source>The spec shown has no operation %1.</source>
        <translation>La spécification affichée n’a pas d’opération %1.</translation>
    </message>
    <message>
        <source>Checking which corporation %1 belongs to…</source>
        <translation>Vérification de la corporation de %1…</translation>
    </message>
    <message>
        <source>Nothing sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Nothing sent: pick an operation first.</source>
        <translation>Rien n’a été envoyé : choisissez d’abord une opération.</translation>
    </message>
    <message>
        <source>Nothing sent: a run is in progress; cancel it first.</source>
        <translation>Rien n’a été envoyé : une exécution est en cours ; annulez-la d’abord.</translation>
    </message>
    <message>
        <source>Many Calls</source>
        <translation>Nombreux appels</translation>
    </message>
    <message numerus="yes">
        <source>This runs %1 %n time(s), once per value. Run it?</source>
        <translation>
            <numerusform>Ceci exécute %1 %n fois, une fois par valeur. L&apos;exécuter ?</numerusform>
            <numerusform>Ceci exécute %1 %n fois, une fois par valeur. L&apos;exécuter ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 calls · %3 failed · %4 rows · %5</source>
        <translation>Terminé : %1 appels sur %2 · %3 en échec · %4 lignes · %5</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::RunPanel</name>
    <message>
        <source>This page</source>
        <translation>Cette page</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Toutes les pages</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run operation</source>
        <translation>Exécuter l’opération</translation>
    </message>
    <message>
        <source>Operation to run</source>
        <translation>Opération à exécuter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Fetch this page only</source>
        <translation>Récupérer cette page seulement</translation>
    </message>
    <message>
        <source>One request: page 1, or the page named by the page parameter</source>
        <translation>Une requête : la page 1, ou celle indiquée par le paramètre page</translation>
    </message>
    <message>
        <source>Fetch all pages</source>
        <translation>Récupérer toutes les pages</translation>
    </message>
    <message>
        <source>Every page: by X-Pages, by cursor or by from_id, several at once</source>
        <translation>Chaque page : par X-Pages, par curseur ou par from_id, plusieurs à la fois</translation>
    </message>
    <message>
        <source>Run estimate</source>
        <translation>Estimation de l’exécution</translation>
    </message>
    <message>
        <source>Run the operation (Ctrl+Return)</source>
        <translation>Exécuter l’opération (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop the run; nothing more is sent</source>
        <translation>Arrêter l’exécution ; plus rien n’est envoyé</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy the request as a curl command; the Authorization header is redacted</source>
        <translation>Copier la requête en commande curl ; l’en-tête Authorization est masqué</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>État de l’exécution</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>No operation selected</source>
        <translation>Aucune opération sélectionnée</translation>
    </message>
    <message>
        <source>All pages are fetched; choose “This page” to ask for one page.</source>
        <translation>Toutes les pages sont récupérées ; choisissez « Cette page » pour n’en demander qu’une.</translation>
    </message>
    <message>
        <source>This route is not localized; it answers the same in every language</source>
        <translation>Cette route n’est pas localisée ; elle répond de la même façon dans toutes les langues</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>%1 · waiting for page 1</source>
        <translation>%1 · en attente de la page 1</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Attente de %1 : %2</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language and shows one tab per language.</source>
        <translation>Accept-Language de la requête. « Toutes les langues » exécute l’appel une fois par langue et affiche un onglet par langue.</translation>
    </message>
    <message>
        <source>Accept-Language of the request. “All languages” runs the call once per language.</source>
        <translation>Accept-Language de la requête. « Toutes les langues » exécute l’appel une fois par langue.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 sur %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Decoding the last %n page(s)…</source>
        <translation>
            <numerusform>Décodage de la dernière page…</numerusform>
            <numerusform>Décodage des %n dernières pages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SchemaTreeModel</name>
    <message>
        <source>%1 (recursive)</source>
        <translation>%1 (récursif)</translation>
    </message>
    <message>
        <source>Always present</source>
        <translation>Toujours présent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
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
        <translation>Choisir les portées</translation>
    </message>
    <message>
        <source>Choose scopes</source>
        <translation>Choisir les portées</translation>
    </message>
    <message>
        <source>The character grants these scopes to ESI Studio when signing in. Ask only for what you need.</source>
        <translation>Le personnage accorde ces portées à ESI Studio lors de la connexion. Ne demandez que ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Rechercher des portées</translation>
    </message>
    <message>
        <source>Search scopes (e.g. wallet, assets)</source>
        <translation>Rechercher des portées (p. ex. wallet, assets)</translation>
    </message>
    <message>
        <source>Scopes by area</source>
        <translation>Portées par domaine</translation>
    </message>
    <message>
        <source>&amp;All Scopes This Spec Knows</source>
        <translation>&amp;Toutes les portées de cette spécification</translation>
    </message>
    <message>
        <source>Select all scopes this spec knows</source>
        <translation>Sélectionner toutes les portées de cette spécification</translation>
    </message>
    <message>
        <source>Scopes for Operations I &amp;Use</source>
        <translation>Portées des opérations que j’&amp;utilise</translation>
    </message>
    <message>
        <source>Select the scopes of the operations you used</source>
        <translation>Sélectionner les portées des opérations que vous avez utilisées</translation>
    </message>
    <message>
        <source>No authed operation has been run yet.</source>
        <translation>Aucune opération authentifiée n’a encore été exécutée.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) from your call history</source>
        <translation>
            <numerusform>%n portée de votre historique d’appels</numerusform>
            <numerusform>%n portées de votre historique d’appels</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in with the chosen scopes</source>
        <translation>Se connecter avec les portées choisies</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Selected scopes</source>
        <translation>Portées sélectionnées</translation>
    </message>
    <message>
        <source>The character already has this scope; it is kept.</source>
        <translation>Le personnage a déjà cette portée ; elle est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n portée sélectionnée</numerusform>
            <numerusform>%n portées sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) to add; the character&apos;s %1 are kept</source>
        <translation>
            <numerusform>%n portée à ajouter ; les %1 du personnage sont conservées</numerusform>
            <numerusform>%n portées à ajouter ; les %1 du personnage sont conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsController</name>
    <message>
        <source>esi-sandbox was not found next to ESI Studio (looked in %1). Reinstall ESI Studio, or build the esi-sandbox target.</source>
        <translation>esi-sandbox est introuvable à côté d’ESI Studio (cherché dans %1). Réinstallez ESI Studio ou compilez la cible esi-sandbox.</translation>
    </message>
    <message>
        <source>The offline sandbox stopped</source>
        <translation>Le bac à sable hors ligne s’est arrêté</translation>
    </message>
    <message>
        <source>Restart ESI Studio to start it again.</source>
        <translation>Redémarrez ESI Studio pour le relancer.</translation>
    </message>
    <message>
        <source>Response cache cleared</source>
        <translation>Cache des réponses vidé</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problèmes avec les paramètres</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>SSO client ID</source>
        <translation>ID client SSO</translation>
    </message>
    <message>
        <source>from developers.eveonline.com; empty: public operations only</source>
        <translation>depuis developers.eveonline.com ; vide : opérations publiques uniquement</translation>
    </message>
    <message>
        <source>SSO callback URL</source>
        <translation>URL de rappel SSO</translation>
    </message>
    <message>
        <source>SSO server</source>
        <translation>Serveur SSO</translation>
    </message>
    <message>
        <source>To sign in characters, ESI Studio needs an application registered at the EVE developers site. To register one:</source>
        <translation>Pour connecter des personnages, ESI Studio a besoin d’une application enregistrée sur le site des développeurs d’EVE. Pour en enregistrer une :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;rappel :</translation>
    </message>
    <message>
        <source>SSO &amp;server:</source>
        <translation>&amp;Serveur SSO :</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail de contact</translation>
    </message>
    <message>
        <source>you@example.com: lets CCP reach you about your traffic</source>
        <translation>vous@example.com : permet à CCP de vous contacter au sujet de votre trafic</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nom de l’application</translation>
    </message>
    <message>
        <source>optional: the tool these requests are for</source>
        <translation>facultatif : l’outil auquel servent ces requêtes</translation>
    </message>
    <message>
        <source>User-Agent preview</source>
        <translation>Aperçu du User-Agent</translation>
    </message>
    <message>
        <source>ESI server</source>
        <translation>Serveur ESI</translation>
    </message>
    <message>
        <source>Default compatibility date</source>
        <translation>Date de compatibilité par défaut</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; empty: the spec&apos;s own date</source>
        <translation>AAAA-MM-JJ ; vide : la date de la spécification</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;E-mail de contact :</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>&amp;Nom de l’application :</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent :</translation>
    </message>
    <message>
        <source>ESI ser&amp;ver:</source>
        <translation>Ser&amp;veur ESI :</translation>
    </message>
    <message>
        <source>Takes effect after a restart. Use esi-sandbox&apos;s or a proxy&apos;s address to work elsewhere than EVE&apos;s servers.</source>
        <translation>Prend effet après un redémarrage. Utilisez l’adresse d’esi-sandbox ou d’un proxy pour travailler ailleurs que sur les serveurs d’EVE.</translation>
    </message>
    <message>
        <source>Default compatibility &amp;date:</source>
        <translation>&amp;Date de compatibilité par défaut :</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requêtes &amp;simultanées :</translation>
    </message>
    <message>
        <source>Cache size limit</source>
        <translation>Limite de taille du cache</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <source>empty: the standard cache folder</source>
        <translation>vide : le dossier de cache standard</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the cache folder</source>
        <translation>Choisir le dossier de cache</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>&amp;Vider le cache</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Vider le cache des réponses</translation>
    </message>
    <message>
        <source>Response cache size</source>
        <translation>Taille du cache des réponses</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Taille maximale :</translation>
    </message>
    <message>
        <source>Lo&amp;cation:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Une nouvelle langue prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>(no valid header: %1)</source>
        <translation>(en-tête non valide : %1)</translation>
    </message>
    <message>
        <source>Freed %1 of cached responses.</source>
        <translation>%1 de réponses en cache libérés.</translation>
    </message>
    <message>
        <source>Cache Location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <source>The response cache is not open.</source>
        <translation>Le cache des réponses n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Cached responses: %1, size %2, in %3</source>
        <translation>Réponses en cache : %1, taille %2, dans %3</translation>
    </message>
    <message>
        <source>Changes on this page take effect after ESI Studio restarts. The esi command line uses them too.</source>
        <translation>Les changements de cette page prennent effet après le redémarrage d’ESI Studio. La ligne de commande esi les utilise aussi.</translation>
    </message>
    <message>
        <source>A new location takes effect after a restart; the esi command line follows it too. The size limit applies at once.</source>
        <translation>Un nouvel emplacement prend effet après un redémarrage ; la ligne de commande esi le suit aussi. La limite de taille s’applique immédiatement.</translation>
    </message>
    <message>
        <source>Most pages per call</source>
        <translation>Pages maximum par appel</translation>
    </message>
    <message>
        <source>Largest response</source>
        <translation>Réponse maximale</translation>
    </message>
    <message>
        <source>Most &amp;pages per call:</source>
        <translation>&amp;Pages maximum par appel :</translation>
    </message>
    <message>
        <source>Largest &amp;response:</source>
        <translation>&amp;Réponse maximale :</translation>
    </message>
    <message>
        <source>A call stops with an error when a server announces more pages or sends a larger answer, instead of fetching without end.</source>
        <translation>Un appel s’arrête sur une erreur quand un serveur annonce plus de pages ou envoie une réponse plus grande, au lieu de récupérer sans fin.</translation>
    </message>
    <message>
        <source>Show &amp;names for IDs</source>
        <translation>Afficher les &amp;noms des ID</translation>
    </message>
    <message>
        <source>Show names for IDs</source>
        <translation>Afficher les noms des ID</translation>
    </message>
    <message>
        <source>A name column next to every column of EVE IDs in the result table (type_id → type_name), from ESI&apos;s /universe/names; the table header&apos;s menu switches them too</source>
        <translation>Une colonne de noms à côté de chaque colonne d&apos;ID EVE dans le tableau de résultats (type_id → type_name), d&apos;après /universe/names d&apos;ESI ; le menu de l&apos;en-tête du tableau les active aussi</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SettingsMenuActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;First-Run Assistant…</source>
        <translation>Assistant de &amp;premier lancement…</translation>
    </message>
    <message>
        <source>Client ID, contact email, servers, cache, language and theme</source>
        <translation>ID client, e-mail de contact, serveurs, cache, langue et thème</translation>
    </message>
    <message>
        <source>Set up signing in or the offline sandbox again</source>
        <translation>Configurer à nouveau la connexion ou le bac à sable hors ligne</translation>
    </message>
    <message>
        <source>Go Back &amp;Online</source>
        <translation>Revenir en &amp;ligne</translation>
    </message>
    <message>
        <source>Try It &amp;Offline</source>
        <translation>Essayer &amp;hors ligne</translation>
    </message>
    <message>
        <source>Use EVE&apos;s servers again at the next start</source>
        <translation>Utiliser à nouveau les serveurs d’EVE au prochain démarrage</translation>
    </message>
    <message>
        <source>Explore every feature against a local sandbox, no EVE account needed</source>
        <translation>Explorer chaque fonction sur un bac à sable local, sans compte EVE</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Search by action, key or description</source>
        <translation>Rechercher par action, touche ou description</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shortcut count</source>
        <translation>Nombre de raccourcis</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 shortcuts</source>
        <translation>
            <numerusform>%n raccourci sur %1</numerusform>
            <numerusform>%n raccourcis sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
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
        <translation>Le navigateur de connexion intégré %1 n’a pas pu être chargé : %2. Réinstallez ESI Studio avec son environnement Qt WebEngine.</translation>
    </message>
    <message>
        <source>%1 is not the embedded sign-in browser of this version of ESI Studio; reinstall ESI Studio.</source>
        <translation>%1 n’est pas le navigateur de connexion intégré de cette version d’ESI Studio ; réinstallez ESI Studio.</translation>
    </message>
    <message>
        <source>The embedded sign-in browser (%1) is not installed; looked in %2.</source>
        <translation>Le navigateur de connexion intégré (%1) n’est pas installé ; cherché dans %2.</translation>
    </message>
    <message>
        <source>Contacting the EVE SSO…</source>
        <translation>Contact de l’EVE SSO…</translation>
    </message>
    <message>
        <source>Saving %1 in the keychain…</source>
        <translation>Enregistrement de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; enter it in File › Settings… (SSO client ID), or set the ESI_CLIENT_ID environment variable.</source>
        <translation>La connexion nécessite l’ID client d’une application enregistrée sur developers.eveonline.com ; saisissez-le dans Fichier › Paramètres… (ID client SSO), ou définissez la variable d’environnement ESI_CLIENT_ID.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SignInRequester</name>
    <message>
        <source>Add Scopes for %1</source>
        <translation>Ajouter des portées pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Signing %1 in again for %n scope(s)…</source>
        <translation>
            <numerusform>Reconnexion de %1 pour %n portée…</numerusform>
            <numerusform>Reconnexion de %1 pour %n portées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing in a new character for %n scope(s)…</source>
        <translation>
            <numerusform>Connexion d’un nouveau personnage pour %n portée…</numerusform>
            <numerusform>Connexion d’un nouveau personnage pour %n portées…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SingleInstance</name>
    <message>
        <source>the running ESI Studio (socket %1) did not accept a connection within %2 seconds</source>
        <translation>l’ESI Studio en cours (socket %1) n’a pas accepté de connexion en %2 secondes</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not accept the request: %2</source>
        <translation>l’ESI Studio en cours (socket %1) n’a pas accepté la requête : %2</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) did not answer within %2 seconds; close it, or start another window with --new-instance</source>
        <translation>l’ESI Studio en cours (socket %1) n’a pas répondu en %2 secondes ; fermez-le ou lancez une autre fenêtre avec --new-instance</translation>
    </message>
    <message>
        <source>the running ESI Studio (socket %1) refused the request: %2</source>
        <translation>l’ESI Studio en cours (socket %1) a refusé la requête : %2</translation>
    </message>
    <message>
        <source>cannot listen on local socket %1: %2</source>
        <translation>impossible d’écouter sur le socket local %1 : %2</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SpecDiffDialog</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Date to compare with</source>
        <translation>Date de comparaison</translation>
    </message>
    <message>
        <source>Summary of changes</source>
        <translation>Résumé des changements</translation>
    </message>
    <message>
        <source>Changed operations</source>
        <translation>Opérations modifiées</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Pick a date and press Compare.</source>
        <translation>Choisissez une date et appuyez sur Comparer.</translation>
    </message>
    <message>
        <source>No spec source for %1.</source>
        <translation>Aucune source de spécification pour %1.</translation>
    </message>
    <message>
        <source>Loading the %1 spec…</source>
        <translation>Chargement de la spécification %1…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (était %1)</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutées (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimées (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <source>No operation changed from %1 to %2.</source>
        <translation>Aucune opération n’a changé entre %1 et %2.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed.</source>
        <translation>De %1 à %2 : %3 ajoutées, %4 supprimées, %5 modifiées.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserSignIn</name>
    <message>
        <source>Signing in needs the client ID of an application registered at developers.eveonline.com; set ESI_CLIENT_ID or sso/clientId in the settings file.</source>
        <translation>La connexion nécessite l’ID client d’une application enregistrée sur developers.eveonline.com ; définissez ESI_CLIENT_ID ou sso/clientId dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in answer: %1</source>
        <translation>Impossible de recevoir la réponse de connexion : %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself to sign in: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez vous-même cette adresse pour vous connecter : %1</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in answer came from the browser within %n minute(s), so ESI Studio stopped waiting. Start the sign-in again when you are ready.</source>
        <translation>
            <numerusform>Aucune réponse de connexion n’est venue du navigateur en %n minute ; ESI Studio a cessé d’attendre. Relancez la connexion quand vous serez prêt.</numerusform>
            <numerusform>Aucune réponse de connexion n’est venue du navigateur en %n minutes ; ESI Studio a cessé d’attendre. Relancez la connexion quand vous serez prêt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::SystemBrowserWaitDialog</name>
    <message>
        <source>Open the Login Page Again</source>
        <translation>Rouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Cancel Sign-In</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Signing In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your web browser</source>
        <translation>En attente de la connexion dans votre navigateur web</translation>
    </message>
    <message numerus="yes">
        <source>Finish signing in with the EVE SSO in your web browser. ESI Studio waits up to %n minute(s) for the answer; Cancel stops waiting.</source>
        <translation>
            <numerusform>Terminez la connexion à l’EVE SSO dans votre navigateur web. ESI Studio attend la réponse jusqu’à %n minute ; Annuler met fin à l’attente.</numerusform>
            <numerusform>Terminez la connexion à l’EVE SSO dans votre navigateur web. ESI Studio attend la réponse jusqu’à %n minutes ; Annuler met fin à l’attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenActionBar</name>
    <message>
        <source>Sign &amp;In New Character…</source>
        <translation>&amp;Connecter un nouveau personnage…</translation>
    </message>
    <message>
        <source>&amp;Add Scopes…</source>
        <translation>&amp;Ajouter des portées…</translation>
    </message>
    <message>
        <source>&amp;Refresh Now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>&amp;Copy Access Token</source>
        <translation>&amp;Copier le jeton d’accès</translation>
    </message>
    <message>
        <source>Show Token C&amp;laims…</source>
        <translation>Afficher les &amp;revendications du jeton…</translation>
    </message>
    <message>
        <source>Re&amp;voke and Remove…</source>
        <translation>Ré&amp;voquer et supprimer…</translation>
    </message>
    <message>
        <source>Acknowledge &amp;Owner Change</source>
        <translation>Prendre acte du changement de &amp;propriétaire</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Le trousseau du système est inutilisable : %1</translation>
    </message>
    <message>
        <source>Select a character first.</source>
        <translation>Sélectionnez d’abord un personnage.</translation>
    </message>
    <message>
        <source>This token cannot be used; sign the character in again.</source>
        <translation>Ce jeton est inutilisable ; reconnectez le personnage.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenListModel</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Refreshes on next use</source>
        <translation>Renouvelé à la prochaine utilisation</translation>
    </message>
    <message>
        <source>Needs re-sign-in</source>
        <translation>Reconnexion nécessaire</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>The character moved to another EVE account since it was signed in.</source>
        <translation>Le personnage est passé sur un autre compte EVE depuis sa connexion.</translation>
    </message>
    <message>
        <source>%1 · owner changed</source>
        <translation>%1 · propriétaire changé</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Corporation / Alliance</source>
        <translation>Corporation / Alliance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Access token expires in</source>
        <translation>Le jeton d’accès expire dans</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Last refreshed</source>
        <translation>Dernier renouvellement</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenManagerWindow</name>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>Character manager</source>
        <translation>Gestionnaire de personnages</translation>
    </message>
    <message>
        <source>Signed-in characters</source>
        <translation>Personnages connectés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 needs a new sign-in: %2</source>
        <translation>%1 doit se reconnecter : %2</translation>
    </message>
    <message>
        <source>%1 is signed in.</source>
        <translation>%1 est connecté.</translation>
    </message>
    <message>
        <source>%1 is signed in, but no longer grants %2.</source>
        <translation>%1 est connecté, mais n’accorde plus %2.</translation>
    </message>
    <message>
        <source>Sign-in did not complete: %1</source>
        <translation>La connexion n’a pas abouti : %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::TokenUsageChart</name>
    <message>
        <source>Token use over time</source>
        <translation>Utilisation des jetons dans le temps</translation>
    </message>
    <message>
        <source>Limit use, last %1 minutes</source>
        <translation>Utilisation des limites, %1 dernières minutes</translation>
    </message>
    <message>
        <source>error limit</source>
        <translation>limite d’erreurs</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchBar</name>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Watch this result</source>
        <translation>Surveiller ce résultat</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Relancer l’appel chaque fois que sa réponse expire (jamais avant) et surligner ce qui a changé ; une réponse inchangée ne coûte qu’un 304</translation>
    </message>
    <message>
        <source>Watch status</source>
        <translation>État de la surveillance</translation>
    </message>
    <message>
        <source>Watch snapshots</source>
        <translation>Instantanés de la surveillance</translation>
    </message>
    <message>
        <source>Show an earlier snapshot and what it changed</source>
        <translation>Afficher un instantané antérieur et ce qu’il a changé</translation>
    </message>
    <message>
        <source>Notify when the watched result changes</source>
        <translation>Notifier quand le résultat surveillé change</translation>
    </message>
    <message>
        <source>Show a desktop notification when a snapshot changes rows</source>
        <translation>Afficher une notification de bureau quand un instantané modifie des lignes</translation>
    </message>
    <message>
        <source>Rows removed in this snapshot</source>
        <translation>Lignes supprimées dans cet instantané</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchController</name>
    <message>
        <source>%1 changed</source>
        <translation>%1 a changé</translation>
    </message>
    <message numerus="yes">
        <source>Watch stopped; the last %n snapshots stay browsable.</source>
        <translation>
            <numerusform>Surveillance arrêtée ; le dernier instantané reste consultable.</numerusform>
            <numerusform>Surveillance arrêtée ; les %n derniers instantanés restent consultables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch stopped: %1</source>
        <translation>Surveillance arrêtée : %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>n° %1 %2 · %3</translation>
    </message>
    <message>
        <source>A run over lists of values cannot be watched</source>
        <translation>Une exécution sur des listes de valeurs ne peut pas être surveillée</translation>
    </message>
    <message>
        <source>Run a call first; a successful result can be watched</source>
        <translation>Lancez d’abord un appel ; un résultat réussi peut être surveillé</translation>
    </message>
    <message>
        <source>Run the call again each time its answer expires (never earlier) and highlight what changed; an unchanged answer costs a 304</source>
        <translation>Relancer l’appel chaque fois que sa réponse expire (jamais avant) et surligner ce qui a changé ; une réponse inchangée ne coûte qu’un 304</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2 failed: %3</source>
        <translation>L’instantané %1 à %2 a échoué : %3</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 at %2: %n rows</source>
        <translation>
            <numerusform>Instantané %1 à %2 : %n ligne</numerusform>
            <numerusform>Instantané %1 à %2 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: no change (304 Not Modified)</source>
        <translation>Instantané %1 à %2 : aucun changement (304 Not Modified)</translation>
    </message>
    <message>
        <source>Snapshot %1 at %2: %3</source>
        <translation>Instantané %1 à %2 : %3</translation>
    </message>
    <message>
        <source> · next run at %1</source>
        <translation> · prochaine exécution à %1</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WatchHighlight</name>
    <message>
        <source>Changed in snapshot %1; was: %2</source>
        <translation>Modifiée dans l’instantané %1 ; avant : %2</translation>
    </message>
    <message>
        <source>Added in snapshot %1</source>
        <translation>Ajoutée dans l’instantané %1</translation>
    </message>
    <message>
        <source>Changed in snapshot %1</source>
        <translation>Modifiée dans l’instantané %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebEngineCheck</name>
    <message>
        <source>ESI Studio runs as root, and the embedded browser (Chromium) refuses to start its sandbox as root: it would close the whole application. The sign-in continues in your web browser instead. Run ESI Studio as a normal user to sign in inside it (or, knowing the risk, start it with QTWEBENGINE_DISABLE_SANDBOX=1).</source>
        <translation>ESI Studio s’exécute en root, et le navigateur intégré (Chromium) refuse de démarrer son bac à sable en root : il fermerait toute l’application. La connexion se poursuit donc dans votre navigateur web. Lancez ESI Studio en tant qu’utilisateur normal pour vous connecter à l’intérieur (ou, en connaissant le risque, lancez-le avec QTWEBENGINE_DISABLE_SANDBOX=1).</translation>
    </message>
    <message>
        <source>The embedded browser needs OpenGL, and no usable OpenGL was found on this display. The sign-in continues in your web browser instead.</source>
        <translation>Le navigateur intégré a besoin d’OpenGL, et aucun OpenGL utilisable n’a été trouvé sur cet affichage. La connexion se poursuit donc dans votre navigateur web.</translation>
    </message>
</context>
<context>
    <name>Esi::Ui::WebSignInDialog</name>
    <message>
        <source>Sign in with EVE Online</source>
        <translation>Se connecter avec EVE Online</translation>
    </message>
    <message>
        <source>EVE SSO login page</source>
        <translation>Page de connexion EVE SSO</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Revenir à la page précédente (%1)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load the page again (%1)</source>
        <translation>Recharger la page (%1)</translation>
    </message>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse de la page affichée</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try the sign-in again</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>This window keeps no cookies, cache or history: it forgets everything when it closes.</source>
        <translation>Cette fenêtre ne garde ni cookies, ni cache, ni historique : elle oublie tout à sa fermeture.</translation>
    </message>
    <message>
        <source>Use my &amp;system browser instead</source>
        <translation>Utiliser plutôt mon navigateur &amp;système</translation>
    </message>
    <message>
        <source>Use my system browser instead</source>
        <translation>Utiliser plutôt mon navigateur système</translation>
    </message>
    <message>
        <source>Sign in through your default web browser; it returns to ESI Studio through a local address on this computer.</source>
        <translation>Se connecter via votre navigateur web par défaut ; il revient vers ESI Studio par une adresse locale de cet ordinateur.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>The sign-in page at %1 could not be loaded: %2 (error %3).

Check the internet connection (for a local SSO: that esi-sandbox is running), then try again.</source>
        <translation>La page de connexion sur %1 n’a pas pu être chargée : %2 (erreur %3).

Vérifiez la connexion Internet (pour un SSO local : qu’esi-sandbox tourne), puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to %1 could not be verified (%2), so ESI Studio refused it and sent nothing.

Check the computer&apos;s date and time and any proxy or security software that inspects HTTPS traffic, then try again.</source>
        <translation>La connexion à %1 n’a pas pu être vérifiée (%2) : ESI Studio l’a refusée et n’a rien envoyé.

Vérifiez la date et l’heure de l’ordinateur ainsi que tout proxy ou logiciel de sécurité qui inspecte le trafic HTTPS, puis réessayez.</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Non sécurisé</translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Le certificat de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <source>Encrypted connection (HTTPS) to %1; its certificate was verified.</source>
        <translation>Connexion chiffrée (HTTPS) vers %1 ; son certificat a été vérifié.</translation>
    </message>
    <message>
        <source>Unencrypted connection (HTTP) to %1. Only a local SSO such as esi-sandbox should be reached this way.</source>
        <translation>Connexion non chiffrée (HTTP) vers %1. Seul un SSO local comme esi-sandbox devrait être joint ainsi.</translation>
    </message>
    <message>
        <source>Connection security: %1</source>
        <translation>Sécurité de la connexion : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Loading the EVE SSO login page…</source>
        <translation>Chargement de la page de connexion EVE SSO…</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
</context>
<context>
    <name>FetchEstimate</name>
    <message>
        <source>Page 1 first; X-Pages then tells how many requests follow</source>
        <translation>D’abord la page 1 ; X-Pages indique ensuite combien de requêtes suivent</translation>
    </message>
    <message>
        <source>%1 requests for page 1 (one per language); X-Pages then tells how many follow</source>
        <translation>%1 requêtes pour la page 1 (une par langue) ; X-Pages indique ensuite combien suivent</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <source>about %1 requests</source>
        <translation>environ %1 requêtes</translation>
    </message>
    <message>
        <source>%1; no rate-limit bucket, only errors count (error limit).</source>
        <translation>%1 ; aucun compartiment de limite de débit, seules les erreurs comptent (limite d’erreurs).</translation>
    </message>
    <message>
        <source>%1 · about %2 tokens of bucket %3 (%4 left)</source>
        <translation>%1 · environ %2 jetons du compartiment %3 (%4 restants)</translation>
    </message>
    <message>
        <source>This run sends about %1 requests.</source>
        <translation>Cette exécution envoie environ %1 requêtes.</translation>
    </message>
    <message>
        <source>It spends about %1 tokens of bucket %2, which has %3 left.</source>
        <translation>Elle dépense environ %1 jetons du compartiment %2, qui en a encore %3.</translation>
    </message>
    <message>
        <source>The run will pause whenever the bucket is empty until tokens return.</source>
        <translation>L’exécution fera une pause chaque fois que le compartiment sera vide, jusqu’au retour des jetons.</translation>
    </message>
    <message>
        <source>Start it?</source>
        <translation>La lancer ?</translation>
    </message>
    <message>
        <source>This run fetches about %1 pages (the last run&apos;s X-Pages) with about %2 requests.</source>
        <translation>Cette exécution récupère environ %1 pages (X-Pages de la dernière exécution) en environ %2 requêtes.</translation>
    </message>
    <message>
        <source>A call stops with an error past %1 pages (Settings › Requests › Most pages per call).</source>
        <translation>Un appel s’arrête sur une erreur au-delà de %1 pages (Paramètres › Requêtes › Pages maximum par appel).</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
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
        <translation>Ouvrir l’opération &lt;operation_id&gt; avec les mots nom=valeur qui suivent (comme dans esi call) et l’exécuter, dans l’ESI Studio déjà ouvert s’il y en a un.</translation>
    </message>
    <message>
        <source>operation_id</source>
        <translation>operation_id</translation>
    </message>
    <message>
        <source>With --run: fetch every page.</source>
        <translation>Avec --run : récupérer toutes les pages.</translation>
    </message>
    <message>
        <source>With --run: exit once the run is done and every row is in the table; status 0 on success, 1 on a failed run, 2 when it could not start (implies --new-instance).</source>
        <translation>Avec --run : quitter une fois l’exécution terminée et toutes les lignes dans le tableau ; code 0 en cas de succès, 1 si l’exécution échoue, 2 si elle n’a pas pu démarrer (implique --new-instance).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”; open a spec with --spec FILE, run an operation with --run OPERATION_ID name=value ...</source>
        <translation>argument inattendu « %1 » ; ouvrez une spécification avec --spec FICHIER, exécutez une opération avec --run OPERATION_ID nom=valeur ...</translation>
    </message>
    <message>
        <source>--all-pages and --quit-after-run need --run OPERATION_ID</source>
        <translation>--all-pages et --quit-after-run nécessitent --run OPERATION_ID</translation>
    </message>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation>impossible de lire le fichier de corps %1 : %2</translation>
    </message>
    <message>
        <source>the body file %1 is larger than %2 MiB; an ESI request body is a few KB</source>
        <translation>le fichier de corps %1 dépasse %2 Mio ; un corps de requête ESI fait quelques Ko</translation>
    </message>
</context>
<context>
    <name>VersionInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
</TS>
