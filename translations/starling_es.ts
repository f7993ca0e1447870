<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Autostart</name>
    <message>
        <source>Starling could not change what starts when you log in: %1</source>
        <translation>Starling no ha podido cambiar los programas que se abren al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Your inbox, waiting in the tray</source>
        <translation>Tu bandeja de entrada, esperando en el área de notificación</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>el registro</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A second start sent a request Starling cannot read: %1</source>
        <translation>Un segundo inicio ha enviado una solicitud que Starling no puede leer: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>sin versión</translation>
    </message>
    <message>
        <source>no argument list</source>
        <translation>sin lista de argumentos</translation>
    </message>
    <message>
        <source>an argument that is not text</source>
        <translation>un argumento que no es texto</translation>
    </message>
    <message>
        <source>No Starling answers on this profile.</source>
        <translation>Ninguna instancia de Starling responde en este perfil.</translation>
    </message>
    <message>
        <source>Starling cannot listen for later starts on this profile: %1</source>
        <translation>Starling no puede esperar los inicios posteriores en este perfil: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop inbox for X, Mastodon and Bluesky.</source>
        <translation>Una bandeja de entrada de escritorio para X, Mastodon y Bluesky.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Usar el perfil de &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Try Starling on a sandbox network, in a throw-away profile.</source>
        <translation>Probar Starling en una red de pruebas, con un perfil desechable.</translation>
    </message>
    <message>
        <source>The demo network could not start.</source>
        <translation>No se ha podido iniciar la red de demostración.</translation>
    </message>
    <message>
        <source>Starling is already running with this profile (%1, process %2). Only one may run at a time on a profile, so that nothing is sent twice.</source>
        <translation>Starling ya se está ejecutando con este perfil (%1, proceso %2). Solo puede haber una instancia por perfil, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (if there is a tray).</source>
        <translation>Iniciar en el área de notificación, sin la ventana (si hay área de notificación).</translation>
    </message>
    <message>
        <source>Join the team workspace at &lt;url&gt; (postgres://user@host:port/database) with this profile, or open it if the profile is that workspace.</source>
        <translation>Unirse con este perfil al espacio de trabajo de equipo en &lt;url&gt; (postgres://user@host:port/database), o abrirlo si el perfil es ese espacio.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
<context>
    <name>starling::AccountListModel</name>
    <message>
        <source>@%1 on %2: %3</source>
        <translation>@%1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>starling::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>La cuenta no tiene id.</translation>
    </message>
    <message>
        <source>@%1 on %2 is already added.</source>
        <translation>@%1 en %2 ya está añadida.</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Starling could not delete the sign-in of @%1 from the system keychain, and will try again the next time it starts. %2</source>
        <translation>Starling no ha podido eliminar el inicio de sesión de @%1 del llavero del sistema y lo volverá a intentar la próxima vez que se inicie. %2</translation>
    </message>
</context>
<context>
    <name>starling::AccountStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Límite de solicitudes hasta las %1</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de solicitudes alcanzado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again</source>
        <translation>Sesión caducada: vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Synced by %1</source>
        <extracomment>A team workspace: %1 is the agent whose app syncs and sends this account</extracomment>
        <translation>Sincronizada por %1</translation>
    </message>
</context>
<context>
    <name>starling::AccountSwitcherModel</name>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Every account in one inbox (Ctrl+1)</source>
        <translation>Todas las cuentas en una sola bandeja de entrada (Ctrl+1)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;)</extracomment>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;), %4 its shortcut key</extracomment>
        <translation>%1 en %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>starling::AddAccountDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Iniciar sesión con el navegador</translation>
    </message>
    <message>
        <source>The client ID of your X app</source>
        <translation>El ID de cliente de tu app de X</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>&amp;ID de cliente</translation>
    </message>
    <message>
        <source>Type the server your account lives on. Starling introduces itself to that server once, then opens its sign-in page in your browser; your password never passes through Starling.</source>
        <translation>Escribe el servidor en el que está tu cuenta. Starling se presenta una vez a ese servidor y después abre su página de inicio de sesión en tu navegador; tu contraseña nunca pasa por Starling.</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Sign in again as @%1</source>
        <translation>Volver a iniciar sesión como @%1</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>you.bsky.social</source>
        <translation>tu.bsky.social</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de app</translation>
    </message>
    <message>
        <source>App &amp;password</source>
        <translation>&amp;Contraseña de app</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Proveedor de alojamiento</translation>
    </message>
    <message>
        <source>Hosting pro&amp;vider</source>
        <translation>&amp;Proveedor de alojamiento</translation>
    </message>
    <message>
        <source>The network of the account to add</source>
        <translation>La red de la cuenta que se añade</translation>
    </message>
    <message>
        <source>Sign in to the account; Starling keeps its token in the keychain</source>
        <translation>Iniciar sesión en la cuenta; Starling guarda su token en el llavero</translation>
    </message>
    <message>
        <source>Found from your handle</source>
        <translation>Se obtiene de tu identificador</translation>
    </message>
    <message>
        <source>Type your handle and sign in with the browser: your server&apos;s sign-in page opens there, and your password never passes through Starling. Or sign in with an app password, never your account password: in Bluesky, open Settings, Privacy and security, App passwords, and add one with “Allow access to your direct messages” turned on, so that Starling can read and answer your DMs.</source>
        <translation>Escribe tu identificador e inicia sesión en el navegador: allí se abre la página de inicio de sesión de tu servidor, y tu contraseña nunca pasa por Starling. O inicia sesión con una contraseña de aplicación, nunca con la contraseña de tu cuenta: en Bluesky, abre Ajustes, Privacidad y seguridad, Contraseñas de aplicación, y añade una con «Permitir el acceso a tus mensajes directos» activado, para que Starling pueda leer y responder tus MD.</translation>
    </message>
    <message>
        <source>Empty to sign in with the browser</source>
        <translation>Vacío para iniciar sesión en el navegador</translation>
    </message>
    <message>
        <source>Leave empty: Starling looks up where your account is hosted from your handle (bsky.social when it cannot). Type your server only to sign in there with an app password.</source>
        <translation>Déjalo vacío: Starling averigua dónde está alojada tu cuenta a partir de tu identificador (bsky.social si no puede). Escribe tu servidor solo para iniciar sesión allí con una contraseña de aplicación.</translation>
    </message>
</context>
<context>
    <name>starling::Automation</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>Una regla necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>starling::AutomationService</name>
    <message>
        <source>Feedback survey</source>
        <translation>Encuesta de satisfacción</translation>
    </message>
    <message>
        <source>rating %1 recorded</source>
        <translation>valoración %1 registrada</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) left this account in the last hour; no more for now.</source>
        <translation>
            <numerusform>%n mensaje automático ha salido de esta cuenta en la última hora; no se enviarán más por ahora.</numerusform>
            <numerusform>%n mensajes automáticos han salido de esta cuenta en la última hora; no se enviarán más por ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::BlueskyAccountSignIn</name>
    <message>
        <source>Enter your Bluesky handle and an app password.</source>
        <translation>Escribe tu nombre de usuario de Bluesky y una contraseña de app.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password.</source>
        <translation>Bluesky no ha aceptado este nombre de usuario y contraseña de app.</translation>
    </message>
    <message>
        <source>This account asks for an e-mail code at sign-in: use an app password instead.</source>
        <translation>Esta cuenta pide un código por correo electrónico al iniciar sesión: usa una contraseña de app.</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky ha retirado esta cuenta.</translation>
    </message>
    <message>
        <source>This Bluesky account is not active (%1).</source>
        <translation>Esta cuenta de Bluesky no está activa (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se ha indicado ningún motivo</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Sesión iniciada. Leyendo la cuenta…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>No hay ningún inicio de sesión de Bluesky que guardar.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>Buscando @%1…</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyClient</name>
    <message>
        <source>This conversation is locked: no one can write in it any more.</source>
        <translation>Esta conversación está bloqueada: ya nadie puede escribir en ella.</translation>
    </message>
    <message>
        <source>You cannot write to this person on Bluesky: one of you has blocked the other.</source>
        <translation>No puedes escribir a esta persona en Bluesky: uno de vosotros ha bloqueado al otro.</translation>
    </message>
    <message>
        <source>This person accepts direct messages only from people they follow.</source>
        <translation>Esta persona solo acepta mensajes directos de las personas a las que sigue.</translation>
    </message>
    <message>
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>Esta persona no acepta mensajes directos en Bluesky.</translation>
    </message>
    <message>
        <source>This person is not on Bluesky any more.</source>
        <translation>Esta persona ya no está en Bluesky.</translation>
    </message>
    <message>
        <source>This Bluesky conversation no longer exists.</source>
        <translation>Esta conversación de Bluesky ya no existe.</translation>
    </message>
    <message>
        <source>This Bluesky account is suspended.</source>
        <translation>Esta cuenta de Bluesky está suspendida.</translation>
    </message>
    <message>
        <source>No one on Bluesky has this handle.</source>
        <translation>Nadie en Bluesky tiene este nombre de usuario.</translation>
    </message>
    <message>
        <source>This app password cannot read direct messages: create one with &apos;Allow access to your direct messages&apos; turned on</source>
        <translation>Esta contraseña de app no puede leer mensajes directos: crea una con «Permitir el acceso a tus mensajes directos» activado</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle.</source>
        <translation>«%1» no es un nombre de usuario de Bluesky.</translation>
    </message>
    <message>
        <source>This is not a Bluesky page token.</source>
        <translation>Esto no es un token de página de Bluesky.</translation>
    </message>
    <message>
        <source>This is not a Bluesky conversation id.</source>
        <translation>Esto no es un id de conversación de Bluesky.</translation>
    </message>
    <message>
        <source>A Bluesky conversation has between one and nine other people.</source>
        <translation>Una conversación de Bluesky tiene entre una y nueve personas más.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky account id.</source>
        <translation>«%1» no es un id de cuenta de Bluesky.</translation>
    </message>
    <message>
        <source>Bluesky direct messages cannot carry images or other files.</source>
        <translation>Los mensajes directos de Bluesky no pueden llevar imágenes ni otros archivos.</translation>
    </message>
    <message>
        <source>A Bluesky direct message needs some text.</source>
        <translation>Un mensaje directo de Bluesky necesita algo de texto.</translation>
    </message>
    <message>
        <source>The account&apos;s Bluesky id is not known yet; sign in again.</source>
        <translation>Aún no se conoce el id de Bluesky de la cuenta; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>A Bluesky post needs some text or an image.</source>
        <translation>Una publicación de Bluesky necesita texto o una imagen.</translation>
    </message>
    <message>
        <source>An image of this post is no longer uploaded; attach it again.</source>
        <translation>Una imagen de esta publicación ya no está subida; vuelve a adjuntarla.</translation>
    </message>
    <message>
        <source>This is not a Bluesky post to reply to.</source>
        <translation>Esta no es una publicación de Bluesky a la que se pueda responder.</translation>
    </message>
    <message>
        <source>The post this answers no longer exists.</source>
        <translation>La publicación a la que responde ya no existe.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>Bluesky posts take images only (this file is %1).</source>
        <translation>Las publicaciones de Bluesky solo admiten imágenes (este archivo es %1).</translation>
    </message>
    <message>
        <source>%1 is too large for Bluesky: an image may have at most 2,000,000 bytes.</source>
        <translation>%1 es demasiado grande para Bluesky: una imagen puede tener como máximo 2.000.000 bytes.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>El archivo ha cambiado mientras se leía.</translation>
    </message>
    <message>
        <source>Bluesky answered something unexpected for one of your posts.</source>
        <translation>Bluesky ha respondido algo inesperado a una de tus publicaciones.</translation>
    </message>
    <message numerus="yes">
        <source>A Bluesky post can carry at most %n image(s).</source>
        <translation>
            <numerusform>Una publicación de Bluesky puede llevar como máximo %n imagen.</numerusform>
            <numerusform>Una publicación de Bluesky puede llevar como máximo %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluesky sent an answer Starling could not read (%1).</source>
        <translation>Bluesky ha enviado una respuesta que Starling no ha podido leer (%1).</translation>
    </message>
    <message>
        <source>An item from Bluesky was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Se ha omitido un elemento de Bluesky: %1.</translation>
    </message>
    <message>
        <source>a direct message without an id, sender, text or time</source>
        <translation>un mensaje directo sin id, remitente, texto u hora</translation>
    </message>
    <message>
        <source>a conversation without an id or members</source>
        <translation>una conversación sin id o miembros</translation>
    </message>
    <message>
        <source>conversation %1 with a malformed member</source>
        <translation>conversación %1 con un miembro mal formado</translation>
    </message>
    <message>
        <source>a malformed profile</source>
        <translation>un perfil mal formado</translation>
    </message>
    <message>
        <source>a direct message of an unknown kind</source>
        <translation>un mensaje directo de tipo desconocido</translation>
    </message>
    <message>
        <source>a log entry that is not an object</source>
        <translation>una entrada de registro que no es un objeto</translation>
    </message>
    <message>
        <source>a log entry without a conversation or revision</source>
        <translation>una entrada de registro sin conversación o revisión</translation>
    </message>
    <message>
        <source>a log entry with malformed profiles</source>
        <translation>una entrada de registro con perfiles mal formados</translation>
    </message>
    <message>
        <source>a log entry without its message</source>
        <translation>una entrada de registro sin su mensaje</translation>
    </message>
    <message>
        <source>a notification without a reason or time</source>
        <translation>una notificación sin motivo u hora</translation>
    </message>
    <message>
        <source>a mention without a post, author, text or time</source>
        <translation>una mención sin publicación, autor, texto u hora</translation>
    </message>
    <message>
        <source>a post of the thread</source>
        <translation>una publicación del hilo</translation>
    </message>
    <message>
        <source>This Bluesky post no longer exists.</source>
        <translation>Esta publicación de Bluesky ya no existe.</translation>
    </message>
    <message>
        <source>This Bluesky post is hidden by a block.</source>
        <translation>Esta publicación de Bluesky está oculta por un bloqueo.</translation>
    </message>
    <message>
        <source>a malformed post</source>
        <translation>una publicación mal formada</translation>
    </message>
    <message>
        <source>a deleted direct message without an id</source>
        <translation>un mensaje directo eliminado sin id</translation>
    </message>
    <message>
        <source>The identity of this account names no server to reach it at.</source>
        <translation>La identidad de esta cuenta no indica ningún servidor donde encontrarla.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyIdentityResolver</name>
    <message>
        <source>No Bluesky account answers for @%1.</source>
        <translation>Ninguna cuenta de Bluesky responde a @%1.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle (it looks like name.bsky.social).</source>
        <translation>«%1» no es un identificador de Bluesky (tiene la forma nombre.bsky.social).</translation>
    </message>
    <message>
        <source>@%1 points to an account that does not use this handle.</source>
        <translation>@%1 apunta a una cuenta que no usa este identificador.</translation>
    </message>
    <message>
        <source>Bluesky accounts with a %1 identity are not supported.</source>
        <translation>No se admiten cuentas de Bluesky con una identidad %1.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSession</name>
    <message>
        <source>The key of this Bluesky sign-in is damaged. Sign in again.</source>
        <translation>La clave de este inicio de sesión de Bluesky está dañada. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSignIn</name>
    <message>
        <source>The account&apos;s server does not offer the Bluesky sign-in in the browser as Starling needs it (%1). Sign in with an app password instead.</source>
        <translation>El servidor de la cuenta no ofrece el inicio de sesión de Bluesky en el navegador como Starling lo necesita (%1). Inicia sesión con una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Enter your Bluesky handle (like alice.bsky.social) to sign in in the browser.</source>
        <translation>Escribe tu identificador de Bluesky (como alice.bsky.social) para iniciar sesión en el navegador.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>Buscando @%1…</translation>
    </message>
    <message>
        <source>Finding the sign-in of %1…</source>
        <translation>Buscando el inicio de sesión de %1…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Esperando a que autorices a Starling en el navegador…</translation>
    </message>
    <message>
        <source>The server signed in another account than @%1. Starling did not keep the sign-in.</source>
        <translation>El servidor inició sesión con otra cuenta distinta de @%1. Starling no ha guardado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Asking %1 to sign you in…</source>
        <translation>Pidiendo a %1 que inicie tu sesión…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Sesión iniciada. Leyendo la cuenta…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>No hay ningún inicio de sesión de Bluesky que guardar.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskySession</name>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky ha retirado esta cuenta.</translation>
    </message>
    <message>
        <source>Bluesky no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>Bluesky ya no acepta el inicio de sesión de esta cuenta. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain did not store the Bluesky sign-in: %1</source>
        <translation>El llavero del sistema no ha guardado el inicio de sesión de Bluesky: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>El llavero del sistema no ha respondido: %1</translation>
    </message>
    <message>
        <source>The Bluesky sign-in of this account is not in the keychain. Please sign in again.</source>
        <translation>El inicio de sesión de Bluesky de esta cuenta no está en el llavero. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>starling::ComposeWidget</name>
    <message>
        <source>Switch to DM</source>
        <translation>Cambiar a MD</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Choose between a public reply and a direct message</source>
        <translation>Elegir entre una respuesta pública y un mensaje directo</translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation>Modo de respuesta</translation>
    </message>
    <message>
        <source>Answer in public with a link that opens a DM with you, then write the DM</source>
        <translation>Responder en público con un enlace que abre un MD contigo y, después, escribir el MD</translation>
    </message>
    <message>
        <source>Attach an image, GIF or video</source>
        <translation>Adjuntar una imagen, un GIF o un vídeo</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insertar un emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Imágenes y vídeos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>🔒 Direct message to %1</source>
        <translation>🔒 Mensaje directo a %1</translation>
    </message>
    <message>
        <source>🌐 Public reply, visible to everyone</source>
        <translation>🌐 Respuesta pública, visible para todos</translation>
    </message>
    <message>
        <source>Reply in public instead</source>
        <translation>Responder en público</translation>
    </message>
    <message>
        <source>Reply by DM instead</source>
        <translation>Responder por MD</translation>
    </message>
    <message>
        <source>Write a private message…</source>
        <translation>Escribe un mensaje privado…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Escribe una respuesta pública…</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>Queda %n</numerusform>
            <numerusform>Quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <comment>reply mode</comment>
        <extracomment>Button that switches the reply between public and direct message</extracomment>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the line above says who will see it</source>
        <translation>Ctrl+Intro envía; la línea de arriba indica quién lo verá</translation>
    </message>
</context>
<context>
    <name>starling::ContactImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que importar</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Elegir archivo</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>Each row of the file with its line, its name, and what the import does with it or what is wrong with it</source>
        <translation>Cada fila del archivo con su línea, su nombre y lo que hace con ella la importación o lo que tiene de incorrecto</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elige primero un archivo.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>Se está comprobando el archivo.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Este archivo no se puede importar.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>Updates the contact of %1</source>
        <translation>Actualiza el contacto de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n fila.</numerusform>
            <numerusform>Se pueden importar %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>Se muestra %n fila, la primera.</numerusform>
            <numerusform>Se muestran las %n primeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) name nobody you talk to; they are kept in the field “%1”.</source>
        <translation>
            <numerusform>%n nombre de usuario no corresponde a nadie con quien hables; se guarda en el campo «%1».</numerusform>
            <numerusform>%n nombres de usuario no corresponden a nadie con quien hables; se guardan en el campo «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, shown in red. The import is all or nothing, so nothing can be imported until they are fixed: correct the file and choose it again.</source>
        <translation>
            <numerusform>%n fila tiene problemas y se marca en rojo. La importación es de todo o nada, así que no se puede importar nada hasta que se corrija: corrige el archivo y vuelve a elegirlo.</numerusform>
            <numerusform>%n filas tienen problemas y se marcan en rojo. La importación es de todo o nada, así que no se puede importar nada hasta que se corrijan: corrige el archivo y vuelve a elegirlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are shown.</source>
        <translation>
            <numerusform>Se muestra %n problema, el primero.</numerusform>
            <numerusform>Se muestran los %n primeros problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have problems; the import is all or nothing.</source>
        <translation>Algunas filas tienen problemas; la importación es de todo o nada.</translation>
    </message>
    <message>
        <source>The file has no contacts to import.</source>
        <translation>El archivo no tiene contactos que importar.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Importar %n contacto</numerusform>
            <numerusform>Importar %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Se ha importado %n contacto.</numerusform>
            <numerusform>Se han importado %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>Se ha importado este archivo.</translation>
    </message>
</context>
<context>
    <name>starling::ContactTableModel</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Aún sin conversaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>starling::Contacts</name>
    <message>
        <source>There is no such contact.</source>
        <translation>No existe ese contacto.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>No existe esa persona.</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the pipeline.</source>
        <translation>No hay ninguna etapa «%1» en el embudo.</translation>
    </message>
    <message>
        <source>A tag has 1 to 40 characters.</source>
        <translation>Una etiqueta tiene de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself.</source>
        <translation>Un contacto no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <source>This is the contact&apos;s only identity: there is nothing to split it from.</source>
        <translation>Esta es la única identidad del contacto: no hay nada de lo que separarla.</translation>
    </message>
    <message>
        <source>No one called @%1 on %2 has written to you.</source>
        <translation>Nadie llamado @%1 en %2 te ha escrito.</translation>
    </message>
    <message>
        <source>Several people are called @%1 on %2; name them by id.</source>
        <translation>Varias personas se llaman @%1 en %2; indica cuál con su id.</translation>
    </message>
    <message>
        <source>A stage&apos;s name has 1 to 40 characters.</source>
        <translation>El nombre de una etapa tiene de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Ya hay una etapa «%1».</translation>
    </message>
    <message>
        <source>Name every stage of the pipeline once: %1.</source>
        <translation>Nombra cada etapa del embudo una sola vez: %1.</translation>
    </message>
</context>
<context>
    <name>starling::ContactsDialog</name>
    <message>
        <source>Set &amp;stage…</source>
        <translation>Cambiar de &amp;etapa…</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>&amp;Añadir etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Search names, companies, e-mail, handles…</source>
        <translation>Buscar nombres, empresas, correos, nombres de usuario…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Shows the people whose name, company, e-mail or handle holds these words (Ctrl+F)</source>
        <translation>Muestra las personas cuyo nombre, empresa, correo electrónico o nombre de usuario contiene estas palabras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Only people in this stage of the pipeline</source>
        <translation>Solo las personas en esta etapa del embudo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>Solo las personas con esta etiqueta</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Only people we talk to on this network</source>
        <translation>Solo las personas con las que hablamos en esta red</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Cualquier red</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Only people by when we last talked with them</source>
        <translation>Solo las personas según cuándo hablamos con ellas por última vez</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Hace más de 30 días</translation>
    </message>
    <message>
        <source>One row per person: name, company, stage, tags, networks and last contact</source>
        <translation>Una fila por persona: nombre, empresa, etapa, etiquetas, redes y último contacto</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>People per stage</source>
        <translation>Personas por etapa</translation>
    </message>
    <message>
        <source>How many people are in each stage of the pipeline now</source>
        <translation>Cuántas personas hay ahora en cada etapa del embudo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Conversions to:</source>
        <translation>&amp;Conversiones a:</translation>
    </message>
    <message>
        <source>Conversions to</source>
        <translation>Conversiones a</translation>
    </message>
    <message>
        <source>The chart counts the people who reached this stage, month by month</source>
        <translation>El gráfico cuenta las personas que llegaron a esta etapa, mes a mes</translation>
    </message>
    <message>
        <source>Conversions per month</source>
        <translation>Conversiones por mes</translation>
    </message>
    <message>
        <source>Move the selected people to a stage of the pipeline</source>
        <translation>Pasar a las personas seleccionadas a una etapa del embudo</translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation>Etiquetar a las personas seleccionadas</translation>
    </message>
    <message>
        <source>Take a tag off the selected people</source>
        <translation>Quitar una etiqueta a las personas seleccionadas</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contactos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Export the selected people, or everyone the filters show, as CSV or vCard</source>
        <translation>Exportar las personas seleccionadas, o todas las que muestran los filtros, en CSV o vCard</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>People who reached “%1”, per month</source>
        <translation>Personas que llegaron a «%1», por mes</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <translation>
            <numerusform>%1, %n seleccionada</numerusform>
            <numerusform>%1, %n seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in no stage now.</source>
        <translation>
            <numerusform>%n persona ya no está en ninguna etapa.</numerusform>
            <numerusform>%n personas ya no están en ninguna etapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in the stage “%1” now.</source>
        <translation>
            <numerusform>%n persona está ahora en la etapa «%1».</numerusform>
            <numerusform>%n personas están ahora en la etapa «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>The tag for the %n selected person(s):</source>
        <translation>
            <numerusform>La etiqueta para %n persona seleccionada:</numerusform>
            <numerusform>La etiqueta para las %n personas seleccionadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n person(s) “%1”.</source>
        <translation>
            <numerusform>Se ha etiquetado a %n persona con «%1».</numerusform>
            <numerusform>Se ha etiquetado a %n personas con «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected people have no tags.</source>
        <translation>Las personas seleccionadas no tienen etiquetas.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %n selected person(s):</source>
        <translation>
            <numerusform>La etiqueta que quitar a %n persona seleccionada:</numerusform>
            <numerusform>La etiqueta que quitar a las %n personas seleccionadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “%1” from %n person(s).</source>
        <translation>
            <numerusform>Se ha quitado la etiqueta «%1» a %n persona.</numerusform>
            <numerusform>Se ha quitado la etiqueta «%1» a %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Se ha importado %n contacto.</numerusform>
            <numerusform>Se han importado %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Nobody matches the filters: nothing to export.</source>
        <translation>Nadie coincide con los filtros: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Se ha exportado %n contacto a %1.</numerusform>
            <numerusform>Se han exportado %n contactos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit s&amp;tages…</source>
        <translation>Editar e&amp;tapas…</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Editar etapas</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the stages of the pipeline</source>
        <translation>Renombrar, añadir, quitar y reordenar las etapas del embudo</translation>
    </message>
    <message>
        <source>Saved the stages of the pipeline.</source>
        <translation>Se han guardado las etapas del embudo.</translation>
    </message>
</context>
<context>
    <name>starling::ConversationDelegate</name>
    <message>
        <source>DM</source>
        <translation>MD</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>A conversation&apos;s mark in the inbox list: a message request, not accepted yet</extracomment>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>starling::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation>Persona desconocida</translation>
    </message>
    <message>
        <source>Direct message on %1</source>
        <translation>Mensaje directo en %1</translation>
    </message>
    <message>
        <source>Group conversation on %1</source>
        <translation>Conversación de grupo en %1</translation>
    </message>
    <message>
        <source>Public mention on %1</source>
        <translation>Mención pública en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leída</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4. %5</source>
        <extracomment>Read aloud for a conversation: %1 the person, %2 the kind and network, %3 the time, %4 read or unread, %5 the start of the last message.</extracomment>
        <translation>%1. %2. %3. %4. %5</translation>
    </message>
    <message>
        <source>Message request on %1</source>
        <translation>Solicitud de mensaje en %1</translation>
    </message>
    <message>
        <source>Group message request on %1</source>
        <translation>Solicitud de mensaje de grupo en %1</translation>
    </message>
</context>
<context>
    <name>starling::CredentialStore</name>
    <message>
        <source>The secret is not in the keychain, or the keychain is locked.</source>
        <translation>El secreto no está en el llavero, o el llavero está bloqueado.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se ha denegado el acceso al llavero.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Starling keeps sign-ins only there: start or unlock your keychain, then try again.</source>
        <translation>El llavero del sistema no está disponible (%1). Starling guarda los inicios de sesión solo ahí: inicia o desbloquea tu llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain did not return what was stored.</source>
        <translation>El llavero no ha devuelto lo que se había guardado.</translation>
    </message>
</context>
<context>
    <name>starling::Demo</name>
    <message>
        <source>thanks</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>gracias</translation>
    </message>
    <message>
        <source>order</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>pedido</translation>
    </message>
    <message>
        <source>refund</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Anything else I can help with?</source>
        <translation>¡Gracias, {first_name}! ¿Puedo ayudarte en algo más?</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Hi {first_name}, could you send me your order number? I&apos;ll look into it right away. – {my_name}</source>
        <translation>Hola, {first_name}: ¿me envías tu número de pedido? Lo reviso enseguida. – {my_name}</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Reembolso en camino</translation>
    </message>
    <message>
        <source>Sorry about that, {first_name}. I&apos;ve started the refund: it reaches your account in 3–5 days.</source>
        <translation>Lo siento, {first_name}. Ya he iniciado el reembolso: llegará a tu cuenta en 3–5 días.</translation>
    </message>
    <message>
        <source>Tag billing questions</source>
        <translation>Etiquetar consultas de facturación</translation>
    </message>
    <message>
        <source>refund, charged, invoice</source>
        <extracomment>Keywords of the demo rule that tags billing questions, separated by commas.</extracomment>
        <translation>reembolso, cobro, factura</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturación</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Encuesta de satisfacción</translation>
    </message>
    <message>
        <source>Thanks for talking to us, {first_name}! How did we do, from 1 to 5?</source>
        <translation>¡Gracias por escribirnos, {first_name}! ¿Cómo lo hemos hecho, del 1 al 5?</translation>
    </message>
</context>
<context>
    <name>starling::Dialogs</name>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>No se ha podido iniciar la demostración.</translation>
    </message>
</context>
<context>
    <name>starling::DpopKey</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>No se pudo leer la clave de firma.</translation>
    </message>
    <message>
        <source>The signing key is not a P-256 (ES256) private key.</source>
        <translation>La clave de firma no es una clave privada P-256 (ES256).</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public and private parts do not match.</source>
        <translation>La clave de firma está dañada: sus partes pública y privada no coinciden.</translation>
    </message>
    <message>
        <source>Could not create a key to sign requests with.</source>
        <translation>No se pudo crear una clave para firmar las solicitudes.</translation>
    </message>
    <message>
        <source>The signing key could not be read: it is not a PKCS#8 private key.</source>
        <translation>No se pudo leer la clave de firma: no es una clave privada PKCS#8.</translation>
    </message>
    <message>
        <source>The key is not a P-256 private key in JWK form.</source>
        <translation>La clave no es una clave privada P-256 en formato JWK.</translation>
    </message>
</context>
<context>
    <name>starling::Error</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>No se ha podido acceder a la red.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>El servidor ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to wait.</source>
        <translation>Demasiadas solicitudes; el servidor ha pedido esperar.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>La sesión ha caducado.</translation>
    </message>
    <message>
        <source>The sign-in was revoked; please sign in again.</source>
        <translation>Se ha revocado la sesión; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused this action for this account.</source>
        <translation>El servidor ha rechazado esta acción para esta cuenta.</translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation>No se ha encontrado.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La solicitud no era válida.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>El servidor ha tenido un problema; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer Starling could not read.</source>
        <translation>El servidor ha enviado una respuesta que Starling no ha podido leer.</translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation>No se ha podido usar la base de datos local.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>A service Starling needs on this computer is not available.</source>
        <translation>Un servicio que Starling necesita en este equipo no está disponible.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Otra persona lo cambió antes.</translation>
    </message>
</context>
<context>
    <name>starling::Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>No se ha podido escribir la exportación: %1</translation>
    </message>
    <message>
        <source>The export could not start reading.</source>
        <translation>La exportación no ha podido empezar a leer.</translation>
    </message>
</context>
<context>
    <name>starling::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>starling::HttpClient</name>
    <message>
        <source>Too many requests to %1; try again after %2.</source>
        <translation>Demasiadas solicitudes a %1; inténtalo de nuevo después de %2.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 El servidor ha dicho: «%2»</translation>
    </message>
    <message>
        <source>The request has no valid address.</source>
        <translation>La solicitud no tiene una dirección válida.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>La respuesta de %1 era demasiado grande.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 no ha respondido en %n segundo.</numerusform>
            <numerusform>%1 no ha respondido en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 ha enviado una respuesta que Starling no ha podido leer.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere.</source>
        <translation>%1 ha redirigido la solicitud a otro sitio.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>No se ha podido conectar con %1. Comprueba la conexión de red.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation>La respuesta de %1 llegó incompleta.</translation>
    </message>
</context>
<context>
    <name>starling::InboxActions</name>
    <message>
        <source>The public answer is on its way, but no DM could be opened: %1</source>
        <translation>La respuesta pública está en camino, pero no se ha podido abrir ningún MD: %1</translation>
    </message>
    <message>
        <source>%1 took this conversation first.</source>
        <translation>%1 tomó esta conversación primero.</translation>
    </message>
</context>
<context>
    <name>starling::InboxService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Una etiqueta necesita un nombre.</translation>
    </message>
    <message>
        <source>A direct message can only be answered privately.</source>
        <translation>Un mensaje directo solo se puede responder en privado.</translation>
    </message>
    <message>
        <source>It is not known who wrote this, so there is no one to answer privately.</source>
        <translation>No se sabe quién ha escrito esto, así que no hay nadie a quien responder en privado.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>No existe el mensaje %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
    <message>
        <source>Message %1 is not on the network yet: it cannot be answered.</source>
        <translation>El mensaje %1 aún no está en la red: no se puede responder.</translation>
    </message>
    <message>
        <source>Message %1 is yours: there is no one to answer privately.</source>
        <translation>El mensaje %1 es tuyo: no hay nadie a quien responder en privado.</translation>
    </message>
    <message>
        <source>The author of message %1 is not known.</source>
        <translation>No se conoce el autor del mensaje %1.</translation>
    </message>
    <message>
        <source>Happy to help! Let&apos;s continue in a direct message:</source>
        <translation>¡Encantados de ayudarte! Sigamos por mensaje directo:</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>La cuenta ya no existe.</translation>
    </message>
    <message>
        <source>%1 finds no one called “%2”.</source>
        <translation>%1 no encuentra a nadie llamado «%2».</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation>Este mensaje no está pendiente de envío.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>La conversación no existe.</translation>
    </message>
</context>
<context>
    <name>starling::InboxView</name>
    <message>
        <source>Search all messages…  /</source>
        <translation>Buscar en todos los mensajes…  /</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search every stored message. &quot;Quotes&quot; match a phrase, word* a beginning.</source>
        <translation>Busca en todos los mensajes guardados. Las &quot;comillas&quot; buscan una frase; palabra*, un comienzo.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>MD</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
    </message>
    <message>
        <source>All caught up. New messages and mentions appear here.</source>
        <translation>Todo al día. Aquí aparecen los mensajes y las menciones nuevos.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>No hay nada aquí.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Etiquetar…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) done</source>
        <translation>
            <numerusform>Marcar %n conversación como resuelta</numerusform>
            <numerusform>Marcar %n conversaciones como resueltas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) read</source>
        <translation>
            <numerusform>Marcar %n conversación como leída</numerusform>
            <numerusform>Marcar %n conversaciones como leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s)…</source>
        <translation>
            <numerusform>Etiquetar %n conversación…</numerusform>
            <numerusform>Etiquetar %n conversaciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n conversation(s)…</source>
        <translation>
            <numerusform>Asignar %n conversación…</numerusform>
            <numerusform>Asignar %n conversaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these conversations in the list</source>
        <translation>Mostrar solo estas conversaciones en la lista</translation>
    </message>
    <message>
        <source>Newest first; j and k move, Enter opens, e marks done</source>
        <translation>Las más recientes primero; j y k mueven, Intro abre, e marca como resuelta</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter: the conversations assigned to the user</extracomment>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Filter: the conversations assigned to no one</extracomment>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>No open conversation is assigned to %1. Take one with T.</source>
        <translation>Ninguna conversación abierta está asignada a %1. Tome una con T.</translation>
    </message>
    <message>
        <source>Every open conversation has someone on it.</source>
        <translation>Cada conversación abierta tiene un responsable.</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Filter: message requests, conversations that someone the account does not follow began</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No message requests. When someone you do not follow writes first on Bluesky, the conversation waits here until you answer or accept it.</source>
        <translation>No hay solicitudes de mensaje. Cuando alguien a quien no sigues te escribe primero en Bluesky, la conversación espera aquí hasta que respondas o la aceptes.</translation>
    </message>
</context>
<context>
    <name>starling::JoinTeamDialog</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no ha respondido.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Join a team workspace</source>
        <translation>Unirse a un espacio de trabajo de equipo</translation>
    </message>
    <message>
        <source>A team workspace keeps the inbox in your team&apos;s PostgreSQL database, where every agent of the team works on it. Whoever administers the database sets it up with starling-cli team init and gives you its address and your password.</source>
        <translation>Un espacio de trabajo de equipo guarda la bandeja de entrada en la base de datos PostgreSQL de tu equipo, donde trabaja cada agente del equipo. Quien administra la base de datos la prepara con starling-cli team init y te da su dirección y tu contraseña.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>The address of the team&apos;s database, with your user name</source>
        <translation>La dirección de la base de datos del equipo, con tu nombre de usuario</translation>
    </message>
    <message>
        <source>Team &amp;database</source>
        <translation>Base de &amp;datos del equipo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database; kept in the system keychain</source>
        <translation>Tu contraseña de la base de datos del equipo; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database and use its inbox in this profile</source>
        <translation>Conectar con la base de datos del equipo y usar su bandeja de entrada en este perfil</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Te has unido como %1.</translation>
    </message>
</context>
<context>
    <name>starling::LinkContactDialog</name>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Link to another person</source>
        <translation>Vincular con otra persona</translation>
    </message>
    <message>
        <source>Choose the person who is the same as this one. Their handles, details, tags, notes and history come here.</source>
        <translation>Elige la persona que es la misma que esta. Sus nombres de usuario, datos, etiquetas, notas e historial pasan a esta.</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail or handle…</source>
        <translation>Buscar por nombre, empresa, correo electrónico o nombre de usuario…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Finds people whose name, company, e-mail or handle holds these words</source>
        <translation>Busca personas cuyo nombre, empresa, correo electrónico o nombre de usuario contiene estas palabras</translation>
    </message>
    <message>
        <source>People to link</source>
        <translation>Personas que vincular</translation>
    </message>
    <message>
        <source>Suggested people first, with the reason, then the people found</source>
        <translation>Primero las personas sugeridas, con el motivo; después, las personas encontradas</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugeridas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Bring the chosen person&apos;s identities and details to this one</source>
        <translation>Traer a esta persona las identidades y los datos de la persona elegida</translation>
    </message>
    <message>
        <source>Links the chosen person with this one</source>
        <translation>Vincula la persona elegida con esta</translation>
    </message>
    <message>
        <source>Stop suggesting the chosen person</source>
        <translation>Dejar de sugerir la persona elegida</translation>
    </message>
    <message>
        <source>Turns the chosen suggestion down; it is not suggested again</source>
        <translation>Rechaza la sugerencia elegida; no se vuelve a sugerir</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No other people yet.</source>
        <translation>Aún no hay más personas.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Nadie coincide con «%1».</translation>
    </message>
    <message>
        <source>%1 · @%2 on %3</source>
        <translation>%1 · @%2 en %3</translation>
    </message>
</context>
<context>
    <name>starling::MainWindow</name>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Starling — Demo</source>
        <translation>Starling — Demostración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir una cuenta…</translation>
    </message>
    <message>
        <source>⚙ Settings</source>
        <translation>⚙ Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nueva publicación…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Profile pane</source>
        <translation>Panel de perfil</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply by DM</source>
        <translation>Responder por MD</translation>
    </message>
    <message>
        <source>Done / open again</source>
        <translation>Resolver / reabrir</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Sync: all accounts up to date</source>
        <translation>Sincronización: todas las cuentas al día</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s) with:</source>
        <translation>
            <numerusform>Etiquetar %n conversación con:</numerusform>
            <numerusform>Etiquetar %n conversaciones con:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message numerus="yes">
        <source>Who answers these %n conversation(s)? (empty: no one)</source>
        <translation>
            <numerusform>¿Quién responde a %n conversación? (vacío: nadie)</numerusform>
            <numerusform>¿Quién responde a estas %n conversaciones? (vacío: nadie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insertar una respuesta guardada</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Respuestas guardadas…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Reglas…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Informes…</translation>
    </message>
    <message>
        <source>Sync: ok</source>
        <translation>Sincronización: correcta</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Etiquetar</translation>
    </message>
    <message>
        <source>Syncing the DMs of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>Sincronizando los MD de %1: página %2</translation>
    </message>
    <message>
        <source>Syncing the mentions of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>Sincronizando las menciones de %1: página %2</translation>
    </message>
    <message>
        <source>Show one account&apos;s conversations, or all of them</source>
        <translation>Mostrar las conversaciones de una cuenta o de todas</translation>
    </message>
    <message>
        <source>Sign in to an X, Mastodon or Bluesky account</source>
        <translation>Iniciar sesión en una cuenta de X, Mastodon o Bluesky</translation>
    </message>
    <message>
        <source>Accounts, notifications, sync and language</source>
        <translation>Cuentas, notificaciones, sincronización e idioma</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contactos…</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Tomarla</translation>
    </message>
</context>
<context>
    <name>starling::MastodonAccountSignIn</name>
    <message>
        <source>There is no finished sign-in to keep.</source>
        <translation>No hay ningún inicio de sesión terminado que guardar.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonClient</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 ya no acepta el inicio de sesión de esta cuenta: se ha quitado la app de la cuenta o se ha revocado su acceso. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is still processing the attached media; Starling will send it again shortly.</source>
        <translation>%1 aún está procesando el contenido multimedia adjunto; Starling lo volverá a enviar en breve.</translation>
    </message>
    <message>
        <source>This is not a Mastodon page token.</source>
        <translation>Esto no es un token de página de Mastodon.</translation>
    </message>
    <message>
        <source>This is not a Mastodon conversation id.</source>
        <translation>Esto no es un id de conversación de Mastodon.</translation>
    </message>
    <message>
        <source>This is not a Mastodon cursor.</source>
        <translation>Esto no es un cursor de Mastodon.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon account.</source>
        <translation>«%1» no es una cuenta de Mastodon.</translation>
    </message>
    <message>
        <source>A message needs text or media.</source>
        <translation>Un mensaje necesita texto o contenido multimedia.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per message.</source>
        <translation>
            <numerusform>%1 admite %n archivo multimedia por mensaje.</numerusform>
            <numerusform>%1 admite %n archivos multimedia por mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon media id.</source>
        <translation>Esto no es un id de contenido multimedia de Mastodon.</translation>
    </message>
    <message>
        <source>A private message on Mastodon needs at least one other person.</source>
        <translation>Un mensaje privado en Mastodon necesita al menos otra persona.</translation>
    </message>
    <message>
        <source>With the mentions of everyone in the conversation, the message is too long: %1</source>
        <translation>Con las menciones de todas las personas de la conversación, el mensaje es demasiado largo: %1</translation>
    </message>
    <message>
        <source>A private message needs a conversation or recipients.</source>
        <translation>Un mensaje privado necesita una conversación o destinatarios.</translation>
    </message>
    <message>
        <source>This is not a Mastodon account id.</source>
        <translation>Esto no es un id de cuenta de Mastodon.</translation>
    </message>
    <message>
        <source>A post needs text or media.</source>
        <translation>Una publicación necesita texto o contenido multimedia.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per post.</source>
        <translation>
            <numerusform>%1 admite %n archivo multimedia por publicación.</numerusform>
            <numerusform>%1 admite %n archivos multimedia por publicación.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon status id.</source>
        <translation>Esto no es un id de publicación de Mastodon.</translation>
    </message>
    <message>
        <source>Mastodon sent a status Starling could not read.</source>
        <translation>Mastodon ha enviado una publicación que Starling no ha podido leer.</translation>
    </message>
    <message>
        <source>The account&apos;s Mastodon id is not known yet; sign in again.</source>
        <translation>Aún no se conoce el id de Mastodon de la cuenta; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>%1 does not accept files of this type (%2).</source>
        <translation>%1 no acepta archivos de este tipo (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for %2: the limit for this type is %3 MB.</source>
        <translation>%1 es demasiado grande para %2: el límite para este tipo es de %3 MB.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>El archivo ha cambiado mientras se leía.</translation>
    </message>
    <message>
        <source>%1 took too long to process the file.</source>
        <translation>%1 ha tardado demasiado en procesar el archivo.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 ha enviado una respuesta que Starling no ha podido leer.</translation>
    </message>
    <message>
        <source>The Mastodon server sent an answer Starling could not read (%1).</source>
        <translation>El servidor de Mastodon ha enviado una respuesta que Starling no ha podido leer (%1).</translation>
    </message>
    <message>
        <source>An item from Mastodon was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Se ha omitido un elemento de Mastodon: %1.</translation>
    </message>
    <message>
        <source>a status without an id, author, time, content or visibility</source>
        <translation>una publicación sin id, autor, hora, contenido o visibilidad</translation>
    </message>
    <message>
        <source>status %1 with unreadable fields</source>
        <translation>publicación %1 con campos ilegibles</translation>
    </message>
    <message>
        <source>a media attachment of status %1 without an id or type</source>
        <translation>un archivo multimedia adjunto de la publicación %1 sin id o tipo</translation>
    </message>
    <message>
        <source>a conversation without an id or accounts</source>
        <translation>una conversación sin id o cuentas</translation>
    </message>
    <message>
        <source>conversation %1 whose last status has no id</source>
        <translation>conversación %1 cuya última publicación no tiene id</translation>
    </message>
    <message>
        <source>a participant without an id or name</source>
        <translation>un participante sin id o nombre</translation>
    </message>
    <message>
        <source>conversation %1 whose last status is not private</source>
        <translation>conversación %1 cuya última publicación no es privada</translation>
    </message>
    <message>
        <source>a notification without an id or type</source>
        <translation>una notificación sin id o tipo</translation>
    </message>
    <message>
        <source>mention %1 without its status</source>
        <translation>mención %1 sin su publicación</translation>
    </message>
    <message>
        <source>mention %1 by an unreadable account</source>
        <translation>mención %1 de una cuenta ilegible</translation>
    </message>
</context>
<context>
    <name>starling::MastodonRegistration</name>
    <message>
        <source>Type the address of your Mastodon server, for example mastodon.social.</source>
        <translation>Escribe la dirección de tu servidor de Mastodon, por ejemplo mastodon.social.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a Mastodon server.</source>
        <translation>«%1» no es la dirección de un servidor de Mastodon.</translation>
    </message>
    <message>
        <source>Mastodon servers are reached over https only.</source>
        <translation>A los servidores de Mastodon solo se accede por https.</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses on another server.</source>
        <translation>%1 indica direcciones de inicio de sesión de otro servidor.</translation>
    </message>
    <message>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>No hay ningún puerto local libre al que pueda volver el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonSignIn</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Esperando a que autorices a Starling en el navegador…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Sesión iniciada. Leyendo la cuenta…</translation>
    </message>
</context>
<context>
    <name>starling::MessageDelegate</name>
    <message>
        <source>🕓 queued</source>
        <translation>🕓 en cola</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation>✓ enviado</translation>
    </message>
    <message>
        <source>! failed</source>
        <translation>! error</translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation>
            <numerusform>📎 %n adjunto</numerusform>
            <numerusform>📎 %n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>? could not verify, check before sending again</source>
        <translation>? no se ha podido verificar; compruébalo antes de volver a enviarlo</translation>
    </message>
</context>
<context>
    <name>starling::MessageListModel</name>
    <message>
        <source>%1 wrote, %2: %3</source>
        <extracomment>Read aloud for a received message: %1 the sender, %2 the time, %3 the text.</extracomment>
        <translation>%1 escribió, %2: %3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Perhaps sent: check before sending again</source>
        <translation>Quizá enviado: compruébalo antes de volver a enviar</translation>
    </message>
    <message>
        <source>You wrote, %1 (%2): %3</source>
        <extracomment>Read aloud for a message we sent: %1 the time, %2 whether it arrived, %3 the text.</extracomment>
        <translation>Escribiste, %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>starling::NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Publicar desde:</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <translation>Cuentas desde las que publicar</translation>
    </message>
    <message>
        <source>What would you like to share?</source>
        <translation>¿Qué quieres compartir?</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>📎 Attach…</source>
        <translation>📎 Adjuntar…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Imágenes y vídeos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Not posted from %1, your post is kept: %2</source>
        <translation>No se ha publicado desde %1; tu publicación se conserva: %2</translation>
    </message>
    <message>
        <source>Tick each account the post goes out from.</source>
        <translation>Marca cada cuenta desde la que sale la publicación.</translation>
    </message>
    <message>
        <source>The text of the new post; the counters below show what is left.</source>
        <translation>El texto de la nueva publicación; los contadores de abajo muestran lo que queda.</translation>
    </message>
    <message>
        <source>Add an image or a video to the post</source>
        <translation>Añadir una imagen o un vídeo a la publicación</translation>
    </message>
    <message>
        <source>Post from every ticked account</source>
        <translation>Publicar desde cada cuenta marcada</translation>
    </message>
</context>
<context>
    <name>starling::OAuthConfig</name>
    <message>
        <source>Starling signs in to X through your own X developer app, so your messages travel only between this computer and X.
1. Open the X Developer Console at https://console.x.com and create an app (or pick one you have).
2. In the app&apos;s user authentication settings, turn on OAuth 2.0, choose the app type “Native App”, and the permissions “Read and write and Direct message”.
3. Add this callback URL exactly as shown, with no slash at the end: %1
4. Save, then copy the app&apos;s OAuth 2.0 Client ID (not the API key, and no client secret: a Native App has none) and paste it here.</source>
        <translation>Starling inicia sesión en X a través de tu propia app de desarrollador de X, así que tus mensajes solo viajan entre este equipo y X.
1. Abre la X Developer Console en https://console.x.com y crea una app (o elige una que ya tengas).
2. En los ajustes de autenticación de usuario de la app, activa OAuth 2.0, elige el tipo de app “Native App” y los permisos “Read and write and Direct message”.
3. Añade esta URL de callback exactamente como aparece, sin barra al final: %1
4. Guarda y copia el Client ID de OAuth 2.0 de la app (no la API key, y ningún client secret: una Native App no tiene) y pégalo aquí.</translation>
    </message>
    <message>
        <source>The client ID is missing or not valid. Copy the OAuth 2.0 Client ID of your app exactly as the developer site shows it.</source>
        <translation>Falta el ID de cliente o no es válido. Copia el OAuth 2.0 Client ID de tu app exactamente como lo muestra el sitio para desarrolladores.</translation>
    </message>
    <message>
        <source>The sign-in addresses of this server are not valid.</source>
        <translation>Las direcciones de inicio de sesión de este servidor no son válidas.</translation>
    </message>
    <message>
        <source>The callback path must begin with “/”.</source>
        <translation>La ruta de callback debe empezar por «/».</translation>
    </message>
</context>
<context>
    <name>starling::OAuthLoopbackFlow</name>
    <message numerus="yes">
        <source>The sign-in to %1 was not finished within %n minute(s). Please try again.</source>
        <translation>
            <numerusform>El inicio de sesión en %1 no se ha completado en %n minuto. Vuelve a intentarlo.</numerusform>
            <numerusform>El inicio de sesión en %1 no se ha completado en %n minutos. Vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in was already used; start a new one.</source>
        <translation>Este inicio de sesión ya se ha usado; empieza uno nuevo.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on port %2 of this computer (%3). Close the program that uses this port and try again, or register a callback URL with another port for your app.</source>
        <translation>Starling no ha podido esperar la respuesta de %1 en el puerto %2 de este equipo (%3). Cierra el programa que usa ese puerto y vuelve a intentarlo, o registra para tu app una URL de callback con otro puerto.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on this computer (%2).</source>
        <translation>Starling no ha podido esperar la respuesta de %1 en este equipo (%2).</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Starling.</source>
        <translation>Se ha cancelado el inicio de sesión en Starling.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start the sign-in again from Starling.</source>
        <translation>Este enlace de inicio de sesión ya se ha usado. Vuelve a iniciar sesión desde Starling.</translation>
    </message>
    <message>
        <source>The answer did not belong to the sign-in Starling started, so it was refused for your safety.</source>
        <translation>La respuesta no correspondía al inicio de sesión que empezó Starling, así que se ha rechazado por tu seguridad.</translation>
    </message>
    <message>
        <source>Access to your %1 account was not granted, so Starling is not signed in. %1 said: “%2”</source>
        <translation>No se ha concedido acceso a tu cuenta de %1, así que Starling no ha iniciado sesión. %1 ha dicho: «%2»</translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now; try again later. %1 said: “%2”</source>
        <translation>%1 no ha podido completar el inicio de sesión en este momento; inténtalo más tarde. %1 ha dicho: «%2»</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Check the client ID, and that the app&apos;s callback URL is exactly %2. %1 said: “%3”</source>
        <translation>%1 ha rechazado la solicitud de inicio de sesión. Comprueba el ID de cliente y que la URL de callback de la app sea exactamente %2. %1 ha dicho: «%3»</translation>
    </message>
    <message>
        <source>The answer from %1 did not contain a sign-in code.</source>
        <translation>La respuesta de %1 no contenía ningún código de inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again.</source>
        <translation>%1 no ha aceptado el código de inicio de sesión. Un código solo sirve una vez y durante poco tiempo (30 segundos en X); vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again. %1 said: “%2”</source>
        <translation>%1 no ha aceptado el código de inicio de sesión. Un código solo sirve una vez y durante poco tiempo (30 segundos en X); vuelve a iniciar sesión. %1 ha dicho: «%2»</translation>
    </message>
    <message>
        <source>Signed in – Starling</source>
        <translation>Sesión iniciada – Starling</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Has iniciado sesión en %1</translation>
    </message>
    <message>
        <source>Starling has what it needs. You can close this tab and go back to Starling.</source>
        <translation>Starling ya tiene lo que necesita. Puedes cerrar esta pestaña y volver a Starling.</translation>
    </message>
    <message>
        <source>Sign-in failed – Starling</source>
        <translation>Error al iniciar sesión – Starling</translation>
    </message>
    <message>
        <source>Starling could not sign in to %1</source>
        <translation>Starling no ha podido iniciar sesión en %1</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Starling.</source>
        <translation>Puedes cerrar esta pestaña y volver a intentarlo desde Starling.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. %1 said: “%2”</source>
        <translation>%1 rechazó la solicitud de inicio de sesión. %1 dijo: «%2»</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 envió una respuesta que Starling no pudo leer.</translation>
    </message>
    <message>
        <source>The answer did not come from %1, so it was refused for your safety.</source>
        <translation>La respuesta no vino de %1, así que se rechazó por tu seguridad.</translation>
    </message>
</context>
<context>
    <name>starling::OAuthTokenEndpoint</name>
    <message>
        <source>%1 answered the sign-in with something Starling could not use.</source>
        <extracomment>%1 is the network&apos;s name, e.g. &quot;Mastodon&quot;</extracomment>
        <translation>%1 ha respondido al inicio de sesión con algo que Starling no puede usar.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with something Starling could not use.</source>
        <translation>El servidor ha respondido al inicio de sesión con algo que Starling no puede usar.</translation>
    </message>
</context>
<context>
    <name>starling::OnboardingView</name>
    <message>
        <source>Welcome to Starling</source>
        <translation>Te damos la bienvenida a Starling</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Añadir una cuenta…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>One inbox for the direct messages and mentions of every account you run on X, Mastodon and Bluesky. It works offline, searches everything as you type, and keeps your sign-in in the system keychain only.

Add an account to begin, or look around first in the demo: a sandbox network with made-up customers, in a profile that is thrown away when you close it.</source>
        <translation>Una sola bandeja de entrada para los mensajes directos y las menciones de todas las cuentas que gestionas en X, Mastodon y Bluesky. Funciona sin conexión, busca en todo mientras escribes y guarda tu inicio de sesión solo en el llavero del sistema.

Añade una cuenta para empezar, o echa antes un vistazo en la demostración: una red de pruebas con clientes inventados, en un perfil que se descarta al cerrarla.</translation>
    </message>
</context>
<context>
    <name>starling::Outbox</name>
    <message>
        <source>An outgoing message needs a client key.</source>
        <translation>Un mensaje saliente necesita una clave de cliente.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>A reply needs the post it answers.</source>
        <translation>Una respuesta necesita la publicación a la que responde.</translation>
    </message>
    <message>
        <source>A direct message needs someone to go to.</source>
        <translation>Un mensaje directo necesita un destinatario.</translation>
    </message>
    <message>
        <source>There is no failed message to send again.</source>
        <translation>No hay ningún mensaje fallido que volver a enviar.</translation>
    </message>
    <message>
        <source>The retry could not be saved.</source>
        <translation>No se ha podido guardar el reintento.</translation>
    </message>
    <message>
        <source>Someone else answered at %1, after you opened this conversation: “%2”. Send again to send yours as well.</source>
        <translation>Otra persona respondió a las %1, después de que abriera esta conversación: «%2». Envíe de nuevo para enviar también la suya.</translation>
    </message>
</context>
<context>
    <name>starling::Pipeline</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
</context>
<context>
    <name>starling::PipelineDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Editar etapas</translation>
    </message>
    <message>
        <source>&amp;Stages of the pipeline, in order:</source>
        <translation>&amp;Etapas del embudo, en orden:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>The stages of the pipeline in order; press F2 or double-click a stage to rename it</source>
        <translation>Las etapas del embudo en orden; pulsa F2 o haz doble clic en una etapa para renombrarla</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Añadir una etapa</translation>
    </message>
    <message>
        <source>Add a stage after the selected one, and name it</source>
        <translation>Añadir una etapa después de la seleccionada y ponerle nombre</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>Quitar la etapa</translation>
    </message>
    <message>
        <source>Remove the selected stage; the people in it will have no stage</source>
        <translation>Quitar la etapa seleccionada; las personas que estén en ella se quedarán sin etapa</translation>
    </message>
    <message>
        <source>Move the stage up</source>
        <translation>Subir la etapa</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier in the pipeline</source>
        <translation>Mover la etapa seleccionada un puesto antes en el embudo</translation>
    </message>
    <message>
        <source>Move the stage down</source>
        <translation>Bajar la etapa</translation>
    </message>
    <message>
        <source>Move the selected stage one place later in the pipeline</source>
        <translation>Mover la etapa seleccionada un puesto después en el embudo</translation>
    </message>
    <message>
        <source>Problem with the stages</source>
        <translation>Problema con las etapas</translation>
    </message>
    <message>
        <source>Save the stages</source>
        <translation>Guardar las etapas</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>Cancelar sin cambiar nada</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nueva etapa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in “%1”. They will have no stage.</source>
        <translation>
            <numerusform>%n persona está en «%1». Se quedará sin etapa.</numerusform>
            <numerusform>%n personas están en «%1». Se quedarán sin etapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>Quitar una etapa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stage %1 has no name: give it one.</source>
        <translation>La etapa %1 no tiene nombre: ponle uno.</translation>
    </message>
    <message>
        <source>“%1” is too long: a stage&apos;s name has at most %2 characters.</source>
        <translation>«%1» es demasiado largo: el nombre de una etapa tiene como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already: “%2” is the same name. Give each stage a name of its own.</source>
        <translation>Ya hay una etapa «%1»: «%2» es el mismo nombre. Pon a cada etapa un nombre distinto.</translation>
    </message>
    <message>
        <source>“%1” was the name of another stage until now: press OK first, then rename this stage to it.</source>
        <translation>«%1» era hasta ahora el nombre de otra etapa: pulsa primero Aceptar y después ponle ese nombre a esta etapa.</translation>
    </message>
    <message>
        <source>The stages changed elsewhere while this window was open; nothing was saved. Cancel and edit them again.</source>
        <translation>Las etapas han cambiado en otro lugar mientras esta ventana estaba abierta; no se ha guardado nada. Cancela y vuelve a editarlas.</translation>
    </message>
</context>
<context>
    <name>starling::Profile</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta de perfil %1.</translation>
    </message>
</context>
<context>
    <name>starling::ProfilePane</name>
    <message>
        <source>Conversations with you</source>
        <translation>Conversaciones contigo</translation>
    </message>
    <message>
        <source>Conversations with this person</source>
        <translation>Conversaciones con esta persona</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Only on this computer; never sent anywhere</source>
        <translation>Solo en este equipo; nunca se envía a ningún sitio</translation>
    </message>
    <message>
        <source>Anything worth remembering about this person…</source>
        <translation>Cualquier cosa que valga la pena recordar sobre esta persona…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 en %2</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>MD</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln seguidor</numerusform>
            <numerusform>%Ln seguidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conversation with this person; choose one to open it</source>
        <translation>Todas las conversaciones con esta persona; elige una para abrirla</translation>
    </message>
    <message>
        <source>Only you and your team see this note</source>
        <translation>Solo tú y tu equipo veis esta nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>A note for the timeline…</source>
        <translation>Una nota para el historial…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>A note with today&apos;s date, added to this person&apos;s timeline</source>
        <translation>Una nota con la fecha de hoy, que se añade al historial de esta persona</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add the note to this person&apos;s timeline</source>
        <translation>Añadir la nota al historial de esta persona</translation>
    </message>
    <message>
        <source>Adds the note to this person&apos;s timeline, with the time</source>
        <translation>Añade la nota al historial de esta persona, con la hora</translation>
    </message>
    <message>
        <source>Messages, notes, stage changes, ratings and rules with this person, newest first; choose a message to open its conversation</source>
        <translation>Mensajes, notas, cambios de etapa, valoraciones y reglas con esta persona, los más recientes primero; elige un mensaje para abrir su conversación</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show older entries of the timeline</source>
        <translation>Mostrar entradas más antiguas del historial</translation>
    </message>
    <message numerus="yes">
        <source>Shows the next %n older entries of the timeline</source>
        <translation>
            <numerusform>Muestra %n entrada más antigua del historial</numerusform>
            <numerusform>Muestra las %n siguientes entradas más antiguas del historial</numerusform>
        </translation>
    </message>
    <message>
        <source>On the networks</source>
        <translation>En las redes</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Split the chosen identity off into a person of its own</source>
        <translation>Separar la identidad elegida en una persona aparte</translation>
    </message>
    <message>
        <source>Splits the chosen identity off this person into a person of its own</source>
        <translation>Separa la identidad elegida de esta persona y la convierte en una persona aparte</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>This person&apos;s handles on every network</source>
        <translation>Los nombres de usuario de esta persona en todas las redes</translation>
    </message>
    <message>
        <source>Link to another person…</source>
        <translation>Vincular con otra persona…</translation>
    </message>
    <message>
        <source>Find another person who is the same one, and bring their identities here</source>
        <translation>Buscar otra persona que sea la misma y traer aquí sus identidades</translation>
    </message>
    <message>
        <source>Opens a search for another person to link with this one</source>
        <translation>Abre una búsqueda de otra persona para vincularla con esta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Stored when you press Enter or leave the field; empty clears it</source>
        <translation>Se guarda al pulsar Intro o al salir del campo; si está vacío, se borra</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Where this person is in your pipeline; every change is kept in the timeline</source>
        <translation>En qué punto de tu embudo está esta persona; cada cambio queda en el historial</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Campo nuevo</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>Nombre del campo nuevo</translation>
    </message>
    <message>
        <source>The name of a field of your own, such as “Customer number”</source>
        <translation>El nombre de un campo propio, como «Número de cliente»</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>Valor del campo nuevo</translation>
    </message>
    <message>
        <source>What the new field holds for this person</source>
        <translation>Lo que contiene el campo nuevo para esta persona</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the field to this person</source>
        <translation>Añadir el campo a esta persona</translation>
    </message>
    <message>
        <source>Adds the new field to this person</source>
        <translation>Añade el campo nuevo a esta persona</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove one of the tags</source>
        <translation>Quitar una de las etiquetas</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Choose a tag to take off this person</source>
        <translation>Elige una etiqueta que quitar a esta persona</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to this person</source>
        <translation>Escribe una etiqueta y pulsa Intro para añadírsela a esta persona</translation>
    </message>
    <message>
        <source>@%1 on %2, talking with your account @%3</source>
        <translation>@%1 en %2, en conversación con tu cuenta @%3</translation>
    </message>
    <message>
        <source>A field of your own; stored when you leave it, and removed when empty</source>
        <translation>Un campo propio; se guarda al salir de él y se elimina si está vacío</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <source>In no stage of the pipeline</source>
        <translation>En ninguna etapa del embudo</translation>
    </message>
    <message>
        <source>In “%1” since %2</source>
        <translation>En «%1» desde %2</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>Esta persona ya no está en tus contactos.</translation>
    </message>
    <message>
        <source>A new field needs a name and a value.</source>
        <translation>Un campo nuevo necesita un nombre y un valor.</translation>
    </message>
</context>
<context>
    <name>starling::ProviderClient</name>
    <message>
        <source>%1 has no message requests to accept.</source>
        <translation>%1 no tiene solicitudes de mensaje que aceptar.</translation>
    </message>
</context>
<context>
    <name>starling::RefreshLock</name>
    <message>
        <source>Another Starling program (process %1) is renewing the sign-in to %2 and has not finished. Starling will try again later.</source>
        <translation>Otro programa de Starling (proceso %1) está renovando el inicio de sesión en %2 y aún no ha terminado. Starling lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>starling::ReportsDialog</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Primera respuesta (mediana)</translation>
    </message>
    <message>
        <source>Response (median)</source>
        <translation>Respuesta (mediana)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(cuenta eliminada)</translation>
    </message>
    <message>
        <source>Median response time, week by week</source>
        <translation>Tiempo de respuesta mediano, semana a semana</translation>
    </message>
    <message>
        <source>Feedback rating, week by week</source>
        <translation>Valoración de satisfacción, semana a semana</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from customers in this period.</source>
        <translation>
            <numerusform>%n solicitud de clientes en este periodo.</numerusform>
            <numerusform>%n solicitudes de clientes en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average feedback: %1 ★ from %n rating(s).</source>
        <translation>
            <numerusform>Valoración media: %1 ★ de %n valoración.</numerusform>
            <numerusform>Valoración media: %1 ★ de %n valoraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback ratings yet.</source>
        <translation>Aún no hay valoraciones.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The report could not be worked out: %1</source>
        <translation>No se ha podido calcular el informe: %1</translation>
    </message>
    <message>
        <source>Response times per account</source>
        <translation>Tiempos de respuesta por cuenta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The days the report counts</source>
        <translation>Los días que cuenta el informe</translation>
    </message>
    <message>
        <source>The account the report counts</source>
        <translation>La cuenta que cuenta el informe</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>Contar solo las conversaciones con esta etiqueta</translation>
    </message>
    <message>
        <source>First and typical response times, answered and waiting conversations</source>
        <translation>Tiempos de primera respuesta y habituales, conversaciones respondidas y en espera</translation>
    </message>
</context>
<context>
    <name>starling::Rule</name>
    <message>
        <source>The rule cannot be used: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;it has no action&quot; (translated on its own, in lower case)</extracomment>
        <translation>No se puede usar la regla: %1</translation>
    </message>
    <message>
        <source>unknown trigger “%1”</source>
        <translation>disparador desconocido «%1»</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression</source>
        <translation>el patrón no es una expresión regular válida</translation>
    </message>
    <message>
        <source>a keyword rule needs keywords or a pattern</source>
        <translation>una regla de palabras clave necesita palabras clave o un patrón</translation>
    </message>
    <message>
        <source>unknown network</source>
        <translation>red desconocida</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>acción desconocida</translation>
    </message>
    <message>
        <source>an action is missing its text</source>
        <translation>a una acción le falta el texto</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>no tiene ninguna acción</translation>
    </message>
</context>
<context>
    <name>starling::RuleEditorDialog</name>
    <message>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Editar regla</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>refund, order, broken</source>
        <translation>reembolso, pedido, roto</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>Palabras clave (cualquiera)</translation>
    </message>
    <message>
        <source>or a pattern, e.g. #\d{4}</source>
        <translation>o un patrón, p. ej. #\d{4}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>any (e.g. en)</source>
        <translation>cualquiera (p. ej. es)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation>Al menos este número de seguidores</translation>
    </message>
    <message>
        <source>Only if tagged</source>
        <translation>Solo si tiene la etiqueta</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Add an action ▾</source>
        <translation>Añadir una acción ▾</translation>
    </message>
    <message>
        <source>Reply by DM…</source>
        <translation>Responder por MD…</translation>
    </message>
    <message>
        <source>Reply in public…</source>
        <translation>Responder en público…</translation>
    </message>
    <message>
        <source>Send a saved reply…</source>
        <translation>Enviar una respuesta guardada…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Etiquetar…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Ask for feedback (1–5)…</source>
        <translation>Pedir una valoración (1–5)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit suffix of a spin box: hours, with a leading space if the language puts one</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>Test on the last 30 days</source>
        <translation>Probar con los últimos 30 días</translation>
    </message>
    <message>
        <source>This rule cannot be saved</source>
        <translation>No se puede guardar esta regla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Text (placeholders: {first_name}, {name}, {handle}, {my_name}):</source>
        <translation>Texto (variables: {first_name}, {name}, {handle}, {my_name}):</translation>
    </message>
    <message>
        <source>Thanks, {first_name}! How did we do? Reply with a number from 1 to 5.</source>
        <translation>¡Gracias, {first_name}! ¿Qué tal lo hemos hecho? Responde con un número del 1 al 5.</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>Respuesta guardada</translation>
    </message>
    <message>
        <source>Short name of the saved reply:</source>
        <translation>Nombre corto de la respuesta guardada:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Asignar a:</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Ponle un nombre a la regla.</translation>
    </message>
    <message>
        <source>This rule cannot be tested yet</source>
        <translation>Aún no se puede probar esta regla</translation>
    </message>
    <message>
        <source>Over the last 30 days this rule would have done nothing.</source>
        <translation>En los últimos 30 días esta regla no habría hecho nada.</translation>
    </message>
    <message>
        <source>• to %1: %2</source>
        <translation>• a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days this rule would have acted %n time(s). Nothing was sent.</source>
        <translation>
            <numerusform>En los últimos 30 días esta regla habría actuado %n vez. No se ha enviado nada.</numerusform>
            <numerusform>En los últimos 30 días esta regla habría actuado %n veces. No se ha enviado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test of “%1”</source>
        <translation>Prueba de «%1»</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>On</source>
        <comment>the rule is enabled</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>When</source>
        <comment>rule trigger</comment>
        <extracomment>Label of the trigger: when the rule runs (&quot;When: a conversation is marked done&quot;)</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>business hours</comment>
        <extracomment>Label of the business hours&apos; opening and closing time</extracomment>
        <translation>Horario</translation>
    </message>
    <message>
        <source>On</source>
        <comment>weekdays</comment>
        <extracomment>Label of the row of weekday checkboxes: the days the business is open</extracomment>
        <translation>Días</translation>
    </message>
    <message>
        <source>For</source>
        <comment>message kinds</comment>
        <extracomment>Label of the message kinds the rule applies to (checkboxes &quot;DMs&quot; and &quot;Mentions&quot;)</extracomment>
        <translation>Para</translation>
    </message>
    <message>
        <source>any</source>
        <comment>followers</comment>
        <extracomment>Spin box value 0 of &quot;At least this many followers&quot;: no minimum</extracomment>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>any</source>
        <comment>tag</comment>
        <extracomment>Placeholder of &quot;Only if tagged&quot;: empty means any tag or none</extracomment>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Then:</source>
        <comment>rule actions</comment>
        <extracomment>Heading of the rule&apos;s list of actions: what the rule does</extracomment>
        <translation>Entonces:</translation>
    </message>
    <message>
        <source>Shortest time between automatic messages to one person</source>
        <extracomment>Followed by a number of hours: the shortest time between two automatic messages to one person</extracomment>
        <translation>Tiempo mínimo entre mensajes automáticos a una misma persona</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Etiquetar</translation>
    </message>
</context>
<context>
    <name>starling::RulesDialog</name>
    <message>
        <source>Reply by DM: %1</source>
        <translation>Responder por MD: %1</translation>
    </message>
    <message>
        <source>Reply in public: %1</source>
        <translation>Responder en público: %1</translation>
    </message>
    <message>
        <source>Saved reply /%1, in public</source>
        <translation>Respuesta guardada /%1, en público</translation>
    </message>
    <message>
        <source>Saved reply /%1, by DM</source>
        <translation>Respuesta guardada /%1, por MD</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiquetar: %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Asignar a %1</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como resuelta</translation>
    </message>
    <message>
        <source>Feedback survey: %1</source>
        <translation>Encuesta de satisfacción: %1</translation>
    </message>
    <message>
        <source>Someone writes a DM for the first time</source>
        <translation>Alguien escribe un MD por primera vez</translation>
    </message>
    <message>
        <source>A DM or mention contains keywords</source>
        <translation>Un MD o una mención contiene palabras clave</translation>
    </message>
    <message>
        <source>A DM or mention arrives outside business hours</source>
        <translation>Llega un MD o una mención fuera del horario laboral</translation>
    </message>
    <message>
        <source>A conversation is marked done</source>
        <translation>Una conversación se marca como resuelta</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Nueva regla…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>Lo que han hecho las reglas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation>¿Eliminar esta regla?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — no se puede leer</translation>
    </message>
    <message>
        <source>No rule has done anything yet.</source>
        <translation>Ninguna regla ha hecho nada todavía.</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Mensaje de bienvenida</translation>
    </message>
    <message>
        <source>“%1” sent a DM to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the message sent</extracomment>
        <translation>«%1» ha enviado un MD a %2: %3</translation>
    </message>
    <message>
        <source>“%1” replied in public to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reply posted</extracomment>
        <translation>«%1» ha respondido en público a %2: %3</translation>
    </message>
    <message>
        <source>“%1” sent a feedback survey to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the survey&apos;s question</extracomment>
        <translation>«%1» ha enviado una encuesta de satisfacción a %2: %3</translation>
    </message>
    <message>
        <source>“%1” tagged the conversation with %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the tag</extracomment>
        <translation>«%1» ha etiquetado la conversación con %2: %3</translation>
    </message>
    <message>
        <source>“%1” assigned the conversation with %2 to %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the teammate</extracomment>
        <translation>«%1» ha asignado la conversación con %2 a %3</translation>
    </message>
    <message>
        <source>“%1” marked the conversation with %2 done.</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person</extracomment>
        <translation>«%1» ha marcado como resuelta la conversación con %2.</translation>
    </message>
    <message>
        <source>“%1” could not mark the conversation with %2 done. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the error, a whole sentence</extracomment>
        <translation>«%1» no ha podido marcar como resuelta la conversación con %2. %3</translation>
    </message>
    <message>
        <source>“%1” sent nothing to %2. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reason, a whole sentence</extracomment>
        <translation>«%1» no ha enviado nada a %2. %3</translation>
    </message>
    <message>
        <source>Tick a rule to turn it on; choose one to edit it</source>
        <translation>Marca una regla para activarla; elige una para editarla</translation>
    </message>
    <message>
        <source>Make a new rule</source>
        <translation>Crear una regla nueva</translation>
    </message>
    <message>
        <source>Change the chosen rule</source>
        <translation>Cambiar la regla elegida</translation>
    </message>
    <message>
        <source>Delete the chosen rule</source>
        <translation>Eliminar la regla elegida</translation>
    </message>
    <message>
        <source>The newest first: what each rule sent or changed, and what it skipped</source>
        <translation>Lo más reciente primero: lo que cada regla envió o cambió, y lo que omitió</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplies</name>
    <message>
        <source>A short name is one word of up to 32 letters, digits, - or _.</source>
        <translation>Un nombre corto es una sola palabra de hasta 32 letras, dígitos, - o _.</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>Una respuesta guardada necesita algo de texto.</translation>
    </message>
    <message>
        <source>There is already a saved reply called /%1.</source>
        <translation>Ya hay una respuesta guardada llamada /%1.</translation>
    </message>
    <message>
        <source>This saved reply does not fit here: %1</source>
        <translation>Esta respuesta guardada no encaja aquí: %1</translation>
    </message>
</context>
<context>
    <name>starling::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>Type / and this name in the compose box to insert the reply</source>
        <translation>Escribe / y este nombre en el cuadro de redacción para insertar la respuesta</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Hi {first_name}, …</source>
        <translation>Hola, {first_name}: …</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables: %1</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>¿Eliminar esta respuesta guardada?</translation>
    </message>
    <message>
        <source>%1 will be gone.</source>
        <translation>%1 desaparecerá.</translation>
    </message>
    <message>
        <source>Choose a saved reply to edit it</source>
        <translation>Elige una respuesta guardada para editarla</translation>
    </message>
    <message>
        <source>Write a new saved reply</source>
        <translation>Escribir una respuesta guardada nueva</translation>
    </message>
    <message>
        <source>Delete the chosen saved reply</source>
        <translation>Eliminar la respuesta guardada elegida</translation>
    </message>
    <message>
        <source>What the list of saved replies shows</source>
        <translation>Lo que muestra la lista de respuestas guardadas</translation>
    </message>
    <message>
        <source>The reply as it is inserted; placeholders are filled in then</source>
        <translation>La respuesta tal como se inserta; los marcadores se rellenan entonces</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplyPicker</name>
    <message>
        <source>Saved replies: type to filter</source>
        <translation>Respuestas guardadas: escribe para filtrar</translation>
    </message>
    <message>
        <source>Filter saved replies</source>
        <translation>Filtrar respuestas guardadas</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>No saved replies yet: add them with Tools → Saved replies…</source>
        <translation>Aún no hay respuestas guardadas: añádelas en Herramientas → Respuestas guardadas…</translation>
    </message>
    <message>
        <source>Enter inserts the chosen reply</source>
        <translation>Intro inserta la respuesta elegida</translation>
    </message>
</context>
<context>
    <name>starling::SearchResultDelegate</name>
    <message>
        <source>You wrote</source>
        <extracomment>Above a search result: the message was sent by the user</extracomment>
        <translation>Tú escribiste</translation>
    </message>
    <message>
        <source>They wrote</source>
        <extracomment>Above a search result: the message was sent by the other person in the conversation</extracomment>
        <translation>Te escribieron</translation>
    </message>
</context>
<context>
    <name>starling::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir una cuenta…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Add an account to choose its notifications.</source>
        <translation>Añade una cuenta para elegir sus notificaciones.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds, with a leading space if the language puts one</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Starling never asks a network more often than its rate limit allows.</source>
        <translation>Starling nunca consulta una red con más frecuencia de la que permite su límite de solicitudes.</translation>
    </message>
    <message>
        <source>Closing the window keeps Starling in the tray</source>
        <translation>Al cerrar la ventana, Starling sigue en el área de notificación</translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation>Iniciar oculto en el área de notificación</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Data is kept on this computer</source>
        <translation>Los datos se guardan en este equipo</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <translation>@%1 — %2</translation>
    </message>
    <message>
        <source>Remove @%1?</source>
        <translation>¿Quitar @%1?</translation>
    </message>
    <message>
        <source>Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored conversations?</source>
        <translation>Starling olvidará @%1 y eliminará su inicio de sesión del llavero. ¿Qué debe pasar con sus conversaciones guardadas?</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Eliminarlas</translation>
    </message>
    <message>
        <source>Check interval while a conversation is open</source>
        <translation>Intervalo de comprobación con una conversación abierta</translation>
    </message>
    <message>
        <source>Check interval otherwise</source>
        <translation>Intervalo de comprobación en los demás casos</translation>
    </message>
    <message>
        <source>Start Starling when I log in</source>
        <translation>Abrir Starling al iniciar sesión</translation>
    </message>
    <message>
        <source>Starling starts hidden in the tray when you log in.</source>
        <translation>Starling se abre oculto en el área de notificación cuando inicias sesión.</translation>
    </message>
    <message>
        <source>Your accounts and whether each is signed in</source>
        <translation>Tus cuentas y si cada una tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>Iniciar sesión en otra cuenta</translation>
    </message>
    <message>
        <source>Sign in again to the chosen account</source>
        <translation>Volver a iniciar sesión en la cuenta elegida</translation>
    </message>
    <message>
        <source>Remove the chosen account and its messages from this computer</source>
        <translation>Quitar la cuenta elegida y sus mensajes de este equipo</translation>
    </message>
    <message>
        <source>The name rules and your team assign conversations to you by: &quot;Mine&quot; shows those, and &quot;Take it&quot; (T) uses it</source>
        <translation>El nombre con el que las reglas y su equipo le asignan conversaciones: «Mías» las muestra y «Tomarla» (T) lo usa</translation>
    </message>
    <message>
        <source>Your name in assignments</source>
        <translation>Su nombre en las asignaciones</translation>
    </message>
    <message>
        <source>Remove @%1 from this computer?</source>
        <translation>¿Quitar @%1 de este ordenador?</translation>
    </message>
    <message>
        <source>Starling will delete your sign-in to @%1 from this computer&apos;s keychain. The account and its conversations stay in the team workspace, where another agent&apos;s app may sync them.</source>
        <translation>Starling borrará tu inicio de sesión en @%1 del llavero de este ordenador. La cuenta y sus conversaciones se quedan en el espacio de trabajo de equipo, donde la app de otro agente puede sincronizarlas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>starling::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Next / previous conversation</source>
        <translation>Conversación siguiente / anterior</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the conversation and write</source>
        <translation>Abrir la conversación y escribir</translation>
    </message>
    <message>
        <source>Reply (in public on a mention)</source>
        <translation>Responder (en público si es una mención)</translation>
    </message>
    <message>
        <source>Reply by direct message</source>
        <translation>Responder por mensaje directo</translation>
    </message>
    <message>
        <source>Mark done, or open again</source>
        <translation>Marcar como resuelta, o reabrir</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Ctrl+1 … 9</source>
        <translation>Ctrl+1 … 9</translation>
    </message>
    <message>
        <source>All accounts, then each account</source>
        <translation>Todas las cuentas y, después, cada cuenta</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nueva publicación</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the profile pane</source>
        <translation>Mostrar u ocultar el panel de perfil</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Table header of the shortcuts list: the key, and what pressing it does</extracomment>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>what the key does</comment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>Cada tecla y lo que hace</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Mayús+O</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Mayús+R</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Take the conversation (assign it to yourself)</source>
        <translation>Tomar la conversación (asignársela a usted)</translation>
    </message>
</context>
<context>
    <name>starling::SignInService</name>
    <message>
        <source>Starling cannot sign in to %1 accounts here.</source>
        <translation>Starling no puede iniciar sesión aquí en cuentas de %1.</translation>
    </message>
</context>
<context>
    <name>starling::Store</name>
    <message>
        <source>The account is not in the local database.</source>
        <translation>La cuenta no está en la base de datos local.</translation>
    </message>
    <message>
        <source>A snoozed conversation needs a time to return.</source>
        <translation>Una conversación pospuesta necesita una hora de vuelta.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>La conversación no existe.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Starling (database version %1; this version knows up to %2). Update Starling to open it. Nothing in the profile was changed.</source>
        <translation>Este perfil lo ha escrito una versión más reciente de Starling (versión de base de datos %1; esta versión conoce hasta la %2). Actualiza Starling para abrirlo. No se ha cambiado nada del perfil.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>No se ha podido abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database has not been prepared yet.</source>
        <translation>La base de datos aún no se ha preparado.</translation>
    </message>
    <message>
        <source>This file is not a Starling database.</source>
        <translation>Este archivo no es una base de datos de Starling.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is unreadable.</source>
        <translation>No se puede leer la versión del esquema de la base de datos.</translation>
    </message>
    <message>
        <source>A page from the server was not stored: %1</source>
        <translation>No se ha guardado una página del servidor: %1</translation>
    </message>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation>La base de datos local ha fallado (%1): %2</translation>
    </message>
    <message>
        <source>The local database has no room left for messages dated %1 or later.</source>
        <translation>La base de datos local no tiene espacio para mensajes con fecha %1 o posterior.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgres://user@host:5432/database.</source>
        <translation>%1 no es una dirección de PostgreSQL. Escríbela como postgres://usuario@servidor:5432/base.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Starling asks for it and keeps it in the system keychain.</source>
        <translation>Quita la contraseña de la dirección: Starling la pide y la guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The team database %1 could not be opened: %2</source>
        <translation>No se pudo abrir la base de datos del equipo %1: %2</translation>
    </message>
    <message>
        <source>The team has this account already, in an inbox you do not belong to. Ask the team&apos;s administrator to grant it to you: starling-cli team grant %1 %2:%3</source>
        <translation>El equipo ya tiene esta cuenta, en una bandeja de entrada a la que no perteneces. Pide a quien administre el equipo que te dé acceso a ella: starling-cli team grant %1 %2:%3</translation>
    </message>
    <message>
        <source>The team inbox in this database must be set up or brought up to date by its administrator, with a PostgreSQL role that may create roles (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</source>
        <translation>La bandeja de entrada del equipo de esta base de datos debe prepararla o actualizarla quien la administre, con un rol de PostgreSQL que pueda crear roles (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</translation>
    </message>
</context>
<context>
    <name>starling::StoredAccessToken</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 ya no acepta el inicio de sesión de esta cuenta: se ha quitado la app de la cuenta o se ha revocado su acceso. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>starling::SyncService</name>
    <message>
        <source>The account is not connected.</source>
        <translation>La cuenta no está conectada.</translation>
    </message>
    <message>
        <source>Starling cannot talk to %1 accounts here.</source>
        <translation>Starling no puede comunicarse aquí con cuentas de %1.</translation>
    </message>
    <message>
        <source>Starling is closing.</source>
        <translation>Starling se está cerrando.</translation>
    </message>
</context>
<context>
    <name>starling::TeamWorkspace</name>
    <message>
        <source>The password of the team database %1 is not in the keychain (or the keychain is locked). Unlock the keychain, or join again: starling --team %1 (or starling-cli team join %1)</source>
        <translation>La contraseña de la base de datos del equipo %1 no está en el llavero (o el llavero está bloqueado). Desbloquea el llavero o vuelve a unirte: starling --team %1 (o starling-cli team join %1)</translation>
    </message>
</context>
<context>
    <name>starling::TextRules</name>
    <message>
        <source>The text is empty.</source>
        <translation>El texto está vacío.</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be posted (U+%1).</source>
        <translation>El texto contiene un carácter que no se puede publicar (U+%1).</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) too long.</source>
        <translation>
            <numerusform>El texto tiene %n carácter de más.</numerusform>
            <numerusform>El texto tiene %n caracteres de más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is %n byte(s) too long.</source>
        <translation>
            <numerusform>El texto tiene %n byte de más.</numerusform>
            <numerusform>El texto tiene %n bytes de más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ThreadView</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Selecciona una conversación para leerla aquí.</translation>
    </message>
    <message>
        <source>Mark done, or open again (E)</source>
        <translation>Marcar como resuelta, o reabrir (E)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation>MD de grupo</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>MD</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Resuelta</translation>
    </message>
    <message>
        <source>🏷 Tags</source>
        <translation>🏷 Etiquetas</translation>
    </message>
    <message>
        <source>Tag this conversation</source>
        <translation>Etiquetar esta conversación</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Give this conversation to someone on the team</source>
        <translation>Asignar esta conversación a alguien del equipo</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Who answers this conversation? (empty: no one)</source>
        <translation>¿Quién responde a esta conversación? (vacío: nadie)</translation>
    </message>
    <message>
        <source>👤 Assign</source>
        <translation>👤 Asignar</translation>
    </message>
    <message>
        <source>👤 %1</source>
        <translation>👤 %1</translation>
    </message>
    <message>
        <source>Not sent, your message is kept: %1</source>
        <translation>No se ha enviado; tu mensaje se conserva: %1</translation>
    </message>
    <message>
        <source>The conversation, oldest first</source>
        <translation>La conversación, lo más antiguo primero</translation>
    </message>
    <message>
        <source>✋ Take it</source>
        <translation>✋ Tomarla</translation>
    </message>
    <message>
        <source>Make this conversation yours, unless someone on the team took it first (T)</source>
        <translation>Asignarse esta conversación, salvo que alguien del equipo la haya tomado antes (T)</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <extracomment>Another agent of the team (%1) writes an answer in this conversation now</extracomment>
        <translation>%1 está respondiendo</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 está viendo esta conversación</translation>
    </message>
    <message>
        <source>Move this conversation to your accepted chats without answering yet</source>
        <translation>Mover esta conversación a tus chats aceptados sin responder todavía</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Aceptando…</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Aceptar solicitud</translation>
    </message>
    <message>
        <source>%1 wrote to you first: this is a message request. Answering accepts it, or accept it now and answer later.</source>
        <translation>%1 te escribió primero: es una solicitud de mensaje. Responder la acepta; o acéptala ahora y responde más tarde.</translation>
    </message>
</context>
<context>
    <name>starling::TokenRefresher</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>%1 ya no acepta el inicio de sesión de esta cuenta. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again. %1 said: “%2”</source>
        <translation>%1 ya no acepta el inicio de sesión de esta cuenta. Vuelve a iniciar sesión. %1 ha dicho: «%2»</translation>
    </message>
    <message>
        <source>The sign-in gave no access token.</source>
        <translation>El inicio de sesión no ha proporcionado ningún token de acceso.</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the %1 account. %2</source>
        <translation>No se ha podido usar el llavero del sistema para la cuenta de %1. %2</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and Starling found no way to renew it in the system keychain. If the keychain is locked, unlock it; otherwise sign in again.</source>
        <translation>El inicio de sesión en %1 ha caducado y Starling no ha encontrado la forma de renovarlo en el llavero del sistema. Si el llavero está bloqueado, desbloquéalo; si no, vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>starling::TrayIcon</name>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Hide Starling</source>
        <translation>Ocultar Starling</translation>
    </message>
    <message>
        <source>Show Starling</source>
        <translation>Mostrar Starling</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1: %2</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Reanudar las notificaciones</translation>
    </message>
    <message>
        <source>Pause notifications for an hour</source>
        <translation>Pausar las notificaciones durante una hora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Starling: %n unread</source>
        <translation>
            <numerusform>Starling: %n sin leer</numerusform>
            <numerusform>Starling: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>%1 mentioned %2</source>
        <extracomment>Notification title of a mention: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 ha mencionado a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest on %1: %2</source>
        <translation>Lo más reciente en %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>direct message</comment>
        <extracomment>Notification title of a direct message: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a rule assigned conversations to the user; %1 names the first one&apos;s person</extracomment>
        <translation>Asignada a usted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) assigned to you</source>
        <translation>
            <numerusform>%n conversación asignada a usted</numerusform>
            <numerusform>%n conversaciones asignadas a usted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::WeeklyChart</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
</context>
<context>
    <name>starling::Workflow</name>
    <message>
        <source>A tag needs a name of up to 40 characters.</source>
        <translation>Una etiqueta necesita un nombre de hasta 40 caracteres.</translation>
    </message>
</context>
<context>
    <name>starling::WorkflowRepository</name>
    <message>
        <source>Say who takes the conversation.</source>
        <translation>Indique quién toma la conversación.</translation>
    </message>
    <message>
        <source>The conversation is not there.</source>
        <translation>La conversación no existe.</translation>
    </message>
</context>
<context>
    <name>starling::XAccountSignIn</name>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Esperando a que autorices a Starling en el navegador…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Sesión iniciada. Leyendo la cuenta…</translation>
    </message>
</context>
<context>
    <name>starling::XClient</name>
    <message>
        <source>X does not allow this reply: its author did not mention this account, or the conversation&apos;s reply settings exclude it. Answer by direct message instead.</source>
        <translation>X no permite esta respuesta: su autor no ha mencionado a esta cuenta, o la configuración de respuestas de la conversación la excluye. Responde por mensaje directo.</translation>
    </message>
    <message>
        <source>X refused this action for this account.</source>
        <translation>X ha rechazado esta acción para esta cuenta.</translation>
    </message>
    <message>
        <source>X refused this action: %1</source>
        <translation>X ha rechazado esta acción: %1</translation>
    </message>
    <message>
        <source>This is not an X conversation id.</source>
        <translation>Esto no es un id de conversación de X.</translation>
    </message>
    <message>
        <source>The account&apos;s X user id is not known yet; sign in again.</source>
        <translation>Aún no se conoce el id de usuario de X de la cuenta; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>A direct message needs text or an attachment.</source>
        <translation>Un mensaje directo necesita texto o un archivo adjunto.</translation>
    </message>
    <message>
        <source>X allows one attachment per direct message.</source>
        <translation>X admite un archivo adjunto por mensaje directo.</translation>
    </message>
    <message>
        <source>A direct message needs a conversation or 1 to 49 recipients.</source>
        <translation>Un mensaje directo necesita una conversación o de 1 a 49 destinatarios.</translation>
    </message>
    <message>
        <source>This is not an X user or conversation id.</source>
        <translation>Esto no es un id de usuario o de conversación de X.</translation>
    </message>
    <message>
        <source>X allows up to four images, or one GIF or video, per post.</source>
        <translation>X admite hasta cuatro imágenes, o un GIF o vídeo, por post.</translation>
    </message>
    <message>
        <source>This is not an X post id.</source>
        <translation>Esto no es un id de post de X.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>X does not accept files of this type (%1).</source>
        <translation>X no acepta archivos de este tipo (%1).</translation>
    </message>
    <message>
        <source>%1 is too large for X: the limit for this type is %2 MB.</source>
        <translation>%1 es demasiado grande para X: el límite para este tipo es de %2 MB.</translation>
    </message>
    <message>
        <source>X did not start the upload.</source>
        <translation>X no ha iniciado la subida.</translation>
    </message>
    <message>
        <source>The file changed while it was being uploaded.</source>
        <translation>El archivo ha cambiado mientras se subía.</translation>
    </message>
    <message>
        <source>X could not process the file.</source>
        <translation>X no ha podido procesar el archivo.</translation>
    </message>
    <message>
        <source>X took too long to process the file.</source>
        <translation>X ha tardado demasiado en procesar el archivo.</translation>
    </message>
    <message>
        <source>“%1” is not an X username.</source>
        <translation>«%1» no es un nombre de usuario de X.</translation>
    </message>
    <message>
        <source>X sent an answer Starling could not read (%1).</source>
        <translation>X ha enviado una respuesta que Starling no ha podido leer (%1).</translation>
    </message>
    <message>
        <source>An item from X was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Se ha omitido un elemento de X: %1.</translation>
    </message>
    <message>
        <source>a person without an id or name</source>
        <translation>una persona sin id o nombre</translation>
    </message>
    <message>
        <source>a media item without a key or type</source>
        <translation>un archivo multimedia sin clave o tipo</translation>
    </message>
    <message>
        <source>X reported a problem: %1</source>
        <translation>X ha informado de un problema: %1</translation>
    </message>
    <message>
        <source>an event that is not an object</source>
        <translation>un evento que no es un objeto</translation>
    </message>
    <message>
        <source>an event without an id or type</source>
        <translation>un evento sin id o tipo</translation>
    </message>
    <message>
        <source>event %1 without a conversation or time</source>
        <translation>evento %1 sin conversación u hora</translation>
    </message>
    <message>
        <source>message %1 without a sender or text</source>
        <translation>mensaje %1 sin remitente o texto</translation>
    </message>
    <message>
        <source>message %1 with unreadable attachments</source>
        <translation>mensaje %1 con archivos adjuntos ilegibles</translation>
    </message>
    <message>
        <source>membership event %1 without people</source>
        <translation>evento de pertenencia %1 sin personas</translation>
    </message>
    <message>
        <source>an event of an unknown type (%1)</source>
        <translation>un evento de tipo desconocido (%1)</translation>
    </message>
    <message>
        <source>a mention without an id, author, text or time</source>
        <translation>una mención sin id, autor, texto u hora</translation>
    </message>
</context>
<context>
    <name>starling::cli::AccountsCommand</name>
    <message>
        <source>List the accounts, their state and API usage</source>
        <translation>Listar las cuentas, su estado y el uso de la API</translation>
    </message>
    <message>
        <source>Lists the profile&apos;s accounts with their sign-in state and the API usage meter (requests, items and the estimated cost, today and over the last 30 days, in UTC days).</source>
        <translation>Lista las cuentas del perfil con su estado de inicio de sesión y el medidor de uso de la API (solicitudes, elementos y el coste estimado, hoy y en los últimos 30 días, en días UTC).</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts no admite argumentos.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>RED</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>SOLICITUDES HOY</translation>
    </message>
    <message>
        <source>REQUESTS 30 D</source>
        <translation>SOLICITUDES 30 D</translation>
    </message>
    <message>
        <source>EST. COST 30 D</source>
        <translation>COSTE EST. 30 D</translation>
    </message>
</context>
<context>
    <name>starling::cli::CliCommands</name>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
Starling&apos;s inbox from a terminal, on the same profiles as the app (both may run at once).

Commands:
</source>
        <translation>Uso: starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
La bandeja de entrada de Starling desde una terminal, con los mismos perfiles que la app (ambas pueden ejecutarse a la vez).

Comandos:
</translation>
    </message>
    <message>
        <source>`starling-cli &lt;command&gt; --help` tells more about each.</source>
        <translation>`starling-cli &lt;command&gt; --help` da más detalles de cada uno.</translation>
    </message>
    <message>
        <source>Starling&apos;s inbox from a terminal.</source>
        <translation>La bandeja de entrada de Starling desde una terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;: the same profiles as the app, which may run at the same time (default: the app&apos;s own).</source>
        <translation>Usar el perfil de &lt;carpeta&gt;: los mismos perfiles que la app, que puede estar ejecutándose a la vez (de forma predeterminada: el de la app).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (export: see --format).</source>
        <translation>Mostrar JSON legible por máquinas (export: consulta --format).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Qué hacer; consulta más abajo.</translation>
    </message>
    <message>
        <source>See `starling-cli --help`.</source>
        <translation>Consulta `starling-cli --help`.</translation>
    </message>
    <message>
        <source>Which command? For example: starling-cli inbox</source>
        <translation>¿Qué comando? Por ejemplo: starling-cli inbox</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>starling::cli::CommandLine</name>
    <message>
        <source>Use the profile in &lt;dir&gt; (the same profiles as the app).</source>
        <translation>Usar el perfil de &lt;carpeta&gt; (los mismos perfiles que la app).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquinas.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] %1 %2</source>
        <translation>Uso: starling-cli [--profile DIR] [--json] %1 %2</translation>
    </message>
    <message>
        <source>%1: %2
See `starling-cli %1 --help`.</source>
        <translation>%1: %2
Consulta `starling-cli %1 --help`.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 necesita un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date such as 2026-04-01 (or 2026-04-01T09:30), not “%2”.</source>
        <translation>--%1 necesita una fecha ISO 8601 como 2026-04-01 (o 2026-04-01T09:30), no «%2».</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  the answer is no (count: the text does not fit)
  2  usage error: unknown command or option, missing or malformed value
  3  not found: no such account, conversation, message or file
  4  network error: offline, timeout, rate limit or server error
  5  any other failure: signed out, keychain, storage, refused by the network
</source>
        <translation>Códigos de salida:
  0  hecho
  1  la respuesta es no (count: el texto no cabe)
  2  error de uso: comando u opción desconocidos, valor ausente o mal formado
  3  no encontrado: no existe esa cuenta, conversación, mensaje o archivo
  4  error de red: sin conexión, tiempo de espera agotado, límite de solicitudes o error del servidor
  5  cualquier otro fallo: sesión cerrada, llavero, almacenamiento, rechazo de la red
</translation>
    </message>
</context>
<context>
    <name>starling::cli::ContactsCommand</name>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>La base de datos local no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>“%1” is not a contact id (a whole number from 1 up).</source>
        <translation>«%1» no es un id de contacto (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>“%1” names no one: write network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) or an identity id from `contacts show`.</source>
        <translation>«%1» no corresponde a nadie: escribe network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) o un id de identidad de `contacts show`.</translation>
    </message>
    <message>
        <source>list: only people in stage &lt;S&gt;.</source>
        <translation>list: solo las personas en la etapa &lt;S&gt;.</translation>
    </message>
    <message>
        <source>list: only people in no stage. stage: take people out of their stage.</source>
        <translation>list: solo las personas sin etapa. stage: sacar a las personas de su etapa.</translation>
    </message>
    <message>
        <source>list: only people tagged &lt;T&gt;.</source>
        <translation>list: solo las personas con la etiqueta &lt;T&gt;.</translation>
    </message>
    <message>
        <source>list: only people on &lt;N&gt; (x, mastodon or bluesky).</source>
        <translation>list: solo las personas en &lt;N&gt; (x, mastodon o bluesky).</translation>
    </message>
    <message>
        <source>list: only people whose name, company, e-mail or handle holds &lt;W&gt;.</source>
        <translation>list: solo las personas cuyo nombre, empresa, correo electrónico o nombre de usuario contiene &lt;W&gt;.</translation>
    </message>
    <message>
        <source>list: name (the default), last (newest contact first), stage or created.</source>
        <translation>list: name (el valor predeterminado), last (primero el contacto más reciente), stage o created.</translation>
    </message>
    <message>
        <source>list, show: at most &lt;N&gt; rows (default 50).</source>
        <translation>list, show: como máximo &lt;N&gt; filas (50 de forma predeterminada).</translation>
    </message>
    <message>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag: quitar la etiqueta en lugar de añadirla.</translation>
    </message>
    <message>
        <source>link: merge contact &lt;C&gt; into this one: identities, fields, tags, notes, history.</source>
        <translation>link: fusionar el contacto &lt;C&gt; con este: identidades, campos, etiquetas, notas, historial.</translation>
    </message>
    <message>
        <source>note, stage: who wrote it (default: you).</source>
        <translation>note, stage: quién lo escribe (de forma predeterminada: tú).</translation>
    </message>
    <message>
        <source>export: csv (the default) or vcard.</source>
        <translation>export: csv (el valor predeterminado) o vcard.</translation>
    </message>
    <message>
        <source>import: check the file and show what would be imported; write nothing.</source>
        <translation>import: comprobar el archivo y mostrar lo que se importaría, sin escribir nada.</translation>
    </message>
    <message>
        <source>People across networks: list, show, link, stages, tags, notes, import and export</source>
        <translation>Personas en todas las redes: listar, mostrar, vincular, etapas, etiquetas, notas, importar y exportar</translation>
    </message>
    <message>
        <source>Everyone you talk to is a contact: one person with their identities on every network.

  list                          the people, with --stage, --no-stage, --tag, --network, --search, --sort, --limit
  show CONTACT                  fields, identities and the newest of the timeline
  link CONTACT IDENTITY…        link identities (x:@ana, or an id from show) to the contact;
  link CONTACT --merge OTHER    or merge a whole other contact into it
  unlink IDENTITY               split an identity off into a contact of its own
  stage                         the pipeline, with how many people are in each stage
  stage STAGE CONTACT…          move people to a stage (--no-stage: out of any)
  tag TAG CONTACT…              tag people (--remove: untag them)
  note CONTACT TEXT             add a note to the person&apos;s timeline
  export [FILE]                 every contact as CSV (or --format vcard); standard output without FILE
  import FILE                   contacts from CSV: all rows or, if any row is bad, none (--dry-run: check only)

The CSV columns: name, company, email, phone, website, location, stage, owner, tags, handles, note, and custom:&lt;field&gt; for your own fields. Cells a spreadsheet would run as a formula are written with a leading apostrophe.</source>
        <translation>Cada persona con la que hablas es un contacto: una sola persona con sus identidades en todas las redes.

  list                          las personas, con --stage, --no-stage, --tag, --network, --search, --sort, --limit
  show CONTACT                  campos, identidades y lo más reciente del historial
  link CONTACT IDENTITY…        vincular identidades (x:@ana, o un id de show) al contacto;
  link CONTACT --merge OTHER    o fusionar con él otro contacto entero
  unlink IDENTITY               separar una identidad en un contacto propio
  stage                         el embudo, con cuántas personas hay en cada etapa
  stage STAGE CONTACT…          pasar personas a una etapa (--no-stage: sacarlas de cualquiera)
  tag TAG CONTACT…              etiquetar personas (--remove: quitarles la etiqueta)
  note CONTACT TEXT             añadir una nota al historial de la persona
  export [FILE]                 todos los contactos en CSV (o --format vcard); salida estándar sin FILE
  import FILE                   contactos desde un CSV: todas las filas o, si alguna fila es incorrecta, ninguna (--dry-run: solo comprobar)

Las columnas del CSV: name, company, email, phone, website, location, stage, owner, tags, handles, note, y custom:&lt;field&gt; para tus propios campos. Las celdas que una hoja de cálculo ejecutaría como fórmula se escriben precedidas de un apóstrofo.</translation>
    </message>
    <message>
        <source>What to do: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Qué hacer: list, show, link, unlink, stage, tag, note, export o import.</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>list solo admite opciones.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Subcomando desconocido «%1»: list, show, link, unlink, stage, tag, note, export o import.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network es x, mastodon o bluesky, no «%1».</translation>
    </message>
    <message>
        <source>--sort is name, last, stage or created, not “%1”.</source>
        <translation>--sort es name, last, stage o created, no «%1».</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Ningún contacto coincide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>REDES</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>ÚLTIMO CONTACTO</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <source>show needs exactly one contact id.</source>
        <translation>show necesita exactamente un id de contacto.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>No existe el contacto %1.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Identities:</source>
        <translation>Identidades:</translation>
    </message>
    <message>
        <source>  %1  @%2 on %3, with %4</source>
        <translation>  %1  @%2 en %3, con %4</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>link needs a contact id, then identities or --merge OTHER.</source>
        <translation>link necesita un id de contacto y, después, identidades o --merge OTHER.</translation>
    </message>
    <message>
        <source>link takes identities, or --merge OTHER, but not both.</source>
        <translation>link admite identidades o --merge OTHER, pero no ambas cosas.</translation>
    </message>
    <message>
        <source>Contact %1 is now part of contact %2.</source>
        <translation>El contacto %1 forma parte ahora del contacto %2.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n identity(s) to contact %1.</source>
        <translation>
            <numerusform>Se ha vinculado %n identidad al contacto %1.</numerusform>
            <numerusform>Se han vinculado %n identidades al contacto %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlink needs exactly one identity (x:@ana, or an id from show).</source>
        <translation>unlink necesita exactamente una identidad (x:@ana, o un id de show).</translation>
    </message>
    <message>
        <source>Identity %1 is now contact %2 of its own.</source>
        <translation>La identidad %1 es ahora un contacto independiente: el %2.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONAS</translation>
    </message>
    <message>
        <source>Which contacts? For example: starling-cli contacts stage Customer 12</source>
        <translation>¿Qué contactos? Por ejemplo: starling-cli contacts stage Cliente 12</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in no stage now.</source>
        <translation>
            <numerusform>%n contacto ya no está en ninguna etapa.</numerusform>
            <numerusform>%n contactos ya no están en ninguna etapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in stage %1 now.</source>
        <translation>
            <numerusform>%n contacto está ahora en la etapa %1.</numerusform>
            <numerusform>%n contactos están ahora en la etapa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>tag needs a tag, then contact ids: starling-cli contacts tag vip 12 14</source>
        <translation>tag necesita una etiqueta y, después, ids de contacto: starling-cli contacts tag vip 12 14</translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n contact(s).</source>
        <translation>
            <numerusform>Se ha quitado la etiqueta %1 de %n contacto.</numerusform>
            <numerusform>Se ha quitado la etiqueta %1 de %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) %1.</source>
        <translation>
            <numerusform>Se ha etiquetado %n contacto con %1.</numerusform>
            <numerusform>Se han etiquetado %n contactos con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>note needs a contact id and the text, in quotes.</source>
        <translation>note necesita un id de contacto y el texto, entre comillas.</translation>
    </message>
    <message>
        <source>Noted on contact %1.</source>
        <translation>Nota añadida al contacto %1.</translation>
    </message>
    <message>
        <source>export writes to one file, or to standard output without one.</source>
        <translation>export escribe en un archivo o, si no se indica ninguno, en la salida estándar.</translation>
    </message>
    <message>
        <source>--format is csv or vcard, not “%1”.</source>
        <translation>--format es csv o vcard, no «%1».</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>Se ha exportado %n contacto.</numerusform>
            <numerusform>Se han exportado %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import necesita el archivo CSV que leer.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>Se puede importar %n fila.</numerusform>
            <numerusform>Se pueden importar %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>Se ha importado %n contacto.</numerusform>
            <numerusform>Se han importado %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>starling::cli::Context</name>
    <message>
        <source>“%1” names several accounts; say which: %2</source>
        <translation>«%1» corresponde a varias cuentas; indica cuál: %2</translation>
    </message>
    <message>
        <source>There is no account “%1” in this profile. See `starling-cli accounts`.</source>
        <translation>No hay ninguna cuenta «%1» en este perfil. Consulta `starling-cli accounts`.</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 en %2</translation>
    </message>
    <message>
        <source>This profile has no accounts yet. Accounts are added in the Starling app (Accounts → Add account…); the command line uses the same profile.</source>
        <translation>Este perfil aún no tiene cuentas. Las cuentas se añaden en la app Starling (Cuentas → Añadir una cuenta…); la línea de comandos usa el mismo perfil.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no ha respondido.</translation>
    </message>
    <message>
        <source>This profile is the team workspace %1: there, the app of the agent who leads an account syncs it and sends its messages, so that nothing is polled or sent twice. Use the app, or a local profile (--profile).</source>
        <translation>Este perfil es el espacio de trabajo de equipo %1: allí, la app del agente que lleva una cuenta la sincroniza y envía sus mensajes, para que nada se consulte ni se envíe dos veces. Usa la app o un perfil local (--profile).</translation>
    </message>
</context>
<context>
    <name>starling::cli::CountCommand</name>
    <message>
        <source>x, mastodon or bluesky.</source>
        <translation>x, mastodon o bluesky.</translation>
    </message>
    <message>
        <source>Another length limit in the network&apos;s unit: a Mastodon server&apos;s max_characters, or a longer X post limit.</source>
        <translation>Otro límite de longitud en la unidad de la red: el max_characters de un servidor de Mastodon, o un límite de post de X más largo.</translation>
    </message>
    <message>
        <source>Measure a direct message instead of a post.</source>
        <translation>Medir un mensaje directo en lugar de una publicación.</translation>
    </message>
    <message>
        <source>Measure a text by a network&apos;s rules</source>
        <translation>Medir un texto según las reglas de una red</translation>
    </message>
    <message>
        <source>Measures a text by a network&apos;s rules, as the compose box does: its length, the limit, and whether it fits. The text comes from the arguments (joined by spaces) or, without any, from standard input (one final line break is dropped); put -- before a text that begins with a dash. Exits with 1 when it does not fit.</source>
        <translation>Mide un texto según las reglas de una red, como hace el cuadro de redacción: su longitud, el límite y si cabe. El texto se toma de los argumentos (unidos con espacios) o, si no hay ninguno, de la entrada estándar (se descarta un salto de línea final); pon -- delante de un texto que empiece por un guion. Sale con 1 cuando no cabe.</translation>
    </message>
    <message>
        <source>The text to measure.</source>
        <translation>El texto que medir.</translation>
    </message>
    <message>
        <source>count needs --network x, mastodon or bluesky.</source>
        <translation>count necesita --network x, mastodon o bluesky.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network es x, mastodon o bluesky, no «%1».</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>No se puede leer la entrada estándar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>Publicación de %1: %2 de %n carácter ponderado.</numerusform>
            <numerusform>Publicación de %1: %2 de %n caracteres ponderados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>Mensaje directo de %1: %2 de %n carácter ponderado.</numerusform>
            <numerusform>Mensaje directo de %1: %2 de %n caracteres ponderados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s).</source>
        <translation>
            <numerusform>Publicación de %1: %2 de %n carácter.</numerusform>
            <numerusform>Publicación de %1: %2 de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s).</source>
        <translation>
            <numerusform>Mensaje directo de %1: %2 de %n carácter.</numerusform>
            <numerusform>Mensaje directo de %1: %2 de %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>Publicación de %1: %2 de %n carácter (grafemas).</numerusform>
            <numerusform>Publicación de %1: %2 de %n caracteres (grafemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>Mensaje directo de %1: %2 de %n carácter (grafemas).</numerusform>
            <numerusform>Mensaje directo de %1: %2 de %n caracteres (grafemas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n byte(s).</source>
        <extracomment>%1 is the text&apos;s length in bytes, %n the most bytes a post can have</extracomment>
        <translation>
            <numerusform>%1 de %n byte.</numerusform>
            <numerusform>%1 de %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It fits: %n left.</source>
        <translation>
            <numerusform>Cabe: queda %n.</numerusform>
            <numerusform>Cabe: quedan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit. %1</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The text is 3 characters too long.&quot;</extracomment>
        <translation>No cabe. %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::ExportCommand</name>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl o csv.</translation>
    </message>
    <message>
        <source>Only messages from &lt;DATE&gt; on, and their conversations (ISO 8601: 2026-04-01).</source>
        <translation>Solo los mensajes desde &lt;DATE&gt;, y sus conversaciones (ISO 8601: 2026-04-01).</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Solo la cuenta &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Write every conversation and message as JSON Lines or CSV</source>
        <translation>Escribir todas las conversaciones y mensajes como JSON Lines o CSV</translation>
    </message>
    <message>
        <source>Writes every stored conversation and message to standard output, as it reads them: the export takes the same little memory for a million messages as for ten.

jsonl (the default): JSON Lines, one object per line: a {&quot;type&quot;: &quot;conversation&quot;} line, then the {&quot;type&quot;: &quot;message&quot;} lines of that conversation, oldest first. Message ids are strings (they are too large for JavaScript&apos;s numbers).
csv: one row per message with its conversation&apos;s columns, a header row first (RFC 4180, UTF-8).</source>
        <translation>Escribe todas las conversaciones y mensajes guardados en la salida estándar, a medida que los lee: la exportación ocupa la misma poca memoria para un millón de mensajes que para diez.

jsonl (el valor predeterminado): JSON Lines, un objeto por línea: una línea {&quot;type&quot;: &quot;conversation&quot;} y después las líneas {&quot;type&quot;: &quot;message&quot;} de esa conversación, de la más antigua a la más reciente. Los id de mensaje son cadenas (son demasiado grandes para los números de JavaScript).
csv: una fila por mensaje con las columnas de su conversación, con una fila de encabezado primero (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>export writes to standard output; redirect it: starling-cli export &gt; file.jsonl</source>
        <translation>export escribe en la salida estándar; redirígela: starling-cli export &gt; archivo.jsonl</translation>
    </message>
    <message>
        <source>--format is jsonl or csv, not “%1”.</source>
        <translation>--format es jsonl o csv, no «%1».</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>No se puede escribir en la salida estándar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s).</source>
        <translation>
            <numerusform>Se ha exportado %n conversación.</numerusform>
            <numerusform>Se han exportado %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all.</source>
        <extracomment>Follows &quot;Exported 3 conversations.&quot;: the messages in those conversations</extracomment>
        <translation>
            <numerusform>%n mensaje en total.</numerusform>
            <numerusform>%n mensajes en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::Format</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration in days and hours, with the units&apos; abbreviations</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in days, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
</context>
<context>
    <name>starling::cli::InboxCommand</name>
    <message>
        <source>Only conversations with unread messages.</source>
        <translation>Solo las conversaciones con mensajes sin leer.</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt; (its handle, network:handle or id).</source>
        <translation>Solo la cuenta &lt;A&gt; (su nombre de usuario, red:nombre de usuario o id).</translation>
    </message>
    <message>
        <source>dm (direct and group messages) or mention (public threads).</source>
        <translation>dm (mensajes directos y de grupo) o mention (hilos públicos).</translation>
    </message>
    <message>
        <source>open (the default), done, snoozed or all.</source>
        <translation>open (el valor predeterminado), done, snoozed o all.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; conversations (default 20).</source>
        <translation>Como máximo &lt;N&gt; conversaciones (20 de forma predeterminada).</translation>
    </message>
    <message>
        <source>List conversations</source>
        <translation>Listar las conversaciones</translation>
    </message>
    <message>
        <source>Lists conversations, the most recent activity first, as the app&apos;s inbox does.</source>
        <translation>Lista las conversaciones, con la actividad más reciente primero, como hace la bandeja de entrada de la app.</translation>
    </message>
    <message>
        <source>inbox takes no arguments, only options.</source>
        <translation>inbox no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>--kind is dm or mention, not “%1”.</source>
        <translation>--kind es dm o mention, no «%1».</translation>
    </message>
    <message>
        <source>--state is open, done, snoozed or all, not “%1”.</source>
        <translation>--state es open, done, snoozed o all, no «%1».</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>No hay conversaciones.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>CON</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>SIN LEER</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVIDAD</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ÚLTIMO MENSAJE</translation>
    </message>
    <message>
        <source>Only message requests (Bluesky: people the account does not follow who wrote first).</source>
        <translation>Solo solicitudes de mensaje (Bluesky: personas a las que la cuenta no sigue y que escribieron primero).</translation>
    </message>
</context>
<context>
    <name>starling::cli::Output</name>
    <message>
        <source>starling-cli: %1</source>
        <translation>starling-cli: %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::PostCommand</name>
    <message>
        <source>Attach &lt;FILE&gt;; repeat for several.</source>
        <translation>Adjuntar &lt;FILE&gt;; repítelo para adjuntar varios.</translation>
    </message>
    <message>
        <source>Publish a post, with media</source>
        <translation>Crear una publicación, con contenido multimedia</translation>
    </message>
    <message>
        <source>Publishes a new post, with pictures or a video if you like, through the outbox.</source>
        <translation>Crea una nueva publicación, con imágenes o un vídeo si quieres, a través de la bandeja de salida.</translation>
    </message>
    <message>
        <source>The post (the arguments, joined by spaces).</source>
        <translation>La publicación (los argumentos, unidos con espacios).</translation>
    </message>
    <message>
        <source>post needs --account: which account to post from.</source>
        <translation>post necesita --account: la cuenta desde la que publicar.</translation>
    </message>
    <message>
        <source>post needs a text or a file to post.</source>
        <translation>post necesita un texto o un archivo que publicar.</translation>
    </message>
    <message>
        <source>There is no readable file %1.</source>
        <translation>No hay ningún archivo legible %1.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ReplyCommand</name>
    <message>
        <source>Answer by direct message instead of in public.</source>
        <translation>Responder por mensaje directo en lugar de en público.</translation>
    </message>
    <message>
        <source>Answer a message, in public or with --dm</source>
        <translation>Responder a un mensaje, en público o con --dm</translation>
    </message>
    <message>
        <source>Answers a message: in public, under it; or with --dm, privately to its author (in the same conversation when it is a direct message already).</source>
        <translation>Responde a un mensaje: en público, debajo de él; o con --dm, en privado a su autor (en la misma conversación si ya es un mensaje directo).</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `show` prints it (#…).</source>
        <translation>El id del mensaje, tal como lo muestra `show` (#…).</translation>
    </message>
    <message>
        <source>The answer (the arguments, joined by spaces).</source>
        <translation>La respuesta (los argumentos, unidos con espacios).</translation>
    </message>
    <message>
        <source>reply needs a message id and the text of the answer.</source>
        <translation>reply necesita un id de mensaje y el texto de la respuesta.</translation>
    </message>
    <message>
        <source>“%1” is not a message id (a whole number from 1 up).</source>
        <translation>«%1» no es un id de mensaje (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>reply needs the text of the answer.</source>
        <translation>reply necesita el texto de la respuesta.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>No existe el mensaje %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
    <message>
        <source>message %1 belongs to %2, not to %3.</source>
        <translation>el mensaje %1 pertenece a %2, no a %3.</translation>
    </message>
    <message>
        <source>message %1 is a direct message: answer it with --dm.</source>
        <translation>el mensaje %1 es un mensaje directo: respóndelo con --dm.</translation>
    </message>
    <message>
        <source>message %1 is yours: there is no one to answer privately.</source>
        <translation>el mensaje %1 es tuyo: no hay nadie a quien responder en privado.</translation>
    </message>
</context>
<context>
    <name>starling::cli::SearchCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Solo la cuenta &lt;A&gt;.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; messages (default 20).</source>
        <translation>Como máximo &lt;N&gt; mensajes (20 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>Searches every stored message, newest first. Every word must match; &quot;quoted words&quot; match as a phrase; a trailing * matches a prefix.</source>
        <translation>Busca en todos los mensajes guardados, del más reciente al más antiguo. Todas las palabras deben coincidir; las &quot;palabras entre comillas&quot; coinciden como frase; un * final coincide con un prefijo.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Qué buscar.</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search necesita algo que buscar.</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Ningún mensaje coincide con «%1».</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>CONV</source>
        <translation>CONV</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
</context>
<context>
    <name>starling::cli::SendCommand</name>
    <message>
        <source>The person&apos;s handle (with or without @) or id.</source>
        <translation>El nombre de usuario de la persona (con o sin @) o su id.</translation>
    </message>
    <message>
        <source>Send a direct message to someone</source>
        <translation>Enviar un mensaje directo a alguien</translation>
    </message>
    <message>
        <source>Sends a direct message to a person, through the outbox as the app does: written down first, sent once, never lost.</source>
        <translation>Envía un mensaje directo a una persona a través de la bandeja de salida, como hace la app: primero se anota, se envía una sola vez y nunca se pierde.</translation>
    </message>
    <message>
        <source>The message (the arguments, joined by spaces).</source>
        <translation>El mensaje (los argumentos, unidos con espacios).</translation>
    </message>
    <message>
        <source>send needs --account: which account to send from.</source>
        <translation>send necesita --account: la cuenta desde la que enviar.</translation>
    </message>
    <message>
        <source>send needs --to: whom to send to.</source>
        <translation>send necesita --to: a quién enviar.</translation>
    </message>
    <message>
        <source>send needs the text of the message.</source>
        <translation>send necesita el texto del mensaje.</translation>
    </message>
</context>
<context>
    <name>starling::cli::Sender</name>
    <message>
        <source>Send from the account &lt;A&gt; (handle, network:handle or id).</source>
        <translation>Enviar desde la cuenta &lt;A&gt; (nombre de usuario, red:nombre de usuario o id).</translation>
    </message>
    <message>
        <source>Wait at most &lt;seconds&gt; for the network (default 60). What is not sent by then stays in the outbox.</source>
        <translation>Esperar a la red como máximo &lt;seconds&gt; (60 de forma predeterminada). Lo que no se haya enviado para entonces se queda en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Another Starling (%1, process %2) is sending from this profile. Send from there, or close it and try again: only one may send at a time, so that nothing is sent twice.</source>
        <translation>Otra instancia de Starling (%1, proceso %2) está enviando desde este perfil. Envía desde allí, o ciérrala y vuelve a intentarlo: solo una puede enviar a la vez, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>No se puede enviar el texto: %1</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>La red no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent from %1 (message %2, remote id %3).</source>
        <translation>Enviado desde %1 (mensaje %2, id remoto %3).</translation>
    </message>
    <message>
        <source>Sent from %1 (remote id %2).</source>
        <translation>Enviado desde %1 (id remoto %2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Perhaps sent, but it could not be verified: %1 Check before sending it again.</source>
        <translation>Quizá se ha enviado, pero no se ha podido verificar: %1 Compruébalo antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>Not sent yet: the network did not answer in time.</source>
        <translation>Aún no se ha enviado: la red no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Aún no se ha enviado: %1</translation>
    </message>
    <message>
        <source>It stays in the outbox and goes out the next time the app runs or a command sends from this account.</source>
        <translation>Se queda en la bandeja de salida y saldrá la próxima vez que se ejecute la app o que un comando envíe desde esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>%1 is not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>%1 no tiene la sesión iniciada (o el llavero está bloqueado): vuelve a iniciar sesión en la app Starling.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ShowCommand</name>
    <message>
        <source>At most &lt;N&gt; messages, the newest (default 50).</source>
        <translation>Como máximo &lt;N&gt; mensajes, los más recientes (50 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages</source>
        <translation>Mostrar una conversación y sus mensajes</translation>
    </message>
    <message>
        <source>Shows a conversation and its newest messages, oldest first. Message ids (#…) are what `reply` takes.</source>
        <translation>Muestra una conversación y sus mensajes más recientes, del más antiguo al más reciente. Los id de mensaje (#…) son los que acepta `reply`.</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>El id de la conversación, tal como lo lista `inbox`.</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id.</source>
        <translation>show necesita exactamente un id de conversación.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>«%1» no es un id de conversación (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions with %1</source>
        <translation>Menciones con %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>DM with %1</source>
        <translation>MD con %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::StateCommand</name>
    <message>
        <source>Mark a conversation done</source>
        <translation>Marcar una conversación como resuelta</translation>
    </message>
    <message>
        <source>Open a conversation again</source>
        <translation>Reabrir una conversación</translation>
    </message>
    <message>
        <source>Marks a conversation done: it leaves the inbox until someone writes again.</source>
        <translation>Marca una conversación como resuelta: sale de la bandeja de entrada hasta que alguien vuelva a escribir.</translation>
    </message>
    <message>
        <source>Opens a conversation that was done (or snoozed) again.</source>
        <translation>Reabre una conversación que estaba resuelta (o pospuesta).</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>El id de la conversación, tal como lo lista `inbox`.</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation id.</source>
        <translation>%1 necesita exactamente un id de conversación.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>«%1» no es un id de conversación (un número entero a partir de 1).</translation>
    </message>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>La base de datos local no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is done.</source>
        <translation>La conversación %1 está resuelta.</translation>
    </message>
    <message>
        <source>Conversation %1 is open again.</source>
        <translation>La conversación %1 está abierta de nuevo.</translation>
    </message>
</context>
<context>
    <name>starling::cli::StatsCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Solo la cuenta &lt;A&gt;.</translation>
    </message>
    <message>
        <source>From &lt;DATE&gt; (default: 30 days ago).</source>
        <translation>Desde &lt;DATE&gt; (de forma predeterminada: hace 30 días).</translation>
    </message>
    <message>
        <source>Up to &lt;DATE&gt;, not included (default: now).</source>
        <translation>Hasta &lt;DATE&gt;, sin incluirla (de forma predeterminada: ahora).</translation>
    </message>
    <message>
        <source>Response times and survey ratings</source>
        <translation>Tiempos de respuesta y valoraciones de la encuesta</translation>
    </message>
    <message>
        <source>Response times per account, and survey ratings.

A request begins with an inbound message that opens a conversation or follows a message of yours; your next message in that conversation answers it. First response time: how long each conversation&apos;s first request in the period waited. Response time: how long every request waited (median and 90th percentile). Requests count for the period in which they began. Survey ratings: the feedback survey&apos;s answers given in the period, as the Reports window shows them; --json adds them week by week with the response times.</source>
        <translation>Tiempos de respuesta por cuenta y valoraciones de la encuesta.

Una solicitud empieza con un mensaje entrante que abre una conversación o que sigue a un mensaje tuyo; tu siguiente mensaje en esa conversación la responde. Tiempo de primera respuesta: cuánto esperó la primera solicitud de cada conversación en el periodo. Tiempo de respuesta: cuánto esperó cada solicitud (mediana y percentil 90). Las solicitudes cuentan en el periodo en que empezaron. Valoraciones de la encuesta: las respuestas a la encuesta de satisfacción dadas en el periodo, tal como las muestra la ventana Informes; --json las añade semana a semana junto con los tiempos de respuesta.</translation>
    </message>
    <message>
        <source>stats takes no arguments, only options.</source>
        <translation>stats no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since debe ser anterior a --until.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 on average, from %n rating(s).</source>
        <translation>
            <numerusform>%1 de 5 de media, de %n valoración.</numerusform>
            <numerusform>%1 de 5 de media, de %n valoraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey ratings are recorded yet.</source>
        <translation>Aún no hay valoraciones de la encuesta registradas.</translation>
    </message>
    <message>
        <source>Response times from %1 to %2</source>
        <translation>Tiempos de respuesta del %1 al %2</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>SOLICITUDES</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>RESPONDIDAS</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>EN ESPERA</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEDIAN)</source>
        <translation>PRIMERA RESPUESTA (MEDIANA)</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEAN)</source>
        <translation>PRIMERA RESPUESTA (MEDIA)</translation>
    </message>
    <message>
        <source>RESPONSE (MEDIAN)</source>
        <translation>RESPUESTA (MEDIANA)</translation>
    </message>
    <message>
        <source>RESPONSE (90%)</source>
        <translation>RESPUESTA (90%)</translation>
    </message>
    <message>
        <source>Survey ratings: %1</source>
        <translation>Valoraciones de la encuesta: %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::SyncCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Solo la cuenta &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default 600).</source>
        <translation>Abandonar tras &lt;seconds&gt; (600 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Fetch what is new, once</source>
        <translation>Obtener lo nuevo, una vez</translation>
    </message>
    <message>
        <source>Fetches what is new for every account (or one), once: direct messages and mentions, page by page, with progress on a terminal. Never sends: sending is the app&apos;s (or `send`&apos;s) job.</source>
        <translation>Obtiene lo nuevo de todas las cuentas (o de una), una vez: mensajes directos y menciones, página a página, con el progreso en una terminal. Nunca envía: enviar es tarea de la app (o de `send`).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options.</source>
        <translation>sync no admite argumentos, solo opciones.</translation>
    </message>
    <message>
        <source>%1 was removed from the app; its messages are kept, but it cannot sync.</source>
        <translation>%1 se ha quitado de la app; sus mensajes se conservan, pero no se puede sincronizar.</translation>
    </message>
    <message>
        <source>The sync did not finish in time.</source>
        <translation>La sincronización no ha terminado a tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>@%1: direct messages, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1: mensajes directos, página %2 (%n mensaje)</numerusform>
            <numerusform>@%1: mensajes directos, página %2 (%n mensajes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1: mentions, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1: menciones, página %2 (%n mensaje)</numerusform>
            <numerusform>@%1: menciones, página %2 (%n mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>Not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>No hay ninguna sesión iniciada (o el llavero está bloqueado): vuelve a iniciar sesión en la app Starling.</translation>
    </message>
    <message>
        <source>The network could not be reached, or refused.</source>
        <translation>No se ha podido acceder a la red, o esta ha rechazado la conexión.</translation>
    </message>
    <message>
        <source>Rate limited until %1.</source>
        <translation>Límite de solicitudes hasta las %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s).</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; the next sentence tells how many were fetched</extracomment>
        <translation>
            <numerusform>%1: %n mensaje nuevo.</numerusform>
            <numerusform>%1: %n mensajes nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fetched.</source>
        <translation>
            <numerusform>%n mensaje obtenido.</numerusform>
            <numerusform>%n mensajes obtenidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not synced. %2</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; %2 is the reason, a whole sentence</extracomment>
        <translation>%1 no se ha sincronizado. %2</translation>
    </message>
</context>
<context>
    <name>starling::cli::TeamCommand</name>
    <message>
        <source>init, join: read the password from standard input, without a prompt.</source>
        <translation>init, join: leer la contraseña de la entrada estándar, sin pedirla.</translation>
    </message>
    <message>
        <source>Share one inbox with a team through its PostgreSQL database</source>
        <translation>Compartir una bandeja de entrada con un equipo a través de su base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 no admite argumentos.</translation>
    </message>
    <message>
        <source>Name the team database: starling-cli team %1 postgres://user@host:5432/database</source>
        <translation>Indica la base de datos del equipo: starling-cli team %1 postgres://user@host:5432/database</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The team inbox in %1 is ready, and this profile uses it as %2.</source>
        <translation>La bandeja de entrada del equipo en %1 está lista, y este perfil la usa como %2.</translation>
    </message>
    <message>
        <source>This profile now uses the team inbox in %1, as %2.</source>
        <translation>Este perfil usa ahora la bandeja de entrada del equipo en %1, como %2.</translation>
    </message>
    <message>
        <source>The password is in the system keychain. Add the team&apos;s social accounts in the app: the app of one agent per account syncs and sends it.</source>
        <translation>La contraseña está en el llavero del sistema. Añade en la app las cuentas de redes sociales del equipo: la app de un agente por cuenta la sincroniza y envía sus mensajes.</translation>
    </message>
    <message>
        <source>This profile is local: its inbox is in %1.</source>
        <translation>Este perfil es local: su bandeja de entrada está en %1.</translation>
    </message>
    <message>
        <source>Team workspace: %1</source>
        <translation>Espacio de trabajo de equipo: %1</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>Eres: %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1, Starling schema %2</source>
        <translation>Base de datos: PostgreSQL %1, esquema de Starling %2</translation>
    </message>
    <message>
        <source>Agents online: none</source>
        <translation>Agentes conectados: ninguno</translation>
    </message>
    <message>
        <source>Agents online: %1</source>
        <translation>Agentes conectados: %1</translation>
    </message>
    <message>
        <source>%1: not synced now (no agent with its sign-in is online)</source>
        <translation>%1: no se sincroniza ahora (no hay conectado ningún agente con su inicio de sesión)</translation>
    </message>
    <message>
        <source>%1: synced by %2</source>
        <translation>%1: sincronizada por %2</translation>
    </message>
    <message>
        <source>This profile is not a team workspace.</source>
        <translation>Este perfil no es un espacio de trabajo de equipo.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>No se ha podido eliminar la contraseña del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>This profile is local again: its inbox is in %1. The team&apos;s inbox stays in %2.</source>
        <translation>Este perfil vuelve a ser local: su bandeja de entrada está en %1. La bandeja de entrada del equipo se queda en %2.</translation>
    </message>
    <message>
        <source>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;account&gt;</source>
        <translation>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agente&gt; | grant|revoke &lt;agente&gt; &lt;cuenta&gt;</translation>
    </message>
    <message>
        <source>A team workspace keeps the profile&apos;s inbox in the team&apos;s own PostgreSQL database, which every agent&apos;s Starling opens, instead of the profile&apos;s own file.

  init URL   sets up the inbox in the database (or brings it up to date), then joins it: run once, by whoever administers the database.
  join URL   makes this profile use the team&apos;s inbox. Asks for the database password and keeps it in the system keychain; the address is written without it.
  status     the workspace, the agents connected now, and which agent&apos;s app syncs each account.
  leave      makes the profile local again (its own file, as it was) and deletes the password from the keychain. The team&apos;s inbox stays in its database.

Each agent logs in to the database as a role of their own and sees only the inboxes (social accounts) they belong to; contacts, tags, saved replies and rules are the whole team&apos;s. Whoever ran init administers it:
  add-agent NAME       makes the login role NAME with a new password, shown once (a role that is there already keeps its own), and lets it use the team database.
  remove-agent NAME    takes NAME out of the team and out of every inbox.
  grant NAME ACCOUNT   lets NAME see and work the inbox of ACCOUNT (a handle, network:handle or id). An account an agent adds is theirs already.
  revoke NAME ACCOUNT  the reverse.

In a team workspace the app of one agent per account syncs and sends it, so `sync`, `send`, `reply` and `post` refuse; reading and triage work as usual.</source>
        <translation>Un espacio de trabajo de equipo guarda la bandeja de entrada del perfil en la propia base de datos PostgreSQL del equipo, que abre el Starling de cada agente, en lugar de en el archivo propio del perfil.

  init URL   prepara la bandeja de entrada en la base de datos (o la actualiza) y luego se une a ella: se ejecuta una vez, y lo hace quien administre la base de datos.
  join URL   hace que este perfil use la bandeja de entrada del equipo. Pide la contraseña de la base de datos y la guarda en el llavero del sistema; la dirección se guarda sin ella.
  status     el espacio de trabajo, los agentes conectados ahora y el agente cuya app sincroniza cada cuenta.
  leave      vuelve a hacer local el perfil (su propio archivo, como estaba) y elimina la contraseña del llavero. La bandeja de entrada del equipo se queda en su base de datos.

Cada agente inicia sesión en la base de datos con un rol propio y solo ve las bandejas de entrada (cuentas de redes sociales) a las que pertenece; los contactos, las etiquetas, las respuestas guardadas y las reglas son de todo el equipo. Quien ejecutó init lo administra:
  add-agent NAME       crea el rol de inicio de sesión NAME con una contraseña nueva, que se muestra una sola vez (un rol que ya existe conserva la suya), y le permite usar la base de datos del equipo.
  remove-agent NAME    saca a NAME del equipo y de todas las bandejas de entrada.
  grant NAME ACCOUNT   permite a NAME ver y atender la bandeja de entrada de ACCOUNT (un nombre de usuario, network:handle o un id). Una cuenta que añade un agente ya es suya.
  revoke NAME ACCOUNT  lo contrario.

En un espacio de trabajo de equipo, la app de un agente por cuenta la sincroniza y envía sus mensajes, así que `sync`, `send`, `reply` y `post` no se ejecutan; leer y clasificar funciona como siempre.</translation>
    </message>
    <message>
        <source>What to do: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Qué hacer: init, join, status, leave, add-agent, remove-agent, grant o revoke.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Subcomando desconocido «%1»: init, join, status, leave, add-agent, remove-agent, grant o revoke.</translation>
    </message>
    <message>
        <source>  agents: none</source>
        <translation>  agentes: ninguno</translation>
    </message>
    <message>
        <source>  agents: %1</source>
        <translation>  agentes: %1</translation>
    </message>
    <message>
        <source>Name the agent and the account: starling-cli team %1 ana @shop</source>
        <translation>Indica el agente y la cuenta: starling-cli team %1 ana @shop</translation>
    </message>
    <message>
        <source>Name the agent: starling-cli team %1 ana</source>
        <translation>Indica el agente: starling-cli team %1 ana</translation>
    </message>
    <message>
        <source>This profile is not a team workspace: join the team database as its administrator first (starling-cli team init URL).</source>
        <translation>Este perfil no es un espacio de trabajo de equipo: únete primero a la base de datos del equipo como su administrador (starling-cli team init URL).</translation>
    </message>
    <message>
        <source>The role %1 is an agent of the team now, with the password it has. It joins with: starling-cli team join %2</source>
        <translation>El rol %1 ya es un agente del equipo, con la contraseña que ya tiene. Se une con: starling-cli team join %2</translation>
    </message>
    <message>
        <source>%1 is an agent of the team now. Give them this password, which is not shown again: %2</source>
        <translation>%1 ya es un agente del equipo. Dale esta contraseña, que no se volverá a mostrar: %2</translation>
    </message>
    <message>
        <source>They join with: starling-cli team join %1 (or starling --team %1)</source>
        <translation>Para unirse: starling-cli team join %1 (o starling --team %1)</translation>
    </message>
    <message>
        <source>Grant them inboxes with: starling-cli team grant %1 ACCOUNT</source>
        <translation>Para darle acceso a bandejas de entrada: starling-cli team grant %1 ACCOUNT</translation>
    </message>
    <message>
        <source>%1 is no longer an agent of the team, and belongs to no inbox.</source>
        <translation>%1 ya no es un agente del equipo y no pertenece a ninguna bandeja de entrada.</translation>
    </message>
    <message>
        <source>%1 now sees and works the inbox of %2.</source>
        <translation>%1 ahora ve y atiende la bandeja de entrada de %2.</translation>
    </message>
    <message>
        <source>%1 no longer sees the inbox of %2.</source>
        <translation>%1 ya no ve la bandeja de entrada de %2.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvReader</name>
    <message>
        <source>The file is empty; a contacts CSV starts with a header row.</source>
        <translation>El archivo está vacío; un CSV de contactos empieza con una fila de encabezado.</translation>
    </message>
    <message>
        <source>The header row is longer than 1 MiB; this is not a contacts CSV.</source>
        <translation>La fila de encabezado ocupa más de 1 MiB; esto no es un CSV de contactos.</translation>
    </message>
    <message>
        <source>The header row has a quoted column name that is never closed.</source>
        <translation>La fila de encabezado tiene un nombre de columna entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <source>The header row has more than %1 columns.</source>
        <translation>La fila de encabezado tiene más de %1 columnas.</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>La fila de encabezado no es texto UTF-8 válido (guarda el archivo como UTF-8).</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>La columna %1 de la fila de encabezado no tiene nombre.</translation>
    </message>
    <message>
        <source>The column “%1” names no custom field; write it as custom:&lt;field&gt;.</source>
        <translation>La columna «%1» no indica ningún campo personalizado; escríbela como custom:&lt;field&gt;.</translation>
    </message>
    <message>
        <source>The column “%1” is not a contacts column. The columns are %2, and custom:&lt;field&gt; for your own fields.</source>
        <translation>La columna «%1» no es una columna de contactos. Las columnas son %2, y custom:&lt;field&gt; para tus propios campos.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once.</source>
        <translation>La columna «%1» aparece más de una vez.</translation>
    </message>
    <message>
        <source>The header row has no “name” column; without one, it needs an “email” or a “handles” column.</source>
        <translation>La fila de encabezado no tiene columna «name»; sin ella, necesita una columna «email» o «handles».</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; it was skipped.</source>
        <translation>La línea %1 ocupa más de 1 MiB; se ha omitido.</translation>
    </message>
    <message>
        <source>Line %1 has a quoted field that is never closed.</source>
        <translation>La línea %1 tiene un campo entre comillas que nunca se cierra.</translation>
    </message>
    <message>
        <source>Line %1 does not have as many fields as the header row (%2 instead of %3).</source>
        <translation>La línea %1 no tiene tantos campos como la fila de encabezado (%2 en lugar de %3).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>La línea %1 no es texto UTF-8 válido (guarda el archivo como UTF-8).</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” is longer than 10,000 characters.</source>
        <translation>Línea %1: el campo «%2» tiene más de 10.000 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” contains control characters.</source>
        <translation>Línea %1: el campo «%2» contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a handle; write it as network:handle, where the network is x, mastodon or bluesky.</source>
        <translation>Línea %1: «%2» no es un nombre de usuario; escríbelo como network:handle, donde la red es x, mastodon o bluesky.</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or handle.</source>
        <translation>La línea %1 no tiene nombre, correo electrónico ni nombre de usuario.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Línea %1: «%2» no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvWriter</name>
    <message>
        <source>Could not write the contacts file: %1</source>
        <translation>No se ha podido escribir el archivo de contactos: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactTransfer</name>
    <message>
        <source>“%1” is not a network:handle.</source>
        <translation>«%1» no es un network:handle.</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>El archivo no se puede leer desde el principio.</translation>
    </message>
    <message>
        <source>Line %1: there is no stage “%2” in the pipeline (%3).</source>
        <translation>Línea %1: no hay ninguna etapa «%2» en el embudo (%3).</translation>
    </message>
    <message>
        <source>Other handles</source>
        <translation>Otros nombres de usuario</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>No se ha importado nada: %n fila tiene problemas.</numerusform>
            <numerusform>No se ha importado nada: %n filas tienen problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::contacts::LinkSuggester</name>
    <message>
        <source>@%1 on X</source>
        <translation>@%1 en X</translation>
    </message>
    <message>
        <source>The same account, %1, seen by two of your accounts.</source>
        <translation>La misma cuenta, %1, vista desde dos de tus cuentas.</translation>
    </message>
    <message>
        <source>%1&apos;s profile links to %2.</source>
        <translation>El perfil de %1 enlaza a %2.</translation>
    </message>
    <message>
        <source>%1 and %2 both link to %3.</source>
        <translation>Tanto %1 como %2 enlazan a %3.</translation>
    </message>
    <message>
        <source>Both are called “%1”, and %2 mentions %3.</source>
        <translation>Ambos se llaman «%1», y %2 menciona a %3.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::TimelineText</name>
    <message>
        <source>You (@%1) on %2</source>
        <translation>Tú (@%1) en %2</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 en %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Nota de %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Stage: %1, by %2</source>
        <translation>Etapa: %1, por %2</translation>
    </message>
    <message>
        <source>Rated the support %1 of 5</source>
        <translation>Ha valorado la atención con %1 de 5</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::VCardWriter</name>
    <message>
        <source>Unnamed contact</source>
        <translation>Contacto sin nombre</translation>
    </message>
    <message>
        <source>Could not write the vCard file: %1</source>
        <translation>No se ha podido escribir el archivo vCard: %1</translation>
    </message>
</context>
<context>
    <name>starling::team</name>
    <message>
        <source>%1 holds no Starling inbox for this version yet. Whoever administers the database sets it up with: starling-cli team init %1</source>
        <translation>%1 aún no contiene ninguna bandeja de entrada de Starling para esta versión. Quien administre la base de datos la prepara con: starling-cli team init %1</translation>
    </message>
    <message>
        <source>The team database could not be asked: %1</source>
        <translation>No se ha podido consultar la base de datos del equipo: %1</translation>
    </message>
    <message>
        <source>This profile is already the team workspace %1. Leave it first (starling-cli team leave), or use another profile (--profile).</source>
        <translation>Este perfil ya es el espacio de trabajo de equipo %1. Abandónalo primero (starling-cli team leave) o usa otro perfil (--profile).</translation>
    </message>
    <message>
        <source>This database holds no team inbox of this version yet: set it up first with starling-cli team init.</source>
        <translation>Esta base de datos aún no contiene ninguna bandeja de entrada de equipo de esta versión: prepárala primero con starling-cli team init.</translation>
    </message>
    <message>
        <source>“%1” is not a valid agent name: use letters, digits and . _ @ - (at most 63), not starting with pg_.</source>
        <translation>«%1» no es un nombre de agente válido: usa letras, dígitos y . _ @ - (63 como máximo), sin empezar por pg_.</translation>
    </message>
    <message>
        <source>The team database holds no account %1 that you may see.</source>
        <translation>La base de datos del equipo no contiene ninguna cuenta %1 que puedas ver.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team.</source>
        <translation>%1 no es un agente de este equipo.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team yet: starling-cli team add-agent %1</source>
        <translation>%1 aún no es un agente de este equipo: starling-cli team add-agent %1</translation>
    </message>
    <message>
        <source>%1 does not belong to that inbox.</source>
        <translation>%1 no pertenece a esa bandeja de entrada.</translation>
    </message>
</context>
</TS>
