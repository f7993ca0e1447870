<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autostart</name>
    <message>
        <source>Starling could not change what starts when you log in: %1</source>
        <translation>Starling n&apos;a pas pu modifier les programmes lancés à l&apos;ouverture de session : %1</translation>
    </message>
    <message>
        <source>Your inbox, waiting in the tray</source>
        <translation>Votre boîte de réception, prête dans la zone de notification</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>le registre</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A second start sent a request Starling cannot read: %1</source>
        <translation>Un second lancement a envoyé une requête que Starling ne peut pas lire : %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>aucune version</translation>
    </message>
    <message>
        <source>no argument list</source>
        <translation>aucune liste d&apos;arguments</translation>
    </message>
    <message>
        <source>an argument that is not text</source>
        <translation>un argument qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>No Starling answers on this profile.</source>
        <translation>Aucune instance de Starling ne répond sur ce profil.</translation>
    </message>
    <message>
        <source>Starling cannot listen for later starts on this profile: %1</source>
        <translation>Starling ne peut pas écouter les lancements ultérieurs sur ce profil : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop inbox for X, Mastodon and Bluesky.</source>
        <translation>Une boîte de réception de bureau pour X, Mastodon et Bluesky.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Try Starling on a sandbox network, in a throw-away profile.</source>
        <translation>Essayer Starling sur un réseau bac à sable, dans un profil jetable.</translation>
    </message>
    <message>
        <source>The demo network could not start.</source>
        <translation>Le réseau de démo n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Starling is already running with this profile (%1, process %2). Only one may run at a time on a profile, so that nothing is sent twice.</source>
        <translation>Starling est déjà en cours d&apos;exécution avec ce profil (%1, processus %2). Une seule instance peut utiliser un profil à la fois, pour que rien ne soit envoyé deux fois.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (if there is a tray).</source>
        <translation>Démarrer dans la zone de notification, sans la fenêtre (si le système en a une).</translation>
    </message>
    <message>
        <source>Join the team workspace at &lt;url&gt; (postgres://user@host:port/database) with this profile, or open it if the profile is that workspace.</source>
        <translation>Rejoindre l&apos;espace d&apos;équipe à &lt;url&gt; (postgres://user@host:port/database) avec ce profil, ou l&apos;ouvrir si le profil est cet espace.</translation>
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
        <translation>@%1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>starling::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>Le compte n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>@%1 on %2 is already added.</source>
        <translation>@%1 sur %2 a déjà été ajouté.</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>Ce compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Starling could not delete the sign-in of @%1 from the system keychain, and will try again the next time it starts. %2</source>
        <translation>Starling n&apos;a pas pu supprimer la connexion de @%1 du trousseau du système ; il réessaiera à son prochain démarrage. %2</translation>
    </message>
</context>
<context>
    <name>starling::AccountStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Limite de requêtes atteinte jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again</source>
        <translation>Connexion expirée&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Synced by %1</source>
        <extracomment>A team workspace: %1 is the agent whose app syncs and sends this account</extracomment>
        <translation>Synchronisé par %1</translation>
    </message>
</context>
<context>
    <name>starling::AccountSwitcherModel</name>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Every account in one inbox (Ctrl+1)</source>
        <translation>Tous les comptes dans une seule boîte de réception (Ctrl+1)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;)</extracomment>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;), %4 its shortcut key</extracomment>
        <translation>%1 sur %2 : %3 (%4)</translation>
    </message>
</context>
<context>
    <name>starling::AddAccountDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>The client ID of your X app</source>
        <translation>Le Client ID de votre application X</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>Type the server your account lives on. Starling introduces itself to that server once, then opens its sign-in page in your browser; your password never passes through Starling.</source>
        <translation>Saisissez le serveur sur lequel se trouve votre compte. Starling se présente une seule fois à ce serveur, puis ouvre sa page de connexion dans votre navigateur&#xa0;; votre mot de passe ne passe jamais par Starling.</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Sign in again as @%1</source>
        <translation>Se reconnecter en tant que @%1</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>you.bsky.social</source>
        <translation>vous.bsky.social</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Pseudo</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>App &amp;password</source>
        <translation>&amp;Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Hébergeur</translation>
    </message>
    <message>
        <source>Hosting pro&amp;vider</source>
        <translation>&amp;Hébergeur</translation>
    </message>
    <message>
        <source>The network of the account to add</source>
        <translation>Le réseau du compte à ajouter</translation>
    </message>
    <message>
        <source>Sign in to the account; Starling keeps its token in the keychain</source>
        <translation>Se connecter au compte ; Starling garde son jeton dans le trousseau</translation>
    </message>
    <message>
        <source>Found from your handle</source>
        <translation>Déduit de ton identifiant</translation>
    </message>
    <message>
        <source>Type your handle and sign in with the browser: your server&apos;s sign-in page opens there, and your password never passes through Starling. Or sign in with an app password, never your account password: in Bluesky, open Settings, Privacy and security, App passwords, and add one with “Allow access to your direct messages” turned on, so that Starling can read and answer your DMs.</source>
        <translation>Saisissez votre identifiant et connectez-vous dans le navigateur : la page de connexion de votre serveur s’y ouvre, et votre mot de passe ne passe jamais par Starling. Ou connectez-vous avec un mot de passe d’application, jamais celui de votre compte : dans Bluesky, ouvrez Réglages, Confidentialité et sécurité, Mots de passe d’application, et ajoutez-en un avec « Autoriser l’accès à vos messages privés » activé, pour que Starling puisse lire vos MP et y répondre.</translation>
    </message>
    <message>
        <source>Empty to sign in with the browser</source>
        <translation>Vide pour se connecter dans le navigateur</translation>
    </message>
    <message>
        <source>Leave empty: Starling looks up where your account is hosted from your handle (bsky.social when it cannot). Type your server only to sign in there with an app password.</source>
        <translation>Laissez vide : Starling trouve où votre compte est hébergé à partir de votre identifiant (bsky.social s’il n’y arrive pas). Saisissez votre serveur seulement pour vous y connecter avec un mot de passe d’application.</translation>
    </message>
</context>
<context>
    <name>starling::Automation</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>Une règle doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>starling::AutomationService</name>
    <message>
        <source>Feedback survey</source>
        <translation>Enquête de satisfaction</translation>
    </message>
    <message>
        <source>rating %1 recorded</source>
        <translation>note %1 enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) left this account in the last hour; no more for now.</source>
        <translation>
            <numerusform>%n message automatique est parti de ce compte au cours de la dernière heure&#xa0;; plus aucun pour le moment.</numerusform>
            <numerusform>%n messages automatiques sont partis de ce compte au cours de la dernière heure&#xa0;; plus aucun pour le moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::BlueskyAccountSignIn</name>
    <message>
        <source>Enter your Bluesky handle and an app password.</source>
        <translation>Saisissez votre pseudo Bluesky et un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password.</source>
        <translation>Bluesky n&apos;a pas accepté ce pseudo et ce mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>This account asks for an e-mail code at sign-in: use an app password instead.</source>
        <translation>Ce compte demande un code reçu par e-mail à la connexion&#xa0;: utilisez plutôt un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky a suspendu ce compte.</translation>
    </message>
    <message>
        <source>This Bluesky account is not active (%1).</source>
        <translation>Ce compte Bluesky n&apos;est pas actif (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Connecté. Lecture du compte…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>Il n&apos;y a aucune connexion Bluesky à conserver.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>Recherche de @%1…</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyClient</name>
    <message>
        <source>This conversation is locked: no one can write in it any more.</source>
        <translation>Cette conversation est verrouillée&#xa0;: plus personne ne peut y écrire.</translation>
    </message>
    <message>
        <source>You cannot write to this person on Bluesky: one of you has blocked the other.</source>
        <translation>Vous ne pouvez pas écrire à cette personne sur Bluesky&#xa0;: l&apos;un de vous a bloqué l&apos;autre.</translation>
    </message>
    <message>
        <source>This person accepts direct messages only from people they follow.</source>
        <translation>Cette personne n&apos;accepte les messages privés que des personnes qu&apos;elle suit.</translation>
    </message>
    <message>
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>Cette personne n&apos;accepte pas les messages privés sur Bluesky.</translation>
    </message>
    <message>
        <source>This person is not on Bluesky any more.</source>
        <translation>Cette personne n&apos;est plus sur Bluesky.</translation>
    </message>
    <message>
        <source>This Bluesky conversation no longer exists.</source>
        <translation>Cette conversation Bluesky n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This Bluesky account is suspended.</source>
        <translation>Ce compte Bluesky est suspendu.</translation>
    </message>
    <message>
        <source>No one on Bluesky has this handle.</source>
        <translation>Personne sur Bluesky n&apos;a ce pseudo.</translation>
    </message>
    <message>
        <source>This app password cannot read direct messages: create one with &apos;Allow access to your direct messages&apos; turned on</source>
        <translation>Ce mot de passe d&apos;application ne permet pas de lire les messages privés&#xa0;: créez-en un avec l&apos;option «&#xa0;Autoriser l&apos;accès à vos messages privés&#xa0;» activée</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pseudo Bluesky.</translation>
    </message>
    <message>
        <source>This is not a Bluesky page token.</source>
        <translation>Ceci n&apos;est pas un jeton de page Bluesky.</translation>
    </message>
    <message>
        <source>This is not a Bluesky conversation id.</source>
        <translation>Ceci n&apos;est pas un identifiant de conversation Bluesky.</translation>
    </message>
    <message>
        <source>A Bluesky conversation has between one and nine other people.</source>
        <translation>Une conversation Bluesky compte entre une et neuf autres personnes.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky account id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de compte Bluesky.</translation>
    </message>
    <message>
        <source>Bluesky direct messages cannot carry images or other files.</source>
        <translation>Les messages privés Bluesky ne peuvent contenir ni images ni autres fichiers.</translation>
    </message>
    <message>
        <source>A Bluesky direct message needs some text.</source>
        <translation>Un message privé Bluesky doit contenir du texte.</translation>
    </message>
    <message>
        <source>The account&apos;s Bluesky id is not known yet; sign in again.</source>
        <translation>L&apos;identifiant Bluesky du compte n&apos;est pas encore connu&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>A Bluesky post needs some text or an image.</source>
        <translation>Un post Bluesky doit contenir du texte ou une image.</translation>
    </message>
    <message>
        <source>An image of this post is no longer uploaded; attach it again.</source>
        <translation>Une image de ce post n&apos;est plus téléversée&#xa0;; joignez-la de nouveau.</translation>
    </message>
    <message>
        <source>This is not a Bluesky post to reply to.</source>
        <translation>Ceci n&apos;est pas un post Bluesky auquel répondre.</translation>
    </message>
    <message>
        <source>The post this answers no longer exists.</source>
        <translation>Le post auquel ceci répond n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>Bluesky posts take images only (this file is %1).</source>
        <translation>Les posts Bluesky n&apos;acceptent que des images (ce fichier est de type %1).</translation>
    </message>
    <message>
        <source>%1 is too large for Bluesky: an image may have at most 2,000,000 bytes.</source>
        <translation>%1 est trop volumineux pour Bluesky&#xa0;: une image peut peser au plus 2&#xa0;000&#xa0;000 octets.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Le fichier a changé pendant sa lecture.</translation>
    </message>
    <message>
        <source>Bluesky answered something unexpected for one of your posts.</source>
        <translation>Bluesky a renvoyé une réponse inattendue pour l&apos;un de vos posts.</translation>
    </message>
    <message numerus="yes">
        <source>A Bluesky post can carry at most %n image(s).</source>
        <translation>
            <numerusform>Un post Bluesky peut contenir au plus %n image.</numerusform>
            <numerusform>Un post Bluesky peut contenir au plus %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluesky sent an answer Starling could not read (%1).</source>
        <translation>Bluesky a envoyé une réponse que Starling n&apos;a pas pu lire (%1).</translation>
    </message>
    <message>
        <source>An item from Bluesky was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Un élément de Bluesky a été ignoré : %1.</translation>
    </message>
    <message>
        <source>a direct message without an id, sender, text or time</source>
        <translation>un message privé sans identifiant, expéditeur, texte ni date</translation>
    </message>
    <message>
        <source>a conversation without an id or members</source>
        <translation>une conversation sans identifiant ni membres</translation>
    </message>
    <message>
        <source>conversation %1 with a malformed member</source>
        <translation>la conversation %1, dont un membre est mal formé</translation>
    </message>
    <message>
        <source>a malformed profile</source>
        <translation>un profil mal formé</translation>
    </message>
    <message>
        <source>a direct message of an unknown kind</source>
        <translation>un message privé de type inconnu</translation>
    </message>
    <message>
        <source>a log entry that is not an object</source>
        <translation>une entrée de journal qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>a log entry without a conversation or revision</source>
        <translation>une entrée de journal sans conversation ni révision</translation>
    </message>
    <message>
        <source>a log entry with malformed profiles</source>
        <translation>une entrée de journal dont les profils sont mal formés</translation>
    </message>
    <message>
        <source>a log entry without its message</source>
        <translation>une entrée de journal sans son message</translation>
    </message>
    <message>
        <source>a notification without a reason or time</source>
        <translation>une notification sans motif ni date</translation>
    </message>
    <message>
        <source>a mention without a post, author, text or time</source>
        <translation>une mention sans post, auteur, texte ni date</translation>
    </message>
    <message>
        <source>a post of the thread</source>
        <translation>un post du fil</translation>
    </message>
    <message>
        <source>This Bluesky post no longer exists.</source>
        <translation>Ce post Bluesky n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This Bluesky post is hidden by a block.</source>
        <translation>Ce post Bluesky est masqué par un blocage.</translation>
    </message>
    <message>
        <source>a malformed post</source>
        <translation>un post mal formé</translation>
    </message>
    <message>
        <source>a deleted direct message without an id</source>
        <translation>un message privé supprimé sans identifiant</translation>
    </message>
    <message>
        <source>The identity of this account names no server to reach it at.</source>
        <translation>L’identité de ce compte n’indique aucun serveur où le joindre.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyIdentityResolver</name>
    <message>
        <source>No Bluesky account answers for @%1.</source>
        <translation>Aucun compte Bluesky ne répond à @%1.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle (it looks like name.bsky.social).</source>
        <translation>« %1 » n’est pas un identifiant Bluesky (il ressemble à nom.bsky.social).</translation>
    </message>
    <message>
        <source>@%1 points to an account that does not use this handle.</source>
        <translation>@%1 renvoie à un compte qui n’utilise pas cet identifiant.</translation>
    </message>
    <message>
        <source>Bluesky accounts with a %1 identity are not supported.</source>
        <translation>Les comptes Bluesky avec une identité %1 ne sont pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSession</name>
    <message>
        <source>The key of this Bluesky sign-in is damaged. Sign in again.</source>
        <translation>La clé de cette connexion Bluesky est endommagée. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSignIn</name>
    <message>
        <source>The account&apos;s server does not offer the Bluesky sign-in in the browser as Starling needs it (%1). Sign in with an app password instead.</source>
        <translation>Le serveur du compte ne propose pas la connexion Bluesky dans le navigateur comme Starling en a besoin (%1). Connectez-vous plutôt avec un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Enter your Bluesky handle (like alice.bsky.social) to sign in in the browser.</source>
        <translation>Saisissez votre identifiant Bluesky (par exemple alice.bsky.social) pour vous connecter dans le navigateur.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>Recherche de @%1…</translation>
    </message>
    <message>
        <source>Finding the sign-in of %1…</source>
        <translation>Recherche de la connexion de %1…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>En attente de votre autorisation pour Starling dans le navigateur…</translation>
    </message>
    <message>
        <source>The server signed in another account than @%1. Starling did not keep the sign-in.</source>
        <translation>Le serveur a connecté un autre compte que @%1. Starling n’a pas gardé la connexion.</translation>
    </message>
    <message>
        <source>Asking %1 to sign you in…</source>
        <translation>Demande de connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Connecté. Lecture du compte…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>Il n’y a aucune connexion Bluesky à garder.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskySession</name>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky a suspendu ce compte.</translation>
    </message>
    <message>
        <source>Bluesky no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>Bluesky n&apos;accepte plus la connexion de ce compte. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The system keychain did not store the Bluesky sign-in: %1</source>
        <translation>Le trousseau du système n&apos;a pas enregistré la connexion Bluesky : %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Le trousseau du système n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <source>The Bluesky sign-in of this account is not in the keychain. Please sign in again.</source>
        <translation>La connexion Bluesky de ce compte ne se trouve pas dans le trousseau. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>starling::ComposeWidget</name>
    <message>
        <source>Switch to DM</source>
        <translation>Passer en MP</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose between a public reply and a direct message</source>
        <translation>Choisir entre une réponse publique et un message privé</translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation>Mode de réponse</translation>
    </message>
    <message>
        <source>Answer in public with a link that opens a DM with you, then write the DM</source>
        <translation>Répondre publiquement avec un lien qui ouvre un MP avec vous, puis écrire le MP</translation>
    </message>
    <message>
        <source>Attach an image, GIF or video</source>
        <translation>Joindre une image, un GIF ou une vidéo</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Insérer un emoji</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Écrire un message…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Images et vidéos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>🔒 Direct message to %1</source>
        <translation>🔒 Message privé à %1</translation>
    </message>
    <message>
        <source>🌐 Public reply, visible to everyone</source>
        <translation>🌐 Réponse publique, visible par tous</translation>
    </message>
    <message>
        <source>Reply in public instead</source>
        <translation>Répondre plutôt en public</translation>
    </message>
    <message>
        <source>Reply by DM instead</source>
        <translation>Répondre plutôt par MP</translation>
    </message>
    <message>
        <source>Write a private message…</source>
        <translation>Écrire un message privé…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Écrire une réponse publique…</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n restant</numerusform>
            <numerusform>%n restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <comment>reply mode</comment>
        <extracomment>Button that switches the reply between public and direct message</extracomment>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the line above says who will see it</source>
        <translation>Ctrl+Entrée envoie ; la ligne au-dessus indique qui le verra</translation>
    </message>
</context>
<context>
    <name>starling::ContactImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Choisir le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;import</translation>
    </message>
    <message>
        <source>Each row of the file with its line, its name, and what the import does with it or what is wrong with it</source>
        <translation>Chaque ligne du fichier avec son numéro, son nom, et ce que l&apos;import en fait ou ce qui ne va pas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>Le fichier est en cours de vérification.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Ce fichier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Updates the contact of %1</source>
        <translation>Met à jour le contact de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>%n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>%n première ligne affichée.</numerusform>
            <numerusform>%n premières lignes affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) name nobody you talk to; they are kept in the field “%1”.</source>
        <translation>
            <numerusform>%n pseudo ne désigne personne avec qui vous échangez&#xa0;; il est conservé dans le champ «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n pseudos ne désignent personne avec qui vous échangez&#xa0;; ils sont conservés dans le champ «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, shown in red. The import is all or nothing, so nothing can be imported until they are fixed: correct the file and choose it again.</source>
        <translation>
            <numerusform>%n ligne pose problème (en rouge). L&apos;import se fait en entier ou pas du tout&#xa0;: rien ne peut être importé tant qu&apos;elle n&apos;est pas corrigée. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
            <numerusform>%n lignes posent problème (en rouge). L&apos;import se fait en entier ou pas du tout&#xa0;: rien ne peut être importé tant qu&apos;elles ne sont pas corrigées. Corrigez le fichier et choisissez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are shown.</source>
        <translation>
            <numerusform>%n premier problème affiché.</numerusform>
            <numerusform>%n premiers problèmes affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have problems; the import is all or nothing.</source>
        <translation>Certaines lignes posent problème&#xa0;; l&apos;import se fait en entier ou pas du tout.</translation>
    </message>
    <message>
        <source>The file has no contacts to import.</source>
        <translation>Le fichier ne contient aucun contact à importer.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>Importer %n contact</numerusform>
            <numerusform>Importer %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>Ce fichier a été importé.</translation>
    </message>
</context>
<context>
    <name>starling::ContactTableModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
</context>
<context>
    <name>starling::Contacts</name>
    <message>
        <source>There is no such contact.</source>
        <translation>Ce contact n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Cette personne n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the pipeline.</source>
        <translation>Le pipeline n&apos;a pas d&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A tag has 1 to 40 characters.</source>
        <translation>Une étiquette compte de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself.</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>This is the contact&apos;s only identity: there is nothing to split it from.</source>
        <translation>C&apos;est la seule identité de ce contact&#xa0;: il n&apos;y a rien dont la séparer.</translation>
    </message>
    <message>
        <source>No one called @%1 on %2 has written to you.</source>
        <translation>Personne du nom de @%1 sur %2 ne vous a écrit.</translation>
    </message>
    <message>
        <source>Several people are called @%1 on %2; name them by id.</source>
        <translation>Plusieurs personnes s&apos;appellent @%1 sur %2&#xa0;; désignez la bonne par son identifiant.</translation>
    </message>
    <message>
        <source>A stage&apos;s name has 1 to 40 characters.</source>
        <translation>Le nom d&apos;une étape compte de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Il existe déjà une étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name every stage of the pipeline once: %1.</source>
        <translation>Nommez chaque étape du pipeline une seule fois&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>starling::ContactsDialog</name>
    <message>
        <source>Set &amp;stage…</source>
        <translation>Définir l&apos;é&amp;tape…</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Retirer une étiquette…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Search names, companies, e-mail, handles…</source>
        <translation>Rechercher noms, entreprises, e-mails, pseudos…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Shows the people whose name, company, e-mail or handle holds these words (Ctrl+F)</source>
        <translation>Affiche les personnes dont le nom, l&apos;entreprise, l&apos;e-mail ou le pseudo contient ces mots (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Only people in this stage of the pipeline</source>
        <translation>Seulement les personnes à cette étape du pipeline</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>Seulement les personnes avec cette étiquette</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Only people we talk to on this network</source>
        <translation>Seulement les personnes avec qui nous échangeons sur ce réseau</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Only people by when we last talked with them</source>
        <translation>Filtrer les personnes selon la date du dernier échange</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Il y a plus de 30 jours</translation>
    </message>
    <message>
        <source>One row per person: name, company, stage, tags, networks and last contact</source>
        <translation>Une ligne par personne&#xa0;: nom, entreprise, étape, étiquettes, réseaux et dernier contact</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>People per stage</source>
        <translation>Personnes par étape</translation>
    </message>
    <message>
        <source>How many people are in each stage of the pipeline now</source>
        <translation>Nombre de personnes actuellement à chaque étape du pipeline</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;Conversions to:</source>
        <translation>&amp;Conversions vers&#xa0;:</translation>
    </message>
    <message>
        <source>Conversions to</source>
        <translation>Conversions vers</translation>
    </message>
    <message>
        <source>The chart counts the people who reached this stage, month by month</source>
        <translation>Le graphique compte les personnes ayant atteint cette étape, mois par mois</translation>
    </message>
    <message>
        <source>Conversions per month</source>
        <translation>Conversions par mois</translation>
    </message>
    <message>
        <source>Move the selected people to a stage of the pipeline</source>
        <translation>Placer les personnes sélectionnées à une étape du pipeline</translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation>Étiqueter les personnes sélectionnées</translation>
    </message>
    <message>
        <source>Take a tag off the selected people</source>
        <translation>Retirer une étiquette des personnes sélectionnées</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importer des contacts depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Export the selected people, or everyone the filters show, as CSV or vCard</source>
        <translation>Exporter les personnes sélectionnées, ou toutes celles affichées par les filtres, en CSV ou vCard</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sans étape</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>People who reached “%1”, per month</source>
        <translation>Personnes ayant atteint «&#xa0;%1&#xa0;», par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <translation>
            <numerusform>%1, %n sélectionnée</numerusform>
            <numerusform>%1, %n sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in no stage now.</source>
        <translation>
            <numerusform>%n personne n&apos;est actuellement à aucune étape.</numerusform>
            <numerusform>%n personnes ne sont actuellement à aucune étape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in the stage “%1” now.</source>
        <translation>
            <numerusform>%n personne est actuellement à l&apos;étape «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n personnes sont actuellement à l&apos;étape «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message numerus="yes">
        <source>The tag for the %n selected person(s):</source>
        <translation>
            <numerusform>L&apos;étiquette pour la personne sélectionnée (%n)&#xa0;:</numerusform>
            <numerusform>L&apos;étiquette pour les %n personnes sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n person(s) “%1”.</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n personne.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected people have no tags.</source>
        <translation>Les personnes sélectionnées n&apos;ont aucune étiquette.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %n selected person(s):</source>
        <translation>
            <numerusform>L&apos;étiquette à retirer de la personne sélectionnée (%n)&#xa0;:</numerusform>
            <numerusform>L&apos;étiquette à retirer des %n personnes sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “%1” from %n person(s).</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n personne.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Nobody matches the filters: nothing to export.</source>
        <translation>Personne ne correspond aux filtres&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n contact exporté vers %1.</numerusform>
            <numerusform>%n contacts exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit s&amp;tages…</source>
        <translation>&amp;Modifier les étapes…</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the stages of the pipeline</source>
        <translation>Renommer, ajouter, retirer et réordonner les étapes du pipeline</translation>
    </message>
    <message>
        <source>Saved the stages of the pipeline.</source>
        <translation>Les étapes du pipeline ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>starling::ConversationDelegate</name>
    <message>
        <source>DM</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>A conversation&apos;s mark in the inbox list: a message request, not accepted yet</extracomment>
        <translation>Demande</translation>
    </message>
</context>
<context>
    <name>starling::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation>Personne inconnue</translation>
    </message>
    <message>
        <source>Direct message on %1</source>
        <translation>Message privé sur %1</translation>
    </message>
    <message>
        <source>Group conversation on %1</source>
        <translation>Conversation de groupe sur %1</translation>
    </message>
    <message>
        <source>Public mention on %1</source>
        <translation>Mention publique sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4. %5</source>
        <extracomment>Read aloud for a conversation: %1 the person, %2 the kind and network, %3 the time, %4 read or unread, %5 the start of the last message.</extracomment>
        <translation>%1. %2. %3. %4. %5</translation>
    </message>
    <message>
        <source>Message request on %1</source>
        <translation>Demande de message sur %1</translation>
    </message>
    <message>
        <source>Group message request on %1</source>
        <translation>Demande de message de groupe sur %1</translation>
    </message>
</context>
<context>
    <name>starling::CredentialStore</name>
    <message>
        <source>The secret is not in the keychain, or the keychain is locked.</source>
        <translation>Le secret ne se trouve pas dans le trousseau, ou le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Starling keeps sign-ins only there: start or unlock your keychain, then try again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Starling n&apos;enregistre les connexions que là : démarrez ou déverrouillez votre trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not return what was stored.</source>
        <translation>Le trousseau n&apos;a pas renvoyé ce qui avait été enregistré.</translation>
    </message>
</context>
<context>
    <name>starling::Demo</name>
    <message>
        <source>thanks</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>merci</translation>
    </message>
    <message>
        <source>order</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>commande</translation>
    </message>
    <message>
        <source>refund</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Anything else I can help with?</source>
        <translation>Merci, {first_name} ! Puis-je vous aider pour autre chose ?</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Hi {first_name}, could you send me your order number? I&apos;ll look into it right away. – {my_name}</source>
        <translation>Bonjour {first_name}, pourriez-vous m&apos;envoyer votre numéro de commande ? Je m&apos;en occupe tout de suite. – {my_name}</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Remboursement en cours</translation>
    </message>
    <message>
        <source>Sorry about that, {first_name}. I&apos;ve started the refund: it reaches your account in 3–5 days.</source>
        <translation>Désolé pour ce désagrément, {first_name}. J&apos;ai lancé le remboursement : il arrivera sur votre compte sous 3 à 5 jours.</translation>
    </message>
    <message>
        <source>Tag billing questions</source>
        <translation>Étiqueter les questions de facturation</translation>
    </message>
    <message>
        <source>refund, charged, invoice</source>
        <extracomment>Keywords of the demo rule that tags billing questions, separated by commas.</extracomment>
        <translation>remboursement, débité, facture</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Enquête de satisfaction</translation>
    </message>
    <message>
        <source>Thanks for talking to us, {first_name}! How did we do, from 1 to 5?</source>
        <translation>Merci d&apos;avoir échangé avec nous, {first_name} ! Quelle note nous donnez-vous, de 1 à 5 ?</translation>
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
        <translation>La démo n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>starling::DpopKey</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>La clé de signature n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The signing key is not a P-256 (ES256) private key.</source>
        <translation>La clé de signature n’est pas une clé privée P-256 (ES256).</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public and private parts do not match.</source>
        <translation>La clé de signature est endommagée : ses parties publique et privée ne correspondent pas.</translation>
    </message>
    <message>
        <source>Could not create a key to sign requests with.</source>
        <translation>Impossible de créer une clé pour signer les requêtes.</translation>
    </message>
    <message>
        <source>The signing key could not be read: it is not a PKCS#8 private key.</source>
        <translation>La clé de signature n’a pas pu être lue : ce n’est pas une clé privée PKCS#8.</translation>
    </message>
    <message>
        <source>The key is not a P-256 private key in JWK form.</source>
        <translation>La clé n’est pas une clé privée P-256 au format JWK.</translation>
    </message>
</context>
<context>
    <name>starling::Error</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>Le réseau est injoignable.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to wait.</source>
        <translation>Trop de requêtes&#xa0;; le serveur a demandé de patienter.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>La connexion a expiré.</translation>
    </message>
    <message>
        <source>The sign-in was revoked; please sign in again.</source>
        <translation>La connexion a été révoquée&#xa0;; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The server refused this action for this account.</source>
        <translation>Le serveur a refusé cette action pour ce compte.</translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation>Élément introuvable.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>La requête n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>Le serveur a rencontré un problème&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer Starling could not read.</source>
        <translation>Le serveur a envoyé une réponse que Starling n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation>La base de données locale n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A service Starling needs on this computer is not available.</source>
        <translation>Un service dont Starling a besoin n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a modifié avant vous.</translation>
    </message>
</context>
<context>
    <name>starling::Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>L&apos;export n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export could not start reading.</source>
        <translation>L&apos;export n&apos;a pas pu commencer la lecture.</translation>
    </message>
</context>
<context>
    <name>starling::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>starling::HttpClient</name>
    <message>
        <source>Too many requests to %1; try again after %2.</source>
        <translation>Trop de requêtes vers %1&#xa0;; réessayez après %2.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The request has no valid address.</source>
        <translation>La requête n&apos;a pas d&apos;adresse valide.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>La réponse de %1 était trop volumineuse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu dans le délai de %n seconde.</numerusform>
            <numerusform>%1 n&apos;a pas répondu dans le délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 a envoyé une réponse que Starling n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere.</source>
        <translation>%1 a redirigé la requête ailleurs.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation>La réponse de %1 a été tronquée.</translation>
    </message>
</context>
<context>
    <name>starling::InboxActions</name>
    <message>
        <source>The public answer is on its way, but no DM could be opened: %1</source>
        <translation>La réponse publique est en cours d&apos;envoi, mais aucun MP n&apos;a pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 took this conversation first.</source>
        <translation>%1 a pris cette conversation en premier.</translation>
    </message>
</context>
<context>
    <name>starling::InboxService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>A direct message can only be answered privately.</source>
        <translation>On ne peut répondre à un message privé qu&apos;en privé.</translation>
    </message>
    <message>
        <source>It is not known who wrote this, so there is no one to answer privately.</source>
        <translation>On ne sait pas qui a écrit ceci : personne à qui répondre en privé.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Il n&apos;y a aucun message %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n&apos;y a aucune conversation %1.</translation>
    </message>
    <message>
        <source>Message %1 is not on the network yet: it cannot be answered.</source>
        <translation>Le message %1 n&apos;est pas encore sur le réseau : impossible d&apos;y répondre.</translation>
    </message>
    <message>
        <source>Message %1 is yours: there is no one to answer privately.</source>
        <translation>Le message %1 est de vous : personne à qui répondre en privé.</translation>
    </message>
    <message>
        <source>The author of message %1 is not known.</source>
        <translation>L&apos;auteur du message %1 est inconnu.</translation>
    </message>
    <message>
        <source>Happy to help! Let&apos;s continue in a direct message:</source>
        <translation>Avec plaisir ! Continuons en message privé :</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>Le compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 finds no one called “%2”.</source>
        <translation>%1 ne trouve personne du nom de « %2 ».</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation>Ce message n&apos;est pas en file d&apos;attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>La conversation n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>starling::InboxView</name>
    <message>
        <source>Search all messages…  /</source>
        <translation>Rechercher dans tous les messages…  /</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search every stored message. &quot;Quotes&quot; match a phrase, word* a beginning.</source>
        <translation>Rechercher dans tous les messages enregistrés. Les &quot;guillemets&quot; cherchent une expression exacte, mot* un début de mot.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitées</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Afficher&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>All caught up. New messages and mentions appear here.</source>
        <translation>Vous êtes à jour. Les nouveaux messages et mentions apparaissent ici.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) done</source>
        <translation>
            <numerusform>Marquer %n conversation comme traitée</numerusform>
            <numerusform>Marquer %n conversations comme traitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) read</source>
        <translation>
            <numerusform>Marquer %n conversation comme lue</numerusform>
            <numerusform>Marquer %n conversations comme lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s)…</source>
        <translation>
            <numerusform>Étiqueter %n conversation…</numerusform>
            <numerusform>Étiqueter %n conversations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n conversation(s)…</source>
        <translation>
            <numerusform>Attribuer %n conversation…</numerusform>
            <numerusform>Attribuer %n conversations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these conversations in the list</source>
        <translation>N&apos;afficher que ces conversations dans la liste</translation>
    </message>
    <message>
        <source>Newest first; j and k move, Enter opens, e marks done</source>
        <translation>Les plus récentes d&apos;abord ; j et k déplacent, Entrée ouvre, e marque comme traitée</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter: the conversations assigned to the user</extracomment>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Filter: the conversations assigned to no one</extracomment>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>No open conversation is assigned to %1. Take one with T.</source>
        <translation>Aucune conversation ouverte n’est attribuée à %1. Prenez-en une avec T.</translation>
    </message>
    <message>
        <source>Every open conversation has someone on it.</source>
        <translation>Chaque conversation ouverte a un responsable.</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Filter: message requests, conversations that someone the account does not follow began</extracomment>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No message requests. When someone you do not follow writes first on Bluesky, the conversation waits here until you answer or accept it.</source>
        <translation>Aucune demande de message. Quand quelqu’un que vous ne suivez pas vous écrit en premier sur Bluesky, la conversation attend ici que vous répondiez ou que vous l’acceptiez.</translation>
    </message>
</context>
<context>
    <name>starling::JoinTeamDialog</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Join a team workspace</source>
        <translation>Rejoindre un espace d&apos;équipe</translation>
    </message>
    <message>
        <source>A team workspace keeps the inbox in your team&apos;s PostgreSQL database, where every agent of the team works on it. Whoever administers the database sets it up with starling-cli team init and gives you its address and your password.</source>
        <translation>Un espace d&apos;équipe garde la boîte de réception dans la base de données PostgreSQL de votre équipe, où chaque agent de l&apos;équipe y travaille. La personne qui administre la base la prépare avec starling-cli team init et vous donne son adresse et votre mot de passe.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>The address of the team&apos;s database, with your user name</source>
        <translation>L&apos;adresse de la base de données de l&apos;équipe, avec votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Team &amp;database</source>
        <translation>Base de &amp;données d&apos;équipe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database; kept in the system keychain</source>
        <translation>Votre mot de passe pour la base de données de l&apos;équipe ; gardé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database and use its inbox in this profile</source>
        <translation>Se connecter à la base de données de l&apos;équipe et utiliser sa boîte de réception dans ce profil</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Rejoint en tant que %1.</translation>
    </message>
</context>
<context>
    <name>starling::LinkContactDialog</name>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Link to another person</source>
        <translation>Lier à une autre personne</translation>
    </message>
    <message>
        <source>Choose the person who is the same as this one. Their handles, details, tags, notes and history come here.</source>
        <translation>Choisissez la personne identique à celle-ci. Ses pseudos, détails, étiquettes, notes et son historique seront rattachés ici.</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail or handle…</source>
        <translation>Rechercher par nom, entreprise, e-mail ou pseudo…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Finds people whose name, company, e-mail or handle holds these words</source>
        <translation>Trouve les personnes dont le nom, l&apos;entreprise, l&apos;e-mail ou le pseudo contient ces mots</translation>
    </message>
    <message>
        <source>People to link</source>
        <translation>Personnes à lier</translation>
    </message>
    <message>
        <source>Suggested people first, with the reason, then the people found</source>
        <translation>Les personnes suggérées d&apos;abord, avec la raison, puis les personnes trouvées</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Bring the chosen person&apos;s identities and details to this one</source>
        <translation>Rattacher à celle-ci les identités et détails de la personne choisie</translation>
    </message>
    <message>
        <source>Links the chosen person with this one</source>
        <translation>Lie la personne choisie à celle-ci</translation>
    </message>
    <message>
        <source>Stop suggesting the chosen person</source>
        <translation>Ne plus suggérer la personne choisie</translation>
    </message>
    <message>
        <source>Turns the chosen suggestion down; it is not suggested again</source>
        <translation>Rejette la suggestion choisie&#xa0;; elle ne sera plus proposée</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No other people yet.</source>
        <translation>Aucune autre personne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 · @%2 on %3</source>
        <translation>%1 · @%2 sur %3</translation>
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
        <translation>Starling — Démo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>⚙ Settings</source>
        <translation>⚙ Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nouveau post…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Profile pane</source>
        <translation>Panneau du profil</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply by DM</source>
        <translation>Répondre par MP</translation>
    </message>
    <message>
        <source>Done / open again</source>
        <translation>Traitée / rouvrir</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sync: all accounts up to date</source>
        <translation>Synchronisation&#xa0;: tous les comptes sont à jour</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s) with:</source>
        <translation>
            <numerusform>Étiqueter %n conversation avec&#xa0;:</numerusform>
            <numerusform>Étiqueter %n conversations avec&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message numerus="yes">
        <source>Who answers these %n conversation(s)? (empty: no one)</source>
        <translation>
            <numerusform>Qui répond à cette conversation (%n)&#xa0;? (vide&#xa0;: personne)</numerusform>
            <numerusform>Qui répond à ces %n conversations&#xa0;? (vide&#xa0;: personne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Réponses enregistrées…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Rapports…</translation>
    </message>
    <message>
        <source>Sync: ok</source>
        <translation>Synchronisation&#xa0;: OK</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Syncing the DMs of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>Synchronisation des MP de %1 : page %2</translation>
    </message>
    <message>
        <source>Syncing the mentions of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>Synchronisation des mentions de %1 : page %2</translation>
    </message>
    <message>
        <source>Show one account&apos;s conversations, or all of them</source>
        <translation>Afficher les conversations d&apos;un compte, ou de tous</translation>
    </message>
    <message>
        <source>Sign in to an X, Mastodon or Bluesky account</source>
        <translation>Se connecter à un compte X, Mastodon ou Bluesky</translation>
    </message>
    <message>
        <source>Accounts, notifications, sync and language</source>
        <translation>Comptes, notifications, synchronisation et langue</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>La prendre</translation>
    </message>
</context>
<context>
    <name>starling::MastodonAccountSignIn</name>
    <message>
        <source>There is no finished sign-in to keep.</source>
        <translation>Il n&apos;y a aucune connexion terminée à conserver.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonClient</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 n&apos;accepte plus la connexion de ce compte&#xa0;: l&apos;application a été retirée du compte ou son accès a été révoqué. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>%1 is still processing the attached media; Starling will send it again shortly.</source>
        <translation>%1 traite encore le média joint&#xa0;; Starling le renverra sous peu.</translation>
    </message>
    <message>
        <source>This is not a Mastodon page token.</source>
        <translation>Ceci n&apos;est pas un jeton de page Mastodon.</translation>
    </message>
    <message>
        <source>This is not a Mastodon conversation id.</source>
        <translation>Ceci n&apos;est pas un identifiant de conversation Mastodon.</translation>
    </message>
    <message>
        <source>This is not a Mastodon cursor.</source>
        <translation>Ceci n&apos;est pas un curseur Mastodon.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon account.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un compte Mastodon.</translation>
    </message>
    <message>
        <source>A message needs text or media.</source>
        <translation>Un message privé doit contenir du texte ou un média.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per message.</source>
        <translation>
            <numerusform>%1 autorise %n média par message privé.</numerusform>
            <numerusform>%1 autorise %n médias par message privé.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon media id.</source>
        <translation>Ceci n&apos;est pas un identifiant de média Mastodon.</translation>
    </message>
    <message>
        <source>A private message on Mastodon needs at least one other person.</source>
        <translation>Un message privé sur Mastodon doit avoir au moins un autre destinataire.</translation>
    </message>
    <message>
        <source>With the mentions of everyone in the conversation, the message is too long: %1</source>
        <translation>Avec les mentions de tous les participants à la conversation, le message est trop long&#xa0;: %1</translation>
    </message>
    <message>
        <source>A private message needs a conversation or recipients.</source>
        <translation>Un message privé doit avoir une conversation ou des destinataires.</translation>
    </message>
    <message>
        <source>This is not a Mastodon account id.</source>
        <translation>Ceci n&apos;est pas un identifiant de compte Mastodon.</translation>
    </message>
    <message>
        <source>A post needs text or media.</source>
        <translation>Un message doit contenir du texte ou un média.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per post.</source>
        <translation>
            <numerusform>%1 autorise %n média par message.</numerusform>
            <numerusform>%1 autorise %n médias par message.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon status id.</source>
        <translation>Ceci n&apos;est pas un identifiant de message Mastodon.</translation>
    </message>
    <message>
        <source>Mastodon sent a status Starling could not read.</source>
        <translation>Mastodon a envoyé un message que Starling n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The account&apos;s Mastodon id is not known yet; sign in again.</source>
        <translation>L&apos;identifiant Mastodon du compte n&apos;est pas encore connu&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>%1 does not accept files of this type (%2).</source>
        <translation>%1 n&apos;accepte pas les fichiers de ce type (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for %2: the limit for this type is %3 MB.</source>
        <translation>%1 est trop volumineux pour %2&#xa0;: la limite pour ce type est de %3&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Le fichier a changé pendant sa lecture.</translation>
    </message>
    <message>
        <source>%1 took too long to process the file.</source>
        <translation>%1 a mis trop de temps à traiter le fichier.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 a envoyé une réponse que Starling n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The Mastodon server sent an answer Starling could not read (%1).</source>
        <translation>Le serveur Mastodon a envoyé une réponse que Starling n&apos;a pas pu lire (%1).</translation>
    </message>
    <message>
        <source>An item from Mastodon was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Un élément de Mastodon a été ignoré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a status without an id, author, time, content or visibility</source>
        <translation>un message sans identifiant, auteur, date, contenu ou visibilité</translation>
    </message>
    <message>
        <source>status %1 with unreadable fields</source>
        <translation>le message %1, dont des champs sont illisibles</translation>
    </message>
    <message>
        <source>a media attachment of status %1 without an id or type</source>
        <translation>un média joint au message %1, sans identifiant ni type</translation>
    </message>
    <message>
        <source>a conversation without an id or accounts</source>
        <translation>une conversation sans identifiant ni comptes</translation>
    </message>
    <message>
        <source>conversation %1 whose last status has no id</source>
        <translation>la conversation %1, dont le dernier message n&apos;a pas d&apos;identifiant</translation>
    </message>
    <message>
        <source>a participant without an id or name</source>
        <translation>un participant sans identifiant ni nom</translation>
    </message>
    <message>
        <source>conversation %1 whose last status is not private</source>
        <translation>la conversation %1, dont le dernier message n&apos;est pas privé</translation>
    </message>
    <message>
        <source>a notification without an id or type</source>
        <translation>une notification sans identifiant ni type</translation>
    </message>
    <message>
        <source>mention %1 without its status</source>
        <translation>la mention %1, sans son message</translation>
    </message>
    <message>
        <source>mention %1 by an unreadable account</source>
        <translation>la mention %1, par un compte illisible</translation>
    </message>
</context>
<context>
    <name>starling::MastodonRegistration</name>
    <message>
        <source>Type the address of your Mastodon server, for example mastodon.social.</source>
        <translation>Saisissez l&apos;adresse de votre serveur Mastodon, par exemple mastodon.social.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a Mastodon server.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;adresse d&apos;un serveur Mastodon.</translation>
    </message>
    <message>
        <source>Mastodon servers are reached over https only.</source>
        <translation>Les serveurs Mastodon ne sont joignables qu&apos;en https.</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses on another server.</source>
        <translation>%1 indique des adresses de connexion sur un autre serveur.</translation>
    </message>
    <message>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>Aucun port local n&apos;est libre pour recevoir le retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonSignIn</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>En attente de votre autorisation pour Starling dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Connecté. Lecture du compte…</translation>
    </message>
</context>
<context>
    <name>starling::MessageDelegate</name>
    <message>
        <source>🕓 queued</source>
        <translation>🕓 en file d&apos;attente</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation>✓ envoyé</translation>
    </message>
    <message>
        <source>! failed</source>
        <translation>! échec</translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation>
            <numerusform>📎 %n pièce jointe</numerusform>
            <numerusform>📎 %n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>? could not verify, check before sending again</source>
        <translation>? non vérifié, contrôlez avant de renvoyer</translation>
    </message>
</context>
<context>
    <name>starling::MessageListModel</name>
    <message>
        <source>%1 wrote, %2: %3</source>
        <extracomment>Read aloud for a received message: %1 the sender, %2 the time, %3 the text.</extracomment>
        <translation>%1 a écrit, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Perhaps sent: check before sending again</source>
        <translation>Peut-être envoyé&#xa0;: vérifiez avant de renvoyer</translation>
    </message>
    <message>
        <source>You wrote, %1 (%2): %3</source>
        <extracomment>Read aloud for a message we sent: %1 the time, %2 whether it arrived, %3 the text.</extracomment>
        <translation>Vous avez écrit, %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>starling::NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Nouveau post</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Publier depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <translation>Comptes depuis lesquels publier</translation>
    </message>
    <message>
        <source>What would you like to share?</source>
        <translation>Qu&apos;avez-vous envie de partager&#xa0;?</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>📎 Attach…</source>
        <translation>📎 Joindre…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Images et vidéos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Not posted from %1, your post is kept: %2</source>
        <translation>Non publié depuis %1, votre post est conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tick each account the post goes out from.</source>
        <translation>Cochez chaque compte depuis lequel le post part.</translation>
    </message>
    <message>
        <source>The text of the new post; the counters below show what is left.</source>
        <translation>Le texte du nouveau post ; les compteurs en dessous indiquent ce qui reste.</translation>
    </message>
    <message>
        <source>Add an image or a video to the post</source>
        <translation>Ajouter une image ou une vidéo au post</translation>
    </message>
    <message>
        <source>Post from every ticked account</source>
        <translation>Publier depuis chaque compte coché</translation>
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
        <translation>Starling se connecte à X via votre propre application de développeur X, afin que vos messages ne circulent qu&apos;entre cet ordinateur et X.
1. Ouvrez la X Developer Console sur https://console.x.com et créez une application (ou choisissez-en une existante).
2. Dans les paramètres d&apos;authentification utilisateur (User authentication settings) de l&apos;application, activez OAuth 2.0, choisissez le type d&apos;application «&#xa0;Native App&#xa0;» et les autorisations «&#xa0;Read and write and Direct message&#xa0;».
3. Ajoutez cette URL de rappel (Callback URL) exactement comme indiqué, sans barre oblique finale&#xa0;: %1
4. Enregistrez, puis copiez le Client ID OAuth 2.0 de l&apos;application (ni la clé d&apos;API, ni un secret client&#xa0;: une Native App n&apos;en a pas) et collez-le ici.</translation>
    </message>
    <message>
        <source>The client ID is missing or not valid. Copy the OAuth 2.0 Client ID of your app exactly as the developer site shows it.</source>
        <translation>Le Client ID est manquant ou non valide. Copiez le Client ID OAuth 2.0 de votre application exactement tel que le site pour développeurs l&apos;affiche.</translation>
    </message>
    <message>
        <source>The sign-in addresses of this server are not valid.</source>
        <translation>Les adresses de connexion de ce serveur ne sont pas valides.</translation>
    </message>
    <message>
        <source>The callback path must begin with “/”.</source>
        <translation>Le chemin de rappel doit commencer par « / ».</translation>
    </message>
</context>
<context>
    <name>starling::OAuthLoopbackFlow</name>
    <message numerus="yes">
        <source>The sign-in to %1 was not finished within %n minute(s). Please try again.</source>
        <translation>
            <numerusform>La connexion à %1 n&apos;a pas été terminée en %n minute. Veuillez réessayer.</numerusform>
            <numerusform>La connexion à %1 n&apos;a pas été terminée en %n minutes. Veuillez réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in was already used; start a new one.</source>
        <translation>Cette connexion a déjà été utilisée&#xa0;; lancez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on port %2 of this computer (%3). Close the program that uses this port and try again, or register a callback URL with another port for your app.</source>
        <translation>Starling n&apos;a pas pu attendre la réponse de %1 sur le port %2 de cet ordinateur (%3). Fermez le programme qui utilise ce port et réessayez, ou enregistrez pour votre application une URL de rappel avec un autre port.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on this computer (%2).</source>
        <translation>Starling n&apos;a pas pu attendre la réponse de %1 sur cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Starling.</source>
        <translation>La connexion a été annulée dans Starling.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start the sign-in again from Starling.</source>
        <translation>Ce lien de connexion a déjà été utilisé. Relancez la connexion depuis Starling.</translation>
    </message>
    <message>
        <source>The answer did not belong to the sign-in Starling started, so it was refused for your safety.</source>
        <translation>La réponse ne correspondait pas à la connexion lancée par Starling&#xa0;; elle a donc été refusée pour votre sécurité.</translation>
    </message>
    <message>
        <source>Access to your %1 account was not granted, so Starling is not signed in. %1 said: “%2”</source>
        <translation>L&apos;accès à votre compte %1 n&apos;a pas été accordé&#xa0;; Starling n&apos;est donc pas connecté. Réponse de %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now; try again later. %1 said: “%2”</source>
        <translation>%1 n&apos;a pas pu terminer la connexion pour le moment&#xa0;; réessayez plus tard. Réponse de %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Check the client ID, and that the app&apos;s callback URL is exactly %2. %1 said: “%3”</source>
        <translation>%1 a refusé la demande de connexion. Vérifiez le Client ID, et que l&apos;URL de rappel de l&apos;application est exactement %2. Réponse de %1&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The answer from %1 did not contain a sign-in code.</source>
        <translation>La réponse de %1 ne contenait pas de code de connexion.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again.</source>
        <translation>%1 n&apos;a pas accepté le code de connexion. Un code ne fonctionne qu&apos;une seule fois et pendant peu de temps (30 secondes sur X)&#xa0;; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again. %1 said: “%2”</source>
        <translation>%1 n&apos;a pas accepté le code de connexion. Un code ne fonctionne qu&apos;une seule fois et pendant peu de temps (30 secondes sur X)&#xa0;; veuillez vous reconnecter. Réponse de %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Signed in – Starling</source>
        <translation>Connecté – Starling</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Vous êtes connecté à %1</translation>
    </message>
    <message>
        <source>Starling has what it needs. You can close this tab and go back to Starling.</source>
        <translation>Starling a ce qu&apos;il lui faut. Vous pouvez fermer cet onglet et revenir à Starling.</translation>
    </message>
    <message>
        <source>Sign-in failed – Starling</source>
        <translation>Échec de la connexion – Starling</translation>
    </message>
    <message>
        <source>Starling could not sign in to %1</source>
        <translation>Starling n&apos;a pas pu se connecter à %1</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Starling.</source>
        <translation>Vous pouvez fermer cet onglet et réessayer depuis Starling.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. %1 said: “%2”</source>
        <translation>%1 a refusé la demande de connexion. %1 a répondu : « %2 »</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 a envoyé une réponse que Starling n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The answer did not come from %1, so it was refused for your safety.</source>
        <translation>La réponse ne venait pas de %1 ; elle a donc été refusée pour votre sécurité.</translation>
    </message>
</context>
<context>
    <name>starling::OAuthTokenEndpoint</name>
    <message>
        <source>%1 answered the sign-in with something Starling could not use.</source>
        <extracomment>%1 is the network&apos;s name, e.g. &quot;Mastodon&quot;</extracomment>
        <translation>%1 a répondu à la connexion par quelque chose que Starling ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with something Starling could not use.</source>
        <translation>Le serveur a répondu à la connexion par quelque chose que Starling ne peut pas utiliser.</translation>
    </message>
</context>
<context>
    <name>starling::OnboardingView</name>
    <message>
        <source>Welcome to Starling</source>
        <translation>Bienvenue dans Starling</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>One inbox for the direct messages and mentions of every account you run on X, Mastodon and Bluesky. It works offline, searches everything as you type, and keeps your sign-in in the system keychain only.

Add an account to begin, or look around first in the demo: a sandbox network with made-up customers, in a profile that is thrown away when you close it.</source>
        <translation>Une seule boîte de réception pour les messages privés et les mentions de tous les comptes que vous gérez sur X, Mastodon et Bluesky. Elle fonctionne hors ligne, recherche dans tout au fil de la saisie, et ne conserve votre connexion que dans le trousseau du système.

Ajoutez un compte pour commencer, ou faites d&apos;abord un tour dans la démo : un réseau bac à sable avec des clients fictifs, dans un profil supprimé dès que vous le fermez.</translation>
    </message>
</context>
<context>
    <name>starling::Outbox</name>
    <message>
        <source>An outgoing message needs a client key.</source>
        <translation>Un message sortant doit avoir une clé client.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>A reply needs the post it answers.</source>
        <translation>Une réponse doit avoir le post auquel elle répond.</translation>
    </message>
    <message>
        <source>A direct message needs someone to go to.</source>
        <translation>Un message privé doit avoir un destinataire.</translation>
    </message>
    <message>
        <source>There is no failed message to send again.</source>
        <translation>Il n&apos;y a aucun message en échec à renvoyer.</translation>
    </message>
    <message>
        <source>The retry could not be saved.</source>
        <translation>La nouvelle tentative n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Someone else answered at %1, after you opened this conversation: “%2”. Send again to send yours as well.</source>
        <translation>Quelqu’un d’autre a répondu à %1, après que vous avez ouvert cette conversation : « %2 ». Envoyez à nouveau pour envoyer aussi la vôtre.</translation>
    </message>
</context>
<context>
    <name>starling::Pipeline</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
</context>
<context>
    <name>starling::PipelineDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Modifier les étapes</translation>
    </message>
    <message>
        <source>&amp;Stages of the pipeline, in order:</source>
        <translation>É&amp;tapes du pipeline, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The stages of the pipeline in order; press F2 or double-click a stage to rename it</source>
        <translation>Les étapes du pipeline dans l&apos;ordre&#xa0;; appuyez sur F2 ou double-cliquez sur une étape pour la renommer</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add a stage after the selected one, and name it</source>
        <translation>Ajouter une étape après celle sélectionnée et la nommer</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected stage; the people in it will have no stage</source>
        <translation>Retirer l&apos;étape sélectionnée&#xa0;; les personnes qui s&apos;y trouvent n&apos;auront plus d&apos;étape</translation>
    </message>
    <message>
        <source>Move the stage up</source>
        <translation>Monter l&apos;étape</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier in the pipeline</source>
        <translation>Avancer l&apos;étape sélectionnée d&apos;une place dans le pipeline</translation>
    </message>
    <message>
        <source>Move the stage down</source>
        <translation>Descendre l&apos;étape</translation>
    </message>
    <message>
        <source>Move the selected stage one place later in the pipeline</source>
        <translation>Reculer l&apos;étape sélectionnée d&apos;une place dans le pipeline</translation>
    </message>
    <message>
        <source>Problem with the stages</source>
        <translation>Problème avec les étapes</translation>
    </message>
    <message>
        <source>Save the stages</source>
        <translation>Enregistrer les étapes</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>Annuler sans rien modifier</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Nouvelle étape %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in “%1”. They will have no stage.</source>
        <translation>
            <numerusform>%n personne est à l&apos;étape «&#xa0;%1&#xa0;». Elle n&apos;aura plus d&apos;étape.</numerusform>
            <numerusform>%n personnes sont à l&apos;étape «&#xa0;%1&#xa0;». Elles n&apos;auront plus d&apos;étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>Retirer une étape</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stage %1 has no name: give it one.</source>
        <translation>L&apos;étape %1 n&apos;a pas de nom&#xa0;: donnez-lui-en un.</translation>
    </message>
    <message>
        <source>“%1” is too long: a stage&apos;s name has at most %2 characters.</source>
        <translation>«&#xa0;%1&#xa0;» est trop long&#xa0;: le nom d&apos;une étape compte au plus %2 caractères.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already: “%2” is the same name. Give each stage a name of its own.</source>
        <translation>Il existe déjà une étape «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est le même nom. Donnez à chaque étape un nom qui lui est propre.</translation>
    </message>
    <message>
        <source>“%1” was the name of another stage until now: press OK first, then rename this stage to it.</source>
        <translation>«&#xa0;%1&#xa0;» était jusqu&apos;ici le nom d&apos;une autre étape&#xa0;: appuyez d&apos;abord sur OK, puis renommez cette étape ainsi.</translation>
    </message>
    <message>
        <source>The stages changed elsewhere while this window was open; nothing was saved. Cancel and edit them again.</source>
        <translation>Les étapes ont été modifiées ailleurs pendant que cette fenêtre était ouverte&#xa0;; rien n&apos;a été enregistré. Annulez et modifiez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>starling::Profile</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Le dossier de profil %1 n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>starling::ProfilePane</name>
    <message>
        <source>Conversations with you</source>
        <translation>Conversations avec vous</translation>
    </message>
    <message>
        <source>Conversations with this person</source>
        <translation>Conversations avec cette personne</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Only on this computer; never sent anywhere</source>
        <translation>Uniquement sur cet ordinateur&#xa0;; jamais envoyée nulle part</translation>
    </message>
    <message>
        <source>Anything worth remembering about this person…</source>
        <translation>Tout ce qui mérite d&apos;être retenu sur cette personne…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Personne n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 sur %2</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln abonné</numerusform>
            <numerusform>%Ln abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conversation with this person; choose one to open it</source>
        <translation>Toutes les conversations avec cette personne ; choisissez-en une pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Only you and your team see this note</source>
        <translation>Seuls vous et votre équipe voyez cette note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>A note for the timeline…</source>
        <translation>Une note pour la chronologie…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A note with today&apos;s date, added to this person&apos;s timeline</source>
        <translation>Une note datée d&apos;aujourd&apos;hui, ajoutée à la chronologie de cette personne</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note to this person&apos;s timeline</source>
        <translation>Ajouter la note à la chronologie de cette personne</translation>
    </message>
    <message>
        <source>Adds the note to this person&apos;s timeline, with the time</source>
        <translation>Ajoute la note à la chronologie de cette personne, avec l&apos;heure</translation>
    </message>
    <message>
        <source>Messages, notes, stage changes, ratings and rules with this person, newest first; choose a message to open its conversation</source>
        <translation>Messages, notes, changements d&apos;étape, notes de satisfaction et règles concernant cette personne, les plus récents d&apos;abord&#xa0;; choisissez un message pour ouvrir sa conversation</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show older entries of the timeline</source>
        <translation>Afficher les éléments plus anciens de la chronologie</translation>
    </message>
    <message numerus="yes">
        <source>Shows the next %n older entries of the timeline</source>
        <translation>
            <numerusform>Affiche %n élément plus ancien de la chronologie</numerusform>
            <numerusform>Affiche %n éléments plus anciens de la chronologie</numerusform>
        </translation>
    </message>
    <message>
        <source>On the networks</source>
        <translation>Sur les réseaux</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Split the chosen identity off into a person of its own</source>
        <translation>Détacher l&apos;identité choisie pour en faire une personne à part</translation>
    </message>
    <message>
        <source>Splits the chosen identity off this person into a person of its own</source>
        <translation>Détache l&apos;identité choisie de cette personne pour en faire une personne à part</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>This person&apos;s handles on every network</source>
        <translation>Les pseudos de cette personne sur chaque réseau</translation>
    </message>
    <message>
        <source>Link to another person…</source>
        <translation>Lier à une autre personne…</translation>
    </message>
    <message>
        <source>Find another person who is the same one, and bring their identities here</source>
        <translation>Trouver une autre personne identique à celle-ci, et rattacher ses identités ici</translation>
    </message>
    <message>
        <source>Opens a search for another person to link with this one</source>
        <translation>Ouvre une recherche pour lier une autre personne à celle-ci</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Stored when you press Enter or leave the field; empty clears it</source>
        <translation>Enregistré quand vous appuyez sur Entrée ou quittez le champ&#xa0;; vide, il est effacé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Where this person is in your pipeline; every change is kept in the timeline</source>
        <translation>L&apos;étape de cette personne dans votre pipeline&#xa0;; chaque changement est conservé dans la chronologie</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>Nom du nouveau champ</translation>
    </message>
    <message>
        <source>The name of a field of your own, such as “Customer number”</source>
        <translation>Le nom d&apos;un champ personnalisé, comme «&#xa0;Numéro client&#xa0;»</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>Valeur du nouveau champ</translation>
    </message>
    <message>
        <source>What the new field holds for this person</source>
        <translation>Ce que contient le nouveau champ pour cette personne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the field to this person</source>
        <translation>Ajouter le champ à cette personne</translation>
    </message>
    <message>
        <source>Adds the new field to this person</source>
        <translation>Ajoute le nouveau champ à cette personne</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove one of the tags</source>
        <translation>Retirer l&apos;une des étiquettes</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Choose a tag to take off this person</source>
        <translation>Choisissez une étiquette à retirer de cette personne</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to this person</source>
        <translation>Saisissez une étiquette et appuyez sur Entrée pour l&apos;ajouter à cette personne</translation>
    </message>
    <message>
        <source>@%1 on %2, talking with your account @%3</source>
        <translation>@%1 sur %2, en échange avec votre compte @%3</translation>
    </message>
    <message>
        <source>A field of your own; stored when you leave it, and removed when empty</source>
        <translation>Un champ personnalisé&#xa0;; enregistré quand vous le quittez, et supprimé s&apos;il est vide</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Sans étape</translation>
    </message>
    <message>
        <source>In no stage of the pipeline</source>
        <translation>À aucune étape du pipeline</translation>
    </message>
    <message>
        <source>In “%1” since %2</source>
        <translation>À l&apos;étape «&#xa0;%1&#xa0;» depuis %2</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>Cette personne ne fait plus partie de vos contacts.</translation>
    </message>
    <message>
        <source>A new field needs a name and a value.</source>
        <translation>Un nouveau champ doit avoir un nom et une valeur.</translation>
    </message>
</context>
<context>
    <name>starling::ProviderClient</name>
    <message>
        <source>%1 has no message requests to accept.</source>
        <translation>%1 n’a pas de demandes de message à accepter.</translation>
    </message>
</context>
<context>
    <name>starling::RefreshLock</name>
    <message>
        <source>Another Starling program (process %1) is renewing the sign-in to %2 and has not finished. Starling will try again later.</source>
        <translation>Une autre instance de Starling (processus %1) renouvelle la connexion à %2 et n&apos;a pas terminé. Starling réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>starling::ReportsDialog</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Première réponse (médiane)</translation>
    </message>
    <message>
        <source>Response (median)</source>
        <translation>Réponse (médiane)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(compte supprimé)</translation>
    </message>
    <message>
        <source>Median response time, week by week</source>
        <translation>Temps de réponse médian, semaine par semaine</translation>
    </message>
    <message>
        <source>Feedback rating, week by week</source>
        <translation>Note de satisfaction, semaine par semaine</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from customers in this period.</source>
        <translation>
            <numerusform>%n demande de clients sur cette période.</numerusform>
            <numerusform>%n demandes de clients sur cette période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average feedback: %1 ★ from %n rating(s).</source>
        <translation>
            <numerusform>Satisfaction moyenne&#xa0;: %1 ★ sur %n note.</numerusform>
            <numerusform>Satisfaction moyenne&#xa0;: %1 ★ sur %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback ratings yet.</source>
        <translation>Aucune note de satisfaction pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The report could not be worked out: %1</source>
        <translation>Le rapport n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response times per account</source>
        <translation>Temps de réponse par compte</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The days the report counts</source>
        <translation>Les jours que le rapport compte</translation>
    </message>
    <message>
        <source>The account the report counts</source>
        <translation>Le compte que le rapport compte</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>Ne compter que les conversations avec cette étiquette</translation>
    </message>
    <message>
        <source>First and typical response times, answered and waiting conversations</source>
        <translation>Premiers délais et délais habituels de réponse, conversations répondues et sans réponse</translation>
    </message>
</context>
<context>
    <name>starling::Rule</name>
    <message>
        <source>The rule cannot be used: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;it has no action&quot; (translated on its own, in lower case)</extracomment>
        <translation>La règle ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown trigger “%1”</source>
        <translation>déclencheur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression</source>
        <translation>le motif n&apos;est pas une expression régulière valide</translation>
    </message>
    <message>
        <source>a keyword rule needs keywords or a pattern</source>
        <translation>une règle par mots-clés doit avoir des mots-clés ou un motif</translation>
    </message>
    <message>
        <source>unknown network</source>
        <translation>réseau inconnu</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>action inconnue</translation>
    </message>
    <message>
        <source>an action is missing its text</source>
        <translation>il manque le texte d&apos;une action</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>elle n&apos;a aucune action</translation>
    </message>
</context>
<context>
    <name>starling::RuleEditorDialog</name>
    <message>
        <source>Direct messages</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Modifier la règle</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>refund, order, broken</source>
        <translation>remboursement, commande, cassé</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>Mots-clés (au moins un)</translation>
    </message>
    <message>
        <source>or a pattern, e.g. #\d{4}</source>
        <translation>ou un motif, p. ex. #\d{4}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>any (e.g. en)</source>
        <translation>toutes (p. ex. fr)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation>Nombre minimal d&apos;abonnés</translation>
    </message>
    <message>
        <source>Only if tagged</source>
        <translation>Seulement avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add an action ▾</source>
        <translation>Ajouter une action ▾</translation>
    </message>
    <message>
        <source>Reply by DM…</source>
        <translation>Répondre par MP…</translation>
    </message>
    <message>
        <source>Reply in public…</source>
        <translation>Répondre en public…</translation>
    </message>
    <message>
        <source>Send a saved reply…</source>
        <translation>Envoyer une réponse enregistrée…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Ask for feedback (1–5)…</source>
        <translation>Demander une note (1–5)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit suffix of a spin box: hours, with a leading space if the language puts one</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>Test on the last 30 days</source>
        <translation>Tester sur les 30 derniers jours</translation>
    </message>
    <message>
        <source>This rule cannot be saved</source>
        <translation>Impossible d&apos;enregistrer cette règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text (placeholders: {first_name}, {name}, {handle}, {my_name}):</source>
        <translation>Texte (variables&#xa0;: {first_name}, {name}, {handle}, {my_name})&#xa0;:</translation>
    </message>
    <message>
        <source>Thanks, {first_name}! How did we do? Reply with a number from 1 to 5.</source>
        <translation>Merci, {first_name}&#xa0;! Comment nous sommes-nous débrouillés&#xa0;? Répondez par une note de 1 à 5.</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <source>Short name of the saved reply:</source>
        <translation>Nom court de la réponse enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Attribuer à&#xa0;:</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Donnez un nom à la règle.</translation>
    </message>
    <message>
        <source>This rule cannot be tested yet</source>
        <translation>Impossible de tester cette règle pour l&apos;instant</translation>
    </message>
    <message>
        <source>Over the last 30 days this rule would have done nothing.</source>
        <translation>Sur les 30 derniers jours, cette règle n&apos;aurait rien fait.</translation>
    </message>
    <message>
        <source>• to %1: %2</source>
        <translation>• à %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days this rule would have acted %n time(s). Nothing was sent.</source>
        <translation>
            <numerusform>Sur les 30 derniers jours, cette règle aurait agi %n fois. Rien n&apos;a été envoyé.</numerusform>
            <numerusform>Sur les 30 derniers jours, cette règle aurait agi %n fois. Rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test of “%1”</source>
        <translation>Test de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>On</source>
        <comment>the rule is enabled</comment>
        <translation>Activée</translation>
    </message>
    <message>
        <source>When</source>
        <comment>rule trigger</comment>
        <extracomment>Label of the trigger: when the rule runs (&quot;When: a conversation is marked done&quot;)</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>business hours</comment>
        <extracomment>Label of the business hours&apos; opening and closing time</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>On</source>
        <comment>weekdays</comment>
        <extracomment>Label of the row of weekday checkboxes: the days the business is open</extracomment>
        <translation>Jours</translation>
    </message>
    <message>
        <source>For</source>
        <comment>message kinds</comment>
        <extracomment>Label of the message kinds the rule applies to (checkboxes &quot;DMs&quot; and &quot;Mentions&quot;)</extracomment>
        <translation>Pour</translation>
    </message>
    <message>
        <source>any</source>
        <comment>followers</comment>
        <extracomment>Spin box value 0 of &quot;At least this many followers&quot;: no minimum</extracomment>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>any</source>
        <comment>tag</comment>
        <extracomment>Placeholder of &quot;Only if tagged&quot;: empty means any tag or none</extracomment>
        <translation>indifférente</translation>
    </message>
    <message>
        <source>Then:</source>
        <comment>rule actions</comment>
        <extracomment>Heading of the rule&apos;s list of actions: what the rule does</extracomment>
        <translation>Alors :</translation>
    </message>
    <message>
        <source>Shortest time between automatic messages to one person</source>
        <extracomment>Followed by a number of hours: the shortest time between two automatic messages to one person</extracomment>
        <translation>Délai minimal entre deux messages automatiques à une même personne</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Étiqueter</translation>
    </message>
</context>
<context>
    <name>starling::RulesDialog</name>
    <message>
        <source>Reply by DM: %1</source>
        <translation>Répondre par MP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reply in public: %1</source>
        <translation>Répondre en public&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved reply /%1, in public</source>
        <translation>Réponse enregistrée /%1, en public</translation>
    </message>
    <message>
        <source>Saved reply /%1, by DM</source>
        <translation>Réponse enregistrée /%1, par MP</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme traitée</translation>
    </message>
    <message>
        <source>Feedback survey: %1</source>
        <translation>Enquête de satisfaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone writes a DM for the first time</source>
        <translation>Quelqu&apos;un envoie un MP pour la première fois</translation>
    </message>
    <message>
        <source>A DM or mention contains keywords</source>
        <translation>Un MP ou une mention contient des mots-clés</translation>
    </message>
    <message>
        <source>A DM or mention arrives outside business hours</source>
        <translation>Un MP ou une mention arrive en dehors des heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>A conversation is marked done</source>
        <translation>Une conversation est marquée comme traitée</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Nouvelle règle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>Ce qu&apos;ont fait les règles</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation>Supprimer cette règle&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — illisible</translation>
    </message>
    <message>
        <source>No rule has done anything yet.</source>
        <translation>Aucune règle n&apos;a encore agi.</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Message de bienvenue</translation>
    </message>
    <message>
        <source>“%1” sent a DM to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the message sent</extracomment>
        <translation>« %1 » a envoyé un MP à %2 : %3</translation>
    </message>
    <message>
        <source>“%1” replied in public to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reply posted</extracomment>
        <translation>« %1 » a répondu en public à %2 : %3</translation>
    </message>
    <message>
        <source>“%1” sent a feedback survey to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the survey&apos;s question</extracomment>
        <translation>« %1 » a envoyé une enquête de satisfaction à %2 : %3</translation>
    </message>
    <message>
        <source>“%1” tagged the conversation with %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the tag</extracomment>
        <translation>« %1 » a ajouté l&apos;étiquette %3 à la conversation avec %2</translation>
    </message>
    <message>
        <source>“%1” assigned the conversation with %2 to %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the teammate</extracomment>
        <translation>« %1 » a attribué la conversation avec %2 à %3</translation>
    </message>
    <message>
        <source>“%1” marked the conversation with %2 done.</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person</extracomment>
        <translation>« %1 » a marqué la conversation avec %2 comme traitée.</translation>
    </message>
    <message>
        <source>“%1” could not mark the conversation with %2 done. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the error, a whole sentence</extracomment>
        <translation>« %1 » n&apos;a pas pu marquer la conversation avec %2 comme traitée. %3</translation>
    </message>
    <message>
        <source>“%1” sent nothing to %2. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reason, a whole sentence</extracomment>
        <translation>« %1 » n&apos;a rien envoyé à %2. %3</translation>
    </message>
    <message>
        <source>Tick a rule to turn it on; choose one to edit it</source>
        <translation>Cochez une règle pour l&apos;activer ; choisissez-en une pour la modifier</translation>
    </message>
    <message>
        <source>Make a new rule</source>
        <translation>Créer une nouvelle règle</translation>
    </message>
    <message>
        <source>Change the chosen rule</source>
        <translation>Modifier la règle choisie</translation>
    </message>
    <message>
        <source>Delete the chosen rule</source>
        <translation>Supprimer la règle choisie</translation>
    </message>
    <message>
        <source>The newest first: what each rule sent or changed, and what it skipped</source>
        <translation>Les plus récentes d&apos;abord : ce que chaque règle a envoyé ou modifié, et ce qu&apos;elle a ignoré</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplies</name>
    <message>
        <source>A short name is one word of up to 32 letters, digits, - or _.</source>
        <translation>Un nom court est un seul mot de 32 lettres, chiffres, - ou _ au maximum.</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>Une réponse enregistrée doit contenir du texte.</translation>
    </message>
    <message>
        <source>There is already a saved reply called /%1.</source>
        <translation>Une réponse enregistrée nommée /%1 existe déjà.</translation>
    </message>
    <message>
        <source>This saved reply does not fit here: %1</source>
        <translation>Cette réponse enregistrée ne convient pas ici&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>Type / and this name in the compose box to insert the reply</source>
        <translation>Tapez / suivi de ce nom dans la zone de rédaction pour insérer la réponse</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Hi {first_name}, …</source>
        <translation>Bonjour {first_name}, …</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>Supprimer cette réponse enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will be gone.</source>
        <translation>%1 sera supprimée.</translation>
    </message>
    <message>
        <source>Choose a saved reply to edit it</source>
        <translation>Choisissez une réponse enregistrée pour la modifier</translation>
    </message>
    <message>
        <source>Write a new saved reply</source>
        <translation>Écrire une nouvelle réponse enregistrée</translation>
    </message>
    <message>
        <source>Delete the chosen saved reply</source>
        <translation>Supprimer la réponse enregistrée choisie</translation>
    </message>
    <message>
        <source>What the list of saved replies shows</source>
        <translation>Ce qu&apos;affiche la liste des réponses enregistrées</translation>
    </message>
    <message>
        <source>The reply as it is inserted; placeholders are filled in then</source>
        <translation>La réponse telle qu&apos;elle sera insérée ; les champs sont remplis à ce moment</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplyPicker</name>
    <message>
        <source>Saved replies: type to filter</source>
        <translation>Réponses enregistrées&#xa0;: tapez pour filtrer</translation>
    </message>
    <message>
        <source>Filter saved replies</source>
        <translation>Filtrer les réponses enregistrées</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No saved replies yet: add them with Tools → Saved replies…</source>
        <translation>Aucune réponse enregistrée pour l&apos;instant : ajoutez-en avec Outils → Réponses enregistrées…</translation>
    </message>
    <message>
        <source>Enter inserts the chosen reply</source>
        <translation>Entrée insère la réponse choisie</translation>
    </message>
</context>
<context>
    <name>starling::SearchResultDelegate</name>
    <message>
        <source>You wrote</source>
        <extracomment>Above a search result: the message was sent by the user</extracomment>
        <translation>Vous avez écrit</translation>
    </message>
    <message>
        <source>They wrote</source>
        <extracomment>Above a search result: the message was sent by the other person in the conversation</extracomment>
        <translation>On vous a écrit</translation>
    </message>
</context>
<context>
    <name>starling::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Add an account to choose its notifications.</source>
        <translation>Ajoutez un compte pour choisir ses notifications.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds, with a leading space if the language puts one</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Starling never asks a network more often than its rate limit allows.</source>
        <translation>Starling n&apos;interroge jamais un réseau plus souvent que sa limite de requêtes ne le permet.</translation>
    </message>
    <message>
        <source>Closing the window keeps Starling in the tray</source>
        <translation>Fermer la fenêtre laisse Starling dans la zone de notification</translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Data is kept on this computer</source>
        <translation>Les données restent sur cet ordinateur</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <translation>@%1 — %2</translation>
    </message>
    <message>
        <source>Remove @%1?</source>
        <translation>Retirer @%1&#xa0;?</translation>
    </message>
    <message>
        <source>Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored conversations?</source>
        <translation>Starling va oublier @%1 et supprimer sa connexion du trousseau. Que faire de ses conversations enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Check interval while a conversation is open</source>
        <translation>Intervalle de vérification quand une conversation est ouverte</translation>
    </message>
    <message>
        <source>Check interval otherwise</source>
        <translation>Intervalle de vérification dans les autres cas</translation>
    </message>
    <message>
        <source>Start Starling when I log in</source>
        <translation>Lancer Starling à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Starling starts hidden in the tray when you log in.</source>
        <translation>Starling démarre masqué dans la zone de notification à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Your accounts and whether each is signed in</source>
        <translation>Vos comptes et si chacun est connecté</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>Se connecter à un autre compte</translation>
    </message>
    <message>
        <source>Sign in again to the chosen account</source>
        <translation>Se reconnecter au compte choisi</translation>
    </message>
    <message>
        <source>Remove the chosen account and its messages from this computer</source>
        <translation>Retirer le compte choisi et ses messages de cet ordinateur</translation>
    </message>
    <message>
        <source>The name rules and your team assign conversations to you by: &quot;Mine&quot; shows those, and &quot;Take it&quot; (T) uses it</source>
        <translation>Le nom sous lequel les règles et votre équipe vous attribuent des conversations : « Les miennes » les affiche, et « La prendre » (T) l’utilise</translation>
    </message>
    <message>
        <source>Your name in assignments</source>
        <translation>Votre nom pour les attributions</translation>
    </message>
    <message>
        <source>Remove @%1 from this computer?</source>
        <translation>Retirer @%1 de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Starling will delete your sign-in to @%1 from this computer&apos;s keychain. The account and its conversations stay in the team workspace, where another agent&apos;s app may sync them.</source>
        <translation>Starling supprimera votre connexion à @%1 du trousseau de cet ordinateur. Le compte et ses conversations restent dans l&apos;espace d&apos;équipe, où l&apos;application d&apos;un autre agent peut les synchroniser.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>starling::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Next / previous conversation</source>
        <translation>Conversation suivante / précédente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the conversation and write</source>
        <translation>Ouvrir la conversation et écrire</translation>
    </message>
    <message>
        <source>Reply (in public on a mention)</source>
        <translation>Répondre (en public sur une mention)</translation>
    </message>
    <message>
        <source>Reply by direct message</source>
        <translation>Répondre par message privé</translation>
    </message>
    <message>
        <source>Mark done, or open again</source>
        <translation>Marquer comme traitée, ou rouvrir</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Ctrl+1 … 9</source>
        <translation>Ctrl+1 … 9</translation>
    </message>
    <message>
        <source>All accounts, then each account</source>
        <translation>Tous les comptes, puis chaque compte</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Nouveau post</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the profile pane</source>
        <translation>Afficher ou masquer le panneau du profil</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Table header of the shortcuts list: the key, and what pressing it does</extracomment>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>what the key does</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>Chaque touche et ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Maj+O</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Maj+R</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Take the conversation (assign it to yourself)</source>
        <translation>Prendre la conversation (vous l’attribuer)</translation>
    </message>
</context>
<context>
    <name>starling::SignInService</name>
    <message>
        <source>Starling cannot sign in to %1 accounts here.</source>
        <translation>Starling ne peut pas se connecter ici aux comptes %1.</translation>
    </message>
</context>
<context>
    <name>starling::Store</name>
    <message>
        <source>The account is not in the local database.</source>
        <translation>Le compte ne se trouve pas dans la base de données locale.</translation>
    </message>
    <message>
        <source>A snoozed conversation needs a time to return.</source>
        <translation>Une conversation mise en attente doit avoir une heure de retour.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>La conversation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Starling (database version %1; this version knows up to %2). Update Starling to open it. Nothing in the profile was changed.</source>
        <translation>Ce profil a été écrit par une version plus récente de Starling (version de base de données %1&#xa0;; cette version connaît jusqu&apos;à la %2). Mettez Starling à jour pour l&apos;ouvrir. Rien n&apos;a été modifié dans le profil.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>Le dossier de %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>La base de données %1 n&apos;a pas pu être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database has not been prepared yet.</source>
        <translation>La base de données n&apos;a pas encore été préparée.</translation>
    </message>
    <message>
        <source>This file is not a Starling database.</source>
        <translation>Ce fichier n&apos;est pas une base de données Starling.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is unreadable.</source>
        <translation>La version du schéma de la base de données est illisible.</translation>
    </message>
    <message>
        <source>A page from the server was not stored: %1</source>
        <translation>Une page du serveur n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation>La base de données locale a échoué (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The local database has no room left for messages dated %1 or later.</source>
        <translation>La base de données locale n&apos;a plus de place pour les messages datés du %1 ou après.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgres://user@host:5432/database.</source>
        <translation>%1 n’est pas une adresse PostgreSQL. Écrivez-la sous la forme postgres://utilisateur@hôte:5432/base.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Starling asks for it and keeps it in the system keychain.</source>
        <translation>Retirez le mot de passe de l’adresse : Starling le demande et le garde dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The team database %1 could not be opened: %2</source>
        <translation>La base de données d’équipe %1 n’a pas pu être ouverte : %2</translation>
    </message>
    <message>
        <source>The team has this account already, in an inbox you do not belong to. Ask the team&apos;s administrator to grant it to you: starling-cli team grant %1 %2:%3</source>
        <translation>L&apos;équipe a déjà ce compte, dans une boîte de réception dont vous ne faites pas partie. Demandez à la personne qui administre l&apos;équipe de vous y donner accès&#xa0;: starling-cli team grant %1 %2:%3</translation>
    </message>
    <message>
        <source>The team inbox in this database must be set up or brought up to date by its administrator, with a PostgreSQL role that may create roles (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</source>
        <translation>La boîte de réception d&apos;équipe de cette base de données doit être préparée ou mise à jour par la personne qui l&apos;administre, avec un rôle PostgreSQL autorisé à créer des rôles (CREATEROLE)&#xa0;: starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</translation>
    </message>
</context>
<context>
    <name>starling::StoredAccessToken</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 n&apos;accepte plus la connexion de ce compte&#xa0;: l&apos;application a été retirée du compte ou son accès a été révoqué. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>starling::SyncService</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Starling cannot talk to %1 accounts here.</source>
        <translation>Starling ne peut pas communiquer ici avec les comptes %1.</translation>
    </message>
    <message>
        <source>Starling is closing.</source>
        <translation>Starling est en cours de fermeture.</translation>
    </message>
</context>
<context>
    <name>starling::TeamWorkspace</name>
    <message>
        <source>The password of the team database %1 is not in the keychain (or the keychain is locked). Unlock the keychain, or join again: starling --team %1 (or starling-cli team join %1)</source>
        <translation>Le mot de passe de la base de données d&apos;équipe %1 ne se trouve pas dans le trousseau (ou le trousseau est verrouillé). Déverrouillez le trousseau, ou rejoignez-la de nouveau : starling --team %1 (ou starling-cli team join %1)</translation>
    </message>
</context>
<context>
    <name>starling::TextRules</name>
    <message>
        <source>The text is empty.</source>
        <translation>Le texte est vide.</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be posted (U+%1).</source>
        <translation>Le texte contient un caractère qui ne peut pas être publié (U+%1).</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) too long.</source>
        <translation>
            <numerusform>Le texte a %n caractère de trop.</numerusform>
            <numerusform>Le texte a %n caractères de trop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is %n byte(s) too long.</source>
        <translation>
            <numerusform>Le texte a %n octet de trop.</numerusform>
            <numerusform>Le texte a %n octets de trop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ThreadView</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Sélectionnez une conversation pour la lire ici.</translation>
    </message>
    <message>
        <source>Mark done, or open again (E)</source>
        <translation>Marquer comme traitée, ou rouvrir (E)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation>MP de groupe</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>MP</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Traitée</translation>
    </message>
    <message>
        <source>🏷 Tags</source>
        <translation>🏷 Étiquettes</translation>
    </message>
    <message>
        <source>Tag this conversation</source>
        <translation>Étiqueter cette conversation</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Give this conversation to someone on the team</source>
        <translation>Confier cette conversation à un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Who answers this conversation? (empty: no one)</source>
        <translation>Qui répond à cette conversation&#xa0;? (vide&#xa0;: personne)</translation>
    </message>
    <message>
        <source>👤 Assign</source>
        <translation>👤 Attribuer</translation>
    </message>
    <message>
        <source>👤 %1</source>
        <translation>👤 %1</translation>
    </message>
    <message>
        <source>Not sent, your message is kept: %1</source>
        <translation>Non envoyé, votre message est conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The conversation, oldest first</source>
        <translation>La conversation, les plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>✋ Take it</source>
        <translation>✋ La prendre</translation>
    </message>
    <message>
        <source>Make this conversation yours, unless someone on the team took it first (T)</source>
        <translation>Vous attribuer cette conversation, sauf si quelqu’un de l’équipe l’a prise avant (T)</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <extracomment>Another agent of the team (%1) writes an answer in this conversation now</extracomment>
        <translation>%1 est en train de répondre</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 consulte cette conversation</translation>
    </message>
    <message>
        <source>Move this conversation to your accepted chats without answering yet</source>
        <translation>Déplacer cette conversation vers vos discussions acceptées sans encore répondre</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Acceptation…</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Accepter la demande</translation>
    </message>
    <message>
        <source>%1 wrote to you first: this is a message request. Answering accepts it, or accept it now and answer later.</source>
        <translation>%1 vous a écrit en premier : c’est une demande de message. Y répondre l’accepte, ou acceptez-la maintenant et répondez plus tard.</translation>
    </message>
</context>
<context>
    <name>starling::TokenRefresher</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>%1 n&apos;accepte plus la connexion de ce compte. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again. %1 said: “%2”</source>
        <translation>%1 n&apos;accepte plus la connexion de ce compte. Veuillez vous reconnecter. Réponse de %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The sign-in gave no access token.</source>
        <translation>La connexion n&apos;a fourni aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the %1 account. %2</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé pour le compte %1. %2</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and Starling found no way to renew it in the system keychain. If the keychain is locked, unlock it; otherwise sign in again.</source>
        <translation>La connexion à %1 a expiré et Starling n&apos;a trouvé aucun moyen de la renouveler dans le trousseau du système. Si le trousseau est verrouillé, déverrouillez-le ; sinon, reconnectez-vous.</translation>
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
        <translation>Masquer Starling</translation>
    </message>
    <message>
        <source>Show Starling</source>
        <translation>Afficher Starling</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Réactiver les notifications</translation>
    </message>
    <message>
        <source>Pause notifications for an hour</source>
        <translation>Suspendre les notifications pendant une heure</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Starling: %n unread</source>
        <translation>
            <numerusform>Starling&#xa0;: %n non lu</numerusform>
            <numerusform>Starling&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>%1 mentioned %2</source>
        <extracomment>Notification title of a mention: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 a mentionné %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest on %1: %2</source>
        <translation>Le plus récent sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>direct message</comment>
        <extracomment>Notification title of a direct message: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a rule assigned conversations to the user; %1 names the first one&apos;s person</extracomment>
        <translation>Attribuée à vous : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) assigned to you</source>
        <translation>
            <numerusform>%n conversation vous a été attribuée</numerusform>
            <numerusform>%n conversations vous ont été attribuées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::WeeklyChart</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
</context>
<context>
    <name>starling::Workflow</name>
    <message>
        <source>A tag needs a name of up to 40 characters.</source>
        <translation>Une étiquette doit avoir un nom de 40 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>starling::WorkflowRepository</name>
    <message>
        <source>Say who takes the conversation.</source>
        <translation>Indiquez qui prend la conversation.</translation>
    </message>
    <message>
        <source>The conversation is not there.</source>
        <translation>La conversation n’existe pas.</translation>
    </message>
</context>
<context>
    <name>starling::XAccountSignIn</name>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>En attente de votre autorisation pour Starling dans le navigateur…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Connecté. Lecture du compte…</translation>
    </message>
</context>
<context>
    <name>starling::XClient</name>
    <message>
        <source>X does not allow this reply: its author did not mention this account, or the conversation&apos;s reply settings exclude it. Answer by direct message instead.</source>
        <translation>X n&apos;autorise pas cette réponse&#xa0;: son auteur n&apos;a pas mentionné ce compte, ou les paramètres de réponse de la conversation l&apos;excluent. Répondez plutôt par message privé.</translation>
    </message>
    <message>
        <source>X refused this action for this account.</source>
        <translation>X a refusé cette action pour ce compte.</translation>
    </message>
    <message>
        <source>X refused this action: %1</source>
        <translation>X a refusé cette action&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not an X conversation id.</source>
        <translation>Ceci n&apos;est pas un identifiant de conversation X.</translation>
    </message>
    <message>
        <source>The account&apos;s X user id is not known yet; sign in again.</source>
        <translation>L&apos;identifiant utilisateur X du compte n&apos;est pas encore connu&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>A direct message needs text or an attachment.</source>
        <translation>Un message privé doit contenir du texte ou une pièce jointe.</translation>
    </message>
    <message>
        <source>X allows one attachment per direct message.</source>
        <translation>X autorise une seule pièce jointe par message privé.</translation>
    </message>
    <message>
        <source>A direct message needs a conversation or 1 to 49 recipients.</source>
        <translation>Un message privé doit avoir une conversation ou de 1 à 49 destinataires.</translation>
    </message>
    <message>
        <source>This is not an X user or conversation id.</source>
        <translation>Ceci n&apos;est pas un identifiant d&apos;utilisateur ou de conversation X.</translation>
    </message>
    <message>
        <source>X allows up to four images, or one GIF or video, per post.</source>
        <translation>X autorise jusqu&apos;à quatre images, ou un GIF ou une vidéo, par post.</translation>
    </message>
    <message>
        <source>This is not an X post id.</source>
        <translation>Ceci n&apos;est pas un identifiant de post X.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier %1.</translation>
    </message>
    <message>
        <source>X does not accept files of this type (%1).</source>
        <translation>X n&apos;accepte pas les fichiers de ce type (%1).</translation>
    </message>
    <message>
        <source>%1 is too large for X: the limit for this type is %2 MB.</source>
        <translation>%1 est trop volumineux pour X&#xa0;: la limite pour ce type est de %2&#xa0;Mo.</translation>
    </message>
    <message>
        <source>X did not start the upload.</source>
        <translation>X n&apos;a pas démarré le téléversement.</translation>
    </message>
    <message>
        <source>The file changed while it was being uploaded.</source>
        <translation>Le fichier a changé pendant son téléversement.</translation>
    </message>
    <message>
        <source>X could not process the file.</source>
        <translation>X n&apos;a pas pu traiter le fichier.</translation>
    </message>
    <message>
        <source>X took too long to process the file.</source>
        <translation>X a mis trop de temps à traiter le fichier.</translation>
    </message>
    <message>
        <source>“%1” is not an X username.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur X.</translation>
    </message>
    <message>
        <source>X sent an answer Starling could not read (%1).</source>
        <translation>X a envoyé une réponse que Starling n&apos;a pas pu lire (%1).</translation>
    </message>
    <message>
        <source>An item from X was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Un élément de X a été ignoré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a person without an id or name</source>
        <translation>une personne sans identifiant ni nom</translation>
    </message>
    <message>
        <source>a media item without a key or type</source>
        <translation>un média sans clé ni type</translation>
    </message>
    <message>
        <source>X reported a problem: %1</source>
        <translation>X a signalé un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>an event that is not an object</source>
        <translation>un événement qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>an event without an id or type</source>
        <translation>un événement sans identifiant ni type</translation>
    </message>
    <message>
        <source>event %1 without a conversation or time</source>
        <translation>l&apos;événement %1, sans conversation ni date</translation>
    </message>
    <message>
        <source>message %1 without a sender or text</source>
        <translation>le message %1, sans expéditeur ni texte</translation>
    </message>
    <message>
        <source>message %1 with unreadable attachments</source>
        <translation>le message %1, dont les pièces jointes sont illisibles</translation>
    </message>
    <message>
        <source>membership event %1 without people</source>
        <translation>l&apos;événement d&apos;adhésion %1, sans participants</translation>
    </message>
    <message>
        <source>an event of an unknown type (%1)</source>
        <translation>un événement de type inconnu (%1)</translation>
    </message>
    <message>
        <source>a mention without an id, author, text or time</source>
        <translation>une mention sans identifiant, auteur, texte ni date</translation>
    </message>
</context>
<context>
    <name>starling::cli::AccountsCommand</name>
    <message>
        <source>List the accounts, their state and API usage</source>
        <translation>Lister les comptes, leur état et leur utilisation de l&apos;API</translation>
    </message>
    <message>
        <source>Lists the profile&apos;s accounts with their sign-in state and the API usage meter (requests, items and the estimated cost, today and over the last 30 days, in UTC days).</source>
        <translation>Liste les comptes du profil avec leur état de connexion et le compteur d&apos;utilisation de l&apos;API (requêtes, éléments et coût estimé, aujourd&apos;hui et sur les 30 derniers jours, en jours UTC).</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>RÉSEAU</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>REQUÊTES AUJ.</translation>
    </message>
    <message>
        <source>REQUESTS 30 D</source>
        <translation>REQUÊTES 30 J</translation>
    </message>
    <message>
        <source>EST. COST 30 D</source>
        <translation>COÛT EST. 30 J</translation>
    </message>
</context>
<context>
    <name>starling::cli::CliCommands</name>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
Starling&apos;s inbox from a terminal, on the same profiles as the app (both may run at once).

Commands:
</source>
        <translation>Utilisation : starling-cli [--profile DIR] [--json] &lt;commande&gt; [options]
La boîte de réception de Starling dans un terminal, sur les mêmes profils que l&apos;application (les deux peuvent tourner en même temps).

Commandes :
</translation>
    </message>
    <message>
        <source>`starling-cli &lt;command&gt; --help` tells more about each.</source>
        <translation>`starling-cli &lt;commande&gt; --help` en dit plus sur chacune.</translation>
    </message>
    <message>
        <source>Starling&apos;s inbox from a terminal.</source>
        <translation>La boîte de réception de Starling dans un terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;: the same profiles as the app, which may run at the same time (default: the app&apos;s own).</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt; : les mêmes profils que l&apos;application, qui peut tourner en même temps (par défaut : celui de l&apos;application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (export: see --format).</source>
        <translation>Afficher du JSON lisible par une machine (export : voir --format).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Ce qu&apos;il faut faire ; voir ci-dessous.</translation>
    </message>
    <message>
        <source>See `starling-cli --help`.</source>
        <translation>Voir `starling-cli --help`.</translation>
    </message>
    <message>
        <source>Which command? For example: starling-cli inbox</source>
        <translation>Quelle commande ? Par exemple : starling-cli inbox</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
</context>
<context>
    <name>starling::cli::CommandLine</name>
    <message>
        <source>Use the profile in &lt;dir&gt; (the same profiles as the app).</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt; (les mêmes profils que l&apos;application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] %1 %2</source>
        <translation>Utilisation&#xa0;: starling-cli [--profile DIR] [--json] %1 %2</translation>
    </message>
    <message>
        <source>%1: %2
See `starling-cli %1 --help`.</source>
        <translation>%1&#xa0;: %2
Voir `starling-cli %1 --help`.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date such as 2026-04-01 (or 2026-04-01T09:30), not “%2”.</source>
        <translation>--%1 attend une date ISO 8601 comme 2026-04-01 (ou 2026-04-01T09:30), et non «&#xa0;%2&#xa0;».</translation>
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
        <translation>Codes de sortie :
  0  terminé
  1  la réponse est non (count : le texte ne tient pas)
  2  erreur d&apos;utilisation : commande ou option inconnue, valeur manquante ou mal formée
  3  introuvable : compte, conversation, message ou fichier inexistant
  4  erreur réseau : hors ligne, délai dépassé, limite de requêtes ou erreur du serveur
  5  tout autre échec : déconnecté, trousseau, stockage, refus du réseau
</translation>
    </message>
</context>
<context>
    <name>starling::cli::ContactsCommand</name>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>La base de données locale n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>“%1” is not a contact id (a whole number from 1 up).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de contact (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>“%1” names no one: write network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) or an identity id from `contacts show`.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne personne&#xa0;: écrivez network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) ou un identifiant d&apos;identité donné par `contacts show`.</translation>
    </message>
    <message>
        <source>list: only people in stage &lt;S&gt;.</source>
        <translation>list&#xa0;: seulement les personnes à l&apos;étape &lt;S&gt;.</translation>
    </message>
    <message>
        <source>list: only people in no stage. stage: take people out of their stage.</source>
        <translation>list&#xa0;: seulement les personnes sans étape. stage&#xa0;: retirer les personnes de leur étape.</translation>
    </message>
    <message>
        <source>list: only people tagged &lt;T&gt;.</source>
        <translation>list&#xa0;: seulement les personnes portant l&apos;étiquette &lt;T&gt;.</translation>
    </message>
    <message>
        <source>list: only people on &lt;N&gt; (x, mastodon or bluesky).</source>
        <translation>list&#xa0;: seulement les personnes présentes sur &lt;N&gt; (x, mastodon ou bluesky).</translation>
    </message>
    <message>
        <source>list: only people whose name, company, e-mail or handle holds &lt;W&gt;.</source>
        <translation>list&#xa0;: seulement les personnes dont le nom, l&apos;entreprise, l&apos;e-mail ou le pseudo contient &lt;W&gt;.</translation>
    </message>
    <message>
        <source>list: name (the default), last (newest contact first), stage or created.</source>
        <translation>list&#xa0;: name (par défaut), last (les plus récemment contactées d&apos;abord), stage ou created.</translation>
    </message>
    <message>
        <source>list, show: at most &lt;N&gt; rows (default 50).</source>
        <translation>list, show&#xa0;: au plus &lt;N&gt; lignes (50 par défaut).</translation>
    </message>
    <message>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag&#xa0;: retirer l&apos;étiquette au lieu de l&apos;ajouter.</translation>
    </message>
    <message>
        <source>link: merge contact &lt;C&gt; into this one: identities, fields, tags, notes, history.</source>
        <translation>link&#xa0;: fusionner le contact &lt;C&gt; dans celui-ci&#xa0;: identités, champs, étiquettes, notes, historique.</translation>
    </message>
    <message>
        <source>note, stage: who wrote it (default: you).</source>
        <translation>note, stage&#xa0;: qui en est l&apos;auteur (par défaut&#xa0;: vous).</translation>
    </message>
    <message>
        <source>export: csv (the default) or vcard.</source>
        <translation>export&#xa0;: csv (par défaut) ou vcard.</translation>
    </message>
    <message>
        <source>import: check the file and show what would be imported; write nothing.</source>
        <translation>import&#xa0;: vérifier le fichier et montrer ce qui serait importé&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>People across networks: list, show, link, stages, tags, notes, import and export</source>
        <translation>Les personnes, tous réseaux confondus&#xa0;: liste, fiche, liaison, étapes, étiquettes, notes, import et export</translation>
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
        <translation>Chaque personne avec qui vous échangez est un contact&#xa0;: une seule personne, avec ses identités sur chaque réseau.

  list                          les personnes, avec --stage, --no-stage, --tag, --network, --search, --sort, --limit
  show CONTACT                  champs, identités et les éléments les plus récents de la chronologie
  link CONTACT IDENTITY…        lier des identités (x:@ana, ou un identifiant donné par show) au contact&#xa0;;
  link CONTACT --merge OTHER    ou y fusionner tout un autre contact
  unlink IDENTITY               détacher une identité pour en faire un contact à part
  stage                         le pipeline, avec le nombre de personnes à chaque étape
  stage STAGE CONTACT…          placer des personnes à une étape (--no-stage&#xa0;: les retirer de toute étape)
  tag TAG CONTACT…              étiqueter des personnes (--remove&#xa0;: leur retirer l&apos;étiquette)
  note CONTACT TEXT             ajouter une note à la chronologie de la personne
  export [FILE]                 tous les contacts en CSV (ou --format vcard)&#xa0;; sortie standard sans FILE
  import FILE                   des contacts depuis un CSV&#xa0;: toutes les lignes ou, si une ligne est invalide, aucune (--dry-run&#xa0;: vérifier seulement)

Les colonnes CSV&#xa0;: name, company, email, phone, website, location, stage, owner, tags, handles, note, et custom:&lt;field&gt; pour vos propres champs. Les cellules qu&apos;un tableur exécuterait comme une formule sont écrites précédées d&apos;une apostrophe.</translation>
    </message>
    <message>
        <source>What to do: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Que faire&#xa0;: list, show, link, unlink, stage, tag, note, export ou import.</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>list ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Sous-commande inconnue «&#xa0;%1&#xa0;»&#xa0;: list, show, link, unlink, stage, tag, note, export ou import.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network vaut x, mastodon ou bluesky, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--sort is name, last, stage or created, not “%1”.</source>
        <translation>--sort vaut name, last, stage ou created, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>RÉSEAUX</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>DERNIER CONTACT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>show needs exactly one contact id.</source>
        <translation>show attend exactement un identifiant de contact.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Il n&apos;y a pas de contact %1.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Identities:</source>
        <translation>Identités&#xa0;:</translation>
    </message>
    <message>
        <source>  %1  @%2 on %3, with %4</source>
        <translation>  %1  @%2 sur %3, avec %4</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie&#xa0;:</translation>
    </message>
    <message>
        <source>link needs a contact id, then identities or --merge OTHER.</source>
        <translation>link attend un identifiant de contact, puis des identités ou --merge OTHER.</translation>
    </message>
    <message>
        <source>link takes identities, or --merge OTHER, but not both.</source>
        <translation>link prend des identités, ou --merge OTHER, mais pas les deux.</translation>
    </message>
    <message>
        <source>Contact %1 is now part of contact %2.</source>
        <translation>Le contact %1 fait désormais partie du contact %2.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n identity(s) to contact %1.</source>
        <translation>
            <numerusform>%n identité liée au contact %1.</numerusform>
            <numerusform>%n identités liées au contact %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlink needs exactly one identity (x:@ana, or an id from show).</source>
        <translation>unlink attend exactement une identité (x:@ana, ou un identifiant donné par show).</translation>
    </message>
    <message>
        <source>Identity %1 is now contact %2 of its own.</source>
        <translation>L&apos;identité %1 forme désormais un contact à part, le contact %2.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONNES</translation>
    </message>
    <message>
        <source>Which contacts? For example: starling-cli contacts stage Customer 12</source>
        <translation>Quels contacts&#xa0;? Par exemple&#xa0;: starling-cli contacts stage Client 12</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in no stage now.</source>
        <translation>
            <numerusform>%n contact n&apos;a désormais plus d&apos;étape.</numerusform>
            <numerusform>%n contacts n&apos;ont désormais plus d&apos;étape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in stage %1 now.</source>
        <translation>
            <numerusform>%n contact est désormais à l&apos;étape %1.</numerusform>
            <numerusform>%n contacts sont désormais à l&apos;étape %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>tag needs a tag, then contact ids: starling-cli contacts tag vip 12 14</source>
        <translation>tag attend une étiquette, puis des identifiants de contact&#xa0;: starling-cli contacts tag vip 12 14</translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n contact(s).</source>
        <translation>
            <numerusform>Étiquette %1 retirée de %n contact.</numerusform>
            <numerusform>Étiquette %1 retirée de %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) %1.</source>
        <translation>
            <numerusform>%n contact étiqueté %1.</numerusform>
            <numerusform>%n contacts étiquetés %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>note needs a contact id and the text, in quotes.</source>
        <translation>note attend un identifiant de contact et le texte, entre guillemets.</translation>
    </message>
    <message>
        <source>Noted on contact %1.</source>
        <translation>Note ajoutée au contact %1.</translation>
    </message>
    <message>
        <source>export writes to one file, or to standard output without one.</source>
        <translation>export écrit dans un seul fichier, ou sur la sortie standard si aucun n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>--format is csv or vcard, not “%1”.</source>
        <translation>--format vaut csv ou vcard, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>%n contact exporté.</numerusform>
            <numerusform>%n contacts exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import attend le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n ligne peut être importée.</numerusform>
            <numerusform>%n lignes peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n contact importé.</numerusform>
            <numerusform>%n contacts importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>starling::cli::Context</name>
    <message>
        <source>“%1” names several accounts; say which: %2</source>
        <translation>«&#xa0;%1&#xa0;» désigne plusieurs comptes&#xa0;; précisez lequel&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no account “%1” in this profile. See `starling-cli accounts`.</source>
        <translation>Il n&apos;y a aucun compte «&#xa0;%1&#xa0;» dans ce profil. Voir `starling-cli accounts`.</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 sur %2</translation>
    </message>
    <message>
        <source>This profile has no accounts yet. Accounts are added in the Starling app (Accounts → Add account…); the command line uses the same profile.</source>
        <translation>Ce profil n&apos;a encore aucun compte. Les comptes s&apos;ajoutent dans l&apos;application Starling (Comptes → Ajouter un compte…)&#xa0;; la ligne de commande utilise le même profil.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>This profile is the team workspace %1: there, the app of the agent who leads an account syncs it and sends its messages, so that nothing is polled or sent twice. Use the app, or a local profile (--profile).</source>
        <translation>Ce profil est l&apos;espace d&apos;équipe %1&#xa0;: là, l&apos;application de l&apos;agent responsable d&apos;un compte synchronise ce compte et envoie ses messages, afin que rien ne soit récupéré ni envoyé deux fois. Utilisez l&apos;application, ou un profil local (--profile).</translation>
    </message>
</context>
<context>
    <name>starling::cli::CountCommand</name>
    <message>
        <source>x, mastodon or bluesky.</source>
        <translation>x, mastodon ou bluesky.</translation>
    </message>
    <message>
        <source>Another length limit in the network&apos;s unit: a Mastodon server&apos;s max_characters, or a longer X post limit.</source>
        <translation>Une autre limite de longueur, dans l&apos;unité du réseau&#xa0;: le max_characters d&apos;un serveur Mastodon, ou une limite de post X plus longue.</translation>
    </message>
    <message>
        <source>Measure a direct message instead of a post.</source>
        <translation>Mesurer un message privé plutôt qu&apos;un post.</translation>
    </message>
    <message>
        <source>Measure a text by a network&apos;s rules</source>
        <translation>Mesurer un texte selon les règles d&apos;un réseau</translation>
    </message>
    <message>
        <source>Measures a text by a network&apos;s rules, as the compose box does: its length, the limit, and whether it fits. The text comes from the arguments (joined by spaces) or, without any, from standard input (one final line break is dropped); put -- before a text that begins with a dash. Exits with 1 when it does not fit.</source>
        <translation>Mesure un texte selon les règles d&apos;un réseau, comme le fait la zone de rédaction&#xa0;: sa longueur, la limite, et s&apos;il tient dans la limite. Le texte provient des arguments (joints par des espaces) ou, à défaut, de l&apos;entrée standard (un saut de ligne final est supprimé)&#xa0;; placez -- avant un texte qui commence par un tiret. Quitte avec le code 1 quand le texte ne tient pas.</translation>
    </message>
    <message>
        <source>The text to measure.</source>
        <translation>Le texte à mesurer.</translation>
    </message>
    <message>
        <source>count needs --network x, mastodon or bluesky.</source>
        <translation>count attend --network x, mastodon ou bluesky.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network vaut x, mastodon ou bluesky, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>Impossible de lire l&apos;entrée standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>Post %1 : %2 sur %n caractère pondéré.</numerusform>
            <numerusform>Post %1 : %2 sur %n caractères pondérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>Message privé %1 : %2 sur %n caractère pondéré.</numerusform>
            <numerusform>Message privé %1 : %2 sur %n caractères pondérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s).</source>
        <translation>
            <numerusform>Post %1 : %2 sur %n caractère.</numerusform>
            <numerusform>Post %1 : %2 sur %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s).</source>
        <translation>
            <numerusform>Message privé %1 : %2 sur %n caractère.</numerusform>
            <numerusform>Message privé %1 : %2 sur %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>Post %1 : %2 sur %n caractère (graphème).</numerusform>
            <numerusform>Post %1 : %2 sur %n caractères (graphèmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>Message privé %1 : %2 sur %n caractère (graphème).</numerusform>
            <numerusform>Message privé %1 : %2 sur %n caractères (graphèmes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n byte(s).</source>
        <extracomment>%1 is the text&apos;s length in bytes, %n the most bytes a post can have</extracomment>
        <translation>
            <numerusform>%1 sur %n octet.</numerusform>
            <numerusform>%1 sur %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It fits: %n left.</source>
        <translation>
            <numerusform>Le texte tient : %n restant.</numerusform>
            <numerusform>Le texte tient : %n restants.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit. %1</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The text is 3 characters too long.&quot;</extracomment>
        <translation>Le texte ne tient pas. %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::ExportCommand</name>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl ou csv.</translation>
    </message>
    <message>
        <source>Only messages from &lt;DATE&gt; on, and their conversations (ISO 8601: 2026-04-01).</source>
        <translation>Seulement les messages à partir du &lt;DATE&gt;, et leurs conversations (ISO 8601&#xa0;: 2026-04-01).</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Seulement le compte &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Write every conversation and message as JSON Lines or CSV</source>
        <translation>Écrire chaque conversation et chaque message en JSON Lines ou en CSV</translation>
    </message>
    <message>
        <source>Writes every stored conversation and message to standard output, as it reads them: the export takes the same little memory for a million messages as for ten.

jsonl (the default): JSON Lines, one object per line: a {&quot;type&quot;: &quot;conversation&quot;} line, then the {&quot;type&quot;: &quot;message&quot;} lines of that conversation, oldest first. Message ids are strings (they are too large for JavaScript&apos;s numbers).
csv: one row per message with its conversation&apos;s columns, a header row first (RFC 4180, UTF-8).</source>
        <translation>Écrit chaque conversation et chaque message enregistrés sur la sortie standard, au fil de la lecture&#xa0;: l&apos;export consomme aussi peu de mémoire pour un million de messages que pour dix.

jsonl (par défaut)&#xa0;: JSON Lines, un objet par ligne&#xa0;: une ligne {&quot;type&quot;: &quot;conversation&quot;}, puis les lignes {&quot;type&quot;: &quot;message&quot;} de cette conversation, de la plus ancienne à la plus récente. Les identifiants de message sont des chaînes (ils sont trop grands pour les nombres de JavaScript).
csv&#xa0;: une ligne par message avec les colonnes de sa conversation, précédée d&apos;une ligne d&apos;en-tête (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>export writes to standard output; redirect it: starling-cli export &gt; file.jsonl</source>
        <translation>export écrit sur la sortie standard&#xa0;; redirigez-la&#xa0;: starling-cli export &gt; fichier.jsonl</translation>
    </message>
    <message>
        <source>--format is jsonl or csv, not “%1”.</source>
        <translation>--format vaut jsonl ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation exportée.</numerusform>
            <numerusform>%n conversations exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all.</source>
        <extracomment>Follows &quot;Exported 3 conversations.&quot;: the messages in those conversations</extracomment>
        <translation>
            <numerusform>%n message au total.</numerusform>
            <numerusform>%n messages au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::Format</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;j</numerusform>
            <numerusform>il y a %n&#xa0;j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>A duration in minutes, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, with the units&apos; abbreviations</extracomment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>A duration in days and hours, with the units&apos; abbreviations</extracomment>
        <translation>%1&#xa0;j %2&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>A duration in days, with the unit&apos;s abbreviation</extracomment>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
</context>
<context>
    <name>starling::cli::InboxCommand</name>
    <message>
        <source>Only conversations with unread messages.</source>
        <translation>Seulement les conversations avec des messages non lus.</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt; (its handle, network:handle or id).</source>
        <translation>Seulement le compte &lt;A&gt; (son pseudo, réseau:pseudo ou son identifiant).</translation>
    </message>
    <message>
        <source>dm (direct and group messages) or mention (public threads).</source>
        <translation>dm (messages privés et de groupe) ou mention (fils publics).</translation>
    </message>
    <message>
        <source>open (the default), done, snoozed or all.</source>
        <translation>open (par défaut), done, snoozed ou all.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; conversations (default 20).</source>
        <translation>Au plus &lt;N&gt; conversations (20 par défaut).</translation>
    </message>
    <message>
        <source>List conversations</source>
        <translation>Lister les conversations</translation>
    </message>
    <message>
        <source>Lists conversations, the most recent activity first, as the app&apos;s inbox does.</source>
        <translation>Liste les conversations, l&apos;activité la plus récente en premier, comme la boîte de réception de l&apos;application.</translation>
    </message>
    <message>
        <source>inbox takes no arguments, only options.</source>
        <translation>inbox ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>--kind is dm or mention, not “%1”.</source>
        <translation>--kind vaut dm ou mention, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--state is open, done, snoozed or all, not “%1”.</source>
        <translation>--state vaut open, done, snoozed ou all, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>Aucune conversation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>AVEC</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>NON LUS</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVITÉ</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>DERNIER MESSAGE</translation>
    </message>
    <message>
        <source>Only message requests (Bluesky: people the account does not follow who wrote first).</source>
        <translation>Seulement les demandes de message (Bluesky : des personnes que le compte ne suit pas et qui ont écrit en premier).</translation>
    </message>
</context>
<context>
    <name>starling::cli::Output</name>
    <message>
        <source>starling-cli: %1</source>
        <translation>starling-cli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::PostCommand</name>
    <message>
        <source>Attach &lt;FILE&gt;; repeat for several.</source>
        <translation>Joindre &lt;FILE&gt;&#xa0;; à répéter pour plusieurs fichiers.</translation>
    </message>
    <message>
        <source>Publish a post, with media</source>
        <translation>Publier un post, avec des médias</translation>
    </message>
    <message>
        <source>Publishes a new post, with pictures or a video if you like, through the outbox.</source>
        <translation>Publie un nouveau post, avec des images ou une vidéo si vous le souhaitez, via la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The post (the arguments, joined by spaces).</source>
        <translation>Le post (les arguments, joints par des espaces).</translation>
    </message>
    <message>
        <source>post needs --account: which account to post from.</source>
        <translation>post attend --account&#xa0;: le compte depuis lequel publier.</translation>
    </message>
    <message>
        <source>post needs a text or a file to post.</source>
        <translation>post attend un texte ou un fichier à publier.</translation>
    </message>
    <message>
        <source>There is no readable file %1.</source>
        <translation>Il n&apos;existe aucun fichier lisible %1.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ReplyCommand</name>
    <message>
        <source>Answer by direct message instead of in public.</source>
        <translation>Répondre par message privé plutôt qu&apos;en public.</translation>
    </message>
    <message>
        <source>Answer a message, in public or with --dm</source>
        <translation>Répondre à un message, en public ou avec --dm</translation>
    </message>
    <message>
        <source>Answers a message: in public, under it; or with --dm, privately to its author (in the same conversation when it is a direct message already).</source>
        <translation>Répond à un message&#xa0;: en public, en dessous&#xa0;; ou avec --dm, en privé à son auteur (dans la même conversation s&apos;il s&apos;agit déjà d&apos;un message privé).</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `show` prints it (#…).</source>
        <translation>L&apos;identifiant du message, tel que `show` l&apos;affiche (#…).</translation>
    </message>
    <message>
        <source>The answer (the arguments, joined by spaces).</source>
        <translation>La réponse (les arguments, joints par des espaces).</translation>
    </message>
    <message>
        <source>reply needs a message id and the text of the answer.</source>
        <translation>reply attend un identifiant de message et le texte de la réponse.</translation>
    </message>
    <message>
        <source>“%1” is not a message id (a whole number from 1 up).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de message (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>reply needs the text of the answer.</source>
        <translation>reply attend le texte de la réponse.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Il n&apos;y a aucun message %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n&apos;y a aucune conversation %1.</translation>
    </message>
    <message>
        <source>message %1 belongs to %2, not to %3.</source>
        <translation>le message %1 appartient à %2, et non à %3.</translation>
    </message>
    <message>
        <source>message %1 is a direct message: answer it with --dm.</source>
        <translation>le message %1 est un message privé&#xa0;: répondez-y avec --dm.</translation>
    </message>
    <message>
        <source>message %1 is yours: there is no one to answer privately.</source>
        <translation>le message %1 est de vous&#xa0;: personne à qui répondre en privé.</translation>
    </message>
</context>
<context>
    <name>starling::cli::SearchCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Seulement le compte &lt;A&gt;.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; messages (default 20).</source>
        <translation>Au plus &lt;N&gt; messages (20 par défaut).</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Searches every stored message, newest first. Every word must match; &quot;quoted words&quot; match as a phrase; a trailing * matches a prefix.</source>
        <translation>Recherche dans tous les messages enregistrés, les plus récents en premier. Chaque mot doit correspondre&#xa0;; des &quot;mots entre guillemets&quot; correspondent à une expression exacte&#xa0;; un * final correspond à un préfixe.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Ce qu&apos;il faut chercher.</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search attend quelque chose à chercher.</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Aucun message ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>CONV</source>
        <translation>CONV.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
</context>
<context>
    <name>starling::cli::SendCommand</name>
    <message>
        <source>The person&apos;s handle (with or without @) or id.</source>
        <translation>Le pseudo de la personne (avec ou sans @) ou son identifiant.</translation>
    </message>
    <message>
        <source>Send a direct message to someone</source>
        <translation>Envoyer un message privé à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Sends a direct message to a person, through the outbox as the app does: written down first, sent once, never lost.</source>
        <translation>Envoie un message privé à une personne, via la boîte d&apos;envoi comme le fait l&apos;application&#xa0;: d&apos;abord consigné, envoyé une seule fois, jamais perdu.</translation>
    </message>
    <message>
        <source>The message (the arguments, joined by spaces).</source>
        <translation>Le message (les arguments, joints par des espaces).</translation>
    </message>
    <message>
        <source>send needs --account: which account to send from.</source>
        <translation>send attend --account&#xa0;: le compte depuis lequel envoyer.</translation>
    </message>
    <message>
        <source>send needs --to: whom to send to.</source>
        <translation>send attend --to&#xa0;: le destinataire.</translation>
    </message>
    <message>
        <source>send needs the text of the message.</source>
        <translation>send attend le texte du message.</translation>
    </message>
</context>
<context>
    <name>starling::cli::Sender</name>
    <message>
        <source>Send from the account &lt;A&gt; (handle, network:handle or id).</source>
        <translation>Envoyer depuis le compte &lt;A&gt; (pseudo, réseau:pseudo ou identifiant).</translation>
    </message>
    <message>
        <source>Wait at most &lt;seconds&gt; for the network (default 60). What is not sent by then stays in the outbox.</source>
        <translation>Attendre le réseau au plus &lt;seconds&gt; secondes (60 par défaut). Ce qui n&apos;est pas envoyé d&apos;ici là reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Another Starling (%1, process %2) is sending from this profile. Send from there, or close it and try again: only one may send at a time, so that nothing is sent twice.</source>
        <translation>Une autre instance de Starling (%1, processus %2) envoie depuis ce profil. Envoyez depuis celle-ci, ou fermez-la et réessayez&#xa0;: une seule peut envoyer à la fois, pour que rien ne soit envoyé deux fois.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>Le texte ne peut pas être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Le réseau n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent from %1 (message %2, remote id %3).</source>
        <translation>Envoyé depuis %1 (message %2, identifiant distant %3).</translation>
    </message>
    <message>
        <source>Sent from %1 (remote id %2).</source>
        <translation>Envoyé depuis %1 (identifiant distant %2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Perhaps sent, but it could not be verified: %1 Check before sending it again.</source>
        <translation>Peut-être envoyé, mais cela n&apos;a pas pu être vérifié&#xa0;: %1 Vérifiez avant de le renvoyer.</translation>
    </message>
    <message>
        <source>Not sent yet: the network did not answer in time.</source>
        <translation>Pas encore envoyé&#xa0;: le réseau n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>It stays in the outbox and goes out the next time the app runs or a command sends from this account.</source>
        <translation>Il reste dans la boîte d&apos;envoi et partira au prochain lancement de l&apos;application, ou dès qu&apos;une commande enverra depuis ce compte.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 is not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>%1 n&apos;est pas connecté (ou le trousseau est verrouillé) : reconnectez-vous dans l&apos;application Starling.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ShowCommand</name>
    <message>
        <source>At most &lt;N&gt; messages, the newest (default 50).</source>
        <translation>Au plus &lt;N&gt; messages, les plus récents (50 par défaut).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages</source>
        <translation>Afficher une conversation et ses messages</translation>
    </message>
    <message>
        <source>Shows a conversation and its newest messages, oldest first. Message ids (#…) are what `reply` takes.</source>
        <translation>Affiche une conversation et ses messages les plus récents, du plus ancien au plus récent. Les identifiants de message (#…) sont ceux qu&apos;attend `reply`.</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>L&apos;identifiant de la conversation, tel que `inbox` le liste.</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id.</source>
        <translation>show attend exactement un identifiant de conversation.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de conversation (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n&apos;y a aucune conversation %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions with %1</source>
        <translation>Mentions avec %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>DM with %1</source>
        <translation>MP avec %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::StateCommand</name>
    <message>
        <source>Mark a conversation done</source>
        <translation>Marquer une conversation comme traitée</translation>
    </message>
    <message>
        <source>Open a conversation again</source>
        <translation>Rouvrir une conversation</translation>
    </message>
    <message>
        <source>Marks a conversation done: it leaves the inbox until someone writes again.</source>
        <translation>Marque une conversation comme traitée&#xa0;: elle quitte la boîte de réception jusqu&apos;à ce que quelqu&apos;un écrive de nouveau.</translation>
    </message>
    <message>
        <source>Opens a conversation that was done (or snoozed) again.</source>
        <translation>Rouvre une conversation traitée (ou mise en attente).</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>L&apos;identifiant de la conversation, tel que `inbox` le liste.</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation id.</source>
        <translation>%1 attend exactement un identifiant de conversation.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de conversation (un nombre entier à partir de 1).</translation>
    </message>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>La base de données locale n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Il n&apos;y a aucune conversation %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is done.</source>
        <translation>La conversation %1 est traitée.</translation>
    </message>
    <message>
        <source>Conversation %1 is open again.</source>
        <translation>La conversation %1 est rouverte.</translation>
    </message>
</context>
<context>
    <name>starling::cli::StatsCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Seulement le compte &lt;A&gt;.</translation>
    </message>
    <message>
        <source>From &lt;DATE&gt; (default: 30 days ago).</source>
        <translation>À partir du &lt;DATE&gt; (par défaut&#xa0;: il y a 30 jours).</translation>
    </message>
    <message>
        <source>Up to &lt;DATE&gt;, not included (default: now).</source>
        <translation>Jusqu&apos;au &lt;DATE&gt;, non inclus (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Response times and survey ratings</source>
        <translation>Temps de réponse et notes de satisfaction</translation>
    </message>
    <message>
        <source>Response times per account, and survey ratings.

A request begins with an inbound message that opens a conversation or follows a message of yours; your next message in that conversation answers it. First response time: how long each conversation&apos;s first request in the period waited. Response time: how long every request waited (median and 90th percentile). Requests count for the period in which they began. Survey ratings: the feedback survey&apos;s answers given in the period, as the Reports window shows them; --json adds them week by week with the response times.</source>
        <translation>Temps de réponse par compte, et notes de satisfaction.

Une demande commence par un message entrant qui ouvre une conversation ou qui suit l&apos;un de vos messages&#xa0;; votre message suivant dans cette conversation y répond. Temps de première réponse&#xa0;: le temps d&apos;attente de la première demande de chaque conversation sur la période. Temps de réponse&#xa0;: le temps d&apos;attente de chaque demande (médiane et 90e centile). Les demandes comptent pour la période où elles ont commencé. Notes de satisfaction&#xa0;: les réponses à l&apos;enquête de satisfaction données sur la période, telles que la fenêtre Rapports les affiche&#xa0;; --json les ajoute semaine par semaine avec les temps de réponse.</translation>
    </message>
    <message>
        <source>stats takes no arguments, only options.</source>
        <translation>stats ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since doit précéder --until.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 on average, from %n rating(s).</source>
        <translation>
            <numerusform>%1 sur 5 en moyenne, sur %n note.</numerusform>
            <numerusform>%1 sur 5 en moyenne, sur %n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey ratings are recorded yet.</source>
        <translation>Aucune note de satisfaction n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>Response times from %1 to %2</source>
        <translation>Temps de réponse du %1 au %2</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>DEMANDES</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>RÉPONDUES</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>SANS RÉPONSE</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEDIAN)</source>
        <translation>PREMIÈRE RÉPONSE (MÉDIANE)</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEAN)</source>
        <translation>PREMIÈRE RÉPONSE (MOYENNE)</translation>
    </message>
    <message>
        <source>RESPONSE (MEDIAN)</source>
        <translation>RÉPONSE (MÉDIANE)</translation>
    </message>
    <message>
        <source>RESPONSE (90%)</source>
        <translation>RÉPONSE (90E CENTILE)</translation>
    </message>
    <message>
        <source>Survey ratings: %1</source>
        <translation>Notes de satisfaction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::SyncCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Seulement le compte &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default 600).</source>
        <translation>Abandonner après &lt;seconds&gt; secondes (600 par défaut).</translation>
    </message>
    <message>
        <source>Fetch what is new, once</source>
        <translation>Récupérer les nouveautés, une fois</translation>
    </message>
    <message>
        <source>Fetches what is new for every account (or one), once: direct messages and mentions, page by page, with progress on a terminal. Never sends: sending is the app&apos;s (or `send`&apos;s) job.</source>
        <translation>Récupère les nouveautés de chaque compte (ou d&apos;un seul), une fois&#xa0;: messages privés et mentions, page par page, avec la progression dans un terminal. N&apos;envoie jamais rien&#xa0;: l&apos;envoi est le rôle de l&apos;application (ou de `send`).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options.</source>
        <translation>sync ne prend aucun argument, seulement des options.</translation>
    </message>
    <message>
        <source>%1 was removed from the app; its messages are kept, but it cannot sync.</source>
        <translation>%1 a été retiré de l&apos;application&#xa0;; ses messages sont conservés, mais il ne peut pas être synchronisé.</translation>
    </message>
    <message>
        <source>The sync did not finish in time.</source>
        <translation>La synchronisation ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message numerus="yes">
        <source>@%1: direct messages, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1 : messages privés, page %2 (%n message)</numerusform>
            <numerusform>@%1 : messages privés, page %2 (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1: mentions, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1 : mentions, page %2 (%n message)</numerusform>
            <numerusform>@%1 : mentions, page %2 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>Non connecté (ou le trousseau est verrouillé) : reconnectez-vous dans l&apos;application Starling.</translation>
    </message>
    <message>
        <source>The network could not be reached, or refused.</source>
        <translation>Le réseau est injoignable ou a refusé la connexion.</translation>
    </message>
    <message>
        <source>Rate limited until %1.</source>
        <translation>Limite de requêtes atteinte jusqu&apos;à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s).</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; the next sentence tells how many were fetched</extracomment>
        <translation>
            <numerusform>%1 : %n nouveau message.</numerusform>
            <numerusform>%1 : %n nouveaux messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fetched.</source>
        <translation>
            <numerusform>%n message récupéré.</numerusform>
            <numerusform>%n messages récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not synced. %2</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; %2 is the reason, a whole sentence</extracomment>
        <translation>%1 n&apos;a pas été synchronisé. %2</translation>
    </message>
</context>
<context>
    <name>starling::cli::TeamCommand</name>
    <message>
        <source>init, join: read the password from standard input, without a prompt.</source>
        <translation>init, join&#xa0;: lire le mot de passe depuis l&apos;entrée standard, sans invite.</translation>
    </message>
    <message>
        <source>Share one inbox with a team through its PostgreSQL database</source>
        <translation>Partager une boîte de réception avec une équipe via sa base de données PostgreSQL</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Name the team database: starling-cli team %1 postgres://user@host:5432/database</source>
        <translation>Indiquez la base de données de l&apos;équipe&#xa0;: starling-cli team %1 postgres://user@host:5432/database</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Le trousseau du système n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The team inbox in %1 is ready, and this profile uses it as %2.</source>
        <translation>La boîte de réception d&apos;équipe dans %1 est prête, et ce profil l&apos;utilise en tant que %2.</translation>
    </message>
    <message>
        <source>This profile now uses the team inbox in %1, as %2.</source>
        <translation>Ce profil utilise désormais la boîte de réception d&apos;équipe dans %1, en tant que %2.</translation>
    </message>
    <message>
        <source>The password is in the system keychain. Add the team&apos;s social accounts in the app: the app of one agent per account syncs and sends it.</source>
        <translation>Le mot de passe se trouve dans le trousseau du système. Ajoutez les comptes de réseaux sociaux de l&apos;équipe dans l&apos;application&#xa0;: l&apos;application d&apos;un seul agent par compte synchronise ce compte et envoie ses messages.</translation>
    </message>
    <message>
        <source>This profile is local: its inbox is in %1.</source>
        <translation>Ce profil est local&#xa0;: sa boîte de réception se trouve dans %1.</translation>
    </message>
    <message>
        <source>Team workspace: %1</source>
        <translation>Espace d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>Vous êtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1, Starling schema %2</source>
        <translation>Base de données&#xa0;: PostgreSQL %1, schéma Starling %2</translation>
    </message>
    <message>
        <source>Agents online: none</source>
        <translation>Agents en ligne&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Agents online: %1</source>
        <translation>Agents en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: not synced now (no agent with its sign-in is online)</source>
        <translation>%1&#xa0;: non synchronisé pour le moment (aucun agent disposant de sa connexion n&apos;est en ligne)</translation>
    </message>
    <message>
        <source>%1: synced by %2</source>
        <translation>%1&#xa0;: synchronisé par %2</translation>
    </message>
    <message>
        <source>This profile is not a team workspace.</source>
        <translation>Ce profil n&apos;est pas un espace d&apos;équipe.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>il n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>This profile is local again: its inbox is in %1. The team&apos;s inbox stays in %2.</source>
        <translation>Ce profil est de nouveau local&#xa0;: sa boîte de réception se trouve dans %1. La boîte de réception de l&apos;équipe reste dans %2.</translation>
    </message>
    <message>
        <source>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;account&gt;</source>
        <translation>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;compte&gt;</translation>
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
        <translation>Un espace d&apos;équipe conserve la boîte de réception du profil dans la base de données PostgreSQL propre à l&apos;équipe, que le Starling de chaque agent ouvre, au lieu du fichier propre au profil.

  init URL   prépare la boîte de réception dans la base de données (ou la met à jour), puis la rejoint&#xa0;: à exécuter une fois, par la personne qui administre la base de données.
  join URL   fait utiliser à ce profil la boîte de réception de l&apos;équipe. Demande le mot de passe de la base de données et le conserve dans le trousseau du système&#xa0;; l&apos;adresse est enregistrée sans lui.
  status     l&apos;espace, les agents connectés en ce moment, et l&apos;agent dont l&apos;application synchronise chaque compte.
  leave      rend le profil de nouveau local (son propre fichier, comme avant) et supprime le mot de passe du trousseau. La boîte de réception de l&apos;équipe reste dans sa base de données.

Chaque agent se connecte à la base de données avec un rôle qui lui est propre et ne voit que les boîtes de réception (comptes de réseaux sociaux) dont il fait partie&#xa0;; les contacts, étiquettes, réponses enregistrées et règles appartiennent à toute l&apos;équipe. La personne qui a lancé init l&apos;administre&#xa0;:
  add-agent NAME       crée le rôle de connexion NAME avec un nouveau mot de passe, affiché une seule fois (un rôle qui existe déjà garde le sien), et lui permet d&apos;utiliser la base de données de l&apos;équipe.
  remove-agent NAME    retire NAME de l&apos;équipe et de toutes les boîtes de réception.
  grant NAME ACCOUNT   permet à NAME de voir et de traiter la boîte de réception de ACCOUNT (un pseudo, network:handle ou un identifiant). Un compte qu&apos;un agent ajoute lui est déjà attribué.
  revoke NAME ACCOUNT  l&apos;inverse.

Dans un espace d&apos;équipe, l&apos;application d&apos;un seul agent par compte synchronise ce compte et envoie ses messages, si bien que `sync`, `send`, `reply` et `post` refusent de s&apos;exécuter&#xa0;; la lecture et le tri fonctionnent comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>What to do: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Que faire&#xa0;: init, join, status, leave, add-agent, remove-agent, grant ou revoke.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Sous-commande inconnue «&#xa0;%1&#xa0;»&#xa0;: init, join, status, leave, add-agent, remove-agent, grant ou revoke.</translation>
    </message>
    <message>
        <source>  agents: none</source>
        <translation>  agents&#xa0;: aucun</translation>
    </message>
    <message>
        <source>  agents: %1</source>
        <translation>  agents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the agent and the account: starling-cli team %1 ana @shop</source>
        <translation>Indiquez l&apos;agent et le compte&#xa0;: starling-cli team %1 ana @shop</translation>
    </message>
    <message>
        <source>Name the agent: starling-cli team %1 ana</source>
        <translation>Indiquez l&apos;agent&#xa0;: starling-cli team %1 ana</translation>
    </message>
    <message>
        <source>This profile is not a team workspace: join the team database as its administrator first (starling-cli team init URL).</source>
        <translation>Ce profil n&apos;est pas un espace d&apos;équipe&#xa0;: rejoignez d&apos;abord la base de données de l&apos;équipe en tant qu&apos;administrateur (starling-cli team init URL).</translation>
    </message>
    <message>
        <source>The role %1 is an agent of the team now, with the password it has. It joins with: starling-cli team join %2</source>
        <translation>Le rôle %1 est désormais un agent de l&apos;équipe, avec le mot de passe qu&apos;il a déjà. Il rejoint l&apos;équipe avec&#xa0;: starling-cli team join %2</translation>
    </message>
    <message>
        <source>%1 is an agent of the team now. Give them this password, which is not shown again: %2</source>
        <translation>%1 est désormais un agent de l&apos;équipe. Transmettez-lui ce mot de passe, qui ne sera plus affiché&#xa0;: %2</translation>
    </message>
    <message>
        <source>They join with: starling-cli team join %1 (or starling --team %1)</source>
        <translation>Pour rejoindre l&apos;équipe&#xa0;: starling-cli team join %1 (ou starling --team %1)</translation>
    </message>
    <message>
        <source>Grant them inboxes with: starling-cli team grant %1 ACCOUNT</source>
        <translation>Pour lui donner accès à des boîtes de réception&#xa0;: starling-cli team grant %1 ACCOUNT</translation>
    </message>
    <message>
        <source>%1 is no longer an agent of the team, and belongs to no inbox.</source>
        <translation>%1 n&apos;est plus un agent de l&apos;équipe et ne fait partie d&apos;aucune boîte de réception.</translation>
    </message>
    <message>
        <source>%1 now sees and works the inbox of %2.</source>
        <translation>%1 voit et traite désormais la boîte de réception de %2.</translation>
    </message>
    <message>
        <source>%1 no longer sees the inbox of %2.</source>
        <translation>%1 ne voit plus la boîte de réception de %2.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvReader</name>
    <message>
        <source>The file is empty; a contacts CSV starts with a header row.</source>
        <translation>Le fichier est vide&#xa0;; un CSV de contacts commence par une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The header row is longer than 1 MiB; this is not a contacts CSV.</source>
        <translation>La ligne d&apos;en-tête dépasse 1&#xa0;Mio&#xa0;; ce n&apos;est pas un CSV de contacts.</translation>
    </message>
    <message>
        <source>The header row has a quoted column name that is never closed.</source>
        <translation>La ligne d&apos;en-tête contient un nom de colonne dont les guillemets ne sont jamais fermés.</translation>
    </message>
    <message>
        <source>The header row has more than %1 columns.</source>
        <translation>La ligne d&apos;en-tête compte plus de %1 colonnes.</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>La ligne d&apos;en-tête n&apos;est pas du texte UTF-8 valide (enregistrez le fichier en UTF-8).</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>La colonne %1 de la ligne d&apos;en-tête n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The column “%1” names no custom field; write it as custom:&lt;field&gt;.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» ne nomme aucun champ personnalisé&#xa0;; écrivez-la sous la forme custom:&lt;field&gt;.</translation>
    </message>
    <message>
        <source>The column “%1” is not a contacts column. The columns are %2, and custom:&lt;field&gt; for your own fields.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» n&apos;est pas une colonne de contacts. Les colonnes sont %2, et custom:&lt;field&gt; pour vos propres champs.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît plusieurs fois.</translation>
    </message>
    <message>
        <source>The header row has no “name” column; without one, it needs an “email” or a “handles” column.</source>
        <translation>La ligne d&apos;en-tête n&apos;a pas de colonne «&#xa0;name&#xa0;»&#xa0;; sans elle, il lui faut une colonne «&#xa0;email&#xa0;» ou «&#xa0;handles&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; it was skipped.</source>
        <translation>La ligne %1 dépasse 1&#xa0;Mio&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 has a quoted field that is never closed.</source>
        <translation>La ligne %1 contient un champ dont les guillemets ne sont jamais fermés.</translation>
    </message>
    <message>
        <source>Line %1 does not have as many fields as the header row (%2 instead of %3).</source>
        <translation>La ligne %1 n&apos;a pas autant de champs que la ligne d&apos;en-tête (%2 au lieu de %3).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>La ligne %1 n&apos;est pas du texte UTF-8 valide (enregistrez le fichier en UTF-8).</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” is longer than 10,000 characters.</source>
        <translation>Ligne %1&#xa0;: le champ «&#xa0;%2&#xa0;» dépasse 10&#xa0;000 caractères.</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” contains control characters.</source>
        <translation>Ligne %1&#xa0;: le champ «&#xa0;%2&#xa0;» contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a handle; write it as network:handle, where the network is x, mastodon or bluesky.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un pseudo&#xa0;; écrivez-le sous la forme network:handle, où le réseau est x, mastodon ou bluesky.</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or handle.</source>
        <translation>La ligne %1 n&apos;a ni nom, ni e-mail, ni pseudo.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvWriter</name>
    <message>
        <source>Could not write the contacts file: %1</source>
        <translation>Impossible d&apos;écrire le fichier de contacts&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactTransfer</name>
    <message>
        <source>“%1” is not a network:handle.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme network:handle.</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>Le fichier ne peut pas être relu depuis son début.</translation>
    </message>
    <message>
        <source>Line %1: there is no stage “%2” in the pipeline (%3).</source>
        <translation>Ligne %1&#xa0;: le pipeline n&apos;a pas d&apos;étape «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>Other handles</source>
        <translation>Autres pseudos</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne pose problème.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes posent problème.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::contacts::LinkSuggester</name>
    <message>
        <source>@%1 on X</source>
        <translation>@%1 sur X</translation>
    </message>
    <message>
        <source>The same account, %1, seen by two of your accounts.</source>
        <translation>Le même compte, %1, vu par deux de vos comptes.</translation>
    </message>
    <message>
        <source>%1&apos;s profile links to %2.</source>
        <translation>Le profil de %1 renvoie vers %2.</translation>
    </message>
    <message>
        <source>%1 and %2 both link to %3.</source>
        <translation>%1 et %2 renvoient tous deux vers %3.</translation>
    </message>
    <message>
        <source>Both are called “%1”, and %2 mentions %3.</source>
        <translation>Les deux s&apos;appellent «&#xa0;%1&#xa0;», et %2 mentionne %3.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::TimelineText</name>
    <message>
        <source>You (@%1) on %2</source>
        <translation>Vous (@%1) sur %2</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 sur %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stage: %1, by %2</source>
        <translation>Étape&#xa0;: %1, par %2</translation>
    </message>
    <message>
        <source>Rated the support %1 of 5</source>
        <translation>A noté l&apos;assistance %1 sur 5</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::VCardWriter</name>
    <message>
        <source>Unnamed contact</source>
        <translation>Contact sans nom</translation>
    </message>
    <message>
        <source>Could not write the vCard file: %1</source>
        <translation>Impossible d&apos;écrire le fichier vCard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>starling::team</name>
    <message>
        <source>%1 holds no Starling inbox for this version yet. Whoever administers the database sets it up with: starling-cli team init %1</source>
        <translation>%1 ne contient pas encore de boîte de réception Starling pour cette version. La personne qui administre la base de données la prépare avec&#xa0;: starling-cli team init %1</translation>
    </message>
    <message>
        <source>The team database could not be asked: %1</source>
        <translation>La base de données d&apos;équipe n&apos;a pas pu être interrogée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This profile is already the team workspace %1. Leave it first (starling-cli team leave), or use another profile (--profile).</source>
        <translation>Ce profil est déjà l&apos;espace d&apos;équipe %1. Quittez-le d&apos;abord (starling-cli team leave), ou utilisez un autre profil (--profile).</translation>
    </message>
    <message>
        <source>This database holds no team inbox of this version yet: set it up first with starling-cli team init.</source>
        <translation>Cette base de données ne contient pas encore de boîte de réception d&apos;équipe pour cette version&#xa0;: préparez-la d&apos;abord avec starling-cli team init.</translation>
    </message>
    <message>
        <source>“%1” is not a valid agent name: use letters, digits and . _ @ - (at most 63), not starting with pg_.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;agent valide&#xa0;: utilisez des lettres, des chiffres et . _ @ - (63 au maximum), sans commencer par pg_.</translation>
    </message>
    <message>
        <source>The team database holds no account %1 that you may see.</source>
        <translation>La base de données de l&apos;équipe ne contient aucun compte %1 que vous puissiez voir.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team.</source>
        <translation>%1 n&apos;est pas un agent de cette équipe.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team yet: starling-cli team add-agent %1</source>
        <translation>%1 n&apos;est pas encore un agent de cette équipe&#xa0;: starling-cli team add-agent %1</translation>
    </message>
    <message>
        <source>%1 does not belong to that inbox.</source>
        <translation>%1 ne fait pas partie de cette boîte de réception.</translation>
    </message>
</context>
</TS>
