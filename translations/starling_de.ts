<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autostart</name>
    <message>
        <source>Starling could not change what starts when you log in: %1</source>
        <translation>Starling konnte nicht ändern, was bei der Systemanmeldung startet: %1</translation>
    </message>
    <message>
        <source>Your inbox, waiting in the tray</source>
        <translation>Dein Posteingang, bereit im Infobereich</translation>
    </message>
    <message>
        <source>the registry</source>
        <translation>die Registrierungsdatenbank</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A second start sent a request Starling cannot read: %1</source>
        <translation>Ein zweiter Start hat eine Anfrage gesendet, die Starling nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>no argument list</source>
        <translation>keine Argumentliste</translation>
    </message>
    <message>
        <source>an argument that is not text</source>
        <translation>ein Argument, das kein Text ist</translation>
    </message>
    <message>
        <source>No Starling answers on this profile.</source>
        <translation>Auf diesem Profil antwortet keine Starling-Instanz.</translation>
    </message>
    <message>
        <source>Starling cannot listen for later starts on this profile: %1</source>
        <translation>Starling kann auf diesem Profil nicht auf spätere Starts warten: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop inbox for X, Mastodon and Bluesky.</source>
        <translation>Ein Desktop-Posteingang für X, Mastodon und Bluesky.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;.</source>
        <translation>Das Profil in &lt;Ordner&gt; verwenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Starling</source>
        <translation>Starling</translation>
    </message>
    <message>
        <source>Try Starling on a sandbox network, in a throw-away profile.</source>
        <translation>Starling in einem Sandbox-Netzwerk ausprobieren, mit einem Wegwerfprofil.</translation>
    </message>
    <message>
        <source>The demo network could not start.</source>
        <translation>Das Demo-Netzwerk konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Starling is already running with this profile (%1, process %2). Only one may run at a time on a profile, so that nothing is sent twice.</source>
        <translation>Starling läuft bereits mit diesem Profil (%1, Prozess %2). Pro Profil kann nur eine Instanz laufen, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>Start in the tray, without the window (if there is a tray).</source>
        <translation>Im Infobereich starten, ohne Fenster (falls es einen Infobereich gibt).</translation>
    </message>
    <message>
        <source>Join the team workspace at &lt;url&gt; (postgres://user@host:port/database) with this profile, or open it if the profile is that workspace.</source>
        <translation>Mit diesem Profil dem Team-Arbeitsbereich unter &lt;url&gt; (postgres://user@host:port/database) beitreten, oder ihn öffnen, wenn das Profil dieser Arbeitsbereich ist.</translation>
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
        <translation>@%1 auf %2: %3</translation>
    </message>
</context>
<context>
    <name>starling::AccountManager</name>
    <message>
        <source>The account has no id.</source>
        <translation>Das Konto hat keine ID.</translation>
    </message>
    <message>
        <source>@%1 on %2 is already added.</source>
        <translation>@%1 auf %2 ist bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Starling could not delete the sign-in of @%1 from the system keychain, and will try again the next time it starts. %2</source>
        <translation>Starling konnte die Anmeldung von @%1 nicht aus dem Schlüsselbund des Systems löschen und versucht es beim nächsten Start erneut. %2</translation>
    </message>
</context>
<context>
    <name>starling::AccountStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Rate limited until %1</source>
        <translation>Ratenlimit bis %1</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in expired: sign in again</source>
        <translation>Anmeldung abgelaufen: erneut anmelden</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Synced by %1</source>
        <extracomment>A team workspace: %1 is the agent whose app syncs and sends this account</extracomment>
        <translation>Synchronisiert von %1</translation>
    </message>
</context>
<context>
    <name>starling::AccountSwitcherModel</name>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Every account in one inbox (Ctrl+1)</source>
        <translation>Alle Konten in einem Posteingang (Strg+1)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;)</extracomment>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <extracomment>%1 is the account&apos;s name, %2 its network, %3 its state (e.g. &quot;Connected&quot;), %4 its shortcut key</extracomment>
        <translation>%1 auf %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>starling::AddAccountDialog</name>
    <message>
        <source>Sign in with the browser</source>
        <translation>Im Browser anmelden</translation>
    </message>
    <message>
        <source>The client ID of your X app</source>
        <translation>Die Client-ID deiner X-App</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
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
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Type the server your account lives on. Starling introduces itself to that server once, then opens its sign-in page in your browser; your password never passes through Starling.</source>
        <translation>Gib den Server ein, auf dem dein Konto liegt. Starling stellt sich diesem Server einmal vor und öffnet dann dessen Anmeldeseite im Browser; dein Passwort läuft nie über Starling.</translation>
    </message>
    <message>
        <source>mastodon.social</source>
        <translation>mastodon.social</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Sign in again as @%1</source>
        <translation>Erneut als @%1 anmelden</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>you.bsky.social</source>
        <translation>du.bsky.social</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>&amp;Handle</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>App &amp;password</source>
        <translation>App-&amp;Passwort</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Hosting-Anbieter</translation>
    </message>
    <message>
        <source>Hosting pro&amp;vider</source>
        <translation>Hosting-An&amp;bieter</translation>
    </message>
    <message>
        <source>The network of the account to add</source>
        <translation>Das Netzwerk des Kontos, das hinzugefügt wird</translation>
    </message>
    <message>
        <source>Sign in to the account; Starling keeps its token in the keychain</source>
        <translation>Beim Konto anmelden; Starling bewahrt das Token im Schlüsselbund auf</translation>
    </message>
    <message>
        <source>Found from your handle</source>
        <translation>Aus deinem Handle ermittelt</translation>
    </message>
    <message>
        <source>Type your handle and sign in with the browser: your server&apos;s sign-in page opens there, and your password never passes through Starling. Or sign in with an app password, never your account password: in Bluesky, open Settings, Privacy and security, App passwords, and add one with “Allow access to your direct messages” turned on, so that Starling can read and answer your DMs.</source>
        <translation>Gib dein Handle ein und melde dich im Browser an: Dort öffnet sich die Anmeldeseite deines Servers, und dein Passwort geht nie durch Starling. Oder melde dich mit einem App-Passwort an, nie mit deinem Kontopasswort: Öffne in Bluesky Einstellungen, Privatsphäre und Sicherheit, App-Passwörter, und lege eines mit eingeschaltetem „Zugriff auf deine Direktnachrichten erlauben“ an, damit Starling deine DMs lesen und beantworten kann.</translation>
    </message>
    <message>
        <source>Empty to sign in with the browser</source>
        <translation>Leer lassen, um dich im Browser anzumelden</translation>
    </message>
    <message>
        <source>Leave empty: Starling looks up where your account is hosted from your handle (bsky.social when it cannot). Type your server only to sign in there with an app password.</source>
        <translation>Leer lassen: Starling findet anhand deines Handles heraus, wo dein Konto gehostet wird (bsky.social, wenn das nicht gelingt). Gib deinen Server nur ein, um dich dort mit einem App-Passwort anzumelden.</translation>
    </message>
</context>
<context>
    <name>starling::Automation</name>
    <message>
        <source>A rule needs a name.</source>
        <translation>Eine Regel braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>starling::AutomationService</name>
    <message>
        <source>Feedback survey</source>
        <translation>Feedback-Umfrage</translation>
    </message>
    <message>
        <source>rating %1 recorded</source>
        <translation>Bewertung %1 erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic message(s) left this account in the last hour; no more for now.</source>
        <translation>
            <numerusform>In der letzten Stunde hat %n automatische Nachricht dieses Konto verlassen; vorerst keine weiteren.</numerusform>
            <numerusform>In der letzten Stunde haben %n automatische Nachrichten dieses Konto verlassen; vorerst keine weiteren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::BlueskyAccountSignIn</name>
    <message>
        <source>Enter your Bluesky handle and an app password.</source>
        <translation>Gib dein Bluesky-Handle und ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Bluesky did not accept this handle and app password.</source>
        <translation>Bluesky hat dieses Handle und App-Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This account asks for an e-mail code at sign-in: use an app password instead.</source>
        <translation>Dieses Konto verlangt bei der Anmeldung einen E-Mail-Code: Verwende stattdessen ein App-Passwort.</translation>
    </message>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky hat dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>This Bluesky account is not active (%1).</source>
        <translation>Dieses Bluesky-Konto ist nicht aktiv (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Angemeldet. Konto wird gelesen…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>Es gibt keine Bluesky-Anmeldung zum Speichern.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>@%1 wird nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyClient</name>
    <message>
        <source>This conversation is locked: no one can write in it any more.</source>
        <translation>Diese Unterhaltung ist gesperrt: Niemand kann mehr darin schreiben.</translation>
    </message>
    <message>
        <source>You cannot write to this person on Bluesky: one of you has blocked the other.</source>
        <translation>Du kannst dieser Person auf Bluesky nicht schreiben: Einer von euch hat den anderen blockiert.</translation>
    </message>
    <message>
        <source>This person accepts direct messages only from people they follow.</source>
        <translation>Diese Person akzeptiert Direktnachrichten nur von Leuten, denen sie folgt.</translation>
    </message>
    <message>
        <source>This person does not accept direct messages on Bluesky.</source>
        <translation>Diese Person akzeptiert auf Bluesky keine Direktnachrichten.</translation>
    </message>
    <message>
        <source>This person is not on Bluesky any more.</source>
        <translation>Diese Person ist nicht mehr auf Bluesky.</translation>
    </message>
    <message>
        <source>This Bluesky conversation no longer exists.</source>
        <translation>Diese Bluesky-Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This Bluesky account is suspended.</source>
        <translation>Dieses Bluesky-Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>No one on Bluesky has this handle.</source>
        <translation>Niemand auf Bluesky hat dieses Handle.</translation>
    </message>
    <message>
        <source>This app password cannot read direct messages: create one with &apos;Allow access to your direct messages&apos; turned on</source>
        <translation>Dieses App-Passwort kann keine Direktnachrichten lesen: Erstelle eines mit eingeschaltetem „Zugriff auf deine Direktnachrichten erlauben“</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle.</source>
        <translation>„%1“ ist kein Bluesky-Handle.</translation>
    </message>
    <message>
        <source>This is not a Bluesky page token.</source>
        <translation>Das ist kein Bluesky-Seitentoken.</translation>
    </message>
    <message>
        <source>This is not a Bluesky conversation id.</source>
        <translation>Das ist keine Bluesky-Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>A Bluesky conversation has between one and nine other people.</source>
        <translation>An einer Bluesky-Unterhaltung sind eine bis neun andere Personen beteiligt.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky account id.</source>
        <translation>„%1“ ist keine Bluesky-Konto-ID.</translation>
    </message>
    <message>
        <source>Bluesky direct messages cannot carry images or other files.</source>
        <translation>Bluesky-Direktnachrichten können keine Bilder oder anderen Dateien enthalten.</translation>
    </message>
    <message>
        <source>A Bluesky direct message needs some text.</source>
        <translation>Eine Bluesky-Direktnachricht braucht etwas Text.</translation>
    </message>
    <message>
        <source>The account&apos;s Bluesky id is not known yet; sign in again.</source>
        <translation>Die Bluesky-ID des Kontos ist noch nicht bekannt; melde dich erneut an.</translation>
    </message>
    <message>
        <source>A Bluesky post needs some text or an image.</source>
        <translation>Ein Bluesky-Post braucht etwas Text oder ein Bild.</translation>
    </message>
    <message>
        <source>An image of this post is no longer uploaded; attach it again.</source>
        <translation>Ein Bild dieses Posts ist nicht mehr hochgeladen; hänge es erneut an.</translation>
    </message>
    <message>
        <source>This is not a Bluesky post to reply to.</source>
        <translation>Das ist kein Bluesky-Post, auf den man antworten kann.</translation>
    </message>
    <message>
        <source>The post this answers no longer exists.</source>
        <translation>Der Post, auf den dies antwortet, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Bluesky posts take images only (this file is %1).</source>
        <translation>Bluesky-Posts nehmen nur Bilder an (diese Datei ist %1).</translation>
    </message>
    <message>
        <source>%1 is too large for Bluesky: an image may have at most 2,000,000 bytes.</source>
        <translation>%1 ist zu groß für Bluesky: Ein Bild darf höchstens 2.000.000 Bytes haben.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Die Datei hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source>Bluesky answered something unexpected for one of your posts.</source>
        <translation>Bluesky hat für einen deiner Posts etwas Unerwartetes geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>A Bluesky post can carry at most %n image(s).</source>
        <translation>
            <numerusform>Ein Bluesky-Post kann höchstens %n Bild enthalten.</numerusform>
            <numerusform>Ein Bluesky-Post kann höchstens %n Bilder enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bluesky sent an answer Starling could not read (%1).</source>
        <translation>Bluesky hat eine Antwort gesendet, die Starling nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>An item from Bluesky was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Ein Element von Bluesky wurde ausgelassen: %1.</translation>
    </message>
    <message>
        <source>a direct message without an id, sender, text or time</source>
        <translation>eine Direktnachricht ohne ID, Absender, Text oder Zeit</translation>
    </message>
    <message>
        <source>a conversation without an id or members</source>
        <translation>eine Unterhaltung ohne ID oder Mitglieder</translation>
    </message>
    <message>
        <source>conversation %1 with a malformed member</source>
        <translation>Unterhaltung %1 mit einem fehlerhaften Mitglied</translation>
    </message>
    <message>
        <source>a malformed profile</source>
        <translation>ein fehlerhaftes Profil</translation>
    </message>
    <message>
        <source>a direct message of an unknown kind</source>
        <translation>eine Direktnachricht unbekannter Art</translation>
    </message>
    <message>
        <source>a log entry that is not an object</source>
        <translation>ein Protokolleintrag, der kein Objekt ist</translation>
    </message>
    <message>
        <source>a log entry without a conversation or revision</source>
        <translation>ein Protokolleintrag ohne Unterhaltung oder Revision</translation>
    </message>
    <message>
        <source>a log entry with malformed profiles</source>
        <translation>ein Protokolleintrag mit fehlerhaften Profilen</translation>
    </message>
    <message>
        <source>a log entry without its message</source>
        <translation>ein Protokolleintrag ohne seine Nachricht</translation>
    </message>
    <message>
        <source>a notification without a reason or time</source>
        <translation>eine Benachrichtigung ohne Grund oder Zeit</translation>
    </message>
    <message>
        <source>a mention without a post, author, text or time</source>
        <translation>eine Erwähnung ohne Post, Autor, Text oder Zeit</translation>
    </message>
    <message>
        <source>a post of the thread</source>
        <translation>ein Post des Threads</translation>
    </message>
    <message>
        <source>This Bluesky post no longer exists.</source>
        <translation>Dieser Bluesky-Post existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This Bluesky post is hidden by a block.</source>
        <translation>Dieser Bluesky-Post ist durch eine Blockierung verborgen.</translation>
    </message>
    <message>
        <source>a malformed post</source>
        <translation>ein fehlerhafter Post</translation>
    </message>
    <message>
        <source>a deleted direct message without an id</source>
        <translation>eine gelöschte Direktnachricht ohne ID</translation>
    </message>
    <message>
        <source>The identity of this account names no server to reach it at.</source>
        <translation>Die Identität dieses Kontos nennt keinen Server, über den es erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyIdentityResolver</name>
    <message>
        <source>No Bluesky account answers for @%1.</source>
        <translation>Kein Bluesky-Konto gehört zu @%1.</translation>
    </message>
    <message>
        <source>“%1” is not a Bluesky handle (it looks like name.bsky.social).</source>
        <translation>„%1“ ist kein Bluesky-Handle (es sieht aus wie name.bsky.social).</translation>
    </message>
    <message>
        <source>@%1 points to an account that does not use this handle.</source>
        <translation>@%1 verweist auf ein Konto, das dieses Handle nicht verwendet.</translation>
    </message>
    <message>
        <source>Bluesky accounts with a %1 identity are not supported.</source>
        <translation>Bluesky-Konten mit einer %1-Identität werden nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSession</name>
    <message>
        <source>The key of this Bluesky sign-in is damaged. Sign in again.</source>
        <translation>Der Schlüssel dieser Bluesky-Anmeldung ist beschädigt. Melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskyOAuthSignIn</name>
    <message>
        <source>The account&apos;s server does not offer the Bluesky sign-in in the browser as Starling needs it (%1). Sign in with an app password instead.</source>
        <translation>Der Server des Kontos bietet die Bluesky-Anmeldung im Browser nicht so an, wie Starling sie braucht (%1). Melde dich stattdessen mit einem App-Passwort an.</translation>
    </message>
    <message>
        <source>Enter your Bluesky handle (like alice.bsky.social) to sign in in the browser.</source>
        <translation>Gib dein Bluesky-Handle ein (etwa alice.bsky.social), um dich im Browser anzumelden.</translation>
    </message>
    <message>
        <source>Looking up @%1…</source>
        <translation>@%1 wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>Finding the sign-in of %1…</source>
        <translation>Anmeldung von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Warten auf Freigabe für Starling im Browser…</translation>
    </message>
    <message>
        <source>The server signed in another account than @%1. Starling did not keep the sign-in.</source>
        <translation>Der Server hat ein anderes Konto als @%1 angemeldet. Starling hat die Anmeldung nicht übernommen.</translation>
    </message>
    <message>
        <source>Asking %1 to sign you in…</source>
        <translation>%1 wird um die Anmeldung gebeten…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Angemeldet. Konto wird gelesen…</translation>
    </message>
    <message>
        <source>There is no Bluesky sign-in to keep.</source>
        <translation>Es gibt keine Bluesky-Anmeldung zum Speichern.</translation>
    </message>
</context>
<context>
    <name>starling::BlueskySession</name>
    <message>
        <source>Bluesky has taken this account down.</source>
        <translation>Bluesky hat dieses Konto gesperrt.</translation>
    </message>
    <message>
        <source>Bluesky no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>Bluesky akzeptiert die Anmeldung dieses Kontos nicht mehr. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain did not store the Bluesky sign-in: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Bluesky-Anmeldung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The Bluesky sign-in of this account is not in the keychain. Please sign in again.</source>
        <translation>Die Bluesky-Anmeldung dieses Kontos ist nicht im Schlüsselbund. Bitte melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>starling::ComposeWidget</name>
    <message>
        <source>Switch to DM</source>
        <translation>Zu DM wechseln</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Choose between a public reply and a direct message</source>
        <translation>Zwischen öffentlicher Antwort und Direktnachricht wählen</translation>
    </message>
    <message>
        <source>Reply mode</source>
        <translation>Antwortmodus</translation>
    </message>
    <message>
        <source>Answer in public with a link that opens a DM with you, then write the DM</source>
        <translation>Öffentlich mit einem Link antworten, der eine DM mit dir öffnet, und dann die DM schreiben</translation>
    </message>
    <message>
        <source>Attach an image, GIF or video</source>
        <translation>Bild, GIF oder Video anhängen</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Type a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Bilder und Videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>🔒 Direct message to %1</source>
        <translation>🔒 Direktnachricht an %1</translation>
    </message>
    <message>
        <source>🌐 Public reply, visible to everyone</source>
        <translation>🌐 Öffentliche Antwort, für alle sichtbar</translation>
    </message>
    <message>
        <source>Reply in public instead</source>
        <translation>Stattdessen öffentlich antworten</translation>
    </message>
    <message>
        <source>Reply by DM instead</source>
        <translation>Stattdessen per DM antworten</translation>
    </message>
    <message>
        <source>Write a private message…</source>
        <translation>Private Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Write a public reply…</source>
        <translation>Öffentliche Antwort schreiben…</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>noch %n</numerusform>
            <numerusform>noch %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <comment>reply mode</comment>
        <extracomment>Button that switches the reply between public and direct message</extracomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; the line above says who will see it</source>
        <translation>Strg+Eingabe sendet; die Zeile darüber sagt, wer es sieht</translation>
    </message>
</context>
<context>
    <name>starling::ContactImportDialog</name>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Die zu importierende CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>Each row of the file with its line, its name, and what the import does with it or what is wrong with it</source>
        <translation>Jede Zeile der Datei mit Zeilennummer, Name und dem, was der Import damit tut oder was daran falsch ist</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wähle zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is being checked.</source>
        <translation>Die Datei wird geprüft.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Updates the contact of %1</source>
        <translation>Aktualisiert den Kontakt von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden.</numerusform>
            <numerusform>%n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are shown.</source>
        <translation>
            <numerusform>Nur %n Zeile wird angezeigt.</numerusform>
            <numerusform>Nur die ersten %n Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) name nobody you talk to; they are kept in the field “%1”.</source>
        <translation>
            <numerusform>%n Handle gehört niemandem, mit dem du schreibst; es wird im Feld „%1“ gespeichert.</numerusform>
            <numerusform>%n Handles gehören niemandem, mit dem du schreibst; sie werden im Feld „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, shown in red. The import is all or nothing, so nothing can be imported until they are fixed: correct the file and choose it again.</source>
        <translation>
            <numerusform>%n Zeile hat Probleme (rot markiert). Der Import gilt ganz oder gar nicht, daher kann nichts importiert werden, bis sie behoben sind: Korrigiere die Datei und wähle sie erneut.</numerusform>
            <numerusform>%n Zeilen haben Probleme (rot markiert). Der Import gilt ganz oder gar nicht, daher kann nichts importiert werden, bis sie behoben sind: Korrigiere die Datei und wähle sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n problem(s) are shown.</source>
        <translation>
            <numerusform>Nur %n Problem wird angezeigt.</numerusform>
            <numerusform>Nur die ersten %n Probleme werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows have problems; the import is all or nothing.</source>
        <translation>Einige Zeilen haben Probleme; der Import gilt ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The file has no contacts to import.</source>
        <translation>Die Datei enthält keine Kontakte zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt importieren</numerusform>
            <numerusform>%n Kontakte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has been imported.</source>
        <translation>Diese Datei wurde importiert.</translation>
    </message>
</context>
<context>
    <name>starling::ContactTableModel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>No conversation yet</source>
        <translation>Noch keine Unterhaltung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>starling::Contacts</name>
    <message>
        <source>There is no such contact.</source>
        <translation>Diesen Kontakt gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation>Diese Person gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no stage “%1” in the pipeline.</source>
        <translation>In der Pipeline gibt es keine Phase „%1“.</translation>
    </message>
    <message>
        <source>A tag has 1 to 40 characters.</source>
        <translation>Ein Tag hat 1 bis 40 Zeichen.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>A contact cannot be merged into itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>This is the contact&apos;s only identity: there is nothing to split it from.</source>
        <translation>Das ist die einzige Identität des Kontakts: Es gibt nichts, wovon sie abgetrennt werden könnte.</translation>
    </message>
    <message>
        <source>No one called @%1 on %2 has written to you.</source>
        <translation>Niemand namens @%1 auf %2 hat dir geschrieben.</translation>
    </message>
    <message>
        <source>Several people are called @%1 on %2; name them by id.</source>
        <translation>Mehrere Personen heißen @%1 auf %2; gib sie per ID an.</translation>
    </message>
    <message>
        <source>A stage&apos;s name has 1 to 40 characters.</source>
        <translation>Der Name einer Phase hat 1 bis 40 Zeichen.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already.</source>
        <translation>Es gibt bereits eine Phase „%1“.</translation>
    </message>
    <message>
        <source>Name every stage of the pipeline once: %1.</source>
        <translation>Nenne jede Phase der Pipeline genau einmal: %1.</translation>
    </message>
</context>
<context>
    <name>starling::ContactsDialog</name>
    <message>
        <source>Set &amp;stage…</source>
        <translation>&amp;Phase festlegen…</translation>
    </message>
    <message>
        <source>&amp;Add tag…</source>
        <translation>Tag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>Tag &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Search names, companies, e-mail, handles…</source>
        <translation>Namen, Firmen, E-Mail, Handles durchsuchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Shows the people whose name, company, e-mail or handle holds these words (Ctrl+F)</source>
        <translation>Zeigt die Personen, deren Name, Firma, E-Mail oder Handle diese Wörter enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Only people in this stage of the pipeline</source>
        <translation>Nur Personen in dieser Phase der Pipeline</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only people with this tag</source>
        <translation>Nur Personen mit diesem Tag</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Only people we talk to on this network</source>
        <translation>Nur Personen, mit denen du in diesem Netzwerk schreibst</translation>
    </message>
    <message>
        <source>Any network</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Only people by when we last talked with them</source>
        <translation>Personen nach dem Zeitpunkt des letzten Kontakts filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Vor mehr als 30 Tagen</translation>
    </message>
    <message>
        <source>One row per person: name, company, stage, tags, networks and last contact</source>
        <translation>Eine Zeile pro Person: Name, Firma, Phase, Tags, Netzwerke und letzter Kontakt</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>People per stage</source>
        <translation>Personen pro Phase</translation>
    </message>
    <message>
        <source>How many people are in each stage of the pipeline now</source>
        <translation>Wie viele Personen jetzt in jeder Phase der Pipeline sind</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Conversions to:</source>
        <translation>&amp;Konversionen zu:</translation>
    </message>
    <message>
        <source>Conversions to</source>
        <translation>Konversionen zu</translation>
    </message>
    <message>
        <source>The chart counts the people who reached this stage, month by month</source>
        <translation>Das Diagramm zählt die Personen, die diese Phase erreicht haben, Monat für Monat</translation>
    </message>
    <message>
        <source>Conversions per month</source>
        <translation>Konversionen pro Monat</translation>
    </message>
    <message>
        <source>Move the selected people to a stage of the pipeline</source>
        <translation>Die ausgewählten Personen in eine Phase der Pipeline verschieben</translation>
    </message>
    <message>
        <source>Tag the selected people</source>
        <translation>Die ausgewählten Personen taggen</translation>
    </message>
    <message>
        <source>Take a tag off the selected people</source>
        <translation>Einen Tag von den ausgewählten Personen entfernen</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Kontakte aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Export the selected people, or everyone the filters show, as CSV or vCard</source>
        <translation>Die ausgewählten Personen oder alle, die die Filter zeigen, als CSV oder vCard exportieren</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>People who reached “%1”, per month</source>
        <translation>Personen, die „%1“ erreicht haben, pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n selected</source>
        <translation>
            <numerusform>%1, %n ausgewählt</numerusform>
            <numerusform>%1, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in no stage now.</source>
        <translation>
            <numerusform>%n Person ist jetzt in keiner Phase.</numerusform>
            <numerusform>%n Personen sind jetzt in keiner Phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in the stage “%1” now.</source>
        <translation>
            <numerusform>%n Person ist jetzt in der Phase „%1“.</numerusform>
            <numerusform>%n Personen sind jetzt in der Phase „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>The tag for the %n selected person(s):</source>
        <translation>
            <numerusform>Der Tag für die %n ausgewählte Person:</numerusform>
            <numerusform>Der Tag für die %n ausgewählten Personen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n person(s) “%1”.</source>
        <translation>
            <numerusform>%n Person mit „%1“ getaggt.</numerusform>
            <numerusform>%n Personen mit „%1“ getaggt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected people have no tags.</source>
        <translation>Die ausgewählten Personen haben keine Tags.</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %n selected person(s):</source>
        <translation>
            <numerusform>Der Tag, der von der %n ausgewählten Person entfernt wird:</numerusform>
            <numerusform>Der Tag, der von den %n ausgewählten Personen entfernt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag “%1” from %n person(s).</source>
        <translation>
            <numerusform>Tag „%1“ von %n Person entfernt.</numerusform>
            <numerusform>Tag „%1“ von %n Personen entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Nobody matches the filters: nothing to export.</source>
        <translation>Niemand passt zu den Filtern: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n Kontakt nach %1 exportiert.</numerusform>
            <numerusform>%n Kontakte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit s&amp;tages…</source>
        <translation>Phasen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Phasen bearbeiten</translation>
    </message>
    <message>
        <source>Rename, add, remove and reorder the stages of the pipeline</source>
        <translation>Die Phasen der Pipeline umbenennen, hinzufügen, entfernen und neu anordnen</translation>
    </message>
    <message>
        <source>Saved the stages of the pipeline.</source>
        <translation>Die Phasen der Pipeline wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>starling::ConversationDelegate</name>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>A conversation&apos;s mark in the inbox list: a message request, not accepted yet</extracomment>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>starling::ConversationListModel</name>
    <message>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <source>Direct message on %1</source>
        <translation>Direktnachricht auf %1</translation>
    </message>
    <message>
        <source>Group conversation on %1</source>
        <translation>Gruppenunterhaltung auf %1</translation>
    </message>
    <message>
        <source>Public mention on %1</source>
        <translation>Öffentliche Erwähnung auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>%1. %2. %3. %4. %5</source>
        <extracomment>Read aloud for a conversation: %1 the person, %2 the kind and network, %3 the time, %4 read or unread, %5 the start of the last message.</extracomment>
        <translation>%1. %2. %3. %4. %5</translation>
    </message>
    <message>
        <source>Message request on %1</source>
        <translation>Nachrichtenanfrage auf %1</translation>
    </message>
    <message>
        <source>Group message request on %1</source>
        <translation>Gruppen-Nachrichtenanfrage auf %1</translation>
    </message>
</context>
<context>
    <name>starling::CredentialStore</name>
    <message>
        <source>The secret is not in the keychain, or the keychain is locked.</source>
        <translation>Die Zugangsdaten sind nicht im Schlüsselbund, oder der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Starling keeps sign-ins only there: start or unlock your keychain, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Starling speichert Anmeldungen nur dort: Starte oder entsperre deinen Schlüsselbund und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not return what was stored.</source>
        <translation>Der Schlüsselbund hat nicht zurückgegeben, was gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>starling::Demo</name>
    <message>
        <source>thanks</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>danke</translation>
    </message>
    <message>
        <source>order</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>bestellung</translation>
    </message>
    <message>
        <source>refund</source>
        <comment>short name of a saved reply</comment>
        <extracomment>Short name of a demo saved reply, typed after &quot;/&quot;: one word of letters, digits, - or _.</extracomment>
        <translation>erstattung</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Thank you, {first_name}! Anything else I can help with?</source>
        <translation>Danke, {first_name}! Kann ich sonst noch helfen?</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Hi {first_name}, could you send me your order number? I&apos;ll look into it right away. – {my_name}</source>
        <translation>Hallo {first_name}, könntest du mir deine Bestellnummer schicken? Ich kümmere mich sofort darum. – {my_name}</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Erstattung unterwegs</translation>
    </message>
    <message>
        <source>Sorry about that, {first_name}. I&apos;ve started the refund: it reaches your account in 3–5 days.</source>
        <translation>Das tut mir leid, {first_name}. Ich habe die Erstattung veranlasst: Sie ist in 3–5 Tagen auf deinem Konto.</translation>
    </message>
    <message>
        <source>Tag billing questions</source>
        <translation>Abrechnungsfragen taggen</translation>
    </message>
    <message>
        <source>refund, charged, invoice</source>
        <extracomment>Keywords of the demo rule that tags billing questions, separated by commas.</extracomment>
        <translation>Erstattung, abgebucht, Rechnung</translation>
    </message>
    <message>
        <source>billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Feedback-Umfrage</translation>
    </message>
    <message>
        <source>Thanks for talking to us, {first_name}! How did we do, from 1 to 5?</source>
        <translation>Danke für das Gespräch, {first_name}! Wie waren wir, von 1 bis 5?</translation>
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
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>starling::DpopKey</name>
    <message>
        <source>The signing key could not be read.</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signing key is not a P-256 (ES256) private key.</source>
        <translation>Der Signaturschlüssel ist kein privater P-256-Schlüssel (ES256).</translation>
    </message>
    <message>
        <source>The signing key is damaged: its public and private parts do not match.</source>
        <translation>Der Signaturschlüssel ist beschädigt: Sein öffentlicher und sein privater Teil passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Could not create a key to sign requests with.</source>
        <translation>Es konnte kein Schlüssel zum Signieren der Anfragen erzeugt werden.</translation>
    </message>
    <message>
        <source>The signing key could not be read: it is not a PKCS#8 private key.</source>
        <translation>Der Signaturschlüssel konnte nicht gelesen werden: Er ist kein privater PKCS#8-Schlüssel.</translation>
    </message>
    <message>
        <source>The key is not a P-256 private key in JWK form.</source>
        <translation>Der Schlüssel ist kein privater P-256-Schlüssel im JWK-Format.</translation>
    </message>
</context>
<context>
    <name>starling::Error</name>
    <message>
        <source>The network could not be reached.</source>
        <translation>Das Netzwerk war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Too many requests; the server asked us to wait.</source>
        <translation>Zu viele Anfragen; der Server hat um eine Pause gebeten.</translation>
    </message>
    <message>
        <source>The sign-in has expired.</source>
        <translation>Die Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The sign-in was revoked; please sign in again.</source>
        <translation>Die Anmeldung wurde widerrufen; bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>The server refused this action for this account.</source>
        <translation>Der Server hat diese Aktion für dieses Konto abgelehnt.</translation>
    </message>
    <message>
        <source>It could not be found.</source>
        <translation>Es wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>The server had a problem; try again later.</source>
        <translation>Der Server hatte ein Problem; versuche es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer Starling could not read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Starling nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The local database could not be used.</source>
        <translation>Die lokale Datenbank konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A service Starling needs on this computer is not available.</source>
        <translation>Ein Dienst, den Starling auf diesem Computer braucht, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Someone else changed it first.</source>
        <translation>Jemand anderes hat es zuerst geändert.</translation>
    </message>
</context>
<context>
    <name>starling::Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export could not start reading.</source>
        <translation>Der Export konnte nicht mit dem Lesen beginnen.</translation>
    </message>
</context>
<context>
    <name>starling::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>starling::HttpClient</name>
    <message>
        <source>Too many requests to %1; try again after %2.</source>
        <translation>Zu viele Anfragen an %1; versuche es nach %2 erneut.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>The request has no valid address.</source>
        <translation>Die Anfrage hat keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large.</source>
        <translation>Die Antwort von %1 war zu groß.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 hat eine Antwort gesendet, die Starling nicht lesen konnte.</translation>
    </message>
    <message>
        <source>%1 redirected the request elsewhere.</source>
        <translation>%1 hat die Anfrage an eine andere Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfe die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut short.</source>
        <translation>Die Antwort von %1 wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>starling::InboxActions</name>
    <message>
        <source>The public answer is on its way, but no DM could be opened: %1</source>
        <translation>Die öffentliche Antwort ist unterwegs, aber es konnte keine DM geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 took this conversation first.</source>
        <translation>%1 hat diese Unterhaltung zuerst übernommen.</translation>
    </message>
</context>
<context>
    <name>starling::InboxService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>A direct message can only be answered privately.</source>
        <translation>Auf eine Direktnachricht kann nur privat geantwortet werden.</translation>
    </message>
    <message>
        <source>It is not known who wrote this, so there is no one to answer privately.</source>
        <translation>Es ist nicht bekannt, wer dies geschrieben hat, daher gibt es niemanden, dem privat geantwortet werden kann.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>Message %1 is not on the network yet: it cannot be answered.</source>
        <translation>Nachricht %1 ist noch nicht im Netzwerk: Sie kann nicht beantwortet werden.</translation>
    </message>
    <message>
        <source>Message %1 is yours: there is no one to answer privately.</source>
        <translation>Nachricht %1 ist deine eigene: Es gibt niemanden, dem privat geantwortet werden kann.</translation>
    </message>
    <message>
        <source>The author of message %1 is not known.</source>
        <translation>Der Autor von Nachricht %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Happy to help! Let&apos;s continue in a direct message:</source>
        <translation>Wir helfen gern! Lass uns per Direktnachricht weitermachen:</translation>
    </message>
    <message>
        <source>The account is not there any more.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 finds no one called “%2”.</source>
        <translation>%1 findet niemanden namens „%2“.</translation>
    </message>
    <message>
        <source>This message is not waiting to be sent.</source>
        <translation>Diese Nachricht wartet nicht darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>Die Unterhaltung existiert nicht.</translation>
    </message>
</context>
<context>
    <name>starling::InboxView</name>
    <message>
        <source>Search all messages…  /</source>
        <translation>Alle Nachrichten durchsuchen…  /</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search every stored message. &quot;Quotes&quot; match a phrase, word* a beginning.</source>
        <translation>Alle gespeicherten Nachrichten durchsuchen. &quot;Anführungszeichen&quot; finden eine Wortgruppe, wort* einen Wortanfang.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>DMs</source>
        <translation>DMs</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Show: %1</source>
        <translation>Anzeigen: %1</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>All caught up. New messages and mentions appear here.</source>
        <translation>Alles erledigt. Neue Nachrichten und Erwähnungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Hier ist nichts.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Taggen…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) done</source>
        <translation>
            <numerusform>%n Unterhaltung als erledigt markieren</numerusform>
            <numerusform>%n Unterhaltungen als erledigt markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n conversation(s) read</source>
        <translation>
            <numerusform>%n Unterhaltung als gelesen markieren</numerusform>
            <numerusform>%n Unterhaltungen als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s)…</source>
        <translation>
            <numerusform>%n Unterhaltung taggen…</numerusform>
            <numerusform>%n Unterhaltungen taggen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n conversation(s)…</source>
        <translation>
            <numerusform>%n Unterhaltung zuweisen…</numerusform>
            <numerusform>%n Unterhaltungen zuweisen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these conversations in the list</source>
        <translation>Nur diese Unterhaltungen in der Liste anzeigen</translation>
    </message>
    <message>
        <source>Newest first; j and k move, Enter opens, e marks done</source>
        <translation>Neueste zuerst; j und k bewegen, Eingabe öffnet, e markiert als erledigt</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Filter: the conversations assigned to the user</extracomment>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Filter: the conversations assigned to no one</extracomment>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No open conversation is assigned to %1. Take one with T.</source>
        <translation>Keine offene Unterhaltung ist %1 zugewiesen. Mit T übernehmen Sie eine.</translation>
    </message>
    <message>
        <source>Every open conversation has someone on it.</source>
        <translation>Jede offene Unterhaltung hat eine zuständige Person.</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>Filter: message requests, conversations that someone the account does not follow began</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>No message requests. When someone you do not follow writes first on Bluesky, the conversation waits here until you answer or accept it.</source>
        <translation>Keine Nachrichtenanfragen. Wenn dir auf Bluesky jemand zuerst schreibt, dem du nicht folgst, wartet das Gespräch hier, bis du antwortest oder es annimmst.</translation>
    </message>
</context>
<context>
    <name>starling::JoinTeamDialog</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Join a team workspace</source>
        <translation>Einem Team-Arbeitsbereich beitreten</translation>
    </message>
    <message>
        <source>A team workspace keeps the inbox in your team&apos;s PostgreSQL database, where every agent of the team works on it. Whoever administers the database sets it up with starling-cli team init and gives you its address and your password.</source>
        <translation>Ein Team-Arbeitsbereich speichert den Posteingang in der PostgreSQL-Datenbank deines Teams, wo jeder Agent des Teams daran arbeitet. Wer die Datenbank verwaltet, richtet sie mit starling-cli team init ein und gibt dir ihre Adresse und dein Passwort.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>The address of the team&apos;s database, with your user name</source>
        <translation>Die Adresse der Datenbank des Teams, mit deinem Benutzernamen</translation>
    </message>
    <message>
        <source>Team &amp;database</source>
        <translation>Team-&amp;Datenbank</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your password for the team&apos;s database; kept in the system keychain</source>
        <translation>Dein Passwort für die Datenbank des Teams; wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s database and use its inbox in this profile</source>
        <translation>Mit der Datenbank des Teams verbinden und ihren Posteingang in diesem Profil verwenden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Joined as %1.</source>
        <translation>Beigetreten als %1.</translation>
    </message>
</context>
<context>
    <name>starling::LinkContactDialog</name>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Link to another person</source>
        <translation>Mit einer anderen Person verknüpfen</translation>
    </message>
    <message>
        <source>Choose the person who is the same as this one. Their handles, details, tags, notes and history come here.</source>
        <translation>Wähle die Person, die dieselbe ist wie diese. Ihre Handles, Details, Tags, Notizen und ihr Verlauf kommen hierher.</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail or handle…</source>
        <translation>Nach Name, Firma, E-Mail oder Handle suchen…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen durchsuchen</translation>
    </message>
    <message>
        <source>Finds people whose name, company, e-mail or handle holds these words</source>
        <translation>Findet Personen, deren Name, Firma, E-Mail oder Handle diese Wörter enthält</translation>
    </message>
    <message>
        <source>People to link</source>
        <translation>Zu verknüpfende Personen</translation>
    </message>
    <message>
        <source>Suggested people first, with the reason, then the people found</source>
        <translation>Zuerst vorgeschlagene Personen mit dem Grund, dann die gefundenen Personen</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Bring the chosen person&apos;s identities and details to this one</source>
        <translation>Die Identitäten und Details der gewählten Person zu dieser übernehmen</translation>
    </message>
    <message>
        <source>Links the chosen person with this one</source>
        <translation>Verknüpft die gewählte Person mit dieser</translation>
    </message>
    <message>
        <source>Stop suggesting the chosen person</source>
        <translation>Die gewählte Person nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>Turns the chosen suggestion down; it is not suggested again</source>
        <translation>Lehnt den gewählten Vorschlag ab; er wird nicht erneut vorgeschlagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>No other people yet.</source>
        <translation>Noch keine anderen Personen.</translation>
    </message>
    <message>
        <source>No one matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 · @%2 on %3</source>
        <translation>%1 · @%2 auf %3</translation>
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
        <translation>Starling — Demo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>⚙ Settings</source>
        <translation>⚙ Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Neuer Post…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Profile pane</source>
        <translation>Profilbereich</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply by DM</source>
        <translation>Per DM antworten</translation>
    </message>
    <message>
        <source>Done / open again</source>
        <translation>Erledigt / wieder öffnen</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Sync: all accounts up to date</source>
        <translation>Sync: alle Konten aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n conversation(s) with:</source>
        <translation>
            <numerusform>%n Unterhaltung taggen mit:</numerusform>
            <numerusform>%n Unterhaltungen taggen mit:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Who answers these %n conversation(s)? (empty: no one)</source>
        <translation>
            <numerusform>Wer beantwortet diese %n Unterhaltung? (leer: niemand)</numerusform>
            <numerusform>Wer beantwortet diese %n Unterhaltungen? (leer: niemand)</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Regeln…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Berichte…</translation>
    </message>
    <message>
        <source>Sync: ok</source>
        <translation>Sync: OK</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Taggen</translation>
    </message>
    <message>
        <source>Syncing the DMs of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>DMs von %1 werden synchronisiert: Seite %2</translation>
    </message>
    <message>
        <source>Syncing the mentions of %1: page %2</source>
        <extracomment>%1 is the account&apos;s handle, %2 the page number</extracomment>
        <translation>Erwähnungen von %1 werden synchronisiert: Seite %2</translation>
    </message>
    <message>
        <source>Show one account&apos;s conversations, or all of them</source>
        <translation>Die Unterhaltungen eines Kontos oder aller Konten anzeigen</translation>
    </message>
    <message>
        <source>Sign in to an X, Mastodon or Bluesky account</source>
        <translation>Bei einem X-, Mastodon- oder Bluesky-Konto anmelden</translation>
    </message>
    <message>
        <source>Accounts, notifications, sync and language</source>
        <translation>Konten, Benachrichtigungen, Synchronisation und Sprache</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Kontakte…</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>starling::MastodonAccountSignIn</name>
    <message>
        <source>There is no finished sign-in to keep.</source>
        <translation>Es gibt keine abgeschlossene Anmeldung zum Speichern.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonClient</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr: Die App wurde aus dem Konto entfernt oder ihr Zugriff widerrufen. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>%1 is still processing the attached media; Starling will send it again shortly.</source>
        <translation>%1 verarbeitet die angehängten Medien noch; Starling sendet die Nachricht in Kürze erneut.</translation>
    </message>
    <message>
        <source>This is not a Mastodon page token.</source>
        <translation>Das ist kein Mastodon-Seitentoken.</translation>
    </message>
    <message>
        <source>This is not a Mastodon conversation id.</source>
        <translation>Das ist keine Mastodon-Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>This is not a Mastodon cursor.</source>
        <translation>Das ist kein Mastodon-Cursor.</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon account.</source>
        <translation>„%1“ ist kein Mastodon-Konto.</translation>
    </message>
    <message>
        <source>A message needs text or media.</source>
        <translation>Eine Nachricht braucht Text oder Medien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per message.</source>
        <translation>
            <numerusform>%1 erlaubt %n Medienanhang pro Nachricht.</numerusform>
            <numerusform>%1 erlaubt %n Medienanhänge pro Nachricht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon media id.</source>
        <translation>Das ist keine Mastodon-Medien-ID.</translation>
    </message>
    <message>
        <source>A private message on Mastodon needs at least one other person.</source>
        <translation>Eine private Nachricht auf Mastodon braucht mindestens eine weitere Person.</translation>
    </message>
    <message>
        <source>With the mentions of everyone in the conversation, the message is too long: %1</source>
        <translation>Mit den Erwähnungen aller Beteiligten ist die Nachricht zu lang: %1</translation>
    </message>
    <message>
        <source>A private message needs a conversation or recipients.</source>
        <translation>Eine private Nachricht braucht eine Unterhaltung oder Empfänger.</translation>
    </message>
    <message>
        <source>This is not a Mastodon account id.</source>
        <translation>Das ist keine Mastodon-Konto-ID.</translation>
    </message>
    <message>
        <source>A post needs text or media.</source>
        <translation>Ein Beitrag braucht Text oder Medien.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows %n media item(s) per post.</source>
        <translation>
            <numerusform>%1 erlaubt %n Medienanhang pro Beitrag.</numerusform>
            <numerusform>%1 erlaubt %n Medienanhänge pro Beitrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a Mastodon status id.</source>
        <translation>Das ist keine Mastodon-Beitrags-ID.</translation>
    </message>
    <message>
        <source>Mastodon sent a status Starling could not read.</source>
        <translation>Mastodon hat einen Beitrag gesendet, den Starling nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The account&apos;s Mastodon id is not known yet; sign in again.</source>
        <translation>Die Mastodon-ID des Kontos ist noch nicht bekannt; melde dich erneut an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not accept files of this type (%2).</source>
        <translation>%1 akzeptiert keine Dateien dieses Typs (%2).</translation>
    </message>
    <message>
        <source>%1 is too large for %2: the limit for this type is %3 MB.</source>
        <translation>%1 ist zu groß für %2: Das Limit für diesen Typ liegt bei %3 MB.</translation>
    </message>
    <message>
        <source>The file changed while it was being read.</source>
        <translation>Die Datei hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source>%1 took too long to process the file.</source>
        <translation>%1 hat zu lange gebraucht, um die Datei zu verarbeiten.</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 hat eine Antwort gesendet, die Starling nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The Mastodon server sent an answer Starling could not read (%1).</source>
        <translation>Der Mastodon-Server hat eine Antwort gesendet, die Starling nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>An item from Mastodon was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Ein Element von Mastodon wurde ausgelassen: %1.</translation>
    </message>
    <message>
        <source>a status without an id, author, time, content or visibility</source>
        <translation>ein Beitrag ohne ID, Autor, Zeit, Inhalt oder Sichtbarkeit</translation>
    </message>
    <message>
        <source>status %1 with unreadable fields</source>
        <translation>Beitrag %1 mit unlesbaren Feldern</translation>
    </message>
    <message>
        <source>a media attachment of status %1 without an id or type</source>
        <translation>ein Medienanhang von Beitrag %1 ohne ID oder Typ</translation>
    </message>
    <message>
        <source>a conversation without an id or accounts</source>
        <translation>eine Unterhaltung ohne ID oder Konten</translation>
    </message>
    <message>
        <source>conversation %1 whose last status has no id</source>
        <translation>Unterhaltung %1, deren letzter Beitrag keine ID hat</translation>
    </message>
    <message>
        <source>a participant without an id or name</source>
        <translation>ein Teilnehmer ohne ID oder Namen</translation>
    </message>
    <message>
        <source>conversation %1 whose last status is not private</source>
        <translation>Unterhaltung %1, deren letzter Beitrag nicht privat ist</translation>
    </message>
    <message>
        <source>a notification without an id or type</source>
        <translation>eine Benachrichtigung ohne ID oder Typ</translation>
    </message>
    <message>
        <source>mention %1 without its status</source>
        <translation>Erwähnung %1 ohne ihren Beitrag</translation>
    </message>
    <message>
        <source>mention %1 by an unreadable account</source>
        <translation>Erwähnung %1 von einem unlesbaren Konto</translation>
    </message>
</context>
<context>
    <name>starling::MastodonRegistration</name>
    <message>
        <source>Type the address of your Mastodon server, for example mastodon.social.</source>
        <translation>Gib die Adresse deines Mastodon-Servers ein, zum Beispiel mastodon.social.</translation>
    </message>
    <message>
        <source>“%1” is not the address of a Mastodon server.</source>
        <translation>„%1“ ist nicht die Adresse eines Mastodon-Servers.</translation>
    </message>
    <message>
        <source>Mastodon servers are reached over https only.</source>
        <translation>Mastodon-Server sind nur über https erreichbar.</translation>
    </message>
    <message>
        <source>%1 names sign-in addresses on another server.</source>
        <translation>%1 nennt Anmeldeadressen auf einem anderen Server.</translation>
    </message>
    <message>
        <source>No local port is free for the sign-in to come back to.</source>
        <translation>Kein lokaler Port ist frei, an den die Anmeldung zurückkehren kann.</translation>
    </message>
</context>
<context>
    <name>starling::MastodonSignIn</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Warten auf Freigabe für Starling im Browser…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Angemeldet. Konto wird gelesen…</translation>
    </message>
</context>
<context>
    <name>starling::MessageDelegate</name>
    <message>
        <source>🕓 queued</source>
        <translation>🕓 in Warteschlange</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>✓ sent</source>
        <translation>✓ gesendet</translation>
    </message>
    <message>
        <source>! failed</source>
        <translation>! fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>📎 %n attachment(s)</source>
        <translation>
            <numerusform>📎 %n Anhang</numerusform>
            <numerusform>📎 %n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>? could not verify, check before sending again</source>
        <translation>? nicht bestätigt, vor erneutem Senden prüfen</translation>
    </message>
</context>
<context>
    <name>starling::MessageListModel</name>
    <message>
        <source>%1 wrote, %2: %3</source>
        <extracomment>Read aloud for a received message: %1 the sender, %2 the time, %3 the text.</extracomment>
        <translation>%1 schrieb, %2: %3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Perhaps sent: check before sending again</source>
        <translation>Vielleicht gesendet: vor erneutem Senden prüfen</translation>
    </message>
    <message>
        <source>You wrote, %1 (%2): %3</source>
        <extracomment>Read aloud for a message we sent: %1 the time, %2 whether it arrived, %3 the text.</extracomment>
        <translation>Du schriebst, %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>starling::NewPostDialog</name>
    <message>
        <source>New post</source>
        <translation>Neuer Post</translation>
    </message>
    <message>
        <source>Post from:</source>
        <translation>Posten von:</translation>
    </message>
    <message>
        <source>Accounts to post from</source>
        <translation>Konten, von denen gepostet wird</translation>
    </message>
    <message>
        <source>What would you like to share?</source>
        <translation>Was möchtest du teilen?</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>📎 Attach…</source>
        <translation>📎 Anhängen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</source>
        <translation>Bilder und Videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)</translation>
    </message>
    <message>
        <source>Not posted from %1, your post is kept: %2</source>
        <translation>Nicht von %1 gepostet, dein Post bleibt erhalten: %2</translation>
    </message>
    <message>
        <source>Tick each account the post goes out from.</source>
        <translation>Jedes Konto anhaken, von dem der Post ausgeht.</translation>
    </message>
    <message>
        <source>The text of the new post; the counters below show what is left.</source>
        <translation>Der Text des neuen Posts; die Zähler darunter zeigen, was übrig ist.</translation>
    </message>
    <message>
        <source>Add an image or a video to the post</source>
        <translation>Ein Bild oder Video an den Post anhängen</translation>
    </message>
    <message>
        <source>Post from every ticked account</source>
        <translation>Von jedem angehakten Konto posten</translation>
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
        <translation>Starling meldet sich über deine eigene X-Entwickler-App bei X an, sodass deine Nachrichten nur zwischen diesem Computer und X übertragen werden.
1. Öffne die X Developer Console unter https://console.x.com und erstelle eine App (oder wähle eine vorhandene).
2. Schalte in den Einstellungen der App zur Benutzerauthentifizierung („User authentication settings“) OAuth 2.0 ein, wähle den App-Typ „Native App“ und die Berechtigungen „Read and write and Direct message“.
3. Füge diese Callback-URL genau so hinzu, ohne Schrägstrich am Ende: %1
4. Speichere, kopiere dann die OAuth 2.0 Client ID der App (nicht den API Key und kein Client Secret: Eine Native App hat keins) und füge sie hier ein.</translation>
    </message>
    <message>
        <source>The client ID is missing or not valid. Copy the OAuth 2.0 Client ID of your app exactly as the developer site shows it.</source>
        <translation>Die Client-ID fehlt oder ist ungültig. Kopiere die „OAuth 2.0 Client ID“ deiner App genau so, wie die Entwicklerseite sie anzeigt.</translation>
    </message>
    <message>
        <source>The sign-in addresses of this server are not valid.</source>
        <translation>Die Anmeldeadressen dieses Servers sind ungültig.</translation>
    </message>
    <message>
        <source>The callback path must begin with “/”.</source>
        <translation>Der Callback-Pfad muss mit „/“ beginnen.</translation>
    </message>
</context>
<context>
    <name>starling::OAuthLoopbackFlow</name>
    <message numerus="yes">
        <source>The sign-in to %1 was not finished within %n minute(s). Please try again.</source>
        <translation>
            <numerusform>Die Anmeldung bei %1 wurde nicht innerhalb von %n Minute abgeschlossen. Bitte versuche es erneut.</numerusform>
            <numerusform>Die Anmeldung bei %1 wurde nicht innerhalb von %n Minuten abgeschlossen. Bitte versuche es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in was already used; start a new one.</source>
        <translation>Diese Anmeldung wurde bereits verwendet; starte eine neue.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on port %2 of this computer (%3). Close the program that uses this port and try again, or register a callback URL with another port for your app.</source>
        <translation>Starling konnte auf Port %2 dieses Computers nicht auf die Antwort von %1 warten (%3). Schließe das Programm, das diesen Port verwendet, und versuche es erneut, oder registriere für deine App eine Callback-URL mit einem anderen Port.</translation>
    </message>
    <message>
        <source>Starling could not wait for the answer from %1 on this computer (%2).</source>
        <translation>Starling konnte auf diesem Computer nicht auf die Antwort von %1 warten (%2).</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Starling.</source>
        <translation>Die Anmeldung wurde in Starling abgebrochen.</translation>
    </message>
    <message>
        <source>This sign-in link was already used. Start the sign-in again from Starling.</source>
        <translation>Dieser Anmeldelink wurde bereits verwendet. Starte die Anmeldung in Starling erneut.</translation>
    </message>
    <message>
        <source>The answer did not belong to the sign-in Starling started, so it was refused for your safety.</source>
        <translation>Die Antwort gehörte nicht zu der Anmeldung, die Starling gestartet hat, und wurde deshalb zu deiner Sicherheit abgelehnt.</translation>
    </message>
    <message>
        <source>Access to your %1 account was not granted, so Starling is not signed in. %1 said: “%2”</source>
        <translation>Der Zugriff auf dein %1-Konto wurde nicht gewährt, daher ist Starling nicht angemeldet. %1 meldete: „%2“</translation>
    </message>
    <message>
        <source>%1 could not complete the sign-in right now; try again later. %1 said: “%2”</source>
        <translation>%1 konnte die Anmeldung gerade nicht abschließen; versuche es später erneut. %1 meldete: „%2“</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Check the client ID, and that the app&apos;s callback URL is exactly %2. %1 said: “%3”</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt. Prüfe die Client-ID und ob die Callback-URL der App genau %2 lautet. %1 meldete: „%3“</translation>
    </message>
    <message>
        <source>The answer from %1 did not contain a sign-in code.</source>
        <translation>Die Antwort von %1 enthielt keinen Anmeldecode.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again.</source>
        <translation>%1 hat den Anmeldecode nicht akzeptiert. Ein Code gilt nur einmal und nur kurz (30 Sekunden bei X); bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in code. A code works only once and only for a short time (30 seconds on X); please sign in again. %1 said: “%2”</source>
        <translation>%1 hat den Anmeldecode nicht akzeptiert. Ein Code gilt nur einmal und nur kurz (30 Sekunden bei X); bitte melde dich erneut an. %1 meldete: „%2“</translation>
    </message>
    <message>
        <source>Signed in – Starling</source>
        <translation>Angemeldet – Starling</translation>
    </message>
    <message>
        <source>You are signed in to %1</source>
        <translation>Du bist bei %1 angemeldet</translation>
    </message>
    <message>
        <source>Starling has what it needs. You can close this tab and go back to Starling.</source>
        <translation>Starling hat alles, was es braucht. Du kannst diesen Tab schließen und zu Starling zurückkehren.</translation>
    </message>
    <message>
        <source>Sign-in failed – Starling</source>
        <translation>Anmeldung fehlgeschlagen – Starling</translation>
    </message>
    <message>
        <source>Starling could not sign in to %1</source>
        <translation>Starling konnte sich nicht bei %1 anmelden</translation>
    </message>
    <message>
        <source>You can close this tab and try again from Starling.</source>
        <translation>Du kannst diesen Tab schließen und es in Starling erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. %1 said: “%2”</source>
        <translation>%1 hat die Anmeldeanfrage abgelehnt. %1 sagte: „%2“</translation>
    </message>
    <message>
        <source>%1 sent an answer Starling could not read.</source>
        <translation>%1 hat eine Antwort gesendet, die Starling nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The answer did not come from %1, so it was refused for your safety.</source>
        <translation>Die Antwort kam nicht von %1 und wurde deshalb zu deiner Sicherheit abgelehnt.</translation>
    </message>
</context>
<context>
    <name>starling::OAuthTokenEndpoint</name>
    <message>
        <source>%1 answered the sign-in with something Starling could not use.</source>
        <extracomment>%1 is the network&apos;s name, e.g. &quot;Mastodon&quot;</extracomment>
        <translation>%1 hat auf die Anmeldung mit etwas geantwortet, das Starling nicht verwenden konnte.</translation>
    </message>
    <message>
        <source>The server answered the sign-in with something Starling could not use.</source>
        <translation>Der Server hat auf die Anmeldung mit etwas geantwortet, das Starling nicht verwenden konnte.</translation>
    </message>
</context>
<context>
    <name>starling::OnboardingView</name>
    <message>
        <source>Welcome to Starling</source>
        <translation>Willkommen bei Starling</translation>
    </message>
    <message>
        <source>Add an account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>One inbox for the direct messages and mentions of every account you run on X, Mastodon and Bluesky. It works offline, searches everything as you type, and keeps your sign-in in the system keychain only.

Add an account to begin, or look around first in the demo: a sandbox network with made-up customers, in a profile that is thrown away when you close it.</source>
        <translation>Ein Posteingang für die Direktnachrichten und Erwähnungen aller Konten, die du auf X, Mastodon und Bluesky betreust. Er funktioniert offline, durchsucht alles schon während der Eingabe und bewahrt deine Anmeldung nur im Schlüsselbund des Systems auf.

Füge ein Konto hinzu, um zu beginnen, oder sieh dich zuerst in der Demo um: ein Sandbox-Netzwerk mit erfundenen Kunden, in einem Profil, das beim Schließen verworfen wird.</translation>
    </message>
</context>
<context>
    <name>starling::Outbox</name>
    <message>
        <source>An outgoing message needs a client key.</source>
        <translation>Eine ausgehende Nachricht braucht einen Client-Schlüssel.</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>A reply needs the post it answers.</source>
        <translation>Eine Antwort braucht den Post, auf den sie antwortet.</translation>
    </message>
    <message>
        <source>A direct message needs someone to go to.</source>
        <translation>Eine Direktnachricht braucht einen Empfänger.</translation>
    </message>
    <message>
        <source>There is no failed message to send again.</source>
        <translation>Es gibt keine fehlgeschlagene Nachricht, die erneut gesendet werden kann.</translation>
    </message>
    <message>
        <source>The retry could not be saved.</source>
        <translation>Der erneute Versuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Someone else answered at %1, after you opened this conversation: “%2”. Send again to send yours as well.</source>
        <translation>Jemand anderes hat um %1 geantwortet, nachdem Sie diese Unterhaltung geöffnet haben: „%2“. Senden Sie erneut, um Ihre Antwort trotzdem zu senden.</translation>
    </message>
</context>
<context>
    <name>starling::Pipeline</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>starling::PipelineDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Edit stages</source>
        <translation>Phasen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Stages of the pipeline, in order:</source>
        <translation>&amp;Phasen der Pipeline, in Reihenfolge:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>The stages of the pipeline in order; press F2 or double-click a stage to rename it</source>
        <translation>Die Phasen der Pipeline in Reihenfolge; drücke F2 oder doppelklicke auf eine Phase, um sie umzubenennen</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a stage after the selected one, and name it</source>
        <translation>Eine Phase nach der ausgewählten hinzufügen und benennen</translation>
    </message>
    <message>
        <source>Remove the stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Remove the selected stage; the people in it will have no stage</source>
        <translation>Die ausgewählte Phase entfernen; die Personen darin haben dann keine Phase mehr</translation>
    </message>
    <message>
        <source>Move the stage up</source>
        <translation>Phase nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier in the pipeline</source>
        <translation>Die ausgewählte Phase in der Pipeline um eine Stelle nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move the stage down</source>
        <translation>Phase nach unten verschieben</translation>
    </message>
    <message>
        <source>Move the selected stage one place later in the pipeline</source>
        <translation>Die ausgewählte Phase in der Pipeline um eine Stelle nach hinten verschieben</translation>
    </message>
    <message>
        <source>Problem with the stages</source>
        <translation>Problem mit den Phasen</translation>
    </message>
    <message>
        <source>Save the stages</source>
        <translation>Phasen speichern</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>Abbrechen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>Neue Phase %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are in “%1”. They will have no stage.</source>
        <translation>
            <numerusform>%n Person ist in „%1“. Sie hat dann keine Phase mehr.</numerusform>
            <numerusform>%n Personen sind in „%1“. Sie haben dann keine Phase mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stage %1 has no name: give it one.</source>
        <translation>Phase %1 hat keinen Namen: Gib ihr einen.</translation>
    </message>
    <message>
        <source>“%1” is too long: a stage&apos;s name has at most %2 characters.</source>
        <translation>„%1“ ist zu lang: Der Name einer Phase hat höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>There is a stage “%1” already: “%2” is the same name. Give each stage a name of its own.</source>
        <translation>Es gibt bereits eine Phase „%1“: „%2“ ist derselbe Name. Gib jeder Phase einen eigenen Namen.</translation>
    </message>
    <message>
        <source>“%1” was the name of another stage until now: press OK first, then rename this stage to it.</source>
        <translation>„%1“ war bisher der Name einer anderen Phase: Drücke zuerst OK und benenne dann diese Phase so um.</translation>
    </message>
    <message>
        <source>The stages changed elsewhere while this window was open; nothing was saved. Cancel and edit them again.</source>
        <translation>Die Phasen wurden woanders geändert, während dieses Fenster offen war; nichts wurde gespeichert. Brich ab und bearbeite sie erneut.</translation>
    </message>
</context>
<context>
    <name>starling::Profile</name>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Der Profilordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>starling::ProfilePane</name>
    <message>
        <source>Conversations with you</source>
        <translation>Unterhaltungen mit dir</translation>
    </message>
    <message>
        <source>Conversations with this person</source>
        <translation>Unterhaltungen mit dieser Person</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Only on this computer; never sent anywhere</source>
        <translation>Nur auf diesem Computer; wird nie gesendet</translation>
    </message>
    <message>
        <source>Anything worth remembering about this person…</source>
        <translation>Alles Wissenswerte über diese Person…</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 auf %2</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follower(s)</source>
        <translation>
            <numerusform>%Ln Follower</numerusform>
            <numerusform>%Ln Follower</numerusform>
        </translation>
    </message>
    <message>
        <source>Every conversation with this person; choose one to open it</source>
        <translation>Alle Unterhaltungen mit dieser Person; eine wählen, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Only you and your team see this note</source>
        <translation>Nur du und dein Team sehen diese Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>A note for the timeline…</source>
        <translation>Eine Notiz für den Verlauf…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>A note with today&apos;s date, added to this person&apos;s timeline</source>
        <translation>Eine Notiz mit dem heutigen Datum, die dem Verlauf dieser Person hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note to this person&apos;s timeline</source>
        <translation>Die Notiz dem Verlauf dieser Person hinzufügen</translation>
    </message>
    <message>
        <source>Adds the note to this person&apos;s timeline, with the time</source>
        <translation>Fügt die Notiz mit der Uhrzeit dem Verlauf dieser Person hinzu</translation>
    </message>
    <message>
        <source>Messages, notes, stage changes, ratings and rules with this person, newest first; choose a message to open its conversation</source>
        <translation>Nachrichten, Notizen, Phasenwechsel, Bewertungen und Regeln mit dieser Person, die neuesten zuerst; eine Nachricht wählen, um ihre Unterhaltung zu öffnen</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Show older entries of the timeline</source>
        <translation>Ältere Einträge des Verlaufs anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Shows the next %n older entries of the timeline</source>
        <translation>
            <numerusform>Zeigt %n weiteren älteren Eintrag des Verlaufs</numerusform>
            <numerusform>Zeigt die nächsten %n älteren Einträge des Verlaufs</numerusform>
        </translation>
    </message>
    <message>
        <source>On the networks</source>
        <translation>In den Netzwerken</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Split the chosen identity off into a person of its own</source>
        <translation>Die gewählte Identität als eigene Person abtrennen</translation>
    </message>
    <message>
        <source>Splits the chosen identity off this person into a person of its own</source>
        <translation>Trennt die gewählte Identität von dieser Person ab und macht sie zu einer eigenen Person</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>This person&apos;s handles on every network</source>
        <translation>Die Handles dieser Person in allen Netzwerken</translation>
    </message>
    <message>
        <source>Link to another person…</source>
        <translation>Mit einer anderen Person verknüpfen…</translation>
    </message>
    <message>
        <source>Find another person who is the same one, and bring their identities here</source>
        <translation>Eine andere Person finden, die dieselbe ist, und ihre Identitäten hierher übernehmen</translation>
    </message>
    <message>
        <source>Opens a search for another person to link with this one</source>
        <translation>Öffnet eine Suche nach einer anderen Person, die mit dieser verknüpft werden soll</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stored when you press Enter or leave the field; empty clears it</source>
        <translation>Wird gespeichert, wenn du Eingabe drückst oder das Feld verlässt; ein leeres Feld löscht den Wert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Where this person is in your pipeline; every change is kept in the timeline</source>
        <translation>Wo diese Person in deiner Pipeline steht; jede Änderung bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Neues Feld</translation>
    </message>
    <message>
        <source>New field&apos;s name</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <source>The name of a field of your own, such as “Customer number”</source>
        <translation>Der Name eines eigenen Felds, etwa „Kundennummer“</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>New field&apos;s value</source>
        <translation>Wert des neuen Felds</translation>
    </message>
    <message>
        <source>What the new field holds for this person</source>
        <translation>Was das neue Feld für diese Person enthält</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the field to this person</source>
        <translation>Das Feld dieser Person hinzufügen</translation>
    </message>
    <message>
        <source>Adds the new field to this person</source>
        <translation>Fügt das neue Feld dieser Person hinzu</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove one of the tags</source>
        <translation>Einen der Tags entfernen</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Choose a tag to take off this person</source>
        <translation>Einen Tag wählen, der von dieser Person entfernt wird</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>Type a tag and press Enter to add it to this person</source>
        <translation>Einen Tag eingeben und Eingabe drücken, um ihn dieser Person hinzuzufügen</translation>
    </message>
    <message>
        <source>@%1 on %2, talking with your account @%3</source>
        <translation>@%1 auf %2, im Austausch mit deinem Konto @%3</translation>
    </message>
    <message>
        <source>A field of your own; stored when you leave it, and removed when empty</source>
        <translation>Ein eigenes Feld; wird beim Verlassen gespeichert und entfernt, wenn es leer ist</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>In no stage of the pipeline</source>
        <translation>In keiner Phase der Pipeline</translation>
    </message>
    <message>
        <source>In “%1” since %2</source>
        <translation>Seit %2 in „%1“</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>This person is no longer in your contacts.</source>
        <translation>Diese Person ist nicht mehr in deinen Kontakten.</translation>
    </message>
    <message>
        <source>A new field needs a name and a value.</source>
        <translation>Ein neues Feld braucht einen Namen und einen Wert.</translation>
    </message>
</context>
<context>
    <name>starling::ProviderClient</name>
    <message>
        <source>%1 has no message requests to accept.</source>
        <translation>%1 kennt keine Nachrichtenanfragen, die du annehmen könntest.</translation>
    </message>
</context>
<context>
    <name>starling::RefreshLock</name>
    <message>
        <source>Another Starling program (process %1) is renewing the sign-in to %2 and has not finished. Starling will try again later.</source>
        <translation>Ein anderes Starling-Programm (Prozess %1) erneuert gerade die Anmeldung bei %2 und ist noch nicht fertig. Starling versucht es später erneut.</translation>
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
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>Response (median)</source>
        <translation>Antwortzeit (Median)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>(removed account)</source>
        <translation>(entferntes Konto)</translation>
    </message>
    <message>
        <source>Median response time, week by week</source>
        <translation>Mediane Antwortzeit, Woche für Woche</translation>
    </message>
    <message>
        <source>Feedback rating, week by week</source>
        <translation>Feedback-Bewertung, Woche für Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) from customers in this period.</source>
        <translation>
            <numerusform>%n Anfrage von Kunden in diesem Zeitraum.</numerusform>
            <numerusform>%n Anfragen von Kunden in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average feedback: %1 ★ from %n rating(s).</source>
        <translation>
            <numerusform>Durchschnittliches Feedback: %1 ★ aus %n Bewertung.</numerusform>
            <numerusform>Durchschnittliches Feedback: %1 ★ aus %n Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback ratings yet.</source>
        <translation>Noch keine Feedback-Bewertungen.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>A duration in hours, with the unit&apos;s abbreviation</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The report could not be worked out: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Response times per account</source>
        <translation>Antwortzeiten pro Konto</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The days the report counts</source>
        <translation>Die Tage, die der Bericht zählt</translation>
    </message>
    <message>
        <source>The account the report counts</source>
        <translation>Das Konto, das der Bericht zählt</translation>
    </message>
    <message>
        <source>Count only conversations with this tag</source>
        <translation>Nur Unterhaltungen mit diesem Tag zählen</translation>
    </message>
    <message>
        <source>First and typical response times, answered and waiting conversations</source>
        <translation>Erste und typische Antwortzeiten, beantwortete und wartende Unterhaltungen</translation>
    </message>
</context>
<context>
    <name>starling::Rule</name>
    <message>
        <source>The rule cannot be used: %1</source>
        <extracomment>%1 is the reason, e.g. &quot;it has no action&quot; (translated on its own, in lower case)</extracomment>
        <translation>Die Regel kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>unknown trigger “%1”</source>
        <translation>unbekannter Auslöser „%1“</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression</source>
        <translation>das Muster ist kein gültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <source>a keyword rule needs keywords or a pattern</source>
        <translation>eine Stichwortregel braucht Stichwörter oder ein Muster</translation>
    </message>
    <message>
        <source>unknown network</source>
        <translation>unbekanntes Netzwerk</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>unbekannte Aktion</translation>
    </message>
    <message>
        <source>an action is missing its text</source>
        <translation>einer Aktion fehlt der Text</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>sie hat keine Aktion</translation>
    </message>
</context>
<context>
    <name>starling::RuleEditorDialog</name>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>refund, order, broken</source>
        <translation>Erstattung, Bestellung, kaputt</translation>
    </message>
    <message>
        <source>Keywords (any)</source>
        <translation>Stichwörter (eines davon)</translation>
    </message>
    <message>
        <source>or a pattern, e.g. #\d{4}</source>
        <translation>oder ein Muster, z. B. #\d{4}</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Beliebiges Konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>any (e.g. en)</source>
        <translation>beliebig (z. B. de)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>At least this many followers</source>
        <translation>Mindestanzahl Follower</translation>
    </message>
    <message>
        <source>Only if tagged</source>
        <translation>Nur mit Tag</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Add an action ▾</source>
        <translation>Aktion hinzufügen ▾</translation>
    </message>
    <message>
        <source>Reply by DM…</source>
        <translation>Per DM antworten…</translation>
    </message>
    <message>
        <source>Reply in public…</source>
        <translation>Öffentlich antworten…</translation>
    </message>
    <message>
        <source>Send a saved reply…</source>
        <translation>Textbaustein senden…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Taggen…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Ask for feedback (1–5)…</source>
        <translation>Um Feedback bitten (1–5)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source> h</source>
        <extracomment>Unit suffix of a spin box: hours, with a leading space if the language puts one</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <source>Test on the last 30 days</source>
        <translation>An den letzten 30 Tagen testen</translation>
    </message>
    <message>
        <source>This rule cannot be saved</source>
        <translation>Diese Regel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Text (placeholders: {first_name}, {name}, {handle}, {my_name}):</source>
        <translation>Text (Platzhalter: {first_name}, {name}, {handle}, {my_name}):</translation>
    </message>
    <message>
        <source>Thanks, {first_name}! How did we do? Reply with a number from 1 to 5.</source>
        <translation>Danke, {first_name}! Wie waren wir? Antworte mit einer Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>Saved reply</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Short name of the saved reply:</source>
        <translation>Kurzname des Textbausteins:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Zuweisen an:</translation>
    </message>
    <message>
        <source>Give the rule a name.</source>
        <translation>Gib der Regel einen Namen.</translation>
    </message>
    <message>
        <source>This rule cannot be tested yet</source>
        <translation>Diese Regel kann noch nicht getestet werden</translation>
    </message>
    <message>
        <source>Over the last 30 days this rule would have done nothing.</source>
        <translation>In den letzten 30 Tagen hätte diese Regel nichts getan.</translation>
    </message>
    <message>
        <source>• to %1: %2</source>
        <translation>• an %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days this rule would have acted %n time(s). Nothing was sent.</source>
        <translation>
            <numerusform>In den letzten 30 Tagen hätte diese Regel %n Mal gehandelt. Es wurde nichts gesendet.</numerusform>
            <numerusform>In den letzten 30 Tagen hätte diese Regel %n Mal gehandelt. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test of “%1”</source>
        <translation>Test von „%1“</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>On</source>
        <comment>the rule is enabled</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>When</source>
        <comment>rule trigger</comment>
        <extracomment>Label of the trigger: when the rule runs (&quot;When: a conversation is marked done&quot;)</extracomment>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>business hours</comment>
        <extracomment>Label of the business hours&apos; opening and closing time</extracomment>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>On</source>
        <comment>weekdays</comment>
        <extracomment>Label of the row of weekday checkboxes: the days the business is open</extracomment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>For</source>
        <comment>message kinds</comment>
        <extracomment>Label of the message kinds the rule applies to (checkboxes &quot;DMs&quot; and &quot;Mentions&quot;)</extracomment>
        <translation>Für</translation>
    </message>
    <message>
        <source>any</source>
        <comment>followers</comment>
        <extracomment>Spin box value 0 of &quot;At least this many followers&quot;: no minimum</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any</source>
        <comment>tag</comment>
        <extracomment>Placeholder of &quot;Only if tagged&quot;: empty means any tag or none</extracomment>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Then:</source>
        <comment>rule actions</comment>
        <extracomment>Heading of the rule&apos;s list of actions: what the rule does</extracomment>
        <translation>Dann:</translation>
    </message>
    <message>
        <source>Shortest time between automatic messages to one person</source>
        <extracomment>Followed by a number of hours: the shortest time between two automatic messages to one person</extracomment>
        <translation>Mindestabstand zwischen automatischen Nachrichten an eine Person</translation>
    </message>
    <message>
        <source>Tag</source>
        <comment>dialog title, verb</comment>
        <translation>Taggen</translation>
    </message>
</context>
<context>
    <name>starling::RulesDialog</name>
    <message>
        <source>Reply by DM: %1</source>
        <translation>Per DM antworten: %1</translation>
    </message>
    <message>
        <source>Reply in public: %1</source>
        <translation>Öffentlich antworten: %1</translation>
    </message>
    <message>
        <source>Saved reply /%1, in public</source>
        <translation>Textbaustein /%1, öffentlich</translation>
    </message>
    <message>
        <source>Saved reply /%1, by DM</source>
        <translation>Textbaustein /%1, per DM</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Zuweisen an %1</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Feedback survey: %1</source>
        <translation>Feedback-Umfrage: %1</translation>
    </message>
    <message>
        <source>Someone writes a DM for the first time</source>
        <translation>Jemand schreibt zum ersten Mal eine DM</translation>
    </message>
    <message>
        <source>A DM or mention contains keywords</source>
        <translation>Eine DM oder Erwähnung enthält Stichwörter</translation>
    </message>
    <message>
        <source>A DM or mention arrives outside business hours</source>
        <translation>Eine DM oder Erwähnung kommt außerhalb der Geschäftszeiten an</translation>
    </message>
    <message>
        <source>A conversation is marked done</source>
        <translation>Eine Unterhaltung wird als erledigt markiert</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>What the rules did</source>
        <translation>Was die Regeln getan haben</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Delete this rule?</source>
        <translation>Diese Regel löschen?</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — nicht lesbar</translation>
    </message>
    <message>
        <source>No rule has done anything yet.</source>
        <translation>Noch hat keine Regel etwas getan.</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Begrüßungsnachricht</translation>
    </message>
    <message>
        <source>“%1” sent a DM to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the message sent</extracomment>
        <translation>„%1“ hat %2 eine DM gesendet: %3</translation>
    </message>
    <message>
        <source>“%1” replied in public to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reply posted</extracomment>
        <translation>„%1“ hat %2 öffentlich geantwortet: %3</translation>
    </message>
    <message>
        <source>“%1” sent a feedback survey to %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the survey&apos;s question</extracomment>
        <translation>„%1“ hat %2 eine Feedback-Umfrage gesendet: %3</translation>
    </message>
    <message>
        <source>“%1” tagged the conversation with %2: %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the tag</extracomment>
        <translation>„%1“ hat die Unterhaltung mit %2 getaggt: %3</translation>
    </message>
    <message>
        <source>“%1” assigned the conversation with %2 to %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the teammate</extracomment>
        <translation>„%1“ hat die Unterhaltung mit %2 an %3 zugewiesen</translation>
    </message>
    <message>
        <source>“%1” marked the conversation with %2 done.</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person</extracomment>
        <translation>„%1“ hat die Unterhaltung mit %2 als erledigt markiert.</translation>
    </message>
    <message>
        <source>“%1” could not mark the conversation with %2 done. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the error, a whole sentence</extracomment>
        <translation>„%1“ konnte die Unterhaltung mit %2 nicht als erledigt markieren. %3</translation>
    </message>
    <message>
        <source>“%1” sent nothing to %2. %3</source>
        <extracomment>In the rules&apos; activity log: %1 is the rule&apos;s name, %2 the person, %3 the reason, a whole sentence</extracomment>
        <translation>„%1“ hat %2 nichts gesendet. %3</translation>
    </message>
    <message>
        <source>Tick a rule to turn it on; choose one to edit it</source>
        <translation>Eine Regel anhaken, um sie einzuschalten; eine wählen, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Make a new rule</source>
        <translation>Eine neue Regel anlegen</translation>
    </message>
    <message>
        <source>Change the chosen rule</source>
        <translation>Die gewählte Regel ändern</translation>
    </message>
    <message>
        <source>Delete the chosen rule</source>
        <translation>Die gewählte Regel löschen</translation>
    </message>
    <message>
        <source>The newest first: what each rule sent or changed, and what it skipped</source>
        <translation>Neueste zuerst: was jede Regel gesendet oder geändert und was sie ausgelassen hat</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplies</name>
    <message>
        <source>A short name is one word of up to 32 letters, digits, - or _.</source>
        <translation>Ein Kurzname ist ein Wort aus bis zu 32 Buchstaben, Ziffern, - oder _.</translation>
    </message>
    <message>
        <source>A saved reply needs some text.</source>
        <translation>Ein Textbaustein braucht etwas Text.</translation>
    </message>
    <message>
        <source>There is already a saved reply called /%1.</source>
        <translation>Es gibt bereits einen Textbaustein namens /%1.</translation>
    </message>
    <message>
        <source>This saved reply does not fit here: %1</source>
        <translation>Dieser Textbaustein passt hier nicht: %1</translation>
    </message>
</context>
<context>
    <name>starling::SavedRepliesDialog</name>
    <message>
        <source>Saved replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>erstattung</translation>
    </message>
    <message>
        <source>Type / and this name in the compose box to insert the reply</source>
        <translation>/ und diesen Namen im Eingabefeld tippen, um den Textbaustein einzufügen</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Hi {first_name}, …</source>
        <translation>Hallo {first_name}, …</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Delete this saved reply?</source>
        <translation>Diesen Textbaustein löschen?</translation>
    </message>
    <message>
        <source>%1 will be gone.</source>
        <translation>%1 wird entfernt.</translation>
    </message>
    <message>
        <source>Choose a saved reply to edit it</source>
        <translation>Einen Textbaustein wählen, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Write a new saved reply</source>
        <translation>Einen neuen Textbaustein schreiben</translation>
    </message>
    <message>
        <source>Delete the chosen saved reply</source>
        <translation>Den gewählten Textbaustein löschen</translation>
    </message>
    <message>
        <source>What the list of saved replies shows</source>
        <translation>Was die Liste der Textbausteine anzeigt</translation>
    </message>
    <message>
        <source>The reply as it is inserted; placeholders are filled in then</source>
        <translation>Der Text, wie er eingefügt wird; Platzhalter werden dabei ausgefüllt</translation>
    </message>
</context>
<context>
    <name>starling::SavedReplyPicker</name>
    <message>
        <source>Saved replies: type to filter</source>
        <translation>Textbausteine: zum Filtern tippen</translation>
    </message>
    <message>
        <source>Filter saved replies</source>
        <translation>Textbausteine filtern</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>No saved replies yet: add them with Tools → Saved replies…</source>
        <translation>Noch keine Textbausteine: Füge sie unter Extras → Textbausteine… hinzu</translation>
    </message>
    <message>
        <source>Enter inserts the chosen reply</source>
        <translation>Eingabe fügt den gewählten Textbaustein ein</translation>
    </message>
</context>
<context>
    <name>starling::SearchResultDelegate</name>
    <message>
        <source>You wrote</source>
        <extracomment>Above a search result: the message was sent by the user</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>They wrote</source>
        <extracomment>Above a search result: the message was sent by the other person in the conversation</extracomment>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>starling::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Direktnachrichten</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Add an account to choose its notifications.</source>
        <translation>Füge ein Konto hinzu, um seine Benachrichtigungen einzustellen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit suffix of a spin box: seconds, with a leading space if the language puts one</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Starling never asks a network more often than its rate limit allows.</source>
        <translation>Starling fragt ein Netzwerk nie öfter ab, als sein Ratenlimit erlaubt.</translation>
    </message>
    <message>
        <source>Closing the window keeps Starling in the tray</source>
        <translation>Beim Schließen des Fensters bleibt Starling im Infobereich</translation>
    </message>
    <message>
        <source>Start hidden in the tray</source>
        <translation>Versteckt im Infobereich starten</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data is kept on this computer</source>
        <translation>Daten werden auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <translation>@%1 — %2</translation>
    </message>
    <message>
        <source>Remove @%1?</source>
        <translation>@%1 entfernen?</translation>
    </message>
    <message>
        <source>Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored conversations?</source>
        <translation>Starling vergisst @%1 und löscht die Anmeldung aus dem Schlüsselbund. Was soll mit den gespeicherten Unterhaltungen geschehen?</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Check interval while a conversation is open</source>
        <translation>Abfrageintervall bei geöffneter Unterhaltung</translation>
    </message>
    <message>
        <source>Check interval otherwise</source>
        <translation>Abfrageintervall sonst</translation>
    </message>
    <message>
        <source>Start Starling when I log in</source>
        <translation>Starling bei der Systemanmeldung starten</translation>
    </message>
    <message>
        <source>Starling starts hidden in the tray when you log in.</source>
        <translation>Starling startet bei der Systemanmeldung versteckt im Infobereich.</translation>
    </message>
    <message>
        <source>Your accounts and whether each is signed in</source>
        <translation>Deine Konten und ob jedes angemeldet ist</translation>
    </message>
    <message>
        <source>Sign in to another account</source>
        <translation>Bei einem weiteren Konto anmelden</translation>
    </message>
    <message>
        <source>Sign in again to the chosen account</source>
        <translation>Beim gewählten Konto erneut anmelden</translation>
    </message>
    <message>
        <source>Remove the chosen account and its messages from this computer</source>
        <translation>Das gewählte Konto und seine Nachrichten von diesem Computer entfernen</translation>
    </message>
    <message>
        <source>The name rules and your team assign conversations to you by: &quot;Mine&quot; shows those, and &quot;Take it&quot; (T) uses it</source>
        <translation>Der Name, unter dem Regeln und Ihr Team Ihnen Unterhaltungen zuweisen: „Meine“ zeigt diese, und „Übernehmen“ (T) verwendet ihn</translation>
    </message>
    <message>
        <source>Your name in assignments</source>
        <translation>Ihr Name bei Zuweisungen</translation>
    </message>
    <message>
        <source>Remove @%1 from this computer?</source>
        <translation>@%1 von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>Starling will delete your sign-in to @%1 from this computer&apos;s keychain. The account and its conversations stay in the team workspace, where another agent&apos;s app may sync them.</source>
        <translation>Starling löscht deine Anmeldung bei @%1 aus dem Schlüsselbund dieses Computers. Das Konto und seine Unterhaltungen bleiben im Team-Arbeitsbereich, wo die App eines anderen Agenten sie synchronisieren kann.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>starling::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous conversation</source>
        <translation>Nächste / vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the conversation and write</source>
        <translation>Unterhaltung öffnen und schreiben</translation>
    </message>
    <message>
        <source>Reply (in public on a mention)</source>
        <translation>Antworten (bei Erwähnungen öffentlich)</translation>
    </message>
    <message>
        <source>Reply by direct message</source>
        <translation>Per Direktnachricht antworten</translation>
    </message>
    <message>
        <source>Mark done, or open again</source>
        <translation>Als erledigt markieren oder wieder öffnen</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Ctrl+1 … 9</source>
        <translation>Strg+1 … 9</translation>
    </message>
    <message>
        <source>All accounts, then each account</source>
        <translation>Alle Konten, dann jedes einzelne Konto</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Neuer Post</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Strg+I</translation>
    </message>
    <message>
        <source>Show or hide the profile pane</source>
        <translation>Profilbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Table header of the shortcuts list: the key, and what pressing it does</extracomment>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Does</source>
        <comment>what the key does</comment>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Each key and what it does</source>
        <translation>Jede Taste und was sie tut</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Strg+Umschalt+O</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Strg+Umschalt+R</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Take the conversation (assign it to yourself)</source>
        <translation>Unterhaltung übernehmen (sich selbst zuweisen)</translation>
    </message>
</context>
<context>
    <name>starling::SignInService</name>
    <message>
        <source>Starling cannot sign in to %1 accounts here.</source>
        <translation>Starling kann sich hier nicht bei %1-Konten anmelden.</translation>
    </message>
</context>
<context>
    <name>starling::Store</name>
    <message>
        <source>The account is not in the local database.</source>
        <translation>Das Konto ist nicht in der lokalen Datenbank.</translation>
    </message>
    <message>
        <source>A snoozed conversation needs a time to return.</source>
        <translation>Eine zurückgestellte Unterhaltung braucht einen Zeitpunkt, zu dem sie zurückkehrt.</translation>
    </message>
    <message>
        <source>The conversation does not exist.</source>
        <translation>Die Unterhaltung existiert nicht.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of Starling (database version %1; this version knows up to %2). Update Starling to open it. Nothing in the profile was changed.</source>
        <translation>Dieses Profil wurde von einer neueren Version von Starling geschrieben (Datenbankversion %1; diese Version kennt bis %2). Aktualisiere Starling, um es zu öffnen. Am Profil wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database has not been prepared yet.</source>
        <translation>Die Datenbank ist noch nicht vorbereitet.</translation>
    </message>
    <message>
        <source>This file is not a Starling database.</source>
        <translation>Diese Datei ist keine Starling-Datenbank.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is unreadable.</source>
        <translation>Die Schemaversion der Datenbank ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A page from the server was not stored: %1</source>
        <translation>Eine Seite vom Server wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The local database failed (%1): %2</source>
        <translation>Fehler in der lokalen Datenbank (%1): %2</translation>
    </message>
    <message>
        <source>The local database has no room left for messages dated %1 or later.</source>
        <translation>Die lokale Datenbank hat keinen Platz mehr für Nachrichten vom %1 oder später.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address. Write it as postgres://user@host:5432/database.</source>
        <translation>%1 ist keine PostgreSQL-Adresse. Schreibe sie als postgres://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Starling asks for it and keeps it in the system keychain.</source>
        <translation>Lass das Passwort aus der Adresse weg: Starling fragt danach und bewahrt es im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>The team database %1 could not be opened: %2</source>
        <translation>Die Team-Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The team has this account already, in an inbox you do not belong to. Ask the team&apos;s administrator to grant it to you: starling-cli team grant %1 %2:%3</source>
        <translation>Das Team hat dieses Konto bereits, in einem Posteingang, zu dem du nicht gehörst. Bitte die Person, die das Team verwaltet, es für dich freizugeben: starling-cli team grant %1 %2:%3</translation>
    </message>
    <message>
        <source>The team inbox in this database must be set up or brought up to date by its administrator, with a PostgreSQL role that may create roles (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</source>
        <translation>Der Team-Posteingang in dieser Datenbank muss von der Person, die sie verwaltet, eingerichtet oder aktualisiert werden, mit einer PostgreSQL-Rolle, die Rollen anlegen darf (CREATEROLE): starling-cli team init postgres://&lt;administrator&gt;@%1:%2/%3</translation>
    </message>
</context>
<context>
    <name>starling::StoredAccessToken</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in: the app was removed from the account or its access was revoked. Please sign in again.</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr: Die App wurde aus dem Konto entfernt oder ihr Zugriff widerrufen. Bitte melde dich erneut an.</translation>
    </message>
</context>
<context>
    <name>starling::SyncService</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Starling cannot talk to %1 accounts here.</source>
        <translation>Starling kann hier nicht mit %1-Konten kommunizieren.</translation>
    </message>
    <message>
        <source>Starling is closing.</source>
        <translation>Starling wird beendet.</translation>
    </message>
</context>
<context>
    <name>starling::TeamWorkspace</name>
    <message>
        <source>The password of the team database %1 is not in the keychain (or the keychain is locked). Unlock the keychain, or join again: starling --team %1 (or starling-cli team join %1)</source>
        <translation>Das Passwort der Team-Datenbank %1 ist nicht im Schlüsselbund (oder der Schlüsselbund ist gesperrt). Entsperre den Schlüsselbund oder tritt erneut bei: starling --team %1 (oder starling-cli team join %1)</translation>
    </message>
</context>
<context>
    <name>starling::TextRules</name>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text contains a character that cannot be posted (U+%1).</source>
        <translation>Der Text enthält ein Zeichen, das nicht gepostet werden kann (U+%1).</translation>
    </message>
    <message numerus="yes">
        <source>The text is %n character(s) too long.</source>
        <translation>
            <numerusform>Der Text ist %n Zeichen zu lang.</numerusform>
            <numerusform>Der Text ist %n Zeichen zu lang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is %n byte(s) too long.</source>
        <translation>
            <numerusform>Der Text ist %n Byte zu lang.</numerusform>
            <numerusform>Der Text ist %n Bytes zu lang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::ThreadView</name>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Eine Unterhaltung auswählen, um sie hier zu lesen.</translation>
    </message>
    <message>
        <source>Mark done, or open again (E)</source>
        <translation>Als erledigt markieren oder wieder öffnen (E)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>Group DM</source>
        <translation>Gruppen-DM</translation>
    </message>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>🏷 Tags</source>
        <translation>🏷 Tags</translation>
    </message>
    <message>
        <source>Tag this conversation</source>
        <translation>Diese Unterhaltung taggen</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Neuer Tag…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Give this conversation to someone on the team</source>
        <translation>Diese Unterhaltung jemandem im Team zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Who answers this conversation? (empty: no one)</source>
        <translation>Wer beantwortet diese Unterhaltung? (leer: niemand)</translation>
    </message>
    <message>
        <source>👤 Assign</source>
        <translation>👤 Zuweisen</translation>
    </message>
    <message>
        <source>👤 %1</source>
        <translation>👤 %1</translation>
    </message>
    <message>
        <source>Not sent, your message is kept: %1</source>
        <translation>Nicht gesendet, deine Nachricht bleibt erhalten: %1</translation>
    </message>
    <message>
        <source>The conversation, oldest first</source>
        <translation>Die Unterhaltung, älteste zuerst</translation>
    </message>
    <message>
        <source>✋ Take it</source>
        <translation>✋ Übernehmen</translation>
    </message>
    <message>
        <source>Make this conversation yours, unless someone on the team took it first (T)</source>
        <translation>Diese Unterhaltung übernehmen, sofern niemand im Team schneller war (T)</translation>
    </message>
    <message>
        <source>%1 is replying</source>
        <extracomment>Another agent of the team (%1) writes an answer in this conversation now</extracomment>
        <translation>%1 antwortet gerade</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 sieht sich das an</translation>
    </message>
    <message>
        <source>Move this conversation to your accepted chats without answering yet</source>
        <translation>Verschiebt diese Unterhaltung zu deinen angenommenen Chats, ohne schon zu antworten</translation>
    </message>
    <message>
        <source>Accepting…</source>
        <translation>Wird angenommen…</translation>
    </message>
    <message>
        <source>Accept request</source>
        <translation>Anfrage annehmen</translation>
    </message>
    <message>
        <source>%1 wrote to you first: this is a message request. Answering accepts it, or accept it now and answer later.</source>
        <translation>%1 hat dir zuerst geschrieben: Das ist eine Nachrichtenanfrage. Eine Antwort nimmt sie an, oder nimm sie jetzt an und antworte später.</translation>
    </message>
</context>
<context>
    <name>starling::TokenRefresher</name>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again.</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr. Bitte melde dich erneut an.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this account&apos;s sign-in. Please sign in again. %1 said: “%2”</source>
        <translation>%1 akzeptiert die Anmeldung dieses Kontos nicht mehr. Bitte melde dich erneut an. %1 meldete: „%2“</translation>
    </message>
    <message>
        <source>The sign-in gave no access token.</source>
        <translation>Die Anmeldung hat kein Zugriffstoken geliefert.</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the %1 account. %2</source>
        <translation>Der Schlüsselbund des Systems konnte für das %1-Konto nicht verwendet werden. %2</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired and Starling found no way to renew it in the system keychain. If the keychain is locked, unlock it; otherwise sign in again.</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen, und Starling hat im Schlüsselbund des Systems nichts gefunden, um sie zu erneuern. Wenn der Schlüsselbund gesperrt ist, entsperre ihn; andernfalls melde dich erneut an.</translation>
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
        <translation>Starling ausblenden</translation>
    </message>
    <message>
        <source>Show Starling</source>
        <translation>Starling anzeigen</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1: %2</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause notifications for an hour</source>
        <translation>Benachrichtigungen für eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Starling: %n unread</source>
        <translation>
            <numerusform>Starling: %n ungelesen</numerusform>
            <numerusform>Starling: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 mentioned %2</source>
        <extracomment>Notification title of a mention: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 hat %2 erwähnt</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Newest on %1: %2</source>
        <translation>Neueste auf %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>direct message</comment>
        <extracomment>Notification title of a direct message: %1 is the sender, %2 the user&apos;s own handle</extracomment>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a rule assigned conversations to the user; %1 names the first one&apos;s person</extracomment>
        <translation>Ihnen zugewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) assigned to you</source>
        <translation>
            <numerusform>%n Unterhaltung Ihnen zugewiesen</numerusform>
            <numerusform>%n Unterhaltungen Ihnen zugewiesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::WeeklyChart</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>starling::Workflow</name>
    <message>
        <source>A tag needs a name of up to 40 characters.</source>
        <translation>Ein Tag braucht einen Namen mit bis zu 40 Zeichen.</translation>
    </message>
</context>
<context>
    <name>starling::WorkflowRepository</name>
    <message>
        <source>Say who takes the conversation.</source>
        <translation>Geben Sie an, wer die Unterhaltung übernimmt.</translation>
    </message>
    <message>
        <source>The conversation is not there.</source>
        <translation>Die Unterhaltung ist nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>starling::XAccountSignIn</name>
    <message>
        <source>Waiting for you to allow Starling in the browser…</source>
        <translation>Warten auf Freigabe für Starling im Browser…</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Angemeldet. Konto wird gelesen…</translation>
    </message>
</context>
<context>
    <name>starling::XClient</name>
    <message>
        <source>X does not allow this reply: its author did not mention this account, or the conversation&apos;s reply settings exclude it. Answer by direct message instead.</source>
        <translation>X erlaubt diese Antwort nicht: Der Autor hat dieses Konto nicht erwähnt, oder die Antworteinstellungen der Unterhaltung schließen es aus. Antworte stattdessen per Direktnachricht.</translation>
    </message>
    <message>
        <source>X refused this action for this account.</source>
        <translation>X hat diese Aktion für dieses Konto abgelehnt.</translation>
    </message>
    <message>
        <source>X refused this action: %1</source>
        <translation>X hat diese Aktion abgelehnt: %1</translation>
    </message>
    <message>
        <source>This is not an X conversation id.</source>
        <translation>Das ist keine X-Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>The account&apos;s X user id is not known yet; sign in again.</source>
        <translation>Die X-Nutzer-ID des Kontos ist noch nicht bekannt; melde dich erneut an.</translation>
    </message>
    <message>
        <source>A direct message needs text or an attachment.</source>
        <translation>Eine Direktnachricht braucht Text oder einen Anhang.</translation>
    </message>
    <message>
        <source>X allows one attachment per direct message.</source>
        <translation>X erlaubt einen Anhang pro Direktnachricht.</translation>
    </message>
    <message>
        <source>A direct message needs a conversation or 1 to 49 recipients.</source>
        <translation>Eine Direktnachricht braucht eine Unterhaltung oder 1 bis 49 Empfänger.</translation>
    </message>
    <message>
        <source>This is not an X user or conversation id.</source>
        <translation>Das ist keine X-Nutzer- oder Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>X allows up to four images, or one GIF or video, per post.</source>
        <translation>X erlaubt bis zu vier Bilder oder ein GIF oder Video pro Post.</translation>
    </message>
    <message>
        <source>This is not an X post id.</source>
        <translation>Das ist keine X-Post-ID.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>X does not accept files of this type (%1).</source>
        <translation>X akzeptiert keine Dateien dieses Typs (%1).</translation>
    </message>
    <message>
        <source>%1 is too large for X: the limit for this type is %2 MB.</source>
        <translation>%1 ist zu groß für X: Das Limit für diesen Typ liegt bei %2 MB.</translation>
    </message>
    <message>
        <source>X did not start the upload.</source>
        <translation>X hat den Upload nicht gestartet.</translation>
    </message>
    <message>
        <source>The file changed while it was being uploaded.</source>
        <translation>Die Datei hat sich während des Uploads geändert.</translation>
    </message>
    <message>
        <source>X could not process the file.</source>
        <translation>X konnte die Datei nicht verarbeiten.</translation>
    </message>
    <message>
        <source>X took too long to process the file.</source>
        <translation>X hat zu lange gebraucht, um die Datei zu verarbeiten.</translation>
    </message>
    <message>
        <source>“%1” is not an X username.</source>
        <translation>„%1“ ist kein X-Nutzername.</translation>
    </message>
    <message>
        <source>X sent an answer Starling could not read (%1).</source>
        <translation>X hat eine Antwort gesendet, die Starling nicht lesen konnte (%1).</translation>
    </message>
    <message>
        <source>An item from X was left out: %1.</source>
        <extracomment>%1 describes the item left out, e.g. &quot;a person without an id or name&quot; (translated on its own, in lower case)</extracomment>
        <translation>Ein Element von X wurde ausgelassen: %1.</translation>
    </message>
    <message>
        <source>a person without an id or name</source>
        <translation>eine Person ohne ID oder Namen</translation>
    </message>
    <message>
        <source>a media item without a key or type</source>
        <translation>ein Medienelement ohne Schlüssel oder Typ</translation>
    </message>
    <message>
        <source>X reported a problem: %1</source>
        <translation>X hat ein Problem gemeldet: %1</translation>
    </message>
    <message>
        <source>an event that is not an object</source>
        <translation>ein Ereignis, das kein Objekt ist</translation>
    </message>
    <message>
        <source>an event without an id or type</source>
        <translation>ein Ereignis ohne ID oder Typ</translation>
    </message>
    <message>
        <source>event %1 without a conversation or time</source>
        <translation>Ereignis %1 ohne Unterhaltung oder Zeit</translation>
    </message>
    <message>
        <source>message %1 without a sender or text</source>
        <translation>Nachricht %1 ohne Absender oder Text</translation>
    </message>
    <message>
        <source>message %1 with unreadable attachments</source>
        <translation>Nachricht %1 mit unlesbaren Anhängen</translation>
    </message>
    <message>
        <source>membership event %1 without people</source>
        <translation>Mitgliedschaftsereignis %1 ohne Personen</translation>
    </message>
    <message>
        <source>an event of an unknown type (%1)</source>
        <translation>ein Ereignis unbekannten Typs (%1)</translation>
    </message>
    <message>
        <source>a mention without an id, author, text or time</source>
        <translation>eine Erwähnung ohne ID, Autor, Text oder Zeit</translation>
    </message>
</context>
<context>
    <name>starling::cli::AccountsCommand</name>
    <message>
        <source>List the accounts, their state and API usage</source>
        <translation>Konten mit Status und API-Nutzung auflisten</translation>
    </message>
    <message>
        <source>Lists the profile&apos;s accounts with their sign-in state and the API usage meter (requests, items and the estimated cost, today and over the last 30 days, in UTC days).</source>
        <translation>Listet die Konten des Profils mit ihrem Anmeldestatus und dem API-Nutzungszähler auf (Anfragen, Elemente und geschätzte Kosten, heute und in den letzten 30 Tagen, in UTC-Tagen).</translation>
    </message>
    <message>
        <source>accounts takes no arguments.</source>
        <translation>accounts nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETZWERK</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>ANFRAGEN HEUTE</translation>
    </message>
    <message>
        <source>REQUESTS 30 D</source>
        <translation>ANFRAGEN 30 TAGE</translation>
    </message>
    <message>
        <source>EST. COST 30 D</source>
        <translation>GESCH. KOSTEN 30 TAGE</translation>
    </message>
</context>
<context>
    <name>starling::cli::CliCommands</name>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] &lt;command&gt; [options]
Starling&apos;s inbox from a terminal, on the same profiles as the app (both may run at once).

Commands:
</source>
        <translation>Aufruf: starling-cli [--profile ORDNER] [--json] &lt;Befehl&gt; [Optionen]
Starlings Posteingang im Terminal, mit denselben Profilen wie die App (beide können gleichzeitig laufen).

Befehle:
</translation>
    </message>
    <message>
        <source>`starling-cli &lt;command&gt; --help` tells more about each.</source>
        <translation>`starling-cli &lt;Befehl&gt; --help` erklärt jeden Befehl genauer.</translation>
    </message>
    <message>
        <source>Starling&apos;s inbox from a terminal.</source>
        <translation>Starlings Posteingang im Terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use the profile in &lt;dir&gt;: the same profiles as the app, which may run at the same time (default: the app&apos;s own).</source>
        <translation>Das Profil in &lt;Ordner&gt; verwenden: dieselben Profile wie in der App, die gleichzeitig laufen darf (Standard: das Profil der App).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (export: see --format).</source>
        <translation>Maschinenlesbares JSON ausgeben (export: siehe --format).</translation>
    </message>
    <message>
        <source>What to do; see below.</source>
        <translation>Was zu tun ist; siehe unten.</translation>
    </message>
    <message>
        <source>See `starling-cli --help`.</source>
        <translation>Siehe `starling-cli --help`.</translation>
    </message>
    <message>
        <source>Which command? For example: starling-cli inbox</source>
        <translation>Welcher Befehl? Zum Beispiel: starling-cli inbox</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>starling::cli::CommandLine</name>
    <message>
        <source>Use the profile in &lt;dir&gt; (the same profiles as the app).</source>
        <translation>Das Profil in &lt;Ordner&gt; verwenden (dieselben Profile wie in der App).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: starling-cli [--profile DIR] [--json] %1 %2</source>
        <translation>Aufruf: starling-cli [--profile ORDNER] [--json] %1 %2</translation>
    </message>
    <message>
        <source>%1: %2
See `starling-cli %1 --help`.</source>
        <translation>%1: %2
Siehe `starling-cli %1 --help`.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date such as 2026-04-01 (or 2026-04-01T09:30), not “%2”.</source>
        <translation>--%1 braucht ein ISO-8601-Datum wie 2026-04-01 (oder 2026-04-01T09:30), nicht „%2“.</translation>
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
        <translation>Exit-Codes:
  0  erfolgreich
  1  die Antwort ist nein (count: der Text passt nicht)
  2  Aufruffehler: unbekannter Befehl oder unbekannte Option, fehlender oder fehlerhafter Wert
  3  nicht gefunden: kein solches Konto, keine solche Unterhaltung, Nachricht oder Datei
  4  Netzwerkfehler: offline, Zeitüberschreitung, Ratenlimit oder Serverfehler
  5  jeder andere Fehler: abgemeldet, Schlüsselbund, Speicher, vom Netzwerk abgelehnt
</translation>
    </message>
</context>
<context>
    <name>starling::cli::ContactsCommand</name>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>Die lokale Datenbank hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>“%1” is not a contact id (a whole number from 1 up).</source>
        <translation>„%1“ ist keine Kontakt-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>“%1” names no one: write network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) or an identity id from `contacts show`.</source>
        <translation>„%1“ bezeichnet niemanden: Schreibe network:handle (x:@ana, mastodon:@ana@example.social, bluesky:@ana.bsky.social) oder eine Identitäts-ID aus `contacts show`.</translation>
    </message>
    <message>
        <source>list: only people in stage &lt;S&gt;.</source>
        <translation>list: nur Personen in Phase &lt;S&gt;.</translation>
    </message>
    <message>
        <source>list: only people in no stage. stage: take people out of their stage.</source>
        <translation>list: nur Personen ohne Phase. stage: Personen aus ihrer Phase nehmen.</translation>
    </message>
    <message>
        <source>list: only people tagged &lt;T&gt;.</source>
        <translation>list: nur Personen mit dem Tag &lt;T&gt;.</translation>
    </message>
    <message>
        <source>list: only people on &lt;N&gt; (x, mastodon or bluesky).</source>
        <translation>list: nur Personen auf &lt;N&gt; (x, mastodon oder bluesky).</translation>
    </message>
    <message>
        <source>list: only people whose name, company, e-mail or handle holds &lt;W&gt;.</source>
        <translation>list: nur Personen, deren Name, Firma, E-Mail oder Handle &lt;W&gt; enthält.</translation>
    </message>
    <message>
        <source>list: name (the default), last (newest contact first), stage or created.</source>
        <translation>list: name (Standard), last (neuester Kontakt zuerst), stage oder created.</translation>
    </message>
    <message>
        <source>list, show: at most &lt;N&gt; rows (default 50).</source>
        <translation>list, show: höchstens &lt;N&gt; Zeilen (Standard: 50).</translation>
    </message>
    <message>
        <source>tag: remove the tag instead of adding it.</source>
        <translation>tag: den Tag entfernen, statt ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>link: merge contact &lt;C&gt; into this one: identities, fields, tags, notes, history.</source>
        <translation>link: Kontakt &lt;C&gt; mit diesem zusammenführen: Identitäten, Felder, Tags, Notizen, Verlauf.</translation>
    </message>
    <message>
        <source>note, stage: who wrote it (default: you).</source>
        <translation>note, stage: wer es geschrieben hat (Standard: du).</translation>
    </message>
    <message>
        <source>export: csv (the default) or vcard.</source>
        <translation>export: csv (Standard) oder vcard.</translation>
    </message>
    <message>
        <source>import: check the file and show what would be imported; write nothing.</source>
        <translation>import: die Datei prüfen und zeigen, was importiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>People across networks: list, show, link, stages, tags, notes, import and export</source>
        <translation>Personen über alle Netzwerke hinweg: auflisten, anzeigen, verknüpfen, Phasen, Tags, Notizen, Import und Export</translation>
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
        <translation>Jede Person, mit der du schreibst, ist ein Kontakt: eine Person mit ihren Identitäten in jedem Netzwerk.

  list                          die Personen, mit --stage, --no-stage, --tag, --network, --search, --sort, --limit
  show KONTAKT                  Felder, Identitäten und das Neueste aus dem Verlauf
  link KONTAKT IDENTITÄT…       Identitäten (x:@ana oder eine ID aus show) mit dem Kontakt verknüpfen;
  link KONTAKT --merge ANDERER  oder einen ganzen anderen Kontakt mit ihm zusammenführen
  unlink IDENTITÄT              eine Identität in einen eigenen Kontakt abtrennen
  stage                         die Pipeline, mit der Zahl der Personen in jeder Phase
  stage PHASE KONTAKT…          Personen in eine Phase verschieben (--no-stage: aus jeder Phase heraus)
  tag TAG KONTAKT…              Personen taggen (--remove: den Tag entfernen)
  note KONTAKT TEXT             dem Verlauf der Person eine Notiz hinzufügen
  export [DATEI]                alle Kontakte als CSV (oder --format vcard); ohne DATEI auf die Standardausgabe
  import DATEI                  Kontakte aus CSV: alle Zeilen oder, wenn eine Zeile fehlerhaft ist, keine (--dry-run: nur prüfen)

Die CSV-Spalten: name, company, email, phone, website, location, stage, owner, tags, handles, note und custom:&lt;field&gt; für deine eigenen Felder. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden mit einem vorangestellten Apostroph geschrieben.</translation>
    </message>
    <message>
        <source>What to do: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Was zu tun ist: list, show, link, unlink, stage, tag, note, export oder import.</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>list nimmt nur Optionen an.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: list, show, link, unlink, stage, tag, note, export or import.</source>
        <translation>Unbekannter Unterbefehl „%1“: list, show, link, unlink, stage, tag, note, export oder import.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network ist x, mastodon oder bluesky, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sort is name, last, stage or created, not “%1”.</source>
        <translation>--sort ist name, last, stage oder created, nicht „%1“.</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Keine passenden Kontakte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>NETWORKS</source>
        <translation>NETZWERKE</translation>
    </message>
    <message>
        <source>LAST CONTACT</source>
        <translation>LETZTER KONTAKT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>show needs exactly one contact id.</source>
        <translation>show braucht genau eine Kontakt-ID.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>Es gibt keinen Kontakt %1.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Identities:</source>
        <translation>Identitäten:</translation>
    </message>
    <message>
        <source>  %1  @%2 on %3, with %4</source>
        <translation>  %1  @%2 auf %3, über %4</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>link needs a contact id, then identities or --merge OTHER.</source>
        <translation>link braucht eine Kontakt-ID, dann Identitäten oder --merge ANDERER.</translation>
    </message>
    <message>
        <source>link takes identities, or --merge OTHER, but not both.</source>
        <translation>link nimmt Identitäten oder --merge ANDERER an, aber nicht beides.</translation>
    </message>
    <message>
        <source>Contact %1 is now part of contact %2.</source>
        <translation>Kontakt %1 ist jetzt Teil von Kontakt %2.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n identity(s) to contact %1.</source>
        <translation>
            <numerusform>%n Identität mit Kontakt %1 verknüpft.</numerusform>
            <numerusform>%n Identitäten mit Kontakt %1 verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>unlink needs exactly one identity (x:@ana, or an id from show).</source>
        <translation>unlink braucht genau eine Identität (x:@ana oder eine ID aus show).</translation>
    </message>
    <message>
        <source>Identity %1 is now contact %2 of its own.</source>
        <translation>Identität %1 ist jetzt ein eigener Kontakt: %2.</translation>
    </message>
    <message>
        <source>PEOPLE</source>
        <translation>PERSONEN</translation>
    </message>
    <message>
        <source>Which contacts? For example: starling-cli contacts stage Customer 12</source>
        <translation>Welche Kontakte? Zum Beispiel: starling-cli contacts stage Kunde 12</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in no stage now.</source>
        <translation>
            <numerusform>%n Kontakt ist jetzt in keiner Phase.</numerusform>
            <numerusform>%n Kontakte sind jetzt in keiner Phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are in stage %1 now.</source>
        <translation>
            <numerusform>%n Kontakt ist jetzt in Phase %1.</numerusform>
            <numerusform>%n Kontakte sind jetzt in Phase %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>tag needs a tag, then contact ids: starling-cli contacts tag vip 12 14</source>
        <translation>tag braucht einen Tag, dann Kontakt-IDs: starling-cli contacts tag vip 12 14</translation>
    </message>
    <message numerus="yes">
        <source>Removed the tag %1 from %n contact(s).</source>
        <translation>
            <numerusform>Tag %1 von %n Kontakt entfernt.</numerusform>
            <numerusform>Tag %1 von %n Kontakten entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) %1.</source>
        <translation>
            <numerusform>%n Kontakt mit %1 getaggt.</numerusform>
            <numerusform>%n Kontakte mit %1 getaggt.</numerusform>
        </translation>
    </message>
    <message>
        <source>note needs a contact id and the text, in quotes.</source>
        <translation>note braucht eine Kontakt-ID und den Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Noted on contact %1.</source>
        <translation>Notiz zu Kontakt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>export writes to one file, or to standard output without one.</source>
        <translation>export schreibt in eine Datei oder, ohne Datei, auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format is csv or vcard, not “%1”.</source>
        <translation>--format ist csv oder vcard, nicht „%1“.</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt exportiert.</numerusform>
            <numerusform>%n Kontakte exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs the CSV file to read.</source>
        <translation>import braucht die CSV-Datei, die gelesen werden soll.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n Zeile kann importiert werden.</numerusform>
            <numerusform>%n Zeilen können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s).</source>
        <translation>
            <numerusform>%n Kontakt importiert.</numerusform>
            <numerusform>%n Kontakte importiert.</numerusform>
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
        <translation>„%1“ passt auf mehrere Konten; gib an, welches: %2</translation>
    </message>
    <message>
        <source>There is no account “%1” in this profile. See `starling-cli accounts`.</source>
        <translation>Es gibt kein Konto „%1“ in diesem Profil. Siehe `starling-cli accounts`.</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 auf %2</translation>
    </message>
    <message>
        <source>This profile has no accounts yet. Accounts are added in the Starling app (Accounts → Add account…); the command line uses the same profile.</source>
        <translation>Dieses Profil hat noch keine Konten. Konten werden in der Starling-App hinzugefügt (Konten → Konto hinzufügen…); die Kommandozeile verwendet dasselbe Profil.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>This profile is the team workspace %1: there, the app of the agent who leads an account syncs it and sends its messages, so that nothing is polled or sent twice. Use the app, or a local profile (--profile).</source>
        <translation>Dieses Profil ist der Team-Arbeitsbereich %1: Dort synchronisiert die App des Agenten, der ein Konto betreut, dieses Konto und sendet seine Nachrichten, damit nichts doppelt abgerufen oder gesendet wird. Verwende die App oder ein lokales Profil (--profile).</translation>
    </message>
</context>
<context>
    <name>starling::cli::CountCommand</name>
    <message>
        <source>x, mastodon or bluesky.</source>
        <translation>x, mastodon oder bluesky.</translation>
    </message>
    <message>
        <source>Another length limit in the network&apos;s unit: a Mastodon server&apos;s max_characters, or a longer X post limit.</source>
        <translation>Ein anderes Längenlimit in der Einheit des Netzwerks: max_characters eines Mastodon-Servers oder ein längeres X-Post-Limit.</translation>
    </message>
    <message>
        <source>Measure a direct message instead of a post.</source>
        <translation>Eine Direktnachricht statt eines Posts messen.</translation>
    </message>
    <message>
        <source>Measure a text by a network&apos;s rules</source>
        <translation>Text nach den Regeln eines Netzwerks messen</translation>
    </message>
    <message>
        <source>Measures a text by a network&apos;s rules, as the compose box does: its length, the limit, and whether it fits. The text comes from the arguments (joined by spaces) or, without any, from standard input (one final line break is dropped); put -- before a text that begins with a dash. Exits with 1 when it does not fit.</source>
        <translation>Misst einen Text nach den Regeln eines Netzwerks, wie es das Eingabefeld tut: seine Länge, das Limit und ob er passt. Der Text kommt aus den Argumenten (mit Leerzeichen verbunden) oder, ohne Argumente, aus der Standardeingabe (ein abschließender Zeilenumbruch wird entfernt); setze -- vor einen Text, der mit einem Bindestrich beginnt. Endet mit 1, wenn er nicht passt.</translation>
    </message>
    <message>
        <source>The text to measure.</source>
        <translation>Der zu messende Text.</translation>
    </message>
    <message>
        <source>count needs --network x, mastodon or bluesky.</source>
        <translation>count braucht --network x, mastodon oder bluesky.</translation>
    </message>
    <message>
        <source>--network is x, mastodon or bluesky, not “%1”.</source>
        <translation>--network ist x, mastodon oder bluesky, nicht „%1“.</translation>
    </message>
    <message>
        <source>Standard input cannot be read: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>%1-Post: %2 von %n gewichteten Zeichen.</numerusform>
            <numerusform>%1-Post: %2 von %n gewichteten Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n weighted character(s).</source>
        <translation>
            <numerusform>%1-Direktnachricht: %2 von %n gewichteten Zeichen.</numerusform>
            <numerusform>%1-Direktnachricht: %2 von %n gewichteten Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s).</source>
        <translation>
            <numerusform>%1-Post: %2 von %n Zeichen.</numerusform>
            <numerusform>%1-Post: %2 von %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s).</source>
        <translation>
            <numerusform>%1-Direktnachricht: %2 von %n Zeichen.</numerusform>
            <numerusform>%1-Direktnachricht: %2 von %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 post: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>%1-Post: %2 von %n Zeichen (Grapheme).</numerusform>
            <numerusform>%1-Post: %2 von %n Zeichen (Grapheme).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 direct message: %2 of %n character(s) (graphemes).</source>
        <translation>
            <numerusform>%1-Direktnachricht: %2 von %n Zeichen (Grapheme).</numerusform>
            <numerusform>%1-Direktnachricht: %2 von %n Zeichen (Grapheme).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n byte(s).</source>
        <extracomment>%1 is the text&apos;s length in bytes, %n the most bytes a post can have</extracomment>
        <translation>
            <numerusform>%1 von %n Byte.</numerusform>
            <numerusform>%1 von %n Bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It fits: %n left.</source>
        <translation>
            <numerusform>Der Text passt: noch %n übrig.</numerusform>
            <numerusform>Der Text passt: noch %n übrig.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not fit. %1</source>
        <extracomment>%1 is the reason, a whole sentence such as &quot;The text is 3 characters too long.&quot;</extracomment>
        <translation>Der Text passt nicht. %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::ExportCommand</name>
    <message>
        <source>jsonl or csv.</source>
        <translation>jsonl oder csv.</translation>
    </message>
    <message>
        <source>Only messages from &lt;DATE&gt; on, and their conversations (ISO 8601: 2026-04-01).</source>
        <translation>Nur Nachrichten ab &lt;DATE&gt; und ihre Unterhaltungen (ISO 8601: 2026-04-01).</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Nur das Konto &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Write every conversation and message as JSON Lines or CSV</source>
        <translation>Alle Unterhaltungen und Nachrichten als JSON Lines oder CSV ausgeben</translation>
    </message>
    <message>
        <source>Writes every stored conversation and message to standard output, as it reads them: the export takes the same little memory for a million messages as for ten.

jsonl (the default): JSON Lines, one object per line: a {&quot;type&quot;: &quot;conversation&quot;} line, then the {&quot;type&quot;: &quot;message&quot;} lines of that conversation, oldest first. Message ids are strings (they are too large for JavaScript&apos;s numbers).
csv: one row per message with its conversation&apos;s columns, a header row first (RFC 4180, UTF-8).</source>
        <translation>Schreibt alle gespeicherten Unterhaltungen und Nachrichten auf die Standardausgabe, während sie gelesen werden: Der Export braucht für eine Million Nachrichten genauso wenig Speicher wie für zehn.

jsonl (Standard): JSON Lines, ein Objekt pro Zeile: eine Zeile {&quot;type&quot;: &quot;conversation&quot;}, dann die Zeilen {&quot;type&quot;: &quot;message&quot;} dieser Unterhaltung, die älteste zuerst. Nachrichten-IDs sind Zeichenketten (sie sind zu groß für die Zahlen von JavaScript).
csv: eine Zeile pro Nachricht mit den Spalten ihrer Unterhaltung, zuerst eine Kopfzeile (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>export writes to standard output; redirect it: starling-cli export &gt; file.jsonl</source>
        <translation>export schreibt auf die Standardausgabe; leite sie um: starling-cli export &gt; datei.jsonl</translation>
    </message>
    <message>
        <source>--format is jsonl or csv, not “%1”.</source>
        <translation>--format ist jsonl oder csv, nicht „%1“.</translation>
    </message>
    <message>
        <source>Standard output cannot be written: %1</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung exportiert.</numerusform>
            <numerusform>%n Unterhaltungen exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in all.</source>
        <extracomment>Follows &quot;Exported 3 conversations.&quot;: the messages in those conversations</extracomment>
        <translation>
            <numerusform>%n Nachricht insgesamt.</numerusform>
            <numerusform>%n Nachrichten insgesamt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::Format</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
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
        <translation>du</translation>
    </message>
</context>
<context>
    <name>starling::cli::InboxCommand</name>
    <message>
        <source>Only conversations with unread messages.</source>
        <translation>Nur Unterhaltungen mit ungelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>Only the account &lt;A&gt; (its handle, network:handle or id).</source>
        <translation>Nur das Konto &lt;A&gt; (sein Handle, netzwerk:handle oder seine ID).</translation>
    </message>
    <message>
        <source>dm (direct and group messages) or mention (public threads).</source>
        <translation>dm (Direkt- und Gruppennachrichten) oder mention (öffentliche Threads).</translation>
    </message>
    <message>
        <source>open (the default), done, snoozed or all.</source>
        <translation>open (Standard), done, snoozed oder all.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; conversations (default 20).</source>
        <translation>Höchstens &lt;N&gt; Unterhaltungen (Standard: 20).</translation>
    </message>
    <message>
        <source>List conversations</source>
        <translation>Unterhaltungen auflisten</translation>
    </message>
    <message>
        <source>Lists conversations, the most recent activity first, as the app&apos;s inbox does.</source>
        <translation>Listet Unterhaltungen auf, mit der jüngsten Aktivität zuerst, wie im Posteingang der App.</translation>
    </message>
    <message>
        <source>inbox takes no arguments, only options.</source>
        <translation>inbox nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>--kind is dm or mention, not “%1”.</source>
        <translation>--kind ist dm oder mention, nicht „%1“.</translation>
    </message>
    <message>
        <source>--state is open, done, snoozed or all, not “%1”.</source>
        <translation>--state ist open, done, snoozed oder all, nicht „%1“.</translation>
    </message>
    <message>
        <source>No conversations.</source>
        <translation>Keine Unterhaltungen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WITH</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>UNREAD</source>
        <translation>UNGELESEN</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ZULETZT</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>LETZTE NACHRICHT</translation>
    </message>
    <message>
        <source>Only message requests (Bluesky: people the account does not follow who wrote first).</source>
        <translation>Nur Nachrichtenanfragen (Bluesky: Leute, denen das Konto nicht folgt und die zuerst geschrieben haben).</translation>
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
        <translation>&lt;FILE&gt; anhängen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Publish a post, with media</source>
        <translation>Einen Post veröffentlichen, mit Medien</translation>
    </message>
    <message>
        <source>Publishes a new post, with pictures or a video if you like, through the outbox.</source>
        <translation>Veröffentlicht einen neuen Post, auf Wunsch mit Bildern oder einem Video, über den Postausgang.</translation>
    </message>
    <message>
        <source>The post (the arguments, joined by spaces).</source>
        <translation>Der Post (die Argumente, mit Leerzeichen verbunden).</translation>
    </message>
    <message>
        <source>post needs --account: which account to post from.</source>
        <translation>post braucht --account: das Konto, von dem gepostet wird.</translation>
    </message>
    <message>
        <source>post needs a text or a file to post.</source>
        <translation>post braucht einen Text oder eine Datei zum Posten.</translation>
    </message>
    <message>
        <source>There is no readable file %1.</source>
        <translation>Es gibt keine lesbare Datei %1.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ReplyCommand</name>
    <message>
        <source>Answer by direct message instead of in public.</source>
        <translation>Per Direktnachricht statt öffentlich antworten.</translation>
    </message>
    <message>
        <source>Answer a message, in public or with --dm</source>
        <translation>Auf eine Nachricht antworten, öffentlich oder mit --dm</translation>
    </message>
    <message>
        <source>Answers a message: in public, under it; or with --dm, privately to its author (in the same conversation when it is a direct message already).</source>
        <translation>Antwortet auf eine Nachricht: öffentlich, darunter; oder mit --dm privat an ihren Autor (in derselben Unterhaltung, wenn es bereits eine Direktnachricht ist).</translation>
    </message>
    <message>
        <source>The message&apos;s id, as `show` prints it (#…).</source>
        <translation>Die ID der Nachricht, wie `show` sie ausgibt (#…).</translation>
    </message>
    <message>
        <source>The answer (the arguments, joined by spaces).</source>
        <translation>Die Antwort (die Argumente, mit Leerzeichen verbunden).</translation>
    </message>
    <message>
        <source>reply needs a message id and the text of the answer.</source>
        <translation>reply braucht eine Nachrichten-ID und den Text der Antwort.</translation>
    </message>
    <message>
        <source>“%1” is not a message id (a whole number from 1 up).</source>
        <translation>„%1“ ist keine Nachrichten-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>reply needs the text of the answer.</source>
        <translation>reply braucht den Text der Antwort.</translation>
    </message>
    <message>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>message %1 belongs to %2, not to %3.</source>
        <translation>Nachricht %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>message %1 is a direct message: answer it with --dm.</source>
        <translation>Nachricht %1 ist eine Direktnachricht: Antworte mit --dm.</translation>
    </message>
    <message>
        <source>message %1 is yours: there is no one to answer privately.</source>
        <translation>Nachricht %1 ist deine eigene: Es gibt niemanden, dem privat geantwortet werden kann.</translation>
    </message>
</context>
<context>
    <name>starling::cli::SearchCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Nur das Konto &lt;A&gt;.</translation>
    </message>
    <message>
        <source>At most &lt;N&gt; messages (default 20).</source>
        <translation>Höchstens &lt;N&gt; Nachrichten (Standard: 20).</translation>
    </message>
    <message>
        <source>Search every message</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Searches every stored message, newest first. Every word must match; &quot;quoted words&quot; match as a phrase; a trailing * matches a prefix.</source>
        <translation>Durchsucht alle gespeicherten Nachrichten, die neuesten zuerst. Jedes Wort muss passen; &quot;Wörter in Anführungszeichen&quot; passen als Wortgruppe; ein * am Ende passt auf einen Wortanfang.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Der Suchbegriff.</translation>
    </message>
    <message>
        <source>search needs something to look for.</source>
        <translation>search braucht einen Suchbegriff.</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>Keine Nachrichten passen zu „%1“.</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>NACHRICHT</translation>
    </message>
    <message>
        <source>CONV</source>
        <translation>UNTERH.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
</context>
<context>
    <name>starling::cli::SendCommand</name>
    <message>
        <source>The person&apos;s handle (with or without @) or id.</source>
        <translation>Handle (mit oder ohne @) oder ID der Person.</translation>
    </message>
    <message>
        <source>Send a direct message to someone</source>
        <translation>Jemandem eine Direktnachricht senden</translation>
    </message>
    <message>
        <source>Sends a direct message to a person, through the outbox as the app does: written down first, sent once, never lost.</source>
        <translation>Sendet einer Person eine Direktnachricht, wie die App über den Postausgang: zuerst festgehalten, einmal gesendet, nie verloren.</translation>
    </message>
    <message>
        <source>The message (the arguments, joined by spaces).</source>
        <translation>Die Nachricht (die Argumente, mit Leerzeichen verbunden).</translation>
    </message>
    <message>
        <source>send needs --account: which account to send from.</source>
        <translation>send braucht --account: das Konto, von dem gesendet wird.</translation>
    </message>
    <message>
        <source>send needs --to: whom to send to.</source>
        <translation>send braucht --to: an wen gesendet wird.</translation>
    </message>
    <message>
        <source>send needs the text of the message.</source>
        <translation>send braucht den Text der Nachricht.</translation>
    </message>
</context>
<context>
    <name>starling::cli::Sender</name>
    <message>
        <source>Send from the account &lt;A&gt; (handle, network:handle or id).</source>
        <translation>Vom Konto &lt;A&gt; senden (Handle, netzwerk:handle oder ID).</translation>
    </message>
    <message>
        <source>Wait at most &lt;seconds&gt; for the network (default 60). What is not sent by then stays in the outbox.</source>
        <translation>Höchstens &lt;seconds&gt; auf das Netzwerk warten (Standard: 60). Was bis dahin nicht gesendet ist, bleibt im Postausgang.</translation>
    </message>
    <message>
        <source>Another Starling (%1, process %2) is sending from this profile. Send from there, or close it and try again: only one may send at a time, so that nothing is sent twice.</source>
        <translation>Ein anderes Starling (%1, Prozess %2) sendet aus diesem Profil. Sende von dort, oder schließe es und versuche es erneut: Es kann immer nur eines senden, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The text cannot be sent: %1</source>
        <translation>Der Text kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The network did not answer in time.</source>
        <translation>Das Netzwerk hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent from %1 (message %2, remote id %3).</source>
        <translation>Gesendet von %1 (Nachricht %2, Remote-ID %3).</translation>
    </message>
    <message>
        <source>Sent from %1 (remote id %2).</source>
        <translation>Gesendet von %1 (Remote-ID %2).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Perhaps sent, but it could not be verified: %1 Check before sending it again.</source>
        <translation>Vielleicht gesendet, aber nicht bestätigt: %1 Vor erneutem Senden prüfen.</translation>
    </message>
    <message>
        <source>Not sent yet: the network did not answer in time.</source>
        <translation>Noch nicht gesendet: Das Netzwerk hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Not sent yet: %1</source>
        <translation>Noch nicht gesendet: %1</translation>
    </message>
    <message>
        <source>It stays in the outbox and goes out the next time the app runs or a command sends from this account.</source>
        <translation>Die Nachricht bleibt im Postausgang und wird gesendet, sobald die App das nächste Mal läuft oder ein Befehl von diesem Konto sendet.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 is not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>%1 ist nicht angemeldet (oder der Schlüsselbund ist gesperrt): Melde dich in der Starling-App erneut an.</translation>
    </message>
</context>
<context>
    <name>starling::cli::ShowCommand</name>
    <message>
        <source>At most &lt;N&gt; messages, the newest (default 50).</source>
        <translation>Höchstens &lt;N&gt; Nachrichten, die neuesten (Standard: 50).</translation>
    </message>
    <message>
        <source>Show a conversation and its messages</source>
        <translation>Eine Unterhaltung und ihre Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Shows a conversation and its newest messages, oldest first. Message ids (#…) are what `reply` takes.</source>
        <translation>Zeigt eine Unterhaltung und ihre neuesten Nachrichten, die älteste zuerst. Nachrichten-IDs (#…) sind das, was `reply` erwartet.</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>Die ID der Unterhaltung, wie `inbox` sie auflistet.</translation>
    </message>
    <message>
        <source>show needs exactly one conversation id.</source>
        <translation>show braucht genau eine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>„%1“ ist keine Unterhaltungs-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mentions with %1</source>
        <translation>Erwähnungen mit %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>DM with %1</source>
        <translation>DM mit %1</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Keine Nachrichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::cli::StateCommand</name>
    <message>
        <source>Mark a conversation done</source>
        <translation>Eine Unterhaltung als erledigt markieren</translation>
    </message>
    <message>
        <source>Open a conversation again</source>
        <translation>Eine Unterhaltung wieder öffnen</translation>
    </message>
    <message>
        <source>Marks a conversation done: it leaves the inbox until someone writes again.</source>
        <translation>Markiert eine Unterhaltung als erledigt: Sie verlässt den Posteingang, bis wieder jemand schreibt.</translation>
    </message>
    <message>
        <source>Opens a conversation that was done (or snoozed) again.</source>
        <translation>Öffnet eine erledigte (oder zurückgestellte) Unterhaltung wieder.</translation>
    </message>
    <message>
        <source>The conversation&apos;s id, as `inbox` lists it.</source>
        <translation>Die ID der Unterhaltung, wie `inbox` sie auflistet.</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation id.</source>
        <translation>%1 braucht genau eine Unterhaltungs-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation id (a whole number from 1 up).</source>
        <translation>„%1“ ist keine Unterhaltungs-ID (eine ganze Zahl ab 1).</translation>
    </message>
    <message>
        <source>The local database did not answer in time.</source>
        <translation>Die lokale Datenbank hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt keine Unterhaltung %1.</translation>
    </message>
    <message>
        <source>Conversation %1 is done.</source>
        <translation>Unterhaltung %1 ist erledigt.</translation>
    </message>
    <message>
        <source>Conversation %1 is open again.</source>
        <translation>Unterhaltung %1 ist wieder offen.</translation>
    </message>
</context>
<context>
    <name>starling::cli::StatsCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Nur das Konto &lt;A&gt;.</translation>
    </message>
    <message>
        <source>From &lt;DATE&gt; (default: 30 days ago).</source>
        <translation>Ab &lt;DATE&gt; (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Up to &lt;DATE&gt;, not included (default: now).</source>
        <translation>Bis &lt;DATE&gt;, ausschließlich (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Response times and survey ratings</source>
        <translation>Antwortzeiten und Umfragebewertungen</translation>
    </message>
    <message>
        <source>Response times per account, and survey ratings.

A request begins with an inbound message that opens a conversation or follows a message of yours; your next message in that conversation answers it. First response time: how long each conversation&apos;s first request in the period waited. Response time: how long every request waited (median and 90th percentile). Requests count for the period in which they began. Survey ratings: the feedback survey&apos;s answers given in the period, as the Reports window shows them; --json adds them week by week with the response times.</source>
        <translation>Antwortzeiten pro Konto und Umfragebewertungen.

Eine Anfrage beginnt mit einer eingehenden Nachricht, die eine Unterhaltung eröffnet oder auf eine Nachricht von dir folgt; deine nächste Nachricht in dieser Unterhaltung beantwortet sie. Erste Antwortzeit: wie lange die erste Anfrage jeder Unterhaltung im Zeitraum gewartet hat. Antwortzeit: wie lange jede Anfrage gewartet hat (Median und 90. Perzentil). Anfragen zählen für den Zeitraum, in dem sie begonnen haben. Umfragebewertungen: die im Zeitraum gegebenen Antworten auf die Feedback-Umfrage, wie das Fenster „Berichte“ sie zeigt; --json fügt sie Woche für Woche zu den Antwortzeiten hinzu.</translation>
    </message>
    <message>
        <source>stats takes no arguments, only options.</source>
        <translation>stats nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since muss vor --until liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of 5 on average, from %n rating(s).</source>
        <translation>
            <numerusform>Durchschnittlich %1 von 5, aus %n Bewertung.</numerusform>
            <numerusform>Durchschnittlich %1 von 5, aus %n Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey ratings are recorded yet.</source>
        <translation>Es sind noch keine Umfragebewertungen erfasst.</translation>
    </message>
    <message>
        <source>Response times from %1 to %2</source>
        <translation>Antwortzeiten von %1 bis %2</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <source>ANSWERED</source>
        <translation>BEANTWORTET</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEDIAN)</source>
        <translation>ERSTE ANTWORT (MEDIAN)</translation>
    </message>
    <message>
        <source>FIRST RESPONSE (MEAN)</source>
        <translation>ERSTE ANTWORT (MITTEL)</translation>
    </message>
    <message>
        <source>RESPONSE (MEDIAN)</source>
        <translation>ANTWORTZEIT (MEDIAN)</translation>
    </message>
    <message>
        <source>RESPONSE (90%)</source>
        <translation>ANTWORTZEIT (90 %)</translation>
    </message>
    <message>
        <source>Survey ratings: %1</source>
        <translation>Umfragebewertungen: %1</translation>
    </message>
</context>
<context>
    <name>starling::cli::SyncCommand</name>
    <message>
        <source>Only the account &lt;A&gt;.</source>
        <translation>Nur das Konto &lt;A&gt;.</translation>
    </message>
    <message>
        <source>Give up after &lt;seconds&gt; (default 600).</source>
        <translation>Nach &lt;seconds&gt; aufgeben (Standard: 600).</translation>
    </message>
    <message>
        <source>Fetch what is new, once</source>
        <translation>Einmal alles Neue abrufen</translation>
    </message>
    <message>
        <source>Fetches what is new for every account (or one), once: direct messages and mentions, page by page, with progress on a terminal. Never sends: sending is the app&apos;s (or `send`&apos;s) job.</source>
        <translation>Ruft für jedes Konto (oder eines) einmal ab, was neu ist: Direktnachrichten und Erwähnungen, Seite für Seite, mit Fortschrittsanzeige im Terminal. Sendet nie: Senden ist Aufgabe der App (oder von `send`).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options.</source>
        <translation>sync nimmt keine Argumente an, nur Optionen.</translation>
    </message>
    <message>
        <source>%1 was removed from the app; its messages are kept, but it cannot sync.</source>
        <translation>%1 wurde aus der App entfernt; die Nachrichten bleiben erhalten, aber das Konto kann nicht synchronisieren.</translation>
    </message>
    <message>
        <source>The sync did not finish in time.</source>
        <translation>Die Synchronisierung wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message numerus="yes">
        <source>@%1: direct messages, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1: Direktnachrichten, Seite %2 (%n Nachricht)</numerusform>
            <numerusform>@%1: Direktnachrichten, Seite %2 (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>@%1: mentions, page %2 (%n message(s))</source>
        <extracomment>Progress: %1 is the account&apos;s handle, %2 the page number, %n the messages so far</extracomment>
        <translation>
            <numerusform>@%1: Erwähnungen, Seite %2 (%n Nachricht)</numerusform>
            <numerusform>@%1: Erwähnungen, Seite %2 (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Not signed in (or the keychain is locked): sign in again in the Starling app.</source>
        <translation>Nicht angemeldet (oder der Schlüsselbund ist gesperrt): Melde dich in der Starling-App erneut an.</translation>
    </message>
    <message>
        <source>The network could not be reached, or refused.</source>
        <translation>Das Netzwerk war nicht erreichbar oder hat abgelehnt.</translation>
    </message>
    <message>
        <source>Rate limited until %1.</source>
        <translation>Ratenlimit bis %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new message(s).</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; the next sentence tells how many were fetched</extracomment>
        <translation>
            <numerusform>%1: %n neue Nachricht.</numerusform>
            <numerusform>%1: %n neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) fetched.</source>
        <translation>
            <numerusform>%n Nachricht abgerufen.</numerusform>
            <numerusform>%n Nachrichten abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not synced. %2</source>
        <extracomment>%1 names the account, e.g. &quot;@shop on X&quot;; %2 is the reason, a whole sentence</extracomment>
        <translation>%1 wurde nicht synchronisiert. %2</translation>
    </message>
</context>
<context>
    <name>starling::cli::TeamCommand</name>
    <message>
        <source>init, join: read the password from standard input, without a prompt.</source>
        <translation>init, join: das Passwort ohne Nachfrage aus der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Share one inbox with a team through its PostgreSQL database</source>
        <translation>Einen Posteingang über die PostgreSQL-Datenbank eines Teams mit dem Team teilen</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Name the team database: starling-cli team %1 postgres://user@host:5432/database</source>
        <translation>Gib die Team-Datenbank an: starling-cli team %1 postgres://user@host:5432/database</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The team inbox in %1 is ready, and this profile uses it as %2.</source>
        <translation>Der Team-Posteingang in %1 ist bereit, und dieses Profil verwendet ihn als %2.</translation>
    </message>
    <message>
        <source>This profile now uses the team inbox in %1, as %2.</source>
        <translation>Dieses Profil verwendet jetzt den Team-Posteingang in %1, als %2.</translation>
    </message>
    <message>
        <source>The password is in the system keychain. Add the team&apos;s social accounts in the app: the app of one agent per account syncs and sends it.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems. Füge die Social-Media-Konten des Teams in der App hinzu: Pro Konto synchronisiert die App eines Agenten das Konto und sendet darüber.</translation>
    </message>
    <message>
        <source>This profile is local: its inbox is in %1.</source>
        <translation>Dieses Profil ist lokal: Sein Posteingang liegt in %1.</translation>
    </message>
    <message>
        <source>Team workspace: %1</source>
        <translation>Team-Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>Du bist: %1</translation>
    </message>
    <message>
        <source>Database: PostgreSQL %1, Starling schema %2</source>
        <translation>Datenbank: PostgreSQL %1, Starling-Schema %2</translation>
    </message>
    <message>
        <source>Agents online: none</source>
        <translation>Agenten online: keine</translation>
    </message>
    <message>
        <source>Agents online: %1</source>
        <translation>Agenten online: %1</translation>
    </message>
    <message>
        <source>%1: not synced now (no agent with its sign-in is online)</source>
        <translation>%1: wird gerade nicht synchronisiert (kein Agent mit seiner Anmeldung ist online)</translation>
    </message>
    <message>
        <source>%1: synced by %2</source>
        <translation>%1: synchronisiert von %2</translation>
    </message>
    <message>
        <source>This profile is not a team workspace.</source>
        <translation>Dieses Profil ist kein Team-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems gelöscht werden: %1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>er hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>This profile is local again: its inbox is in %1. The team&apos;s inbox stays in %2.</source>
        <translation>Dieses Profil ist wieder lokal: Sein Posteingang liegt in %1. Der Posteingang des Teams bleibt in %2.</translation>
    </message>
    <message>
        <source>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;agent&gt; | grant|revoke &lt;agent&gt; &lt;account&gt;</source>
        <translation>init|join &lt;postgres://user@host:port/database&gt; | status | leave | add-agent|remove-agent &lt;Agent&gt; | grant|revoke &lt;Agent&gt; &lt;Konto&gt;</translation>
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
        <translation>Ein Team-Arbeitsbereich speichert den Posteingang des Profils in der eigenen PostgreSQL-Datenbank des Teams, die das Starling jedes Agenten öffnet, statt in der eigenen Datei des Profils.

  init URL   richtet den Posteingang in der Datenbank ein (oder aktualisiert ihn) und tritt ihm dann bei: einmal auszuführen, von der Person, die die Datenbank verwaltet.
  join URL   lässt dieses Profil den Posteingang des Teams verwenden. Fragt nach dem Passwort der Datenbank und bewahrt es im Schlüsselbund des Systems auf; die Adresse wird ohne das Passwort gespeichert.
  status     der Arbeitsbereich, die gerade verbundenen Agenten und welche App welches Agenten jedes Konto synchronisiert.
  leave      macht das Profil wieder lokal (seine eigene Datei, wie zuvor) und löscht das Passwort aus dem Schlüsselbund. Der Posteingang des Teams bleibt in seiner Datenbank.

Jeder Agent meldet sich mit einer eigenen Rolle bei der Datenbank an und sieht nur die Posteingänge (Social-Media-Konten), zu denen er gehört; Kontakte, Tags, Textbausteine und Regeln gehören dem ganzen Team. Wer init ausgeführt hat, verwaltet den Arbeitsbereich:
  add-agent NAME       legt die Anmelderolle NAME mit einem neuen Passwort an, das einmal angezeigt wird (eine bereits vorhandene Rolle behält ihr eigenes), und erlaubt ihr, die Team-Datenbank zu verwenden.
  remove-agent NAME    nimmt NAME aus dem Team und aus jedem Posteingang heraus.
  grant NAME ACCOUNT   lässt NAME den Posteingang von ACCOUNT (ein Handle, network:handle oder eine ID) sehen und bearbeiten. Ein Konto, das ein Agent hinzufügt, gehört ihm bereits.
  revoke NAME ACCOUNT  das Gegenteil.

In einem Team-Arbeitsbereich synchronisiert pro Konto die App eines Agenten das Konto und sendet darüber, daher verweigern `sync`, `send`, `reply` und `post` den Dienst; Lesen und Sichten funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>What to do: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Was zu tun ist: init, join, status, leave, add-agent, remove-agent, grant oder revoke.</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”: init, join, status, leave, add-agent, remove-agent, grant or revoke.</source>
        <translation>Unbekannter Unterbefehl „%1“: init, join, status, leave, add-agent, remove-agent, grant oder revoke.</translation>
    </message>
    <message>
        <source>  agents: none</source>
        <translation>  Agenten: keine</translation>
    </message>
    <message>
        <source>  agents: %1</source>
        <translation>  Agenten: %1</translation>
    </message>
    <message>
        <source>Name the agent and the account: starling-cli team %1 ana @shop</source>
        <translation>Gib den Agenten und das Konto an: starling-cli team %1 ana @shop</translation>
    </message>
    <message>
        <source>Name the agent: starling-cli team %1 ana</source>
        <translation>Gib den Agenten an: starling-cli team %1 ana</translation>
    </message>
    <message>
        <source>This profile is not a team workspace: join the team database as its administrator first (starling-cli team init URL).</source>
        <translation>Dieses Profil ist kein Team-Arbeitsbereich: Tritt der Team-Datenbank zuerst als deren Administrator bei (starling-cli team init URL).</translation>
    </message>
    <message>
        <source>The role %1 is an agent of the team now, with the password it has. It joins with: starling-cli team join %2</source>
        <translation>Die Rolle %1 ist jetzt ein Agent des Teams, mit ihrem bisherigen Passwort. Sie tritt bei mit: starling-cli team join %2</translation>
    </message>
    <message>
        <source>%1 is an agent of the team now. Give them this password, which is not shown again: %2</source>
        <translation>%1 ist jetzt ein Agent des Teams. Übergib dieses Passwort, das nicht noch einmal angezeigt wird: %2</translation>
    </message>
    <message>
        <source>They join with: starling-cli team join %1 (or starling --team %1)</source>
        <translation>Zum Beitreten: starling-cli team join %1 (oder starling --team %1)</translation>
    </message>
    <message>
        <source>Grant them inboxes with: starling-cli team grant %1 ACCOUNT</source>
        <translation>Posteingänge freigeben mit: starling-cli team grant %1 ACCOUNT</translation>
    </message>
    <message>
        <source>%1 is no longer an agent of the team, and belongs to no inbox.</source>
        <translation>%1 ist kein Agent des Teams mehr und gehört zu keinem Posteingang.</translation>
    </message>
    <message>
        <source>%1 now sees and works the inbox of %2.</source>
        <translation>%1 sieht und bearbeitet jetzt den Posteingang von %2.</translation>
    </message>
    <message>
        <source>%1 no longer sees the inbox of %2.</source>
        <translation>%1 sieht den Posteingang von %2 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvReader</name>
    <message>
        <source>The file is empty; a contacts CSV starts with a header row.</source>
        <translation>Die Datei ist leer; eine Kontakt-CSV beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>The header row is longer than 1 MiB; this is not a contacts CSV.</source>
        <translation>Die Kopfzeile ist länger als 1 MiB; das ist keine Kontakt-CSV.</translation>
    </message>
    <message>
        <source>The header row has a quoted column name that is never closed.</source>
        <translation>Die Kopfzeile enthält einen Spaltennamen, dessen Anführungszeichen nie geschlossen wird.</translation>
    </message>
    <message>
        <source>The header row has more than %1 columns.</source>
        <translation>Die Kopfzeile hat mehr als %1 Spalten.</translation>
    </message>
    <message>
        <source>The header row is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>Die Kopfzeile ist kein gültiger UTF-8-Text (speichere die Datei als UTF-8).</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>The column “%1” names no custom field; write it as custom:&lt;field&gt;.</source>
        <translation>Die Spalte „%1“ bezeichnet kein eigenes Feld; schreibe sie als custom:&lt;field&gt;.</translation>
    </message>
    <message>
        <source>The column “%1” is not a contacts column. The columns are %2, and custom:&lt;field&gt; for your own fields.</source>
        <translation>Die Spalte „%1“ ist keine Kontaktspalte. Die Spalten sind %2 und custom:&lt;field&gt; für deine eigenen Felder.</translation>
    </message>
    <message>
        <source>The column “%1” appears more than once.</source>
        <translation>Die Spalte „%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>The header row has no “name” column; without one, it needs an “email” or a “handles” column.</source>
        <translation>Die Kopfzeile hat keine Spalte „name“; ohne sie braucht sie eine Spalte „email“ oder „handles“.</translation>
    </message>
    <message>
        <source>Line %1 is longer than 1 MiB; it was skipped.</source>
        <translation>Zeile %1 ist länger als 1 MiB; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1 has a quoted field that is never closed.</source>
        <translation>Zeile %1 enthält ein Feld, dessen Anführungszeichen nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Line %1 does not have as many fields as the header row (%2 instead of %3).</source>
        <translation>Zeile %1 hat nicht so viele Felder wie die Kopfzeile (%2 statt %3).</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text (save the file as UTF-8).</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text (speichere die Datei als UTF-8).</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” is longer than 10,000 characters.</source>
        <translation>Zeile %1: Das Feld „%2“ ist länger als 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: the field “%2” contains control characters.</source>
        <translation>Zeile %1: Das Feld „%2“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a handle; write it as network:handle, where the network is x, mastodon or bluesky.</source>
        <translation>Zeile %1: „%2“ ist kein Handle; schreibe es als network:handle, wobei network x, mastodon oder bluesky ist.</translation>
    </message>
    <message>
        <source>Line %1 has no name, email or handle.</source>
        <translation>Zeile %1 hat weder Namen noch E-Mail noch Handle.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Zeile %1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactCsvWriter</name>
    <message>
        <source>Could not write the contacts file: %1</source>
        <translation>Die Kontaktdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::ContactTransfer</name>
    <message>
        <source>“%1” is not a network:handle.</source>
        <translation>„%1“ ist kein network:handle.</translation>
    </message>
    <message>
        <source>The file cannot be read from its start.</source>
        <translation>Die Datei kann nicht von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1: there is no stage “%2” in the pipeline (%3).</source>
        <translation>Zeile %1: In der Pipeline gibt es keine Phase „%2“ (%3).</translation>
    </message>
    <message>
        <source>Other handles</source>
        <translation>Weitere Handles</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have problems.</source>
        <translation>
            <numerusform>Nichts wurde importiert: %n Zeile hat Probleme.</numerusform>
            <numerusform>Nichts wurde importiert: %n Zeilen haben Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>starling::contacts::LinkSuggester</name>
    <message>
        <source>@%1 on X</source>
        <translation>@%1 auf X</translation>
    </message>
    <message>
        <source>The same account, %1, seen by two of your accounts.</source>
        <translation>Dasselbe Konto, %1, von zwei deiner Konten aus gesehen.</translation>
    </message>
    <message>
        <source>%1&apos;s profile links to %2.</source>
        <translation>Das Profil von %1 verlinkt auf %2.</translation>
    </message>
    <message>
        <source>%1 and %2 both link to %3.</source>
        <translation>%1 und %2 verlinken beide auf %3.</translation>
    </message>
    <message>
        <source>Both are called “%1”, and %2 mentions %3.</source>
        <translation>Beide heißen „%1“, und %2 erwähnt %3.</translation>
    </message>
</context>
<context>
    <name>starling::contacts::TimelineText</name>
    <message>
        <source>You (@%1) on %2</source>
        <translation>Du (@%1) auf %2</translation>
    </message>
    <message>
        <source>@%1 on %2</source>
        <translation>@%1 auf %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Stage: %1, by %2</source>
        <translation>Phase: %1, von %2</translation>
    </message>
    <message>
        <source>Rated the support %1 of 5</source>
        <translation>Support mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
</context>
<context>
    <name>starling::contacts::VCardWriter</name>
    <message>
        <source>Unnamed contact</source>
        <translation>Unbenannter Kontakt</translation>
    </message>
    <message>
        <source>Could not write the vCard file: %1</source>
        <translation>Die vCard-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>starling::team</name>
    <message>
        <source>%1 holds no Starling inbox for this version yet. Whoever administers the database sets it up with: starling-cli team init %1</source>
        <translation>%1 enthält noch keinen Starling-Posteingang für diese Version. Wer die Datenbank verwaltet, richtet ihn ein mit: starling-cli team init %1</translation>
    </message>
    <message>
        <source>The team database could not be asked: %1</source>
        <translation>Die Team-Datenbank konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>This profile is already the team workspace %1. Leave it first (starling-cli team leave), or use another profile (--profile).</source>
        <translation>Dieses Profil ist bereits der Team-Arbeitsbereich %1. Verlasse ihn zuerst (starling-cli team leave) oder verwende ein anderes Profil (--profile).</translation>
    </message>
    <message>
        <source>This database holds no team inbox of this version yet: set it up first with starling-cli team init.</source>
        <translation>Diese Datenbank enthält noch keinen Team-Posteingang für diese Version: Richte ihn zuerst mit starling-cli team init ein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid agent name: use letters, digits and . _ @ - (at most 63), not starting with pg_.</source>
        <translation>„%1“ ist kein gültiger Agentenname: Verwende Buchstaben, Ziffern und . _ @ - (höchstens 63), nicht mit pg_ am Anfang.</translation>
    </message>
    <message>
        <source>The team database holds no account %1 that you may see.</source>
        <translation>Die Team-Datenbank enthält kein Konto %1, das du sehen darfst.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team.</source>
        <translation>%1 ist kein Agent dieses Teams.</translation>
    </message>
    <message>
        <source>%1 is not an agent of this team yet: starling-cli team add-agent %1</source>
        <translation>%1 ist noch kein Agent dieses Teams: starling-cli team add-agent %1</translation>
    </message>
    <message>
        <source>%1 does not belong to that inbox.</source>
        <translation>%1 gehört nicht zu diesem Posteingang.</translation>
    </message>
</context>
</TS>
